'use client';

import { createContext, use, useEffect, useState, type ReactNode } from 'react';
import { SHOW_ALL_COOKIE } from './translation-cookie';

const ONE_YEAR_S = 60 * 60 * 24 * 365;
const storageKey = (article: string) => `leeslamp:open-translations:${article}`;

interface TranslationState {
  allOpen: boolean;
  setAll: (open: boolean) => void;
  isOpen: (block: string) => boolean;
  toggle: (block: string) => void;
}

const TranslationContext = createContext<TranslationState | null>(null);

function useTranslationState(): TranslationState {
  const state = use(TranslationContext);
  if (!state) throw new Error('Translation components must be inside <TranslationProvider>');
  return state;
}

/**
 * Which block translations are revealed. "Show all" is remembered in a cookie, so the server renders
 * every article in the learner's chosen state; the blocks opened in one article are remembered in
 * localStorage for that article.
 */
export function TranslationProvider({
  article,
  blocks,
  initialAllOpen,
  children,
}: {
  article: string;
  blocks: string[];
  initialAllOpen: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(initialAllOpen ? blocks : []));

  useEffect(() => {
    try {
      const saved: unknown = JSON.parse(localStorage.getItem(storageKey(article)) ?? 'null');
      if (Array.isArray(saved)) setOpen(new Set(blocks.filter((id) => saved.includes(id))));
    } catch {
      // Unreadable storage: keep the state the server rendered.
    }
  }, [article, blocks]);

  const update = (next: ReadonlySet<string>) => {
    setOpen(next);
    try {
      localStorage.setItem(storageKey(article), JSON.stringify([...next]));
    } catch {
      // Storage blocked or full: the choice lasts for this visit.
    }
  };

  const state: TranslationState = {
    allOpen: blocks.every((id) => open.has(id)),
    setAll: (value) => {
      document.cookie = `${SHOW_ALL_COOKIE}=${value ? 'all' : 'none'}; path=/; max-age=${ONE_YEAR_S}; samesite=lax`;
      update(new Set(value ? blocks : []));
    },
    isOpen: (block) => open.has(block),
    toggle: (block) => {
      const next = new Set(open);
      if (!next.delete(block)) next.add(block);
      update(next);
    },
  };
  return <TranslationContext value={state}>{children}</TranslationContext>;
}

export function ShowAllTranslations({ showLabel, hideLabel }: { showLabel: string; hideLabel: string }) {
  const { allOpen, setAll } = useTranslationState();
  return (
    <button type="button" className="button" aria-pressed={allOpen} onClick={() => setAll(!allOpen)}>
      {allOpen ? hideLabel : showLabel}
    </button>
  );
}

/**
 * A block of Dutch text with its English translation: beside it on wide screens, where the space is
 * kept so that revealing moves nothing, and below it on narrow ones.
 */
export function TranslatedBlock({
  id,
  kind,
  translation,
  labels,
  children,
}: {
  id: string;
  kind: string;
  translation: string | null;
  labels: { show: string; hide: string; missing: string };
  children: ReactNode;
}) {
  const { isOpen, toggle } = useTranslationState();
  const open = isOpen(id);
  const translationId = `translation-${id}`;
  return (
    <div className={`block block-${kind}`} data-block={id} data-open={open}>
      <div className="block-nl" lang="nl">
        {children}
      </div>
      <div className="block-en" id={translationId} lang="en">
        {translation ?? <span className="muted">{labels.missing}</span>}
      </div>
      <button
        type="button"
        className="translation-toggle"
        aria-expanded={open}
        aria-controls={translationId}
        onClick={() => toggle(id)}
      >
        {open ? labels.hide : labels.show}
      </button>
    </div>
  );
}
