import type { BlockKind } from '../schemas/article-seed';

export interface PlainBlock {
  kind: Exclude<BlockKind, 'title'>;
  text: string;
}

/**
 * Blocks of a pasted text or a .txt/.md file: paragraphs are separated by blank lines; a Markdown
 * heading (# ...) is a heading and a Markdown quote (> ...) a quote. Everything else stays text exactly
 * as written (markup included: the reader shows it as text, never as HTML).
 */
export function plainTextBlocks(text: string): PlainBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.split('\n').map((line) => line.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0)
    .map((lines): PlainBlock => {
      if (lines.length === 1 && /^#{1,6}\s+\S/.test(lines[0]!)) return { kind: 'heading', text: lines[0]!.replace(/^#{1,6}\s+/, '') };
      if (lines.every((line) => line.startsWith('>'))) return { kind: 'quote', text: lines.map((line) => line.replace(/^>\s?/, '')).join(' ') };
      return { kind: 'paragraph', text: lines.join(' ') };
    });
}
