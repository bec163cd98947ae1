import type { SeedArticle } from '../src/schemas/article-seed';

/** JSON with one word per line, so a seed file reads and diffs like a word list. */
export function formatSeed(seed: SeedArticle): string {
  return JSON.stringify(seed, null, 2).replace(
    /\{\n\s+"w": [^{}]*?\n\s+\}/g,
    (word) => JSON.stringify(JSON.parse(word)).replace(/":/g, '": ').replace(/,"/g, ', "'),
  ) + '\n';
}
