/**
 * Marking a typed answer: exact after normalizing, or one or two slips away in a long enough word,
 * unless the slip spells another real word. Pure: strings in, a verdict out.
 */

export interface TypedVerdict {
  correct: boolean;
  /** Accepted, but not spelled exactly. */
  typo: boolean;
}

/**
 * The form answers are compared in. NFC so a typed "é" equals a pasted one; accents are kept, since
 * "een" and "één" are different words.
 */
export function normalizeAnswer(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[‘’ʼ]/g, "'")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '')
    .trimEnd();
}

/** Damerau-Levenshtein distance (optimal string alignment) over code points. */
export function editDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  // Three rows suffice: a transposition looks back two rows.
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, beforePrevious[j - 2]! + 1);
      }
      current.push(best);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[t.length]!;
}

/** Slips forgiven in an answer of this many letters: none under 4, one up to 7, two from 8. */
function allowedDistance(answer: string): number {
  const letters = answer.match(/\p{L}/gu)?.length ?? 0;
  if (letters >= 8) return 2;
  if (letters >= 4) return 1;
  return 0;
}

/**
 * Marks a typed response. A near miss counts as a typo, unless `isOtherWord` says the response is
 * itself a word (typing "muis" for "huis" is not a slip but the wrong word).
 */
export function checkTyped(response: string, answer: string, isOtherWord: (word: string) => boolean): TypedVerdict {
  const typed = normalizeAnswer(response);
  const expected = normalizeAnswer(answer);
  if (typed === '') return { correct: false, typo: false };
  if (typed === expected) return { correct: true, typo: false };
  if (editDistance(typed, expected) > allowedDistance(expected) || isOtherWord(typed)) {
    return { correct: false, typo: false };
  }
  return { correct: true, typo: true };
}
