import { describe, expect, it } from 'vitest';
import { checkTyped, editDistance, normalizeAnswer } from '@/quiz/typo';

// A few lemmas of the lexicon: a near miss that spells one of these is another word, not a slip.
const lexicon = new Set(['huis', 'muis', 'kat', 'kar', 'regering', 'ziekenhuis', 'nieuw', 'een', 'één', 'café']);
const isWord = (word: string) => lexicon.has(word);
const noWords = () => false;

describe('normalizeAnswer', () => {
  it('ignores case, surrounding and repeated spaces, a final full stop and curly apostrophes', () => {
    expect(normalizeAnswer('  Het   Huis. ')).toBe('het huis');
    expect(normalizeAnswer('Zo’n')).toBe("zo'n");
    expect(normalizeAnswer("zo'n")).toBe("zo'n");
  });

  it('keeps accents and inner punctuation', () => {
    expect(normalizeAnswer('Één')).toBe('één');
    expect(normalizeAnswer('o.a.')).toBe('o.a');
    expect(normalizeAnswer('China-studies')).toBe('china-studies');
  });

  it('treats a composed and a decomposed accent alike', () => {
    expect(normalizeAnswer('cafe\u0301')).toBe(normalizeAnswer('caf\u00e9'));
  });
});

describe('editDistance', () => {
  it('counts inserts, deletes and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'huis')).toBe(4);
    expect(editDistance('huis', '')).toBe(4);
    expect(editDistance('regering', 'regering')).toBe(0);
    expect(editDistance('regeering', 'regering')).toBe(1);
  });

  it('counts swapping two neighbouring letters as one edit', () => {
    expect(editDistance('regerign', 'regering')).toBe(1);
    expect(editDistance('ziekenhius', 'ziekenhuis')).toBe(1);
    // Optimal string alignment: a swapped pair is not edited again.
    expect(editDistance('ca', 'abc')).toBe(3);
  });

  it('counts an accent as a letter of its own', () => {
    expect(editDistance('cafe', 'café')).toBe(1);
    expect(editDistance('een', 'één')).toBe(2);
  });
});

describe('checkTyped', () => {
  it('accepts an exact answer whatever its case and spacing, without a typo', () => {
    expect(checkTyped('  Regering ', 'regering', isWord)).toEqual({ correct: true, typo: false });
    expect(checkTyped('HUIS.', 'huis', isWord)).toEqual({ correct: true, typo: false });
    expect(checkTyped('zo’n', "zo'n", isWord)).toEqual({ correct: true, typo: false });
  });

  it('accepts a slip in a long word as a typo', () => {
    expect(checkTyped('regeering', 'regering', isWord)).toEqual({ correct: true, typo: true });
    expect(checkTyped('regerign', 'regering', isWord)).toEqual({ correct: true, typo: true });
    expect(checkTyped('zeikenhius', 'ziekenhuis', isWord)).toEqual({ correct: true, typo: true });
    expect(checkTyped('niuew', 'nieuw', isWord)).toEqual({ correct: true, typo: true });
  });

  it('refuses more slips than the word length allows', () => {
    // Two edits in a five-letter word, three in a ten-letter word.
    expect(checkTyped('nouw', 'nieuw', isWord)).toEqual({ correct: false, typo: false });
    expect(checkTyped('zeikenhiuz', 'ziekenhuis', isWord)).toEqual({ correct: false, typo: false });
  });

  it('refuses any slip in a word of three letters or fewer', () => {
    expect(checkTyped('kat', 'kar', noWords)).toEqual({ correct: false, typo: false });
    expect(checkTyped('kta', 'kat', noWords)).toEqual({ correct: false, typo: false });
  });

  it('refuses a near miss that is another real word', () => {
    expect(checkTyped('muis', 'huis', isWord)).toEqual({ correct: false, typo: false });
    // The same letters are a typo when they spell nothing.
    expect(checkTyped('muis', 'huis', noWords)).toEqual({ correct: true, typo: true });
  });

  it('counts a missing accent as a slip', () => {
    expect(checkTyped('cafe', 'café', isWord)).toEqual({ correct: true, typo: true });
    expect(checkTyped('een', 'één', isWord)).toEqual({ correct: false, typo: false });
  });

  it('refuses an empty answer', () => {
    expect(checkTyped('', 'huis', noWords)).toEqual({ correct: false, typo: false });
    expect(checkTyped('   ', 'huis', noWords)).toEqual({ correct: false, typo: false });
  });
});
