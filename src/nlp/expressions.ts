/**
 * Fixed expressions found in a sentence, also inflected and with their parts apart:
 * "komt Xi goed van pas" is van pas komen, "houdt zich op de vlakte" is zich op de vlakte houden.
 * The words of an expression other than its verbs must stand together and in order (slots such as
 * iemand and iets may hold any words between them); its verbs and zich may stand anywhere in the sentence.
 */
import type { LexiconEntry } from '../schemas/lexicon';
import { normalizeForm, type Lexicon } from './lexicon';
import type { WordReading } from './lemmatize';
import type { Token } from './tokenize';

const SLOTS = new Set(['iemand', 'iets', "iemands", 'ergens']);
const REFLEXIVES = new Set(['zich', 'me', 'mij', 'je', 'ons', 'u', 'zichzelf', 'mezelf', 'jezelf', 'onszelf']);
const MAX_SLOT_WORDS = 4;
const MAX_VERB_DISTANCE = 6;

export interface ExpressionMatch {
  entry: LexiconEntry;
  tokenIndexes: number[];
}

interface Pattern {
  entry: LexiconEntry;
  /** Runs of words that stand together, in order; a slot ends a run. */
  runs: string[][];
  verbs: string[];
  reflexive: boolean;
  size: number;
}

const patternCache = new WeakMap<Lexicon, Pattern[]>();

function patternsOf(lexicon: Lexicon): Pattern[] {
  const cached = patternCache.get(lexicon);
  if (cached) return cached;
  const isVerb = (word: string) => (lexicon.lemmas.get(word) ?? []).some((entry) => entry.pos === 'VERB' || entry.pos === 'AUX');
  const patterns = lexicon.expressions.map((entry) => {
    const words = normalizeForm(entry.lemma).split(/\s+/);
    const runs: string[][] = [[]];
    const verbs: string[] = [];
    let reflexive = false;
    words.forEach((word, i) => {
      // The last word of an expression that is a verb is its verb: van pas komen, laten vallen.
      if (isVerb(word) && (i === words.length - 1 || isVerb(words[i + 1]!) || words.length === 2)) verbs.push(word);
      else if (word === 'zich') reflexive = true;
      else if (SLOTS.has(word)) runs.push([]);
      else runs.at(-1)!.push(word);
    });
    return { entry, runs: runs.filter((run) => run.length), verbs, reflexive, size: words.length };
  });
  patterns.sort((a, b) => b.size - a.size);
  patternCache.set(lexicon, patterns);
  return patterns;
}

export function findExpressions(
  tokens: readonly Pick<Token, 'text' | 'kind'>[],
  readings: readonly (WordReading | null)[],
  lexicon: Lexicon,
): ExpressionMatch[] {
  const used = new Set<number>();
  const matches: ExpressionMatch[] = [];
  const fits = (index: number, word: string) =>
    !used.has(index) && tokens[index]?.kind === 'word' && (normalizeForm(tokens[index]!.text) === word || normalizeForm(readings[index]?.lemma ?? '') === word);

  // Only expressions all of whose words occur in the sentence are worth trying.
  const present = new Set<string>();
  tokens.forEach((token, i) => {
    if (token.kind !== 'word') return;
    present.add(normalizeForm(token.text));
    if (readings[i]) present.add(normalizeForm(readings[i]!.lemma));
  });
  for (const pattern of patternsOf(lexicon)) {
    if (pattern.runs.length === 0 && pattern.verbs.length < 2) continue;
    if (!pattern.runs.every((run) => run.every((word) => present.has(word))) || !pattern.verbs.every((verb) => present.has(verb))) continue;
    for (let start = 0; start < tokens.length; start++) {
      const found = matchRuns(pattern.runs, start, tokens.length, fits);
      if (!found) continue;
      const indexes = [...found];
      let ok = true;
      const [first, last] = [Math.min(...found, Infinity), Math.max(...found, -Infinity)];
      for (const verb of pattern.verbs) {
        // The verb stands in the same stretch of sentence as the rest: "komt Xi goed van pas", not a verb
        // of the next clause ("dat wil China niet, zegt Biscop" is no "dat wil zeggen").
        const near = (i: number) => found.length === 0 || (i >= first - MAX_VERB_DISTANCE && i <= last + MAX_VERB_DISTANCE && !crossesClause(tokens, i, first, last));
        const at = tokens.findIndex((_, i) => !indexes.includes(i) && fits(i, verb) && near(i));
        if (at < 0) {
          ok = false;
          break;
        }
        indexes.push(at);
        const particle = readings[at]?.particleIndex;
        if (particle !== undefined) indexes.push(particle);
      }
      if (ok && pattern.reflexive) {
        const at = tokens.findIndex((token, i) => !indexes.includes(i) && !used.has(i) && token.kind === 'word' && REFLEXIVES.has(normalizeForm(token.text)));
        if (at < 0) ok = false;
        else indexes.push(at);
      }
      if (ok && pattern.runs.length === 0 && Math.max(...indexes) - Math.min(...indexes) > MAX_VERB_DISTANCE) ok = false;
      if (!ok) continue;
      indexes.sort((a, b) => a - b);
      indexes.forEach((index) => used.add(index));
      matches.push({ entry: pattern.entry, tokenIndexes: indexes });
      break;
    }
  }
  return matches;
}

/** True when a comma or stop stands between a verb and the rest of its expression. */
function crossesClause(tokens: readonly Pick<Token, 'text' | 'kind'>[], verb: number, first: number, last: number): boolean {
  const [from, to] = verb < first ? [verb, first] : [last, verb];
  return tokens.slice(from + 1, to).some((token) => token.kind === 'punct' && /^[,.;:!?]$/.test(token.text));
}

/** The token indexes of the runs, each run contiguous, runs in order with at most a few words between. */
function matchRuns(runs: string[][], start: number, length: number, fits: (index: number, word: string) => boolean): number[] | undefined {
  if (runs.length === 0) return start === 0 ? [] : undefined;
  const indexes: number[] = [];
  let position = start;
  for (const [r, run] of runs.entries()) {
    let at = -1;
    const last = r === 0 ? position : Math.min(length - run.length, position + MAX_SLOT_WORDS);
    for (let candidate = position; candidate <= last; candidate++) {
      if (run.every((word, k) => fits(candidate + k, word))) {
        at = candidate;
        break;
      }
    }
    if (at < 0) return undefined;
    for (let k = 0; k < run.length; k++) indexes.push(at + k);
    position = at + run.length;
  }
  return indexes;
}
