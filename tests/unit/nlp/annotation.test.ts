import { describe, expect, it } from 'vitest';
import { annotateBlock, AnnotationError } from '@/nlp/annotation';
import type { SeedBlock } from '@/schemas/article-seed';

const block = (nl: string, words: SeedBlock['words']): SeedBlock => ({ kind: 'paragraph', nl, en: '', words });

describe('annotateBlock', () => {
  it('glosses a separable verb as one unit across the words between its parts', () => {
    const result = annotateBlock(
      block('Poetin kondigde het bezoek aan.', [
        { w: 'Poetin', lemma: 'Poetin', pos: 'PROPN', gloss: 'Putin, Russian president' },
        { w: 'kondigde', lemma: 'aankondigen', pos: 'VERB', gloss: 'to announce', form: 'past tense', unit: 1 },
        { w: 'het', lemma: 'het', pos: 'DET', gloss: 'the' },
        { w: 'bezoek', lemma: 'bezoek', pos: 'NOUN', gender: 'het', gloss: 'visit' },
        { w: 'aan', unit: 1 },
      ]),
    );
    expect(result.occurrences).toHaveLength(4);
    const verb = result.occurrences.find((occurrence) => occurrence.lemma === 'aankondigen')!;
    expect(verb.tokenIndexes.map((index) => result.tokens[index]!.text)).toEqual(['kondigde', 'aan']);
    expect(verb.form).toBe('past tense');
    expect(result.occurrences.find((occurrence) => occurrence.lemma === 'bezoek')!.gender).toBe('het');
    expect(result.unannotated).toBe(0);
  });

  it('counts words that have no annotation yet', () => {
    const result = annotateBlock(block('Ook China.', [{ w: 'Ook' }, { w: 'China', lemma: 'China', pos: 'PROPN', gloss: 'China' }]));
    expect(result.unannotated).toBe(1);
    expect(result.occurrences).toHaveLength(1);
  });

  it('names the word when the annotation does not match the text', () => {
    expect(() => annotateBlock(block('Ook China.', [{ w: 'Ook' }, { w: 'Chinees' }]))).toThrow(
      new AnnotationError('words[1].w', '"Chinees" does not match the text\'s word "China"'),
    );
    expect(() => annotateBlock(block('Ook China nu.', [{ w: 'Ook' }, { w: 'China' }]))).toThrow(/the text has 3 words but 2 are annotated/);
  });

  it('refuses a unit whose later part repeats the annotation, or that has one part only', () => {
    expect(() =>
      annotateBlock(
        block('legt uit', [
          { w: 'legt', lemma: 'uitleggen', pos: 'VERB', gloss: 'to explain', unit: 1 },
          { w: 'uit', lemma: 'uit', pos: 'ADP', gloss: 'out', unit: 1 },
        ]),
      ),
    ).toThrow(/words\[1\]: unit 1 is already annotated/);
    expect(() => annotateBlock(block('legt', [{ w: 'legt', lemma: 'uitleggen', pos: 'VERB', gloss: 'to explain', unit: 1 }]))).toThrow(
      /unit 1 has only one word/,
    );
  });
});
