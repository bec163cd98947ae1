import type { SeedBlock } from '../schemas/article-seed';
import { tokenize, type Token } from './tokenize';

/** A lexicon sense as a block's annotation names it. */
export interface Gloss {
  lemma: string;
  pos: string;
  gender?: string;
  gloss: string;
}

/** One glossed unit of a block: a word, or the words of a separable verb or an expression. */
export interface AnnotatedOccurrence extends Gloss {
  /** Indexes into the block's tokens, in reading order. */
  tokenIndexes: number[];
  form?: string;
}

export interface AnnotatedBlock {
  tokens: Token[];
  occurrences: AnnotatedOccurrence[];
  /** Words with no annotation yet. */
  unannotated: number;
}

export class AnnotationError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/**
 * Lines a block's annotated words up with the tokens of its Dutch text and groups the words of each
 * unit into one occurrence. Throws an AnnotationError naming the field when the two disagree.
 */
export function annotateBlock(block: SeedBlock): AnnotatedBlock {
  const tokens = tokenize(block.nl);
  const wordTokenIndexes = tokens.flatMap((token, index) => (token.kind === 'word' ? [index] : []));
  if (wordTokenIndexes.length !== block.words.length) {
    const firstMismatch = block.words.findIndex((word, i) => tokens[wordTokenIndexes[i] ?? -1]?.text !== word.w);
    throw new AnnotationError(
      'words',
      `the text has ${wordTokenIndexes.length} words but ${block.words.length} are annotated` +
        (firstMismatch >= 0
          ? ` (first difference at word ${firstMismatch}: text "${tokens[wordTokenIndexes[firstMismatch] ?? -1]?.text ?? '(end)'}", annotation "${block.words[firstMismatch]!.w}")`
          : ''),
    );
  }

  const occurrences: AnnotatedOccurrence[] = [];
  const units = new Map<number, AnnotatedOccurrence>();
  let unannotated = 0;
  block.words.forEach((word, i) => {
    const tokenIndex = wordTokenIndexes[i]!;
    if (tokens[tokenIndex]!.text !== word.w) {
      throw new AnnotationError(`words[${i}].w`, `"${word.w}" does not match the text's word "${tokens[tokenIndex]!.text}"`);
    }
    const unit = word.unit === undefined ? undefined : units.get(word.unit);
    if (unit) {
      if (word.lemma !== undefined) {
        throw new AnnotationError(`words[${i}]`, `unit ${word.unit} is already annotated on "${tokens[unit.tokenIndexes[0]!]!.text}"; later words carry only w and unit`);
      }
      unit.tokenIndexes.push(tokenIndex);
      return;
    }
    if (word.lemma === undefined || word.pos === undefined || word.gloss === undefined) {
      if (word.unit !== undefined) {
        throw new AnnotationError(`words[${i}]`, `the first word of unit ${word.unit} must carry its lemma, pos and gloss`);
      }
      unannotated += 1;
      return;
    }
    const occurrence: AnnotatedOccurrence = {
      lemma: word.lemma,
      pos: word.pos,
      gloss: word.gloss,
      tokenIndexes: [tokenIndex],
      ...(word.gender && { gender: word.gender }),
      ...(word.form && { form: word.form }),
    };
    occurrences.push(occurrence);
    if (word.unit !== undefined) units.set(word.unit, occurrence);
  });

  for (const [number, unit] of units) {
    if (unit.tokenIndexes.length < 2) {
      throw new AnnotationError('words', `unit ${number} has only one word ("${tokens[unit.tokenIndexes[0]!]!.text}")`);
    }
  }
  return { tokens, occurrences, unannotated };
}
