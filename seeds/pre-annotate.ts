import { analyzeText } from '../src/nlp/analyze-text';
import { buildLexicon } from '../src/nlp/lexicon';
import type { SeedWord } from '../src/schemas/article-seed';
import { readLexiconEntries } from './lexicon-files';

export const lexicon = buildLexicon(readLexiconEntries());

/** The engine's reading of each word of a text, in the seed file's word format. */
export function preAnnotate(nl: string): SeedWord[] {
  const { tokens, units } = analyzeText(nl, lexicon);
  const unitOf = new Map(units.flatMap((unit) => unit.tokenIndexes.map((index) => [index, unit] as const)));
  const numbers = new Map<(typeof units)[number], number>();
  return tokens.flatMap((token, index): SeedWord[] => {
    if (token.kind !== 'word') return [];
    const unit = unitOf.get(index);
    if (!unit?.gloss) return [{ w: token.text }];
    const multi = unit.tokenIndexes.length > 1;
    if (multi && numbers.has(unit)) return [{ w: token.text, unit: numbers.get(unit)! }];
    if (multi) numbers.set(unit, numbers.size + 1);
    return [
      {
        w: token.text,
        lemma: unit.lemma,
        pos: unit.pos,
        ...(unit.gender && unit.pos === 'NOUN' && { gender: unit.gender as 'de' | 'het' | 'de/het' }),
        gloss: unit.gloss,
        ...(unit.form && { form: unit.form }),
        ...(multi && { unit: numbers.get(unit)! }),
      },
    ];
  });
}

