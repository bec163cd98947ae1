/**
 * Language-engine benchmark. Prints: the time to process a 1,000-word article (tokenize, split,
 * lemmatize, separable verbs, expressions, glosses, CEFR estimate), and for each seed article the
 * share of its words (names aside) the core lexicon glosses, its CEFR estimate with the reasons, and
 * how often the engine's lemma agrees with the hand-curated one. Figures only, nothing asserted.
 * Usage: npm run bench:nlp
 */
import os from 'node:os';
import { analyzeText, estimateCefrLevel } from '../../src/nlp/analyze-text';
import { buildLexicon } from '../../src/nlp/lexicon';
import { wordsOf } from '../../src/nlp/tokenize';
import { readArticleSeeds } from '../../seeds/article-seeds';
import { readLexiconEntries } from '../../seeds/lexicon-files';

const RUNS = 50;
const percent = (value: number) => `${(100 * value).toFixed(1)}%`;

console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, node ${process.version}`);
let started = performance.now();
const entries = readLexiconEntries();
const lexicon = buildLexicon(entries);
console.log(`lexicon: ${entries.length} entries, ${lexicon.forms.size} forms, read and indexed in ${(performance.now() - started).toFixed(0)} ms`);

const articles = readArticleSeeds();
const paragraphs = articles.flatMap((article) => article.versions[0]!.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.nl));
const text: string[] = [];
let count = 0;
for (const paragraph of paragraphs) {
  if (count >= 1000) break;
  text.push(paragraph);
  count += wordsOf(paragraph).length;
}
const article = text.join('\n\n');
const words = wordsOf(article).length;

const times: number[] = [];
for (let run = 0; run < RUNS + 5; run++) {
  started = performance.now();
  const analyzed = article.split('\n\n').map((paragraph) => analyzeText(paragraph, lexicon));
  estimateCefrLevel(analyzed);
  if (run >= 5) times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
console.log(`article of ${words} words: median ${times[Math.floor(RUNS / 2)]!.toFixed(1)} ms, p95 ${times[Math.floor(RUNS * 0.95)]!.toFixed(1)} ms (${RUNS} runs)`);

for (const seed of articles) {
  const original = seed.versions.find((version) => version.original)!;
  let glossable = 0;
  let glossed = 0;
  let compared = 0;
  let agreed = 0;
  const analyzed = original.blocks.map((block) => {
    const result = analyzeText(block.nl, lexicon);
    const engineLemma = new Map<number, string>();
    for (const unit of result.units) {
      for (const index of unit.tokenIndexes) engineLemma.set(index, unit.lemma);
      if (unit.kind === 'proper') continue;
      glossable += unit.tokenIndexes.length;
      if (unit.gloss) glossed += unit.tokenIndexes.length;
    }
    // The curated annotation of the same words, where it glosses a single word.
    for (const occurrence of block.occurrences) {
      if (occurrence.tokenIndexes.length !== 1 || occurrence.pos === 'PROPN') continue;
      compared += 1;
      if (engineLemma.get(occurrence.tokenIndexes[0]!)?.toLowerCase() === occurrence.lemma.toLowerCase()) agreed += 1;
    }
    return result;
  });
  const estimate = estimateCefrLevel(analyzed);
  console.log(
    `${seed.seed.file}: glossed ${percent(glossed / glossable)} of ${glossable} words; lemma agrees with the curated one for ${percent(agreed / compared)}; ` +
      `CEFR estimate ${estimate.level} (curated ${original.level}; ${percent(estimate.reasons.shareAboveB1)} of content words above B1 -> ${estimate.reasons.lexicalLevel}, ` +
      `${estimate.reasons.meanSentenceLength.toFixed(1)} words per sentence -> ${estimate.reasons.syntacticLevel})`,
  );
}
