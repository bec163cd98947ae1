/**
 * How well the engine reads words its lexicon lacks, measured on the lexicon itself: a fifth of the
 * entries at a time is left out, and each of their forms the rest of the lexicon does not know is read
 * in a short sentence that suits it. Needs no outside data. Usage: npm run nlp:guess-eval
 */
import os from 'node:os';
import { buildLexicon } from '../src/nlp/lexicon';
import { lemmatizeSentence } from '../src/nlp/lemmatize';
import { generateForms } from '../src/nlp/morphology';
import { tokenize } from '../src/nlp/tokenize';
import type { LexiconEntry } from '../src/schemas/lexicon';
import { readLexiconEntries } from '../seeds/lexicon-files';

const FOLDS = 5;
const entries = readLexiconEntries();
const foldOf = (entry: LexiconEntry) => [...`${entry.lemma} ${entry.pos}`].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 0) % FOLDS;

/** A sentence the form can stand in, by part of speech and form; none for forms left out of the measure. */
function frame(entry: LexiconEntry, form: string, feature: string): string | undefined {
  if (entry.pos === 'NOUN' && (feature === 'plural' || feature === 'lemma')) return `Ik zag de ${form} gisteren.`;
  if (entry.pos === 'ADJ' && feature === 'inflected') return `Ik zag de ${form} man.`;
  if (entry.pos === 'ADJ' && feature === 'lemma') return `Het huis is ${form}.`;
  if (entry.pos !== 'VERB') return undefined;
  if (feature === 'past participle') return /[^e]e$/.test(form) ? `Ik zag de ${form} man.` : `Hij heeft het gisteren ${form}.`;
  if (feature === 'past') return `${form.endsWith('n') ? 'Zij' : 'Hij'} ${form} het gisteren.`;
  if (feature === 'present' && form.endsWith('t')) return `Hij ${form} het vaak.`;
  if (feature === 'lemma') return `Hij wil het ${form}.`;
  return undefined;
}

const results = new Map<string, { read: number; right: number }>();
for (let fold = 0; fold < FOLDS; fold++) {
  const held = entries.filter((entry) => foldOf(entry) === fold && !entry.particle && /^\p{Ll}+$/u.test(entry.lemma));
  const heldOut = new Set(held);
  const lexicon = buildLexicon(entries.filter((entry) => !heldOut.has(entry)));
  for (const entry of held) {
    for (const { form, feature } of generateForms(entry)) {
      const sentence = lexicon.forms.has(form) ? undefined : frame(entry, form, feature);
      if (!sentence) continue;
      const tokens = tokenize(sentence);
      const reading = lemmatizeSentence(tokens, lexicon)[tokens.findIndex((token) => token.text === form)];
      const key = `${entry.pos} ${feature}`;
      const result = results.get(key) ?? { read: 0, right: 0 };
      result.read += 1;
      result.right += Number(reading?.lemma === entry.lemma);
      results.set(key, result);
    }
  }
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, node ${process.version}; lexicon ${entries.length} entries, ${FOLDS} folds`);
for (const [key, { read, right }] of [...results].sort()) console.log(`${key}: ${right} of ${read} (${percent(right, read)})`);
const total = [...results.values()].reduce((sum, result) => ({ read: sum.read + result.read, right: sum.right + result.right }), { read: 0, right: 0 });
console.log(`unknown words read right: ${percent(total.right, total.read)} of ${total.read}`);
