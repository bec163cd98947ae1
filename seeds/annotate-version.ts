/**
 * Pre-annotates a version of a seed article whose Dutch text has been written (a rewrite): every block
 * whose word list does not match its text gets the engine's annotation, to be checked by hand. Prints
 * the engine's CEFR estimate of the version with its reasons.
 * Usage: npx tsx seeds/annotate-version.ts seeds/articles/001.json B1
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { estimateArticleLevel } from '../src/nlp/analyze-text';
import { wordsOf } from '../src/nlp/tokenize';
import { SeedArticleSchema } from '../src/schemas/article-seed';
import { formatSeed } from './format-seed';
import { lexicon, preAnnotate } from './pre-annotate';

const [file, level] = process.argv.slice(2);
if (!file || !level) {
  console.error('usage: tsx seeds/annotate-version.ts <seed file> <level>');
  process.exit(2);
}
const seed = SeedArticleSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const version = seed.versions.find((candidate) => candidate.level === level);
if (!version) {
  console.error(`${file} has no version at ${level}`);
  process.exit(1);
}
let annotated = 0;
for (const block of version.blocks) {
  const words = wordsOf(block.nl);
  if (block.words.length === words.length && block.words.every((word, i) => word.w === words[i])) continue;
  block.words = preAnnotate(block.nl);
  annotated += 1;
}
writeFileSync(file, formatSeed(seed));
const estimate = estimateArticleLevel(version.blocks.map((block) => ({ kind: block.kind, text: block.nl })), lexicon);
const words = version.blocks.filter((block) => block.kind !== 'title').reduce((sum, block) => sum + wordsOf(block.nl).length, 0);
console.log(
  `${seed.slug} ${level}: ${annotated} blocks pre-annotated; ${words} words; CEFR estimate ${estimate.level} ` +
    `(${(estimate.reasons.shareAboveB1 * 100).toFixed(1)}% of content words above B1 -> ${estimate.reasons.lexicalLevel}, ` +
    `${estimate.reasons.meanSentenceLength.toFixed(1)} words per sentence -> ${estimate.reasons.syntacticLevel})`,
);
