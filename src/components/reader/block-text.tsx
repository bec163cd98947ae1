import type { ReaderSegment } from '@/server/articles';

/** A block's text with every word its own focusable element; `data-o` keys the word's gloss. */
export function BlockText({ segments }: { segments: ReaderSegment[] }) {
  return segments.map((segment, i) =>
    segment.word ? (
      <span key={i} className="w" data-word="" data-o={segment.o} tabIndex={0}>
        {segment.text}
      </span>
    ) : (
      segment.text
    ),
  );
}
