/**
 * Splits Dutch text into word, number and punctuation tokens whose offsets map back to the text.
 * Whitespace is not a token: the text between two tokens is recovered from the offsets.
 */
export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  kind: TokenKind;
  start: number;
  end: number;
}

// A word is letters/digits joined by internal apostrophes or hyphens: zo'n, Xi’s, China-studies, G20.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/uy;
// A number may carry thousands separators or a decimal comma: 145, 5,5, 20.000.
const NUMBER = /\p{N}+(?:[.,]\p{N}+)*(?![\p{L}\p{M}])/uy;
const SPACE = /\s+/uy;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    SPACE.lastIndex = i;
    if (SPACE.test(text)) {
      i = SPACE.lastIndex;
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
    .filter((token) => token.kind !== 'punct')
    .map((token) => token.text);
}
