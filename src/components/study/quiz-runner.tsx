'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { AnswerOutcome, QuestionView, QuizView } from '@/server/quizzes';
import { api } from '../api';
import { fill } from '../fill';
import { QueryProvider } from '../query-provider';

export interface QuizLabels {
  progress: string;
  types: Record<string, string>;
  ask: Record<string, string>;
  hint: string;
  orType: string;
  yourAnswer: string;
  check: string;
  correct: string;
  wrong: string;
  typo: string;
  /** "The answer: ", the answer itself shown after it in bold. */
  answerWas: string;
  youAnswered: string;
  context: string;
  next: string;
  finish: string;
  saving: string;
  retrying: string;
  failed: string;
  resultTitle: string;
  score: string;
  reviewLink: string;
  backToArticle: string;
}

function Feedback({ question, labels }: { question: QuestionView; labels: QuizLabels }) {
  const result = question.result!;
  return (
    <div className={`feedback ${result.correct ? 'is-correct' : 'is-wrong'}`} role="status">
      <p className="verdict">{result.correct ? (result.typo ? fill(labels.typo, { answer: result.answer }) : labels.correct) : labels.wrong}</p>
      {!result.correct && (
        <>
          <p>{fill(labels.youAnswered, { response: result.response || '—' })}</p>
          <p>
            {labels.answerWas}
            <strong lang="nl">{result.answer}</strong>
          </p>
        </>
      )}
      {result.context && (
        <p className="context">
          {labels.context} <q lang="nl">{result.context}</q>
        </p>
      )}
    </div>
  );
}

function Question({
  question,
  labels,
  onAnswer,
  pending,
}: {
  question: QuestionView;
  labels: QuizLabels;
  onAnswer: (response: string) => void;
  pending: boolean;
}) {
  const [typed, setTyped] = useState('');
  const answered = question.result !== null;
  const dutchPrompt = question.type === 'nl-en' || question.type === 'gender';
  return (
    <div className="question" data-type={question.type}>
      <p className="question-type muted">{labels.types[question.type]}</p>
      <p className="ask">{labels.ask[question.type]}</p>
      {question.type === 'cloze' ? (
        <>
          <p className="cloze" lang="nl">
            {question.context}
          </p>
          <p className="muted">{fill(labels.hint, { gloss: question.prompt })}</p>
        </>
      ) : (
        <p className="prompt" lang={dutchPrompt ? 'nl' : 'en'}>
          {question.prompt}
        </p>
      )}
      {question.type === 'gender' && question.context && (
        <p className="muted" lang="nl">
          {question.context}
        </p>
      )}
      {question.options.length > 0 && (
        <ul className="options">
          {question.options.map((option) => (
            <li key={option}>
              <button
                type="button"
                lang={question.type === 'nl-en' ? 'en' : 'nl'}
                disabled={answered || pending}
                aria-pressed={answered ? question.result!.response === option : undefined}
                className={answered && option === question.result!.answer ? 'is-answer' : undefined}
                onClick={() => onAnswer(option)}
              >
                {option}
              </button>
            </li>
          ))}
        </ul>
      )}
      {(question.type === 'recall' || question.type === 'cloze') && !answered && (
        <form
          className="typed"
          onSubmit={(event) => {
            event.preventDefault();
            if (typed.trim()) onAnswer(typed);
          }}
        >
          <label htmlFor={`typed-${question.id}`}>{question.type === 'cloze' ? labels.orType : labels.yourAnswer}</label>{' '}
          <input
            id={`typed-${question.id}`}
            lang="nl"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            disabled={pending}
          />{' '}
          <button type="submit" disabled={pending || !typed.trim()}>
            {labels.check}
          </button>
        </form>
      )}
      {answered && <Feedback question={question} labels={labels} />}
    </div>
  );
}

function Runner({ initial, labels, reviewHref, articleHref }: { initial: QuizView; labels: QuizLabels; reviewHref: string; articleHref: string | null }) {
  const client = useQueryClient();
  const key = ['quiz', initial.id];
  const { data: quiz = initial } = useQuery({
    queryKey: key,
    queryFn: () => api<QuizView>(`/api/quizzes/${initial.id}`),
    initialData: initial,
  });
  // Starts at the first open question, so a reopened quiz resumes where it was left.
  const firstOpen = quiz.questions.findIndex((question) => question.result === null);
  const [index, setIndex] = useState(firstOpen === -1 ? quiz.questions.length : firstOpen);
  // One key per question, kept across retries: the server counts a question once whatever the network does.
  const keys = useRef(new Map<string, string>());
  const answer = useMutation({
    mutationFn: ({ questionId, response }: { questionId: string; response: string }) => {
      let idempotencyKey = keys.current.get(questionId);
      if (!idempotencyKey) keys.current.set(questionId, (idempotencyKey = crypto.randomUUID()));
      return api<AnswerOutcome>(`/api/quizzes/${quiz.id}/answers`, { body: { questionId, response, idempotencyKey } });
    },
    onSuccess: (outcome, { questionId }) => {
      client.setQueryData<QuizView>(key, (current) =>
        current && {
          ...current,
          completedAt: outcome.completed ? (current.completedAt ?? new Date().toISOString()) : current.completedAt,
          questions: current.questions.map((question) =>
            question.id === questionId
              ? { ...question, result: { response: outcome.response, correct: outcome.correct, typo: outcome.typo, answer: outcome.answer, context: outcome.context } }
              : question,
          ),
        },
      );
    },
  });

  const total = quiz.questions.length;
  if (index >= total) {
    const correct = quiz.questions.filter((question) => question.result?.correct).length;
    return (
      <section className="quiz-result" aria-labelledby="result-title">
        <h2 id="result-title">{labels.resultTitle}</h2>
        <p className="score">{fill(labels.score, { correct, total })}</p>
        <ol className="result-list">
          {quiz.questions.map((question) => (
            <li key={question.id} className={question.result?.correct ? 'is-correct' : 'is-wrong'}>
              <span className="muted">{labels.types[question.type]}:</span> <span>{question.prompt}</span> → <strong lang="nl">{question.result?.answer}</strong>{' '}
              {question.result?.correct ? '✓' : '✗'}
            </li>
          ))}
        </ol>
        <p>
          <a href={reviewHref}>{labels.reviewLink}</a>
          {articleHref && (
            <>
              {' · '}
              <a href={articleHref}>{labels.backToArticle}</a>
            </>
          )}
        </p>
      </section>
    );
  }

  const question = quiz.questions[index]!;
  return (
    <section className="quiz" aria-live="polite">
      <p className="muted">{fill(labels.progress, { current: index + 1, total })}</p>
      <progress max={total} value={index} aria-hidden="true" />
      <Question
        key={question.id}
        question={question}
        labels={labels}
        pending={answer.isPending}
        onAnswer={(response) => answer.mutate({ questionId: question.id, response })}
      />
      {answer.isPending && (
        <p className="muted" role="status">
          {answer.failureCount > 0 ? labels.retrying : labels.saving}
        </p>
      )}
      {answer.isError && (
        <p role="alert" className="error-text">
          {labels.failed}
        </p>
      )}
      {question.result && (
        <button type="button" className="primary" autoFocus onClick={() => setIndex(index + 1)}>
          {index + 1 < total ? labels.next : labels.finish}
        </button>
      )}
    </section>
  );
}

/** A quiz, one question at a time: answers are TanStack Query mutations, stored on the server as they are given. */
export function QuizRunner(props: Parameters<typeof Runner>[0]) {
  return (
    <QueryProvider>
      <Runner {...props} />
    </QueryProvider>
  );
}
