/**
 * Lemma accuracy of the engine against a Universal Dependencies file.
 * Usage: npm run nlp:eval -- <file.conllu> [more.conllu ...] (several files are scored together)
 * Compares on the gold tokenization, lemmas as UD writes them with the "_" of compounds removed. A hyphen
 * written in the word marks a compound's joint just as "_" does (UD writes Rabo-ploeg as Rabo_ploeg), so
 * for words spelt with a hyphen both marks are removed from both lemmas.
 * "Inflected" tokens are those whose lower-cased form differs from their gold lemma.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { buildLexicon } from '../src/nlp/lexicon';
import { lemmatizeSentence } from '../src/nlp/lemmatize';
import type { TokenKind } from '../src/nlp/tokenize';
import { readLexiconEntries } from '../seeds/lexicon-files';

interface GoldToken {
  text: string;
  kind: TokenKind;
  lemma: string;
  upos: string;
}

function readConllu(file: string): GoldToken[][] {
  const sentences: GoldToken[][] = [];
  let sentence: GoldToken[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) {
      if (sentence.length) sentences.push(sentence);
      sentence = [];
      continue;
    }
    if (line.startsWith('#')) continue;
    const [id, form, lemma, upos] = line.split('\t');
    if (!id || !form || !lemma || !upos || !/^\d+$/.test(id)) continue; // multiword ranges, empty nodes
    const kind: TokenKind = upos === 'PUNCT' || upos === 'SYM' ? 'punct' : /^\p{N}+([.,:]\p{N}+)*$/u.test(form) ? 'number' : 'word';
    sentence.push({ text: form, kind, lemma: form.includes('-') ? lemma : lemma.replace(/_/g, ''), upos });
  }
  if (sentence.length) sentences.push(sentence);
  return sentences;
}

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: npm run nlp:eval -- <file.conllu> [more.conllu ...]');
  process.exit(2);
}
const sentences = files.flatMap(readConllu);
const file = files.length === 1 ? files[0] : `${files.length} files`;
const lexicon = buildLexicon(readLexiconEntries());

/**
 * Where UD's Dutch treebanks (lemmatised by Alpino) follow conventions Leeslamp does not, because a
 * learner's dictionary wants the word itself: ordinals as their numeral (eerste -> één), comparatives and
 * superlatives as the plain adjective (later -> laat, meer -> veel), compounds without their linking
 * letters (vredesproces -> vredeproces), and participles as the verb (de volgende dag -> volgen, afgelopen
 * week -> aflopen, is uitgeput -> uitputten) where the learner's lexicon has the adjective (volgend, "next").
 * Counted and shown, never added to the accuracy.
 */
const NUMERALS = new Set(['één', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien', 'veertien', 'twintig', 'honderd', 'duizend']);
function convention(predicted: string, gold: string): 'ordinal' | 'degree' | 'linking' | 'participle' | null {
  if ((NUMERALS.has(gold) && /^(eerst|tweed|derd|vierd|vijfd|zesd|zevend|achtst|negend|tiend|elfd|twaalfd)e?$/.test(predicted)) || /^\d+(e|ste|de)$/.test(predicted)) return 'ordinal';
  if (gold === 'veel' && /^(meer|meest|meeste)$/.test(predicted)) return 'degree';
  const entry = lexicon.lemmas.get(gold)?.find((candidate) => candidate.pos === 'ADJ' || candidate.pos === 'ADV');
  if (entry && [entry.comparative, entry.superlative].some((form) => form && (predicted === form || predicted === `${form}e`))) return 'degree';
  const plain = predicted.toLowerCase().replace(/-/g, '');
  // A linking letter between two parts of at least three letters each.
  for (let split = 3; split < plain.length - 3; split++) {
    for (const link of ['s', 'en', 'e', 'n']) {
      if (plain.length - split - link.length < 3) continue;
      if (plain.slice(split).startsWith(link) && plain.slice(0, split) + plain.slice(split + link.length) === gold.toLowerCase()) return 'linking';
    }
  }
  const participleOf = (form: string) => lexicon.forms.get(form)?.some((analysis) => analysis.lemma === gold && analysis.pos === 'VERB' && analysis.feature === 'past participle');
  const adjective = lexicon.lemmas.get(predicted)?.some((candidate) => candidate.pos === 'ADJ');
  if (adjective && (participleOf(predicted) || predicted === `${gold}d`)) return 'participle';
  return null;
}
const conventions = new Map<string, number>();

let total = 0;
let correct = 0;
let inflected = 0;
let inflectedCorrect = 0;
const errors = new Map<string, number>();
const started = performance.now();
const predictions = sentences.map((sentence) => lemmatizeSentence(sentence, lexicon));
const seconds = (performance.now() - started) / 1000;

sentences.forEach((sentence, s) => {
  sentence.forEach((gold, t) => {
    const predicted = predictions[s]![t]?.lemma ?? gold.text;
    const joints = gold.text.includes('-') ? /[_-]/g : /_/g;
    const goldLemma = gold.lemma.replace(joints, '');
    const isInflected = gold.text.replace(joints, '').toLowerCase() !== goldLemma.toLowerCase();
    const ok = predicted.replace(joints, '') === goldLemma;
    total += 1;
    correct += Number(ok);
    if (isInflected) {
      inflected += 1;
      inflectedCorrect += Number(ok);
    }
    if (!ok) {
      const kind = convention(predicted.replace(joints, ''), goldLemma);
      if (kind) conventions.set(kind, (conventions.get(kind) ?? 0) + 1);
      const key = `${gold.upos} ${gold.text} -> ${gold.lemma} (got ${predicted})${kind ? ` [${kind}]` : ''}`;
      errors.set(key, (errors.get(key) ?? 0) + 1);
    }
  });
});

if (process.env.NLP_EVAL_ERRORS) {
  for (const [error, count] of [...errors].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.NLP_EVAL_ERRORS))) {
    console.log(`${count}\t${error}`);
  }
}
const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
console.log(`file: ${file}: ${sentences.length} sentences, ${total} tokens (${inflected} inflected)`);
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, node ${process.version}; lexicon ${lexicon.entries.length} entries`);
console.log(`correct: ${correct} of ${total} tokens, ${inflectedCorrect} of ${inflected} inflected`);
const differing = [...conventions.values()].reduce((sum, count) => sum + count, 0);
console.log(
  `UD conventions Leeslamp does not follow: ${differing} tokens (${['ordinal', 'degree', 'linking', 'participle'].map((kind) => `${kind} ${conventions.get(kind) ?? 0}`).join(', ')}); ` +
    `counted as agreeing, accuracy would be ${percent(correct + differing, total)}`,
);
console.log(`lemma accuracy ${percent(correct, total)} (inflected ${percent(inflectedCorrect, inflected)}), ${Math.round(total / seconds)} tokens/s`);
