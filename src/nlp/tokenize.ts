/**
 * Splits Dutch text into word, number and punctuation tokens whose offsets map back to the text.
 * Whitespace is not a token: the text between two tokens is recovered from the offsets.
 */
export type TokenKind = 'word' | 'number' | 'punct' | 'url';

export interface Token {
  text: string;
  kind: TokenKind;
  start: number;
  end: number;
}

// A word is letters/digits joined by internal apostrophes or hyphens: zo'n, Xi’s, China-studies, G20.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/uy;
// A number may carry thousands separators, a decimal comma, or be a time or date: 145, 5,5, 20.000, 20:47, 24-02-2022.
// Joined to a word by a hyphen it is part of that word: 24-jarige, 5-0-overwinning.
const NUMBER = /\p{N}+(?:[.,:\/-]\p{N}+)*(?![\p{L}\p{M}\p{N}]|[-‐][\p{L}\p{M}])/uy;
const URL = /(?:https?:\/\/|www\.)[^\s<>"“”‘’]+[^\s<>"“”‘’.,;:!?)]/uy;
// Dotted abbreviations are one word: o.a., d.w.z., i.p.v.
const DOTTED = /(?:\p{L}\.){2,}/uy;
// 's as in 's avonds, 's-Hertogenbosch; 't as in 't is.
const CLITIC = /['’][st](?=[\s-])/uy;
const ELLIPSIS = /\.{3}/y;
const SPACE = /\s+/uy;

const SPECIAL: [RegExp, TokenKind][] = [
  [URL, 'url'],
  [DOTTED, 'word'],
  [ELLIPSIS, 'punct'],
];

/** A URL, dotted abbreviation, ellipsis or clitic starting at i (clitics only at the start of a word). */
function matchSpecial(text: string, i: number): Token | undefined {
  const atWordStart = i === 0 || /\s/.test(text[i - 1]!);
  for (const [pattern, kind] of atWordStart ? [...SPECIAL, [CLITIC, 'word'] as [RegExp, TokenKind]] : SPECIAL) {
    pattern.lastIndex = i;
    const found = pattern.exec(text);
    if (found) return { text: found[0], kind, start: i, end: i + found[0].length };
  }
  return undefined;
}

/** Words and numbers are what a reader reads; punctuation and URLs are not counted. */
export const isRunningWord = (token: Pick<Token, 'kind'>) => token.kind === 'word' || token.kind === 'number';

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    SPACE.lastIndex = i;
    if (SPACE.test(text)) {
      i = SPACE.lastIndex;
      continue;
    }
    const special = matchSpecial(text, i);
    if (special) {
      tokens.push(special);
      i = special.end;
      continue;
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      tokens.push({ text: number[0], kind: 'number', start: i, end: i + number[0].length });
      i += number[0].length;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    if (word) {
      tokens.push({ text: word[0], kind: 'word', start: i, end: i + word[0].length });
      i += word[0].length;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i)!);
    tokens.push({ text: char, kind: 'punct', start: i, end: i + char.length });
    i += char.length;
  }
  return tokens;
}

/** The word tokens of a text, the units a reader looks up. */
export function wordsOf(text: string): string[] {
  return tokenize(text)
    .filter((token) => token.kind === 'word')
    .map((token) => token.text);
}

/** Words and numbers: everything a reader reads, for counting and for comparing texts. */
export function runningWordsOf(text: string): string[] {
  return tokenize(text)
    .filter(isRunningWord)
    .map((token) => token.text);
}
