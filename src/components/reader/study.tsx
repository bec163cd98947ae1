'use client';

import { useMutation } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ReaderGloss } from '@/server/articles';
import { WORD_STATUSES, type WordStatusValue } from '@/schemas/study';
import { api } from '../api';
import { fill } from '../fill';
import { QueryProvider } from '../query-provider';
import { StartQuizButton } from '../study/start-quiz-button';

export interface StudyLabels {
  status: string;
  statuses: Record<WordStatusValue, string>;
  save: string;
  saved: string;
  signInToStudy: string;
  signInHref: string;
  keys: string;
  highlight: string;
  markRestKnown: string;
  markedKnown: string;
  startQuiz: string;
  failed: string;
}

interface Study {
  signedIn: boolean;
  labels: StudyLabels;
  statusOf: (lexemeId: number) => WordStatusValue;
  setStatus: (lexemeId: number, status: WordStatusValue) => void;
  isSaved: (lexemeId: number) => boolean;
  save: (occurrenceId: number, lexemeId: number) => void;
  error: boolean;
  markRestKnown: { run: () => void; pending: boolean; marked: number | null };
}

const StudyContext = createContext<Study | null>(null);
const HIGHLIGHT_KEY = 'leeslamp-highlight';

type Statuses = Record<number, WordStatusValue>;

function StudyState({
  versionId,
  initialStatuses,
  initialSaved,
  signedIn,
  labels,
  glosses,
  children,
}: {
  versionId: string;
  initialStatuses: Statuses;
  initialSaved: number[];
  signedIn: boolean;
  labels: StudyLabels;
  glosses: Record<number, ReaderGloss>;
  children: ReactNode;
}) {
  const [statuses, setStatuses] = useState(initialStatuses);
  const [saved, setSaved] = useState(() => new Set(initialSaved));

  // Shown at once, undone if the server refuses.
  const statusMutation = useMutation({
    mutationFn: (input: { lexemeId: number; status: WordStatusValue }) => api('/api/words/status', { method: 'PUT', body: input }),
    onMutate: ({ lexemeId, status }) => {
      const previous = statuses;
      setStatuses((current) => ({ ...current, [lexemeId]: status }));
      return { previous };
    },
    onError: (_error, _input, context) => context && setStatuses(context.previous),
  });
  const saveMutation = useMutation({
    mutationFn: (input: { occurrenceId: number; lexemeId: number }) => api('/api/words/saved', { body: { occurrenceId: input.occurrenceId } }),
    onSuccess: (_data, { lexemeId }) => {
      setSaved((current) => new Set(current).add(lexemeId));
      // Saving a new word makes it "learning 1", as the server did.
      setStatuses((current) => (current[lexemeId] ? current : { ...current, [lexemeId]: '1' }));
    },
  });
  const markKnown = useMutation({
    mutationFn: () => api<{ marked: number }>('/api/words/known', { body: { versionId } }),
    onSuccess: () =>
      setStatuses((current) => {
        const next = { ...current };
        for (const gloss of Object.values(glosses)) if (gloss.pos !== 'PROPN' && !next[gloss.lexemeId]) next[gloss.lexemeId] = 'known';
        return next;
      }),
  });

  // Every word carries its status for highlighting (names excepted).
  useEffect(() => {
    for (const element of document.querySelectorAll<HTMLElement>('[data-o]')) {
      const gloss = glosses[Number(element.dataset.o)];
      if (!gloss || gloss.pos === 'PROPN') continue;
      element.dataset.status = statuses[gloss.lexemeId] ?? 'new';
    }
  }, [statuses, glosses]);

  const study: Study = {
    signedIn,
    labels,
    statusOf: (lexemeId) => statuses[lexemeId] ?? 'new',
    setStatus: (lexemeId, status) => statusMutation.mutate({ lexemeId, status }),
    isSaved: (lexemeId) => saved.has(lexemeId),
    save: (occurrenceId, lexemeId) => saveMutation.mutate({ occurrenceId, lexemeId }),
    error: statusMutation.isError || saveMutation.isError || markKnown.isError,
    markRestKnown: { run: () => markKnown.mutate(), pending: markKnown.isPending, marked: markKnown.data?.marked ?? null },
  };
  return <StudyContext.Provider value={study}>{children}</StudyContext.Provider>;
}

/** A learner's word knowledge in the reader: statuses from the tooltip, saved words, highlighting. */
export function StudyProvider(props: Parameters<typeof StudyState>[0]) {
  return (
    <QueryProvider>
      <StudyState {...props} />
    </QueryProvider>
  );
}

/** The tooltip's controls: the word's status (new, learning 1-4, known, ignore) and saving it with its sentence. */
export function WordActions({ gloss, occurrenceId }: { gloss: ReaderGloss; occurrenceId: number }) {
  const study = useContext(StudyContext);
  if (!study || gloss.pos === 'PROPN') return null;
  const { labels } = study;
  if (!study.signedIn) {
    return (
      <p className="gloss-note">
        <a href={labels.signInHref}>{labels.signInToStudy}</a>
      </p>
    );
  }
  const current = study.statusOf(gloss.lexemeId);
  const saved = study.isSaved(gloss.lexemeId);
  return (
    <div className="word-actions">
      <div role="group" aria-label={labels.status} className="status-buttons">
        {WORD_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className={`status-button status-${status}`}
            aria-pressed={current === status}
            onClick={() => study.setStatus(gloss.lexemeId, status)}
          >
            {labels.statuses[status]}
          </button>
        ))}
      </div>
      <button type="button" className="save-button" disabled={saved} onClick={() => study.save(occurrenceId, gloss.lexemeId)}>
        {saved ? labels.saved : labels.save}
      </button>
      <p className="gloss-note keys-hint">{labels.keys}</p>
      {study.error && (
        <p className="gloss-note" role="status">
          {labels.failed}
        </p>
      )}
    </div>
  );
}

/** Toolbar controls: highlight words by status (off by default), mark the rest as known, start a quiz. */
export function StudyBar({ slug, level, locale }: { slug: string; level: string; locale: string }) {
  const study = useContext(StudyContext);
  const [highlight, setHighlight] = useState(false);
  useEffect(() => setHighlight(localStorage.getItem(HIGHLIGHT_KEY) === 'on'), []);
  useEffect(() => {
    document.querySelector('.glossed-text')?.classList.toggle('highlight-statuses', highlight);
  }, [highlight]);
  if (!study?.signedIn) return null;
  const { labels } = study;
  return (
    <div className="study-bar">
      <label className="toggle">
        <input
          type="checkbox"
          checked={highlight}
          onChange={(event) => {
            setHighlight(event.target.checked);
            localStorage.setItem(HIGHLIGHT_KEY, event.target.checked ? 'on' : 'off');
          }}
        />{' '}
        {labels.highlight}
      </label>
      <button type="button" onClick={study.markRestKnown.run} disabled={study.markRestKnown.pending}>
        {labels.markRestKnown}
      </button>
      {study.markRestKnown.marked !== null && (
        <span role="status" className="muted">
          {fill(labels.markedKnown, { count: study.markRestKnown.marked })}
        </span>
      )}
      <StartQuizButton label={labels.startQuiz} failed={labels.failed} body={{ source: 'article', slug, level }} locale={locale} />
    </div>
  );
}
