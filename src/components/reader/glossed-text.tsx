'use client';

import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { ReaderGloss } from '@/server/articles';
import { WordActions } from './study';

const TOOLTIP_ID = 'gloss-tooltip';
const HIDE_DELAY_MS = 150;
const LOOKUP_MS = 500;
/** Dispatched (bubbling, detail: the lexeme id) when a word's tooltip has been open long enough to be read. */
export const LOOKUP_EVENT = 'gloss-lookup';
const STUDY_KEYS: Record<string, string> = {
  '1': '.status-1',
  '2': '.status-2',
  '3': '.status-3',
  '4': '.status-4',
  k: '.status-known',
  i: '.status-ignored',
  s: '.save-button',
};
const WORD_SELECTOR = '[data-word]';

interface Active {
  element: HTMLElement;
  occurrence: number | null;
}

function wordOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(WORD_SELECTOR) : null;
}

function occurrenceOf(element: HTMLElement): number | null {
  const value = element.dataset.o;
  return value === undefined ? null : Number(value);
}

/**
 * The interactive layer over server-rendered article text: one tooltip for whichever word is hovered,
 * tapped or focused, keyboard movement from word to word, and highlighting of a unit's other parts.
 * Words are the `[data-word]` elements of its children; `data-o` names their entry in `glosses`.
 */
export interface TooltipLabels {
  lemma: string;
  form: string;
  unit: string;
  notGlossed: string;
  /** Part-of-speech names by tag. */
  pos: Record<string, string>;
}

export function GlossedText({
  glosses,
  labels,
  children,
}: {
  glosses: Record<number, ReaderGloss>;
  labels: TooltipLabels;
  children: ReactNode;
}) {
  const wrapper = useRef<HTMLDivElement>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [active, setActive] = useState<Active | null>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  const cancelHide = () => clearTimeout(hideTimer.current);
  const show = useCallback((element: HTMLElement) => {
    clearTimeout(hideTimer.current);
    setActive((current) => (current?.element === element ? current : { element, occurrence: occurrenceOf(element) }));
  }, []);
  const hideSoon = useCallback(() => {
    clearTimeout(hideTimer.current);
    hideTimer.current = setTimeout(() => {
      // A word or tooltip with the keyboard focus stays open when the pointer leaves.
      const focused = document.activeElement;
      setActive((current) => (current && (current.element === focused || tooltip.current?.contains(focused)) ? current : null));
    }, HIDE_DELAY_MS);
  }, []);

  // A tooltip open for half a second is a look-up: the reading tracker counts it.
  useEffect(() => {
    const lexemeId = active?.occurrence == null ? undefined : glosses[active.occurrence]?.lexemeId;
    if (lexemeId === undefined) return;
    const timer = setTimeout(() => wrapper.current?.dispatchEvent(new CustomEvent(LOOKUP_EVENT, { detail: lexemeId, bubbles: true })), LOOKUP_MS);
    return () => clearTimeout(timer);
  }, [active, glosses]);

  // Wire the active word (and the other parts of its unit) to the tooltip.
  useEffect(() => {
    if (!active || !wrapper.current) return;
    const { element, occurrence } = active;
    const parts = occurrence === null ? [] : [...wrapper.current.querySelectorAll<HTMLElement>(`[data-o="${occurrence}"]`)];
    element.setAttribute('aria-describedby', TOOLTIP_ID);
    element.classList.add('is-active');
    for (const part of parts) if (part !== element) part.classList.add('is-unit-part');
    return () => {
      element.removeAttribute('aria-describedby');
      element.classList.remove('is-active');
      for (const part of parts) part.classList.remove('is-unit-part');
    };
  }, [active]);

  useLayoutEffect(() => {
    if (!active || !wrapper.current || !tooltip.current) {
      setPosition(null);
      return;
    }
    const box = wrapper.current.getBoundingClientRect();
    const word = active.element.getBoundingClientRect();
    const tip = tooltip.current.getBoundingClientRect();
    const below = word.bottom + 8 + tip.height <= window.innerHeight || word.top - 8 - tip.height < 0;
    setPosition({
      top: (below ? word.bottom + 8 : word.top - 8 - tip.height) - box.top,
      left: Math.max(0, Math.min(word.left - box.left, box.width - tip.width)),
    });
  }, [active]);

  useEffect(() => () => clearTimeout(hideTimer.current), []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape' && active) {
      // From the tooltip's buttons, back to the word it belongs to.
      if (tooltip.current?.contains(event.target as Node)) active.element.focus();
      setActive(null);
      return;
    }
    const word = wordOf(event.target);
    if (!word || !wrapper.current) return;
    // Study keys act on the tooltip's buttons: Enter moves into them, 1-4/K/I/S set a status or save.
    const target = event.key === 'Enter' ? 'button[aria-pressed="true"]' : STUDY_KEYS[event.key.toLowerCase()];
    const button = target ? tooltip.current?.querySelector<HTMLButtonElement>(target) : null;
    if (button) {
      event.preventDefault();
      if (event.key === 'Enter') button.focus();
      else if (!button.disabled) button.click();
      return;
    }
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!step && event.key !== 'Home' && event.key !== 'End') return;
    const words = [...wrapper.current.querySelectorAll<HTMLElement>(WORD_SELECTOR)];
    const index = words.indexOf(word);
    const next = step ? words[index + step] : event.key === 'Home' ? words[0] : words.at(-1);
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  const gloss = active?.occurrence == null ? undefined : glosses[active.occurrence];
  return (
    <div
      ref={wrapper}
      className="glossed-text"
      onMouseOver={(event) => {
        const word = wordOf(event.target);
        if (word) show(word);
        else if (tooltip.current?.contains(event.target as Node)) cancelHide();
      }}
      onMouseOut={(event) => {
        if (wordOf(event.target) || tooltip.current?.contains(event.target as Node)) hideSoon();
      }}
      onFocus={(event) => {
        const word = wordOf(event.target);
        if (word) show(word);
      }}
      onBlur={(event) => {
        // Focus moving into the tooltip (its status buttons) keeps it open; leaving both closes it.
        const leaving = event.target === active?.element || tooltip.current?.contains(event.target);
        const into = event.relatedTarget as Node | null;
        if (active && leaving && !wordOf(into) && !tooltip.current?.contains(into)) setActive(null);
      }}
      onClick={(event) => {
        const word = wordOf(event.target);
        if (word) {
          word.focus();
          show(word);
        }
      }}
      onKeyDown={onKeyDown}
    >
      {children}
      {active && (
        <div
          ref={tooltip}
          id={TOOLTIP_ID}
          role="tooltip"
          className="gloss-tooltip"
          style={position ? { top: position.top, left: position.left } : { visibility: 'hidden', top: 0, left: 0 }}
        >
          {gloss ? (
            <>
              <p className="gloss-form" lang="nl">
                {gloss.text}
              </p>
              <p className="gloss-meaning" lang="en">
                {gloss.gloss}
              </p>
              <p className="gloss-lemma">
                <span className="visually-hidden">{labels.lemma}: </span>
                {gloss.gender && <span className={`gender gender-${gloss.gender.replace('/', '-')}`}>{gloss.gender}</span>}{' '}
                <span lang="nl">{gloss.lemma}</span> · <span className="pos">{labels.pos[gloss.pos] ?? gloss.pos}</span>
              </p>
              {gloss.form && (
                <p className="gloss-note">
                  {labels.form}: {gloss.form}
                </p>
              )}
              {gloss.parts > 1 && <p className="gloss-note">{labels.unit}</p>}
              <WordActions gloss={gloss} occurrenceId={active.occurrence!} />
            </>
          ) : (
            <>
              <p className="gloss-form" lang="nl">
                {active.element.textContent}
              </p>
              <p className="gloss-note">{labels.notGlossed}</p>
            </>
          )}
        </div>
      )}
    </div>
  );
}
