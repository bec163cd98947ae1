import { wordsOf } from './tokenize';

/**
 * Reads a news article as scraped into a plain-text file and tells its parts apart.
 *
 * The files come in two shapes. A NOS page starts with a title line, an ISO timestamp and the URL,
 * and ends with site chrome (programme, section, "Deel artikel:"). Newspaper pages start with
 * " date YYYY-MM " glued to the first block. Both mix in photo captions ("... Beeld AP",
 * "... — © AP"), pull quotes ("Quote <text> <speaker>") and subheadings (short lines without
 * closing punctuation).
 */
export type BlockKind = 'heading' | 'paragraph' | 'caption' | 'quote';

export interface ParsedBlock {
  kind: BlockKind;
  text: string;
  /** Photo agency of a caption, e.g. "AP". */
  credit?: string;
  /** How the file introduced the credit: "Beeld AP" or "— © AP". */
  creditMarker?: 'Beeld' | '©';
  /** Who a pull quote is by, e.g. "Abbas Galljamov, Politicoloog". */
  attribution?: string;
}

export interface ParsedArticle {
  /** "nos": title, timestamp and URL lines on top; "dated": a " date YYYY-MM " prefix; "plain": neither. */
  format: 'nos' | 'dated' | 'plain';
  title?: string;
  /** As precise as the file gives it: "2022-08" or "2022-12-30T20:47:45+0100". */
  date?: string;
  url?: string;
  /** Site chrome after the body (programme, section, share label), kept so no line goes unaccounted. */
  trailer: string[];
  blocks: ParsedBlock[];
}

const DATE_PREFIX = /^\s*date (\d{4}-\d{2}(?:-\d{2})?)\s+/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?$/;
const URL_LINE = /^https?:\/\/\S+$/;
// "Beeld" is the credit marker only with a capital and at the end of a line: "in beeld komen" is prose.
const CAPTION_BEELD = /^(.+?)\s+Beeld\s+((?:\p{Lu}[\p{L}.&-]*)(?:\s+\p{Lu}[\p{L}.&-]*){0,3})$/u;
const CAPTION_COPYRIGHT = /^(.+?)\s+[—–-]\s+©\s+(.+)$/u;
const QUOTE_PREFIX = /^Quote\s+/;
// The quote runs to the last sentence end; what follows is the speaker.
const QUOTE_SPLIT = /^(.*[.!?…]['’"”]*)\s+([^.!?]+)$/u;
const CLOSES_SENTENCE = /[.!?:;,…]['’"”)]*$/u;
const MAX_HEADING_WORDS = 12;
const MAX_TRAILER_WORDS = 3;

export class RawArticleError extends Error {}

function isHeading(line: string): boolean {
  return !CLOSES_SENTENCE.test(line) && wordsOf(line).length <= MAX_HEADING_WORDS;
}

function parseBlock(line: string): ParsedBlock {
  if (QUOTE_PREFIX.test(line)) {
    const body = line.replace(QUOTE_PREFIX, '');
    const split = QUOTE_SPLIT.exec(body);
    return split
      ? { kind: 'quote', text: split[1]!, attribution: split[2]!.trim() }
      : { kind: 'quote', text: body };
  }
  const beeld = CAPTION_BEELD.exec(line);
  if (beeld) return { kind: 'caption', text: beeld[1]!.trim(), credit: beeld[2]!.trim(), creditMarker: 'Beeld' };
  const copyright = CAPTION_COPYRIGHT.exec(line);
  if (copyright) {
    return { kind: 'caption', text: copyright[1]!.trim(), credit: copyright[2]!.trim(), creditMarker: '©' };
  }
  if (isHeading(line)) return { kind: 'heading', text: line };
  return { kind: 'paragraph', text: line };
}

export function parseRawArticle(raw: string): ParsedArticle {
  let lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim());
  const article: ParsedArticle = { format: 'plain', trailer: [], blocks: [] };

  const datePrefix = DATE_PREFIX.exec(raw.replace(/^\uFEFF/, ''));
  if (datePrefix) {
    article.format = 'dated';
    article.date = datePrefix[1];
    lines[0] = raw.replace(/^\uFEFF/, '').slice(datePrefix[0].length).split(/\r?\n/)[0]!.trim();
  } else if (lines.length >= 3 && ISO_TIMESTAMP.test(lines[1]!) && URL_LINE.test(lines[2]!)) {
    article.format = 'nos';
    article.title = lines[0];
    article.date = lines[1];
    article.url = lines[2];
    lines = lines.slice(3);
  }

  const content = lines.filter((line) => line.length > 0);
  // Site chrome after the last sentence: only short lines without closing punctuation.
  let end = content.length;
  while (
    end > 0 &&
    wordsOf(content[end - 1]!).length <= MAX_TRAILER_WORDS &&
    !/[.!?]['’"”]*$/u.test(content[end - 1]!)
  ) {
    end -= 1;
  }
  if (end === content.length || content.slice(0, end).some((line) => parseBlock(line).kind === 'paragraph')) {
    article.trailer = content.slice(end);
  } else {
    end = content.length;
  }

  article.blocks = content.slice(0, end).map(parseBlock);
  if (!article.blocks.some((block) => block.kind === 'paragraph')) {
    throw new RawArticleError('The text has no paragraph: nothing to read.');
  }
  return article;
}

/**
 * Every word of the file in the order the parser found it, with the format's own markers
 * ("date", "Quote", "Beeld") restored: equal to the file's words exactly when nothing was lost or invented.
 */
export function accountedWords(article: ParsedArticle): string[] {
  const words: string[] = [];
  if (article.format === 'dated') words.push('date', ...wordsOf(article.date!));
  if (article.format === 'nos') words.push(...wordsOf(article.title!), ...wordsOf(article.date!), ...wordsOf(article.url!));
  for (const block of article.blocks) {
    if (block.kind === 'quote') words.push('Quote');
    words.push(...wordsOf(block.text));
    if (block.attribution) words.push(...wordsOf(block.attribution));
    if (block.creditMarker === 'Beeld') words.push('Beeld');
    if (block.credit) words.push(...wordsOf(block.credit));
  }
  for (const line of article.trailer) words.push(...wordsOf(line));
  return words;
}
