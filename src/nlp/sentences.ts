import type { Token, TokenKind } from './tokenize';

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = new Set(['o.a', 'bijv', 'bv', 'd.w.z', 'dhr', 'mevr', 'mr', 'dr', 'prof', 'nr', 'ca', 'enz', 'etc', 'i.p.v', 'm.b.t', 'z.g.a.n', 'e.d', 'blz', 'jl', 'vs', 'resp', 'incl', 'excl', 'min', 'max', 'ing', 'ir', 'drs', 'st', 'n.a.v', 'a.s', 'i.v.m', 'm.n', 't.o.v', 'z.s.m']);
const CLOSERS = new Set(['”', '"', '’', "'", ')', ']']);

/**
 * Splits a block's tokens into sentences: after . ! ? or … (and any closing quotes or brackets),
 * unless the full stop ends a known abbreviation or an initial (J. Kirby).
 */
export function splitSentences<T extends Pick<Token, 'text' | 'kind'>>(tokens: readonly T[]): T[][] {
  const sentences: T[][] = [];
  let current: T[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    current.push(token);
    if (token.kind !== 'punct' || !/^[.!?…]$/.test(token.text)) continue;
    const before = tokens[i - 1];
    if (token.text === '.' && before?.kind === 'word') {
      // Rebuild a dotted abbreviation such as o.a. from the tokens before the stop.
      let abbreviation = before.text.toLowerCase();
      for (let j = i - 2; j >= 1 && tokens[j]?.text === '.' && tokens[j - 1]?.kind === 'word' && tokens[j - 1]!.text.length <= 2; j -= 2) {
        abbreviation = `${tokens[j - 1]!.text.toLowerCase()}.${abbreviation}`;
      }
      if (ABBREVIATIONS.has(abbreviation) || /^\p{Lu}$/u.test(before.text)) continue;
    }
    while (i + 1 < tokens.length && tokens[i + 1]!.kind === 'punct' && (CLOSERS.has(tokens[i + 1]!.text) || /^[.!?…]$/.test(tokens[i + 1]!.text))) {
      current.push(tokens[++i]!);
    }
    sentences.push(current);
    current = [];
  }
  if (current.length) sentences.push(current);
  return sentences;
}

/** A block's sentences as text, each with its tokens; tokens come from storage, so their kind is a plain string. */
export function sentenceSpans<T extends { text: string; kind: string; start: number; end: number }>(
  text: string,
  tokens: readonly T[],
): { text: string; tokens: T[] }[] {
  return splitSentences(tokens.map((token) => ({ ...token, kind: token.kind as TokenKind }))).flatMap((sentence) => {
    const first = sentence[0];
    const last = sentence.at(-1);
    return first && last ? [{ text: text.slice(first.start, last.end), tokens: sentence as unknown as T[] }] : [];
  });
}
