/**
 * Rewrites seed data files in the house layout (one word per line, keys in a fixed order).
 * Usage: npx tsx seeds/format.ts seeds/articles/001.json [...]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { SeedArticleSchema } from '../src/schemas/article-seed';
import { formatSeed } from './format-seed';

const WORD_KEYS = ['w', 'lemma', 'pos', 'gender', 'gloss', 'form', 'unit'] as const;

for (const file of process.argv.slice(2)) {
  const seed = SeedArticleSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  for (const version of seed.versions) {
    for (const block of version.blocks) {
      block.words = block.words.map((word) =>
        Object.fromEntries(WORD_KEYS.filter((key) => word[key] !== undefined).map((key) => [key, word[key]])),
      ) as typeof block.words;
    }
  }
  writeFileSync(file, formatSeed(seed));
}
