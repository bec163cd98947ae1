/**
 * The whole engine over a text: tokens, sentences, lemmas, separable verbs, expressions, glosses and a
 * CEFR estimate. Pure: text and lexicon in, data out. This is what pre-annotates imported articles.
 */
import { coverageOf } from './coverage';
import { CEFR_LEVELS, type CefrLevel, type PartOfSpeech } from '../schemas/article-seed';
import type { LexiconEntry } from '../schemas/lexicon';
import type { AnnotatedOccurrence } from './annotation';
import { findExpressions } from './expressions';
import { lemmatizeSentence, type WordReading } from './lemmatize';
import type { Lexicon } from './lexicon';
import type { FormFeature } from './morphology';
import { splitSentences } from './sentences';
import { isRunningWord, tokenize, type Token } from './tokenize';

export type UnitKind = 'word' | 'separable' | 'expression' | 'compound' | 'proper' | 'unknown';

export interface GlossedUnit extends Omit<AnnotatedOccurrence, 'gloss' | 'pos'> {
  pos: PartOfSpeech;
  kind: UnitKind;
  /** The sense that fits best without a human reading: the lexicon's first. Missing for names and unknown words. */
  gloss?: string;
  /** True when the gloss was built from the parts of an unknown compound. */
  derived: boolean;
  cefr?: CefrLevel;
}

export interface AnalyzedText {
  tokens: Token[];
  /** Token indexes of each sentence. */
  sentences: number[][];
  units: GlossedUnit[];
}

const FORM_LABELS: Partial<Record<FormFeature, string>> = {
  plural: 'plural',
  diminutive: 'diminutive',
  'diminutive plural': 'diminutive, plural',
  present: 'present tense',
  past: 'past tense',
  'past participle': 'past participle',
  'present participle': 'present participle',
  inflected: 'inflected',
  comparative: 'comparative',
  superlative: 'superlative',
  abbreviation: 'abbreviation',
  ordinal: 'ordinal number',
};

/** 1 -> 1st, 22 -> 22nd, 13 -> 13th. */
export function englishOrdinal(number: string): string {
  const n = Number(number);
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${number}${suffix}`;
}

function unitFromEntry(entry: LexiconEntry, tokenIndexes: number[], kind: UnitKind, feature?: FormFeature): GlossedUnit {
  const form = feature ? FORM_LABELS[feature] : undefined;
  return {
    lemma: entry.lemma,
    pos: entry.pos,
    kind,
    gloss: entry.senses[0]!,
    derived: false,
    cefr: entry.cefr,
    tokenIndexes,
    ...(entry.gender && { gender: entry.gender }),
    ...(form && { form }),
  };
}

function unitFromReading(reading: WordReading, index: number): GlossedUnit {
  if (reading.feature === 'ordinal') {
    return { lemma: reading.lemma, pos: reading.pos, kind: 'word', gloss: englishOrdinal(reading.lemma), derived: false, tokenIndexes: [index], form: FORM_LABELS.ordinal! };
  }
  if (reading.entry) {
    const indexes = reading.particleIndex === undefined ? [index] : [index, reading.particleIndex].sort((a, b) => a - b);
    return unitFromEntry(reading.entry, indexes, reading.particleIndex === undefined ? 'word' : 'separable', reading.feature);
  }
  if (reading.source === 'compound' && reading.parts) {
    const { head, modifierEntry } = reading.parts;
    const headSense = head.senses[0]!;
    const modifierSense = modifierEntry?.senses[0]?.replace(/^to /, '').split(/[,(]/)[0]!.trim();
    // A separable verb the lexicon lacks (stegen ... uit) is one unit, glossed from its base verb.
    const separated = reading.particleIndex !== undefined;
    return {
      lemma: reading.lemma,
      pos: reading.pos,
      kind: separated ? 'separable' : 'compound',
      gloss: modifierSense && head.pos === 'NOUN' ? `${modifierSense} ${headSense}` : headSense,
      derived: true,
      cefr: head.cefr,
      tokenIndexes: separated ? [index, reading.particleIndex!].sort((a, b) => a - b) : [index],
      ...(head.gender && { gender: head.gender }),
    };
  }
  return { lemma: reading.lemma, pos: reading.pos, kind: reading.source === 'proper' ? 'proper' : 'unknown', derived: false, tokenIndexes: [index] };
}

export function analyzeText(text: string, lexicon: Lexicon): AnalyzedText {
  const tokens = tokenize(text);
  const indexed = tokens.map((token, index) => ({ ...token, index }));
  const sentences = splitSentences(indexed).map((sentence) => sentence.map((token) => token.index));
  const units: GlossedUnit[] = [];
  for (const sentence of sentences) {
    const sentenceTokens = sentence.map((index) => tokens[index]!);
    const readings = lemmatizeSentence(sentenceTokens, lexicon);
    const covered = new Set<number>();
    for (const match of findExpressions(sentenceTokens, readings, lexicon)) {
      units.push(unitFromEntry(match.entry, match.tokenIndexes.map((i) => sentence[i]!), 'expression'));
      match.tokenIndexes.forEach((i) => covered.add(i));
    }
    readings.forEach((reading, i) => {
      if (!reading || covered.has(i) || sentenceTokens[i]!.kind !== 'word') return;
      const unit = unitFromReading(reading, i);
      if (unit.tokenIndexes.some((index) => index !== i && covered.has(index))) return;
      unit.tokenIndexes.forEach((index) => covered.add(index));
      units.push({ ...unit, tokenIndexes: unit.tokenIndexes.map((index) => sentence[index]!) });
    });
  }
  units.sort((a, b) => a.tokenIndexes[0]! - b.tokenIndexes[0]!);
  return { tokens, sentences, units };
}

export interface CefrEstimate {
  level: CefrLevel;
  reasons: {
    /** Share of running content words above B1 (unknown words count as above). */
    shareAboveB1: number;
    meanSentenceLength: number;
    lexicalLevel: CefrLevel;
    syntacticLevel: CefrLevel;
  };
}

const CONTENT: ReadonlySet<string> = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'EXPR']);
// Upper bounds of each level, A1 to C1 (C2 above): share of content words above B1, words per sentence.
// Calibrated on the five seed originals (B2 and C1 by reading); rewrites at A2 and B1 will refine them.
const SHARE_BOUNDS = [0.04, 0.08, 0.14, 0.24, 0.36];
const LENGTH_BOUNDS = [7, 10, 12.5, 19, 25];
const levelFor = (value: number, bounds: number[]) => CEFR_LEVELS[bounds.findIndex((bound) => value < bound) === -1 ? 5 : bounds.findIndex((bound) => value < bound)]!;

/**
 * CEFR level of a text from its vocabulary (how many content words lie above B1) and its sentences
 * (how long they are), weighted 3 to 2.
 */
export function estimateCefrLevel(analyzed: AnalyzedText[]): CefrEstimate {
  let content = 0;
  let above = 0;
  let words = 0;
  let sentences = 0;
  for (const text of analyzed) {
    for (const unit of text.units) {
      if (!CONTENT.has(unit.pos) || unit.kind === 'proper') continue;
      content += 1;
      if (!unit.cefr || CEFR_LEVELS.indexOf(unit.cefr) > CEFR_LEVELS.indexOf('B1')) above += 1;
    }
    words += text.tokens.filter(isRunningWord).length;
    sentences += text.sentences.length;
  }
  const shareAboveB1 = content ? above / content : 0;
  const meanSentenceLength = sentences ? words / sentences : 0;
  const lexicalLevel = levelFor(shareAboveB1, SHARE_BOUNDS);
  const syntacticLevel = levelFor(meanSentenceLength, LENGTH_BOUNDS);
  const combined = Math.round((3 * CEFR_LEVELS.indexOf(lexicalLevel) + 2 * CEFR_LEVELS.indexOf(syntacticLevel)) / 5);
  return { level: CEFR_LEVELS[combined]!, reasons: { shareAboveB1, meanSentenceLength, lexicalLevel, syntacticLevel } };
}

/** The CEFR estimate of an article's blocks, its title left out: the title is not the reading. */
export function estimateArticleLevel(blocks: readonly { kind: string; text: string }[], lexicon: Lexicon): CefrEstimate {
  return estimateCefrLevel(blocks.filter((block) => block.kind !== 'title').map((block) => analyzeText(block.text, lexicon)));
}

/** Share of a text's running words (names aside) whose lemma the learner knows. */
export function personalCoverage(analyzed: AnalyzedText[], knownLemmas: ReadonlySet<string>): number {
  const words = analyzed.flatMap((text) =>
    text.units.flatMap((unit) => unit.tokenIndexes.map(() => ({ key: unit.lemma, proper: unit.kind === 'proper' }))),
  );
  return coverageOf(words, (lemma) => (knownLemmas.has(lemma) ? 'known' : 'new'));
}
