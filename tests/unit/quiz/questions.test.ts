import { describe, expect, it } from 'vitest';
import {
  assignTypes,
  buildQuestion,
  buildQuiz,
  chooseArticleWords,
  CLOZE_BLANK,
  isSynonym,
  pickDistractors,
  QUESTION_TYPES,
  seededRandom,
  typesFor,
  type Candidate,
  type Question,
  type QuizWord,
} from '@/quiz/questions';
import { normalizeAnswer } from '@/quiz/typo';

type Entry = Candidate & { gender: string | null };

const entries: [string, string, string | null, string, string[]][] = [
  // lemma, pos, gender, cefr, glosses
  ['huis', 'NOUN', 'het', 'A1', ['house', 'home']],
  ['woning', 'NOUN', 'de', 'B1', ['house, dwelling']],
  ['muis', 'NOUN', 'de', 'A2', ['mouse']],
  ['kat', 'NOUN', 'de', 'A1', ['cat']],
  ['hond', 'NOUN', 'de', 'A1', ['dog']],
  ['boek', 'NOUN', 'het', 'A1', ['book']],
  ['stad', 'NOUN', 'de', 'A1', ['city', 'town']],
  ['land', 'NOUN', 'het', 'A1', ['country', 'land']],
  ['ziekenhuis', 'NOUN', 'het', 'A2', ['hospital']],
  ['regering', 'NOUN', 'de', 'B1', ['government']],
  ['kabinet', 'NOUN', 'het', 'B1', ['cabinet (government)', 'government']],
  ['verkiezing', 'NOUN', 'de', 'B1', ['election']],
  ['wet', 'NOUN', 'de', 'B1', ['law, act']],
  ['onderzoek', 'NOUN', 'het', 'B1', ['research; investigation']],
  ['bezoek', 'NOUN', 'het', 'B1', ['visit']],
  ['beginnen', 'VERB', null, 'A2', ['to begin, to start']],
  ['starten', 'VERB', null, 'B1', ['to start']],
  ['lopen', 'VERB', null, 'A1', ['to walk', 'to run (of a machine)']],
  ['werken', 'VERB', null, 'A1', ['to work']],
  ['besluiten', 'VERB', null, 'B1', ['to decide']],
  ['aankondigen', 'VERB', null, 'B2', ['to announce']],
  ['bouwen', 'VERB', null, 'A2', ['to build']],
  ['zeggen', 'VERB', null, 'A1', ['to say']],
  ['kopen', 'VERB', null, 'A1', ['to buy']],
  ['verkopen', 'VERB', null, 'A2', ['to sell']],
  ['stoppen', 'VERB', null, 'A2', ['to stop; to quit']],
  ['groot', 'ADJ', null, 'A1', ['big, large', 'tall']],
  ['klein', 'ADJ', null, 'A1', ['small, little']],
  ['nieuw', 'ADJ', null, 'A1', ['new']],
  ['oud', 'ADJ', null, 'A1', ['old']],
  ['belangrijk', 'ADJ', null, 'A2', ['important']],
  ['moeilijk', 'ADJ', null, 'A2', ['difficult, hard']],
  ['lastig', 'ADJ', null, 'B1', ['difficult; tricky']],
  ['snel', 'ADJ', null, 'A2', ['fast, quick']],
];

const lexicon: Entry[] = entries.map(([lemma, pos, gender, cefr, glosses], index) => ({
  lexemeId: index + 1,
  lemma,
  pos,
  gender,
  cefr,
  glosses,
}));
const pool: Candidate[] = lexicon.map(({ gender: _gender, ...candidate }) => candidate);

const entry = (lemma: string) => lexicon.find((candidate) => candidate.lemma === lemma)!;

/** A word as met in an article: its first sense, and the sentence and form it appeared in. */
function quizWord(lemma: string, sentence: string | null = null, form: string | null = null): QuizWord {
  const { lexemeId, pos, gender, cefr, glosses } = entry(lemma);
  return { lexemeId, lemma, pos, gender, gloss: glosses[0]!, cefr, sentence, form };
}

/** An article's word that is not in the pool (names, function words). */
function functionWord(lexemeId: number, lemma: string, pos: string, sentence: string): QuizWord {
  return { lexemeId, lemma, pos, gender: null, gloss: lemma, cefr: 'A1', sentence, form: lemma };
}

const s1 = 'De regering besloot gisteren een nieuw ziekenhuis te bouwen.';
const s2 = 'Rutte zei dat het onderzoek in de stad begint.';
const s3 = 'Het kabinet kondigde een nieuwe wet aan.';

/** The words of a short article in reading order, with its function words and a repeated lexeme. */
const article: QuizWord[] = [
  functionWord(101, 'de', 'DET', s1),
  quizWord('regering', s1, 'regering'),
  quizWord('besluiten', s1, 'besloot'),
  { lexemeId: 102, lemma: 'gisteren', pos: 'ADV', gender: null, gloss: 'yesterday', cefr: 'A1', sentence: s1, form: 'gisteren' },
  functionWord(103, 'een', 'DET', s1),
  quizWord('nieuw', s1, 'nieuw'),
  quizWord('ziekenhuis', s1, 'ziekenhuis'),
  quizWord('bouwen', s1, 'bouwen'),
  functionWord(104, 'Rutte', 'PROPN', s2),
  quizWord('zeggen', s2, 'zei'),
  functionWord(105, 'dat', 'SCONJ', s2),
  quizWord('onderzoek', s2, 'onderzoek'),
  functionWord(106, 'in', 'ADP', s2),
  quizWord('stad', s2, 'stad'),
  quizWord('beginnen', s2, 'begint'),
  quizWord('kabinet', s3, 'kabinet'),
  quizWord('aankondigen', s3, 'kondigde'),
  quizWord('nieuw', s3, 'nieuwe'),
  quizWord('wet', s3, 'wet'),
];

const seeds = Array.from({ length: 25 }, (_, i) => `seed-${i}`);

/** The pool entry a wrong option was taken from. */
function sourceOf(question: Question, option: string): Candidate | undefined {
  return question.type === 'nl-en'
    ? pool.find((candidate) => candidate.glosses[0] === option)
    : pool.find((candidate) => candidate.lemma === option);
}

function expectSoundOptions(question: Question, word: QuizWord) {
  const normalized = question.options.map(normalizeAnswer);
  expect(new Set(normalized).size).toBe(normalized.length);
  expect(normalized.filter((option) => option === normalizeAnswer(question.answer))).toHaveLength(1);
  if (question.type === 'gender') {
    expect(question.options).toEqual(['de', 'het']);
    return;
  }
  for (const option of question.options) {
    if (normalizeAnswer(option) === normalizeAnswer(question.answer)) continue;
    const source = sourceOf(question, option);
    expect(source, `${option} comes from the pool`).toBeDefined();
    expect(source!.pos).toBe(word.pos);
    expect(source!.lexemeId).not.toBe(word.lexemeId);
    expect(isSynonym(source!, { lemma: word.lemma, glosses: entry(word.lemma).glosses })).toBe(false);
  }
}

describe('isSynonym', () => {
  it('matches glosses that share a sense, whatever the article, "to" or parentheses', () => {
    expect(isSynonym({ lemma: 'beginnen', glosses: ['to begin, to start'] }, { lemma: 'starten', glosses: ['to start'] })).toBe(true);
    expect(isSynonym({ lemma: 'huis', glosses: ['a house'] }, { lemma: 'woning', glosses: ['house (building), dwelling'] })).toBe(true);
    expect(isSynonym({ lemma: 'groot', glosses: ['big or large'] }, { lemma: 'fors', glosses: ['large'] })).toBe(true);
    expect(isSynonym({ lemma: 'moeilijk', glosses: ['difficult'] }, { lemma: 'lastig', glosses: ['tricky; difficult'] })).toBe(true);
    expect(isSynonym({ lemma: 'Huis', glosses: ['house'] }, { lemma: 'huis', glosses: ['home'] })).toBe(true);
  });

  it('keeps apart words that only share letters or a word inside a gloss', () => {
    expect(isSynonym({ lemma: 'lopen', glosses: ['to walk'] }, { lemma: 'werken', glosses: ['to work'] })).toBe(false);
    expect(isSynonym({ lemma: 'regering', glosses: ['government'] }, { lemma: 'kast', glosses: ['cupboard'] })).toBe(false);
    expect(isSynonym({ lemma: 'ziekenhuis', glosses: ['hospital'] }, { lemma: 'huis', glosses: ['house'] })).toBe(false);
  });
});

describe('typesFor', () => {
  it('offers cloze only when the form stands as a whole word in the sentence', () => {
    expect(typesFor(quizWord('regering', s1, 'regering'))).toContain('cloze');
    expect(typesFor(quizWord('regering', 'Regering valt.', 'regering'))).toContain('cloze');
    expect(typesFor(quizWord('huis', 'Het ziekenhuis is nieuw.', 'huis'))).not.toContain('cloze');
    expect(typesFor(quizWord('huis', 'Ze gaat naar China-huis.', 'huis'))).not.toContain('cloze');
    expect(typesFor(quizWord('huis', null, 'huis'))).not.toContain('cloze');
    expect(typesFor(quizWord('huis', 'Het huis is oud.', null))).not.toContain('cloze');
  });

  it('offers gender only for nouns with de or het', () => {
    expect(typesFor(quizWord('huis'))).toEqual(['nl-en', 'en-nl', 'gender', 'recall']);
    expect(typesFor(quizWord('lopen'))).toEqual(['nl-en', 'en-nl', 'recall']);
    expect(typesFor({ ...quizWord('huis'), gender: null })).not.toContain('gender');
  });
});

describe('pickDistractors', () => {
  it('takes words of the same part of speech that mean something else', () => {
    for (const lemma of ['huis', 'beginnen', 'starten', 'moeilijk', 'regering', 'groot']) {
      const word = quizWord(lemma);
      for (const seed of seeds) {
        const picked = pickDistractors(word, pool, 3, seededRandom(seed));
        expect(picked).toHaveLength(3);
        for (const distractor of picked) {
          expect(distractor.pos).toBe(word.pos);
          expect(distractor.lexemeId).not.toBe(word.lexemeId);
          expect(isSynonym(distractor, entry(lemma))).toBe(false);
        }
        expect(new Set(picked.map((distractor) => normalizeAnswer(distractor.glosses[0]!))).size).toBe(3);
      }
    }
  });

  it('never offers the other of a synonym pair', () => {
    const offered = (lemma: string) =>
      new Set(seeds.flatMap((seed) => pickDistractors(quizWord(lemma), pool, 3, seededRandom(seed)).map((distractor) => distractor.lemma)));
    expect(offered('beginnen')).not.toContain('starten');
    expect(offered('starten')).not.toContain('beginnen');
    expect(offered('huis')).not.toContain('woning');
    expect(offered('moeilijk')).not.toContain('lastig');
    expect(offered('regering')).not.toContain('kabinet');
  });

  it('never offers a word that means what another sense of the lexeme means', () => {
    // The quiz asks about "lopen" as "to walk"; its other sense, "to run", rules out a verb glossed "to run".
    const rennen: Candidate = { lexemeId: 500, lemma: 'rennen', pos: 'VERB', cefr: 'A1', glosses: ['to run'] };
    const offered = seeds.flatMap((seed) => pickDistractors(quizWord('lopen'), [...pool, rennen], 10, seededRandom(seed)));
    expect(offered.map((distractor) => distractor.lemma)).not.toContain('rennen');
  });

  it('keeps to levels near the word while there are enough', () => {
    for (const seed of seeds) {
      const picked = pickDistractors(quizWord('kat'), pool, 3, seededRandom(seed));
      for (const distractor of picked) expect(['A1', 'A2']).toContain(distractor.cefr);
    }
  });

  it('widens to any level of the same part of speech when the near levels run out', () => {
    const word = { ...quizWord('lastig'), lexemeId: 900, lemma: 'onvermijdelijk', gloss: 'inevitable', cefr: 'C2' };
    const picked = pickDistractors(word, pool, 3, seededRandom('wide'));
    expect(picked).toHaveLength(3);
    for (const distractor of picked) expect(distractor.pos).toBe('ADJ');
  });

  it('offers fewer when the pool has fewer, and none for a part of speech it lacks', () => {
    const verbs = pool.filter((candidate) => ['werken', 'starten', 'beginnen'].includes(candidate.lemma));
    expect(pickDistractors(quizWord('beginnen'), verbs, 3, seededRandom('x')).map((distractor) => distractor.lemma)).toEqual(['werken']);
    const adverb = article.find((word) => word.lemma === 'gisteren')!;
    expect(pickDistractors(adverb, pool, 3, seededRandom('x'))).toEqual([]);
  });

  it('picks the same options for the same seed', () => {
    const first = pickDistractors(quizWord('huis'), pool, 3, seededRandom('same'));
    expect(pickDistractors(quizWord('huis'), pool, 3, seededRandom('same'))).toEqual(first);
  });
});

describe('buildQuestion', () => {
  const quizzable = article.filter((word) => ['NOUN', 'VERB', 'ADJ'].includes(word.pos));

  it('gives every type sound options: no duplicates, the answer exactly once, wrong ones of the same kind', () => {
    let built = 0;
    for (const word of quizzable) {
      for (const type of typesFor(word)) {
        for (const seed of seeds.slice(0, 8)) {
          const question = buildQuestion(word, type, pool, seededRandom(seed));
          expect(question.type).toBe(type);
          expect(question.lexemeId).toBe(word.lexemeId);
          if (type === 'recall') {
            expect(question.options).toEqual([]);
          } else {
            expectSoundOptions(question, word);
          }
          built += 1;
        }
      }
    }
    expect(built).toBeGreaterThan(300);
  });

  it('asks nl-en as the Dutch word with four English glosses', () => {
    const question = buildQuestion(quizWord('huis', 'Het huis is oud.', 'huis'), 'nl-en', pool, seededRandom('a'));
    expect(question).toMatchObject({ prompt: 'huis', answer: 'house', context: 'Het huis is oud.' });
    expect(question.options).toHaveLength(4);
    expect(question.options).not.toContain('house, dwelling');
  });

  it('asks en-nl as the English gloss with four Dutch words', () => {
    expect(buildQuestion(quizWord('regering', s1, 'regering'), 'en-nl', pool, seededRandom('b')).context).toBeNull();
    const question = buildQuestion(quizWord('beginnen'), 'en-nl', pool, seededRandom('b'));
    expect(question).toMatchObject({ prompt: 'to begin, to start', answer: 'beginnen', context: null });
    expect(question.options).toHaveLength(4);
    expect(question.options).not.toContain('starten');
  });

  it('blanks the form in the sentence for cloze and asks for the form', () => {
    const question = buildQuestion(quizWord('besluiten', s1, 'besloot'), 'cloze', pool, seededRandom('c'));
    expect(question.context).toBe(`De regering ${CLOZE_BLANK} gisteren een nieuw ziekenhuis te bouwen.`);
    expect(question.prompt).toBe('to decide');
    expect(question.answer).toBe('besloot');
    expect(question.options).toContain('besloot');
    expect(question.options).toHaveLength(4);
  });

  it('blanks only the first whole-word occurrence, whatever its case', () => {
    const word = quizWord('huis', 'Huis na huis, en het ziekenhuis.', 'huis');
    expect(buildQuestion(word, 'cloze', pool, seededRandom('d')).context).toBe(`${CLOZE_BLANK} na huis, en het ziekenhuis.`);
  });

  it('never offers a wrong option spelled like the cloze answer', () => {
    // The form of "werken" here is spelled like another verb's lemma in the pool.
    const werk: Candidate = { lexemeId: 600, lemma: 'werk', pos: 'VERB', cefr: 'A1', glosses: ['to make work of'] };
    const word = quizWord('werken', 'Ik werk thuis.', 'werk');
    for (const seed of seeds) {
      const question = buildQuestion(word, 'cloze', [...pool, werk], seededRandom(seed));
      expect(question.options.filter((option) => option === 'werk')).toHaveLength(1);
    }
  });

  it('asks gender with de and het in a fixed order, without the sentence that shows the article', () => {
    const question = buildQuestion(quizWord('ziekenhuis', s1, 'ziekenhuis'), 'gender', pool, seededRandom('e'));
    expect(question).toEqual({ type: 'gender', lexemeId: entry('ziekenhuis').lexemeId, prompt: 'ziekenhuis', context: null, options: ['de', 'het'], answer: 'het' });
    expect(buildQuestion(quizWord('stad'), 'gender', pool, seededRandom('e')).answer).toBe('de');
  });

  it('asks recall as the gloss, to be typed, without the sentence that would give it away', () => {
    const question = buildQuestion(quizWord('regering', s1, 'regering'), 'recall', pool, seededRandom('f'));
    expect(question).toEqual({ type: 'recall', lexemeId: entry('regering').lexemeId, prompt: 'government', context: null, options: [], answer: 'regering' });
  });

  it('uses the wrong options there are, and names the word when there are none', () => {
    const verbs = pool.filter((candidate) => ['werken', 'starten'].includes(candidate.lemma));
    const question = buildQuestion(quizWord('beginnen'), 'nl-en', verbs, seededRandom('g'));
    expect([...question.options].sort()).toEqual(['to begin, to start', 'to work']);
    const adverb = article.find((word) => word.lemma === 'gisteren')!;
    expect(() => buildQuestion(adverb, 'en-nl', pool, seededRandom('g'))).toThrow(/gisteren/);
  });

  it('refuses a type the word does not allow', () => {
    expect(() => buildQuestion(quizWord('lopen'), 'gender', pool, seededRandom('h'))).toThrow(/lopen/);
    expect(() => buildQuestion(quizWord('lopen'), 'cloze', pool, seededRandom('h'))).toThrow(/lopen/);
  });
});

describe('assignTypes', () => {
  it('covers all five types when five words allow it', () => {
    // Spread in order alone would give the noun nl-en and never ask gender.
    const words = [quizWord('boek'), quizWord('lopen'), quizWord('werken'), quizWord('groot'), quizWord('regering', s1, 'regering')];
    expect(new Set(assignTypes(words))).toEqual(new Set(QUESTION_TYPES));
  });

  it('saves the only word with a sentence for cloze when another noun can take gender', () => {
    const words = [quizWord('regering', s1, 'regering'), quizWord('lopen'), quizWord('werken'), quizWord('groot'), quizWord('boek')];
    const types = assignTypes(words);
    expect(types[0]).toBe('cloze');
    expect(types[4]).toBe('gender');
  });

  it('gives each word a type it allows, parallel to the words', () => {
    const words = article.filter((word) => ['NOUN', 'VERB', 'ADJ'].includes(word.pos));
    const types = assignTypes(words);
    expect(types).toHaveLength(words.length);
    types.forEach((type, index) => expect(typesFor(words[index]!)).toContain(type));
    const counts = QUESTION_TYPES.map((type) => types.filter((assigned) => assigned === type).length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2);
  });

  it('covers what it can when the words allow fewer types', () => {
    const verbs = ['lopen', 'werken', 'bouwen', 'zeggen', 'kopen', 'verkopen'].map((lemma) => quizWord(lemma));
    expect(new Set(assignTypes(verbs))).toEqual(new Set(['nl-en', 'en-nl', 'recall']));
  });
});

describe('buildQuiz', () => {
  it('asks a quiz of five or more article words in all five ways, each question sound', () => {
    const words = chooseArticleWords(article, { level: 'B1', exclude: new Set(), count: 6 });
    for (const seed of seeds) {
      const quiz = buildQuiz(words, pool, seededRandom(seed));
      expect(quiz.map((question) => question.lexemeId)).toEqual(words.map((word) => word.lexemeId));
      expect(new Set(quiz.map((question) => question.type))).toEqual(new Set(QUESTION_TYPES));
      quiz.forEach((question, index) => {
        if (question.type !== 'recall') expectSoundOptions(question, words[index]!);
      });
    }
  });

  it('asks for recall when a multiple-choice type finds no wrong option', () => {
    const adverb = article.find((word) => word.lemma === 'gisteren')!;
    const quiz = buildQuiz([adverb], pool, seededRandom('solo'));
    expect(quiz).toEqual([{ type: 'recall', lexemeId: 102, prompt: 'yesterday', context: null, options: [], answer: 'gisteren' }]);
  });

  it('builds the same quiz from the same seed', () => {
    const words = chooseArticleWords(article, { level: 'A2', exclude: new Set(), count: 8 });
    expect(buildQuiz(words, pool, seededRandom('q1'))).toEqual(buildQuiz(words, pool, seededRandom('q1')));
    const shuffles = new Set(seeds.map((seed) => JSON.stringify(buildQuiz(words, pool, seededRandom(seed)))));
    expect(shuffles.size).toBeGreaterThan(1);
  });
});

describe('chooseArticleWords', () => {
  const lemmas = (words: QuizWord[]) => words.map((word) => word.lemma);

  it('leaves out function words, names, known words and repeats, and keeps reading order', () => {
    const known = new Set([entry('regering').lexemeId, entry('stad').lexemeId]);
    const chosen = chooseArticleWords(article, { level: 'B1', exclude: known, count: 50 });
    expect(lemmas(chosen)).toEqual([
      'besluiten', 'gisteren', 'nieuw', 'ziekenhuis', 'bouwen', 'zeggen', 'onderzoek', 'beginnen', 'kabinet', 'aankondigen', 'wet',
    ]);
  });

  it('respects the count and prefers words at or just above the level', () => {
    const chosen = chooseArticleWords(article, { level: 'B1', exclude: new Set(), count: 5 });
    expect(chosen).toHaveLength(5);
    // B1 and B2 words come before the A2 and A1 ones.
    expect(lemmas(chosen)).toEqual(['regering', 'besluiten', 'onderzoek', 'kabinet', 'aankondigen']);
    for (const word of chosen) expect(['B1', 'B2']).toContain(word.cefr);
  });

  it('ranks one level below before further away, and an unknown level last', () => {
    const words = [
      { ...quizWord('kat'), cefr: null },
      quizWord('hond'),
      quizWord('lopen'),
      quizWord('ziekenhuis'),
      quizWord('bouwen'),
    ];
    // For B1: A2 words (ziekenhuis, bouwen) before A1 words (hond, lopen); kat with no level last.
    expect(lemmas(chooseArticleWords(words, { level: 'B1', exclude: new Set(), count: 2 }))).toEqual(['ziekenhuis', 'bouwen']);
    expect(lemmas(chooseArticleWords(words, { level: 'B1', exclude: new Set(), count: 4 }))).toEqual(['hond', 'lopen', 'ziekenhuis', 'bouwen']);
  });

  it('swaps in a noun with an article and a word with a sentence when the best picks lack them', () => {
    const words = [
      quizWord('besluiten'),
      quizWord('aankondigen'),
      quizWord('starten'),
      quizWord('lastig'),
      quizWord('boek'),
      quizWord('werken', 'Wij werken hard.', 'werken'),
    ];
    const chosen = chooseArticleWords(words, { level: 'B1', exclude: new Set(), count: 4 });
    expect(chosen).toHaveLength(4);
    expect(chosen.some((word) => typesFor(word).includes('gender'))).toBe(true);
    expect(chosen.some((word) => typesFor(word).includes('cloze'))).toBe(true);
    // The two last-ranked picks made way; the best two stay.
    expect(lemmas(chosen)).toEqual(['besluiten', 'aankondigen', 'boek', 'werken']);
  });

  it('returns nothing for a count of zero and refuses an unknown level', () => {
    expect(chooseArticleWords(article, { level: 'B1', exclude: new Set(), count: 0 })).toEqual([]);
    expect(() => chooseArticleWords(article, { level: 'D1', exclude: new Set(), count: 5 })).toThrow(/D1/);
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed, differs between seeds, and stays in [0, 1)', () => {
    const take = (seed: string) => {
      const random = seededRandom(seed);
      return Array.from({ length: 200 }, () => random());
    };
    expect(take('quiz-42')).toEqual(take('quiz-42'));
    expect(take('quiz-42')).not.toEqual(take('quiz-43'));
    for (const value of take('quiz-42')) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});
