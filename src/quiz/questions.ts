/**
 * Building a vocabulary quiz from the words of an article: which words to ask, which kind of question
 * each gets, and wrong options that are plausible but never also right. Pure: words, a pool of lexicon
 * entries and a random source in, questions out.
 */
import { CEFR_LEVELS } from '../schemas/article-seed';
import { normalizeAnswer } from './typo';

export const QUESTION_TYPES = ['nl-en', 'en-nl', 'cloze', 'gender', 'recall'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** A word to be asked about, with the sense and sentence it was met in. */
export interface QuizWord {
  lexemeId: number;
  lemma: string;
  pos: string;
  gender: string | null;
  gloss: string;
  cefr: string | null;
  sentence: string | null;
  form: string | null;
}

/** A lexicon entry that may serve as a wrong option. glosses = all its senses' glosses, common first. */
export interface Candidate {
  lexemeId: number;
  lemma: string;
  pos: string;
  cefr: string | null;
  glosses: string[];
}

export interface Question {
  type: QuestionType;
  lexemeId: number;
  prompt: string;
  /** the sentence, with the word blanked as "_____" for cloze, as is otherwise; null when none */
  context: string | null;
  /** empty for recall (typed) */
  options: string[];
  answer: string;
}

/** Thrown when a multiple-choice question finds no wrong option; buildQuiz then asks for recall. */
export class NoDistractorsError extends Error {}

export const CLOZE_BLANK = '_____';
const WRONG_OPTIONS = 3;

/** Names, numbers, punctuation and closed classes: not vocabulary a learner studies. */
const UNQUIZZED_POS = new Set(['PROPN', 'PUNCT', 'NUM', 'SYM', 'X', 'DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'INTJ']);

/** Position on the CEFR scale; unknown or missing levels sit at B2, the middle of a news vocabulary. */
function levelIndex(cefr: string | null): number {
  const index = CEFR_LEVELS.indexOf(cefr as (typeof CEFR_LEVELS)[number]);
  return index >= 0 ? index : CEFR_LEVELS.indexOf('B2');
}

/** The senses a gloss names: "to start, to begin (sth.)" -> start, begin. */
function glossSenses(gloss: string): string[] {
  return gloss
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[,;/]|\sor\s/)
    .map((part) => part.trim().replace(/^(?:to|an?|the)\s+/, '').replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '');
}

/** Two entries mean the same when they share a lemma or any sense of a gloss. */
export function isSynonym(a: { lemma: string; glosses: string[] }, b: { lemma: string; glosses: string[] }): boolean {
  if (a.lemma.trim().toLowerCase() === b.lemma.trim().toLowerCase()) return true;
  const senses = new Set(a.glosses.flatMap(glossSenses));
  return b.glosses.flatMap(glossSenses).some((sense) => senses.has(sense));
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/** Two wrong options a learner could tell apart only by spelling, or that mean the same, give each other away. */
function clash(a: Candidate, b: Candidate): boolean {
  return (
    normalizeAnswer(a.lemma) === normalizeAnswer(b.lemma) ||
    normalizeAnswer(a.glosses[0]!) === normalizeAnswer(b.glosses[0]!) ||
    isSynonym(a, b)
  );
}

/**
 * Wrong options for a word, best first: same part of speech, near its level before any level, never
 * meaning what the word means, never two alike. Lazy, so a caller can skip some and ask for more.
 */
function* distractorsFor(word: QuizWord, pool: readonly Candidate[], random: () => number): Generator<Candidate> {
  const ownSenses = [{ lemma: word.lemma, glosses: [word.gloss] }, ...pool.filter((entry) => entry.lexemeId === word.lexemeId)];
  const answerGloss = normalizeAnswer(word.gloss);
  const eligible = pool.filter(
    (entry) =>
      entry.lexemeId !== word.lexemeId &&
      entry.pos === word.pos &&
      entry.glosses.length > 0 &&
      normalizeAnswer(entry.glosses[0]!) !== answerGloss &&
      !ownSenses.some((sense) => isSynonym(entry, sense)),
  );
  const level = levelIndex(word.cefr);
  const isNear = (entry: Candidate) => Math.abs(levelIndex(entry.cefr) - level) <= 1;
  const picked: Candidate[] = [];
  // Other levels are shuffled only once the near ones run out, so a rich pool never reaches them.
  for (const tier of [(entry: Candidate) => isNear(entry), (entry: Candidate) => !isNear(entry)]) {
    for (const entry of shuffle(eligible.filter(tier), random)) {
      if (picked.some((other) => clash(other, entry))) continue;
      picked.push(entry);
      yield entry;
    }
  }
}

/** Up to `count` wrong options for the word; fewer when the pool has no more that qualify. */
export function pickDistractors(word: QuizWord, pool: readonly Candidate[], count: number, random: () => number): Candidate[] {
  const picked: Candidate[] = [];
  if (count <= 0) return picked;
  for (const entry of distractorsFor(word, pool, random)) {
    picked.push(entry);
    if (picked.length === count) break;
  }
  return picked;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The form as a whole word, as the tokenizer reads words: "huis" is not found in "huisarts" or "China-huis". */
function wholeWord(form: string): RegExp {
  const letter = String.raw`[\p{L}\p{M}\p{N}]`;
  const joiner = String.raw`['’\-‐]`;
  return new RegExp(`(?<!${letter}|${letter}${joiner})${escapeRegExp(form)}(?!${letter}|${joiner}${letter})`, 'iu');
}

/** The word's sentence with its form blanked, or null when the form cannot be found in it. */
function clozeSentence(word: QuizWord): string | null {
  if (!word.sentence || !word.form?.trim()) return null;
  const pattern = wholeWord(word.form.trim());
  return pattern.test(word.sentence) ? word.sentence.replace(pattern, CLOZE_BLANK) : null;
}

function articleOf(word: QuizWord): 'de' | 'het' | null {
  return word.pos === 'NOUN' && (word.gender === 'de' || word.gender === 'het') ? word.gender : null;
}

/** The kinds of question this word can be asked as. */
export function typesFor(word: QuizWord): QuestionType[] {
  return QUESTION_TYPES.filter((type) => {
    if (type === 'cloze') return clozeSentence(word) !== null;
    if (type === 'gender') return articleOf(word) !== null;
    return true;
  });
}

/**
 * One question type per word, parallel to `words`. With five or more words the scarce types go first
 * (gender to a noun with an article, cloze to a word with a usable sentence, each preferring a word that
 * cannot take the other), so every type appears when the words allow; the rest spread evenly.
 */
export function assignTypes(words: readonly QuizWord[]): QuestionType[] {
  const allowed = words.map(typesFor);
  const assigned: (QuestionType | undefined)[] = words.map(() => undefined);
  if (words.length >= QUESTION_TYPES.length) {
    for (const [scarce, other] of [['gender', 'cloze'], ['cloze', 'gender']] as const) {
      const free = (index: number) => assigned[index] === undefined && allowed[index]!.includes(scarce);
      let index = allowed.findIndex((types, i) => free(i) && !types.includes(other));
      if (index < 0) index = allowed.findIndex((_, i) => free(i));
      if (index >= 0) assigned[index] = scarce;
    }
  }
  const used = new Map<QuestionType, number>(QUESTION_TYPES.map((type) => [type, 0]));
  for (const type of assigned) if (type) used.set(type, used.get(type)! + 1);
  return assigned.map((type, index) => {
    if (type) return type;
    // Ties keep QUESTION_TYPES order: reduce keeps the first of equal counts.
    const least = allowed[index]!.reduce((best, candidate) => (used.get(candidate)! < used.get(best)! ? candidate : best));
    used.set(least, used.get(least)! + 1);
    return least;
  });
}

/** A multiple-choice question: the answer and up to three wrong options, none alike, shuffled. */
function multipleChoice(
  word: QuizWord,
  type: QuestionType,
  prompt: string,
  context: string | null,
  answer: string,
  optionOf: (entry: Candidate) => string,
  pool: readonly Candidate[],
  random: () => number,
): Question {
  const options = [answer];
  const seen = new Set([normalizeAnswer(answer)]);
  for (const entry of distractorsFor(word, pool, random)) {
    const option = optionOf(entry);
    if (seen.has(normalizeAnswer(option))) continue;
    seen.add(normalizeAnswer(option));
    options.push(option);
    if (options.length > WRONG_OPTIONS) break;
  }
  if (options.length === 1) {
    throw new NoDistractorsError(`No wrong options for "${word.lemma}" (${word.pos}, lexeme ${word.lexemeId}) in a pool of ${pool.length}`);
  }
  return { type, lexemeId: word.lexemeId, prompt, context, options: shuffle(options, random), answer };
}

/** One question of the given type about the word. Throws when the word does not allow the type. */
export function buildQuestion(word: QuizWord, type: QuestionType, pool: readonly Candidate[], random: () => number): Question {
  switch (type) {
    case 'nl-en':
      return multipleChoice(word, type, word.lemma, word.sentence, word.gloss, (entry) => entry.glosses[0]!, pool, random);
    case 'en-nl':
      // No sentence: it holds the Dutch word asked for.
      return multipleChoice(word, type, word.gloss, null, word.lemma, (entry) => entry.lemma, pool, random);
    case 'cloze': {
      const context = clozeSentence(word);
      if (context === null || word.form === null) {
        throw new Error(`"${word.lemma}" (lexeme ${word.lexemeId}) has no sentence in which its form "${word.form ?? ''}" can be blanked`);
      }
      return multipleChoice(word, type, word.gloss, context, word.form.trim(), (entry) => entry.lemma, pool, random);
    }
    case 'gender': {
      const article = articleOf(word);
      if (article === null) throw new Error(`"${word.lemma}" (lexeme ${word.lexemeId}) is not a noun with de or het`);
      // No sentence: it usually shows the article in front of the noun.
      return { type, lexemeId: word.lexemeId, prompt: word.lemma, context: null, options: ['de', 'het'], answer: article };
    }
    case 'recall':
      return { type, lexemeId: word.lexemeId, prompt: word.gloss, context: null, options: [], answer: word.lemma };
  }
}

/** A question per word, in the words' order; a word with no wrong options to offer is asked for recall. */
export function buildQuiz(words: readonly QuizWord[], pool: readonly Candidate[], random: () => number): Question[] {
  const types = assignTypes(words);
  return words.map((word, index) => {
    try {
      return buildQuestion(word, types[index]!, pool, random);
    } catch (error) {
      if (error instanceof NoDistractorsError) return buildQuestion(word, 'recall', pool, random);
      throw error;
    }
  });
}

/**
 * How well a word fits a learner at `target`: at the level or one above first, then one below, then
 * further away; words with no level last.
 */
function fitRank(cefr: string | null, target: number): number {
  const index = CEFR_LEVELS.indexOf(cefr as (typeof CEFR_LEVELS)[number]);
  if (index < 0) return Number.POSITIVE_INFINITY;
  const step = index - target;
  if (step === 0 || step === 1) return 0;
  if (step === -1) return 1;
  return 1 + Math.abs(step);
}

/**
 * The words of an article worth a quiz for a learner at `level`, in reading order: content words the
 * learner does not know or ignore, each lexeme once, nearest the level first. Includes a noun with an
 * article and a word with a usable sentence when the article has them, so gender and cloze can be asked.
 */
export function chooseArticleWords(
  words: readonly QuizWord[],
  options: { level: string; exclude: ReadonlySet<number>; count: number },
): QuizWord[] {
  const target = CEFR_LEVELS.indexOf(options.level as (typeof CEFR_LEVELS)[number]);
  if (target < 0) throw new RangeError(`Unknown CEFR level "${options.level}"`);
  const seen = new Set<number>();
  const candidates: { word: QuizWord; order: number; rank: number }[] = [];
  words.forEach((word, order) => {
    if (UNQUIZZED_POS.has(word.pos) || options.exclude.has(word.lexemeId) || seen.has(word.lexemeId)) return;
    seen.add(word.lexemeId);
    candidates.push({ word, order, rank: fitRank(word.cefr, target) });
  });
  candidates.sort((a, b) => a.rank - b.rank || a.order - b.order);

  const picks = candidates.slice(0, Math.max(0, options.count));
  const rest = candidates.slice(picks.length);
  const needs = [(word: QuizWord) => articleOf(word) !== null, (word: QuizWord) => clozeSentence(word) !== null];
  for (const need of needs) {
    if (picks.some(({ word }) => need(word))) continue;
    const missing = needs.filter((other) => !picks.some(({ word }) => other(word)));
    const replacement =
      rest.find(({ word }) => missing.every((other) => other(word))) ?? rest.find(({ word }) => need(word));
    if (!replacement) continue;
    // The last-ranked pick that no other need depends on makes way.
    const victim = picks.findLastIndex((_, index) => {
      const without = picks.filter((__, i) => i !== index);
      return needs.every((other) => other === need || !picks.some(({ word }) => other(word)) || without.some(({ word }) => other(word)));
    });
    if (victim < 0) continue;
    picks[victim] = replacement;
    rest.splice(rest.indexOf(replacement), 1);
  }
  return picks.sort((a, b) => a.order - b.order).map(({ word }) => word);
}

/** A small deterministic random source (mulberry32 seeded by an FNV-1a hash), so a quiz can be rebuilt from its seed. */
export function seededRandom(seed: string): () => number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  let state = hash >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
