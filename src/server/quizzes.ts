import 'server-only';
import { Prisma } from '../generated/prisma/client';
import { normalizeForm } from '../nlp/lexicon';
import { sentenceSpans } from '../nlp/sentences';
import { buildQuiz, chooseArticleWords, seededRandom, type Candidate, type Question, type QuestionType, type QuizWord } from '../quiz/questions';
import { scheduleAnswer, type Outcome } from '../quiz/schedule';
import { checkTyped, normalizeAnswer } from '../quiz/typo';
import { visibleTo } from './articles';
import { db } from './db';
import { getLexicon } from './lexicon';
import { ConflictError, NotFoundError } from './errors';
import { assignmentForLearner } from './teaching';

const ARTICLE_QUIZ_WORDS = 10;
const REVIEW_QUIZ_WORDS = 20;

/** Wrong options come from the core lexicon: every entry with its glosses, loaded once per process. */
let candidates: Promise<Candidate[]> | null = null;
function distractorPool(): Promise<Candidate[]> {
  candidates ??= db.lexeme
    .findMany({
      where: { source: 'core', pos: { not: 'EXPR' } },
      select: { id: true, lemma: true, pos: true, cefr: true, senses: { select: { gloss: true }, orderBy: { position: 'asc' } } },
    })
    .then((rows) => rows.map((row) => ({ lexemeId: row.id, lemma: row.lemma, pos: row.pos, cefr: row.cefr, glosses: row.senses.map((sense) => sense.gloss) })));
  return candidates;
}

/** Every glossed word of a version in reading order, with its sense, form and sentence. */
async function versionWords(versionId: string): Promise<QuizWord[]> {
  const blocks = await db.block.findMany({
    where: { versionId, kind: { not: 'title' } },
    orderBy: { position: 'asc' },
    select: {
      text: true,
      tokens: { orderBy: { position: 'asc' }, select: { text: true, kind: true, start: true, end: true, occurrenceId: true } },
      occurrences: {
        select: { id: true, sense: { select: { gloss: true, lexeme: { select: { id: true, lemma: true, pos: true, gender: true, cefr: true } } } } },
      },
    },
  });
  const words: QuizWord[] = [];
  for (const block of blocks) {
    const occurrences = new Map(block.occurrences.map((occurrence) => [occurrence.id, occurrence]));
    const seen = new Set<number>();
    for (const { text, tokens } of sentenceSpans(block.text, block.tokens)) {
      for (const token of tokens) {
        if (token.occurrenceId === null || seen.has(token.occurrenceId)) continue;
        seen.add(token.occurrenceId);
        const occurrence = occurrences.get(token.occurrenceId);
        if (!occurrence) continue;
        const { lexeme, gloss } = occurrence.sense;
        const single = block.tokens.filter((other) => other.occurrenceId === token.occurrenceId).length === 1;
        words.push({
          lexemeId: lexeme.id,
          lemma: lexeme.lemma,
          pos: lexeme.pos,
          gender: lexeme.gender,
          gloss,
          cefr: lexeme.cefr,
          sentence: text,
          // A unit in parts (a separable verb apart) cannot be blanked as one word.
          form: single ? token.text : null,
        });
      }
    }
  }
  return words;
}

async function storeQuiz(
  userId: string,
  source: 'article' | 'review' | 'assignment',
  where: { slug?: string; level?: string; assignmentId?: string },
  words: QuizWord[],
): Promise<string> {
  if (words.length === 0) throw new NotFoundError('There are no words to ask about');
  const quiz = await db.quiz.create({
    data: { userId, source, slug: where.slug ?? null, level: where.level ?? null, assignmentId: where.assignmentId ?? null },
  });
  const questions = buildQuiz(words, await distractorPool(), seededRandom(quiz.id));
  await db.quizQuestion.createMany({
    data: questions.map((question, position) => ({
      quizId: quiz.id,
      position,
      type: question.type,
      lexemeId: question.lexemeId,
      prompt: question.prompt,
      context: question.context,
      sentence: words[position]!.sentence,
      options: JSON.stringify(question.options),
      answer: question.answer,
    })),
  });
  return quiz.id;
}

/** The lexemes the learner knows or ignores: an article quiz leaves them out. */
async function settledLexemes(userId: string): Promise<Set<number>> {
  const rows = await db.wordStatus.findMany({ where: { userId, status: { in: ['known', 'ignored'] } }, select: { lexemeId: true } });
  return new Set(rows.map((row) => row.lexemeId));
}

/** A quiz on an article version's vocabulary: words at and just above its level that the learner does not know yet. */
export async function createArticleQuiz(userId: string, slug: string, level: string, assignmentId?: string): Promise<string> {
  const version = await db.articleVersion.findFirst({ where: { level, article: { slug, ...visibleTo(userId) } }, select: { id: true } });
  if (!version) throw new NotFoundError('No such article version');
  const words = chooseArticleWords(await versionWords(version.id), {
    level,
    exclude: await settledLexemes(userId),
    count: ARTICLE_QUIZ_WORDS,
  });
  return storeQuiz(userId, assignmentId ? 'assignment' : 'article', { slug, level, assignmentId }, words);
}

/** Words by lexeme, glossed with their everyday sense and, where a class met them, the sentence of an assignment. */
async function wordsOf(lexemeIds: readonly number[]): Promise<QuizWord[]> {
  const lexemes = await db.lexeme.findMany({
    where: { id: { in: [...lexemeIds] } },
    select: { id: true, lemma: true, pos: true, gender: true, cefr: true, senses: { select: { gloss: true }, orderBy: { position: 'asc' }, take: 1 } },
  });
  const byId = new Map(lexemes.map((lexeme) => [lexeme.id, lexeme]));
  return lexemeIds.flatMap((id): QuizWord[] => {
    const lexeme = byId.get(id);
    const gloss = lexeme?.senses[0]?.gloss;
    if (!lexeme || !gloss) return [];
    return [{ lexemeId: id, lemma: lexeme.lemma, pos: lexeme.pos, gender: lexeme.gender, cefr: lexeme.cefr, gloss, sentence: null, form: null }];
  });
}

/** The quiz of an assignment for one of its class's learners: the article's words, or the assigned word list. */
export async function createAssignmentQuiz(userId: string, assignmentId: string): Promise<string> {
  const assignment = await assignmentForLearner(userId, assignmentId);
  if (assignment.kind === 'article' && assignment.article && assignment.level) {
    return createArticleQuiz(userId, assignment.article.slug, assignment.level, assignment.id);
  }
  const words = await wordsOf(assignment.words.map((word) => word.lexemeId));
  return storeQuiz(userId, 'assignment', { assignmentId: assignment.id }, words);
}

/** A quiz on the learner's due words, then saved words not yet reviewed, each in the sentence it was saved from. */
export async function createReviewQuiz(userId: string, now = new Date()): Promise<string> {
  const [due, saved] = await Promise.all([
    db.reviewCard.findMany({ where: { userId, due: { lte: now } }, orderBy: { due: 'asc' }, select: { lexemeId: true }, take: REVIEW_QUIZ_WORDS }),
    db.savedWord.findMany({
      where: { userId },
      orderBy: { createdAt: 'desc' },
      select: { lexemeId: true, form: true, sentence: true, sense: { select: { gloss: true } }, lexeme: { select: { lemma: true, pos: true, gender: true, cefr: true } } },
    }),
  ]);
  const savedById = new Map(saved.map((row) => [row.lexemeId, row]));
  const dueIds = due.map((card) => card.lexemeId);
  const ids = [...new Set([...dueIds, ...saved.map((row) => row.lexemeId)])].slice(0, REVIEW_QUIZ_WORDS);
  const unsaved = new Map((await wordsOf(ids.filter((id) => !savedById.has(id)))).map((word) => [word.lexemeId, word]));
  const words = ids.flatMap((id): QuizWord[] => {
    const row = savedById.get(id);
    if (row) return [{ lexemeId: id, ...row.lexeme, gloss: row.sense.gloss, sentence: row.sentence, form: row.form.includes(' ') ? null : row.form }];
    const word = unsaved.get(id);
    return word ? [word] : [];
  });
  return storeQuiz(userId, 'review', {}, words);
}

export interface QuestionView {
  id: string;
  type: QuestionType;
  prompt: string;
  context: string | null;
  options: string[];
  /** Set once answered: what the learner answered and how it was judged, with the right answer. */
  result: AnswerResult | null;
}

export interface AnswerResult {
  response: string;
  correct: boolean;
  typo: boolean;
  answer: string;
  /** The sentence the word was met in, to show with the feedback. */
  context: string | null;
}

export interface QuizView {
  id: string;
  source: string;
  slug: string | null;
  level: string | null;
  completedAt: string | null;
  questions: QuestionView[];
}

type QuestionRow = { id: string; type: string; prompt: string; context: string | null; sentence: string | null; options: string; answer: string };

function resultOf(question: QuestionRow, answer: { response: string; correct: boolean; typo: boolean }): AnswerResult {
  return { response: answer.response, correct: answer.correct, typo: answer.typo, answer: question.answer, context: question.sentence };
}

/** A learner's quiz, with the answers given so far; the answer to an open question is not sent. Null if not theirs. */
export async function getQuiz(userId: string, quizId: string): Promise<QuizView | null> {
  const quiz = await db.quiz.findFirst({
    where: { id: quizId, userId },
    include: { questions: { orderBy: { position: 'asc' }, include: { response: true } } },
  });
  if (!quiz) return null;
  return {
    id: quiz.id,
    source: quiz.source,
    slug: quiz.slug,
    level: quiz.level,
    completedAt: quiz.completedAt?.toISOString() ?? null,
    questions: quiz.questions.map((question) => ({
      id: question.id,
      type: question.type as QuestionType,
      prompt: question.prompt,
      context: question.context,
      options: JSON.parse(question.options) as string[],
      result: question.response ? resultOf(question, question.response) : null,
    })),
  };
}

/** Judges a response: choices must match; typed answers may have a small typo, but not be another word. */
export async function judge(question: Pick<Question, 'type' | 'answer' | 'options'>, response: string): Promise<{ correct: boolean; typo: boolean }> {
  if (question.options.some((option) => normalizeAnswer(option) === normalizeAnswer(response))) {
    return { correct: normalizeAnswer(response) === normalizeAnswer(question.answer), typo: false };
  }
  if (question.type !== 'recall' && question.type !== 'cloze') return { correct: false, typo: false };
  const lexicon = await getLexicon();
  return checkTyped(response, question.answer, (word) => lexicon.forms.has(normalizeForm(word)));
}

export interface AnswerOutcome extends AnswerResult {
  /** False when this request repeated one already counted (same idempotency key, or the question was answered). */
  counted: boolean;
  completed: boolean;
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/**
 * Records an answer once: a retry with the same idempotency key, or a second answer to the same question,
 * returns the stored judgement without counting again. Updates the word's FSRS schedule and the review log.
 */
export async function answerQuestion(
  userId: string,
  quizId: string,
  input: { questionId: string; response: string; idempotencyKey: string },
  now = new Date(),
): Promise<AnswerOutcome> {
  const question = await db.quizQuestion.findFirst({
    where: { id: input.questionId, quizId, quiz: { userId } },
    include: { response: true },
  });
  if (!question) throw new NotFoundError('No such question');
  const replay = async (): Promise<AnswerOutcome> => {
    const stored = await db.quizAnswer.findUnique({ where: { questionId: question.id } });
    if (!stored) throw new ConflictError('This idempotency key was used for another question');
    const quiz = await db.quiz.findUniqueOrThrow({ where: { id: quizId }, select: { completedAt: true } });
    return { ...resultOf(question, stored), counted: false, completed: quiz.completedAt !== null };
  };
  if (question.response) return replay();

  const options = JSON.parse(question.options) as string[];
  const verdict = await judge({ type: question.type as QuestionType, answer: question.answer, options }, input.response);
  const outcome: Outcome = !verdict.correct ? 'wrong' : verdict.typo ? 'typo' : 'correct';
  try {
    const completed = await db.$transaction(async (tx) => {
      const answer = await tx.quizAnswer.create({
        data: { questionId: question.id, idempotencyKey: `${userId}:${input.idempotencyKey}`, response: input.response, ...verdict, answeredAt: now },
      });
      const card = await tx.reviewCard.findUnique({ where: { userId_lexemeId: { userId, lexemeId: question.lexemeId } } });
      const { schedule, log } = scheduleAnswer(card, outcome, now);
      await tx.reviewCard.upsert({
        where: { userId_lexemeId: { userId, lexemeId: question.lexemeId } },
        create: { userId, lexemeId: question.lexemeId, ...schedule },
        update: schedule,
      });
      await tx.reviewLog.create({ data: { userId, lexemeId: question.lexemeId, answerId: answer.id, ...log } });
      const open = await tx.quizQuestion.count({ where: { quizId, response: null } });
      if (open === 0) await tx.quiz.update({ where: { id: quizId }, data: { completedAt: now } });
      return open === 0;
    });
    return { ...resultOf(question, { response: input.response, ...verdict }), counted: true, completed };
  } catch (error) {
    // A concurrent request for the same question or key won the race: report what it stored.
    if (isUniqueViolation(error)) return replay();
    throw error;
  }
}

export interface OpenQuiz {
  id: string;
  source: string;
  slug: string | null;
  level: string | null;
  answered: number;
  total: number;
}

/** Quizzes the learner started and has not finished, newest first: they resume where they were left. */
export async function openQuizzes(userId: string): Promise<OpenQuiz[]> {
  const quizzes = await db.quiz.findMany({
    where: { userId, completedAt: null },
    orderBy: { createdAt: 'desc' },
    take: 10,
    select: { id: true, source: true, slug: true, level: true, questions: { select: { response: { select: { id: true } } } } },
  });
  return quizzes.map(({ questions, ...quiz }) => ({
    ...quiz,
    answered: questions.filter((question) => question.response).length,
    total: questions.length,
  }));
}
