/**
 * Drafts the data file for a raw article: its blocks as parsed, every word pre-annotated by the
 * language engine (lemma, part of speech, gender, the lexicon's first sense, separable verbs and
 * expressions as units) for an editor to check and correct. Words the engine cannot gloss are left bare.
 * Usage: npx tsx seeds/draft-article.ts seeds/raw/001_....txt slug > seeds/articles/001.json
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRawArticle } from '../src/nlp/parse-raw-article';
import type { SeedArticle, SeedBlock } from '../src/schemas/article-seed';
import { formatSeed } from './format-seed';
import { preAnnotate } from './pre-annotate';

const [rawPath, slug] = process.argv.slice(2);
if (!rawPath || !slug) {
  console.error('usage: tsx seeds/draft-article.ts <raw file> <slug>');
  process.exit(2);
}
const parsed = parseRawArticle(readFileSync(rawPath, 'utf8'));
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
