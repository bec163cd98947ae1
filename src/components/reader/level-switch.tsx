'use client';

import { useEffect } from 'react';

const POSITION = /(?:^#|&)at=([0-9.]+)/;

/** How far through the story the reader is: the share of blocks above the first one in view. */
function readingPosition(): number {
  const blocks = [...document.querySelectorAll<HTMLElement>('[data-block]')];
  const index = blocks.findIndex((block) => block.getBoundingClientRect().bottom > 80);
  return blocks.length && index > 0 ? index / blocks.length : 0;
}

/**
 * Links to the article's other levels. Switching keeps the place in the story: the new version opens
 * at the block as far through it as the reader was in this one.
 */
export function LevelSwitch({
  label,
  current,
  levels,
}: {
  label: string;
  current: string;
  levels: { level: string; href: string; name: string }[];
}) {
  useEffect(() => {
    const at = POSITION.exec(window.location.hash);
    if (!at) return;
    const blocks = document.querySelectorAll<HTMLElement>('[data-block]');
    blocks[Math.min(blocks.length - 1, Math.round(Number(at[1]) * blocks.length))]?.scrollIntoView({ block: 'start' });
  }, [current]);

  return (
    <nav className="level-switch" aria-label={label}>
      <ul>
        {levels.map(({ level, href, name }) => (
          <li key={level}>
            {level === current ? (
              <span aria-current="page" className="level-badge" data-level={level}>
                {name}
              </span>
            ) : (
              <a
                href={href}
                className="level-badge"
                data-level={level}
                onClick={(event) => {
                  event.preventDefault();
                  // A full load: the new version then opens straight at the place, with no scroll to the top first.
                  window.location.assign(`${href}#at=${readingPosition().toFixed(3)}`);
                }}
              >
                {name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
