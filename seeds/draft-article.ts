/**
 * Drafts the data file for a raw article: its blocks as parsed, every word pre-annotated by the
 * language engine (lemma, part of speech, gender, the lexicon's first sense, separable verbs and
 * expressions as units) for an editor to check and correct. Words the engine cannot gloss are left bare.
 * Usage: npx tsx seeds/draft-article.ts seeds/raw/001_....txt slug > seeds/articles/001.json
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRawArticle } from '../src/nlp/parse-raw-article';
import { analyzeText } from '../src/nlp/analyze-text';
import { buildLexicon } from '../src/nlp/lexicon';
import type { SeedArticle, SeedBlock, SeedWord } from '../src/schemas/article-seed';
import { formatSeed } from './format-seed';
import { readLexiconEntries } from './lexicon-files';

const [rawPath, slug] = process.argv.slice(2);
if (!rawPath || !slug) {
  console.error('usage: tsx seeds/draft-article.ts <raw file> <slug>');
  process.exit(2);
}
const parsed = parseRawArticle(readFileSync(rawPath, 'utf8'));
const lexicon = buildLexicon(readLexiconEntries());

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

const block = (kind: SeedBlock['kind'], nl: string, extra: Partial<SeedBlock> = {}): SeedBlock => ({
  kind,
  nl,
  en: '',
  ...extra,
  words: preAnnotate(nl),
});
const url = parsed.url ? new URL(parsed.url) : undefined;
const seed: SeedArticle = {
  file: path.basename(rawPath),
  slug,
  titleEn: '',
  titleIsEditorial: !parsed.title,
  ...(parsed.date && { publishedOn: parsed.date.slice(0, 10) }),
  dateIsEditorial: !parsed.date,
  ...(url && { source: { name: url.hostname, url: parsed.url, ...(parsed.trailer[1] && { section: parsed.trailer[1] }) } }),
  versions: [
    {
      level: 'B2',
      original: true,
      blocks: [
        block('title', parsed.title ?? ''),
        ...parsed.blocks.map((b) =>
          block(b.kind, b.text, { ...(b.credit && { credit: b.credit }), ...(b.attribution && { attribution: b.attribution }) }),
        ),
      ],
    },
  ],
};
process.stdout.write(formatSeed(seed));
