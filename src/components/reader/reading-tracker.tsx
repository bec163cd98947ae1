'use client';

import { useEffect } from 'react';
import { LOOKUP_EVENT } from './glossed-text';

const REPORT_EVERY_MS = 15_000;
/** Without a scroll, key or pointer move for this long, the reader is taken to be away. */
const IDLE_AFTER_MS = 60_000;

/**
 * Records reading honestly for a signed-in learner: which blocks came into view, seconds with the page
 * visible and the reader active, and which words' tooltips were read. Reported every 15 s and when the
 * page is left.
 */
export function ReadingTracker({ versionId }: { versionId: string }) {
  useEffect(() => {
    const seen = new Set<string>();
    const lookups = new Set<number>();
    let seconds = 0;
    let dirty = true; // the first report records that the version was opened
    let lastActivity = Date.now();

    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = (entry.target as HTMLElement).dataset.block;
          if (entry.isIntersecting && id && !seen.has(id)) {
            seen.add(id);
            dirty = true;
          }
        }
      },
      { threshold: 0.6 },
    );
    for (const block of document.querySelectorAll<HTMLElement>('[data-block]')) observer.observe(block);

    const onActivity = () => {
      lastActivity = Date.now();
    };
    const onLookup = (event: Event) => {
      lookups.add((event as CustomEvent<number>).detail);
      dirty = true;
    };
    const tick = setInterval(() => {
      if (document.visibilityState === 'visible' && Date.now() - lastActivity < IDLE_AFTER_MS) {
        seconds += 1;
        dirty = true;
      }
    }, 1000);

    const report = (leaving = false) => {
      if (!dirty) return;
      const sent = { seconds, lookups: [...lookups] };
      const body = { versionId, blocksSeen: [...seen], ...sent };
      seconds = 0;
      lookups.clear();
      dirty = false;
      const failed = () => {
        // Kept for the next report.
        seconds += sent.seconds;
        for (const lexemeId of sent.lookups) lookups.add(lexemeId);
        dirty = true;
      };
      fetch('/api/reading', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), keepalive: leaving })
        .then((response) => {
          if (!response.ok && response.status >= 500) failed();
        })
        .catch(failed);
    };
    const every = setInterval(() => report(), REPORT_EVERY_MS);
    const onHide = () => {
      if (document.visibilityState === 'hidden') report(true);
    };
    const onLeave = () => report(true);

    const activity = ['scroll', 'keydown', 'pointermove', 'touchstart'] as const;
    for (const type of activity) window.addEventListener(type, onActivity, { passive: true });
    document.addEventListener(LOOKUP_EVENT, onLookup);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onLeave);
    report();
    return () => {
      report(true);
      observer.disconnect();
      clearInterval(tick);
      clearInterval(every);
      for (const type of activity) window.removeEventListener(type, onActivity);
      document.removeEventListener(LOOKUP_EVENT, onLookup);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onLeave);
    };
  }, [versionId]);
  return null;
}
