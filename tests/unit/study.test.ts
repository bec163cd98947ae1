import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '@/quiz/questions';
import { exportData } from '@/server/account';
import { getArticleForReading, type ReaderArticle } from '@/server/articles';
import { db } from '@/server/db';
import { progress, reviewSchedule } from '@/server/progress';
import { answerQuestion, createArticleQuiz, createReviewQuiz, getQuiz } from '@/server/quizzes';
import { ConflictError, NotFoundError } from '@/server/errors';
import { libraryCoverage, markRestKnown, saveWord, savedWords, setWordStatus, statusesFor } from '@/server/words';
import { loadSeeds } from '../../seeds/load';

const SLUG = 'xi-en-poetin-ontmoeten-elkaar-in-samarkand';
let a2: ReaderArticle;

async function learner(name: string): Promise<string> {
  const id = randomUUID();
  await db.user.create({ data: { id, name, email: `${id}@example.com` } });
  return id;
}

/** The occurrence ids and lexeme of a lemma in the A2 version. */
function occurrencesOf(lemma: string): { occurrence: number; lexemeId: number; text: string }[] {
  return Object.entries(a2.glosses)
    .filter(([, gloss]) => gloss.lemma === lemma)
    .map(([occurrence, gloss]) => ({ occurrence: Number(occurrence), lexemeId: gloss.lexemeId, text: gloss.text }));
}

beforeAll(async () => {
  await loadSeeds();
  a2 = (await getArticleForReading(SLUG, 'A2'))!;
});

describe('word statuses', () => {
  it('belong to the lemma, so every inflected form shares them, and to one learner only', async () => {
    const [anna, bram] = [await learner('Anna'), await learner('Bram')];
    const forms = Object.values(a2.glosses).filter((gloss) => gloss.lemma === 'leider');
    expect(new Set(forms.map((gloss) => gloss.text))).toEqual(new Set(['leider', 'leiders']));
    await setWordStatus(anna, forms[0]!.lexemeId, '3');
    const statuses = await statusesFor(anna, forms.map((gloss) => gloss.lexemeId));
    for (const gloss of forms) expect(statuses[gloss.lexemeId]).toBe('3');
    expect(await statusesFor(bram)).toEqual({});
    await setWordStatus(anna, forms[0]!.lexemeId, 'new');
    expect(await statusesFor(anna)).toEqual({});
    await expect(setWordStatus(anna, 99_999_999, 'known')).rejects.toThrow(NotFoundError);
  });

  it('"mark the rest as known" leaves words with a status alone and skips names', async () => {
    const anna = await learner('Anna');
    const [meet] = occurrencesOf('ontmoeten');
    await setWordStatus(anna, meet!.lexemeId, '2');
    const marked = await markRestKnown(anna, a2.versionId);
    expect(marked).toBeGreaterThan(50);
    const statuses = await statusesFor(anna);
    expect(statuses[meet!.lexemeId]).toBe('2');
    const names = Object.values(a2.glosses).filter((gloss) => gloss.pos === 'PROPN');
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(statuses[name.lexemeId]).toBeUndefined();
    expect(Object.values(statuses).filter((status) => status === 'known')).toHaveLength(marked);
  });

  it('give each version a coverage, and suggest the one closest to 95%', async () => {
    const anna = await learner('Anna');
    const before = (await libraryCoverage(anna))[SLUG]!;
    expect(before.versions.map((version) => version.level)).toEqual(['A2', 'B1', 'B2']);
    for (const version of before.versions) expect(version.coverage).toBeLessThan(0.1);
    await markRestKnown(anna, a2.versionId);
    const after = (await libraryCoverage(anna))[SLUG]!;
    const [A2, B1, B2] = after.versions.map((version) => version.coverage);
    expect(A2).toBe(1);
    expect(B1).toBeGreaterThan(0.5);
    expect(B1).toBeLessThan(1);
    expect(B2).toBeLessThan(B1!);
    // A2 is fully known (5 points from the target); the suggestion is whichever is nearer 95%.
    const distance = (share: number) => Math.abs(share - 0.95);
    expect(after.suggested).toBe(distance(B1!) < distance(1) ? 'B1' : 'A2');
  });
});

describe('saved words', () => {
  it('keep the sentence they were met in, become learning 1 and are due for review', async () => {
    const anna = await learner('Anna');
    const [meet] = occurrencesOf('ontmoeten');
    const saved = await saveWord(anna, meet!.occurrence);
    expect(saved).toMatchObject({ lemma: 'ontmoeten', slug: SLUG, level: 'A2' });
    expect(saved.sentence).toContain(saved.form);
    expect(saved.sentence).toMatch(/^[A-Z].*[.?!]$/);
    expect(saved.sentence.length).toBeLessThan(200);
    expect((await statusesFor(anna))[meet!.lexemeId]).toBe('1');
    const schedule = await reviewSchedule(anna);
    expect(schedule.due).toBe(1);
    expect(schedule.words[0]).toMatchObject({ lemma: 'ontmoeten', reps: 0 });
    expect(await savedWords(await learner('Bram'))).toEqual([]);
  });
});

describe('quizzes', () => {
  it('from an article: its own words the learner does not know, every question type, one correct option each', async () => {
    const anna = await learner('Anna');
    const known = occurrencesOf('president')[0]!;
    await setWordStatus(anna, known.lexemeId, 'known');
    const quiz = (await getQuiz(anna, await createArticleQuiz(anna, SLUG, 'A2')))!;
    expect(quiz.questions).toHaveLength(10);
    expect(new Set(quiz.questions.map((question) => question.type))).toEqual(new Set(QUESTION_TYPES));
    const rows = await db.quizQuestion.findMany({ where: { quizId: quiz.id } });
    const articleLexemes = new Set(Object.values(a2.glosses).map((gloss) => gloss.lexemeId));
    for (const row of rows) {
      expect(articleLexemes.has(row.lexemeId)).toBe(true);
      expect(row.lexemeId).not.toBe(known.lexemeId);
      const options = JSON.parse(row.options) as string[];
      if (row.type !== 'recall') expect(options.filter((option) => option === row.answer)).toHaveLength(1);
    }
    // Open questions do not carry their answer to the browser.
    expect(JSON.stringify(quiz)).not.toContain('"answer"');
  });

  it('counts an answer once, whatever retries and races happen, and schedules the word', async () => {
    const anna = await learner('Anna');
    const quizId = await createArticleQuiz(anna, SLUG, 'A2');
    const questions = await db.quizQuestion.findMany({ where: { quizId }, orderBy: { position: 'asc' } });
    const first = questions[0]!;
    const wrong = first.type === 'recall' ? 'xxxxxxxx' : JSON.parse(first.options).find((option: string) => option !== first.answer);
    const key = randomUUID();
    const results = await Promise.all([1, 2, 3].map(() => answerQuestion(anna, quizId, { questionId: first.id, response: wrong, idempotencyKey: key })));
    expect(results.filter((result) => result.counted)).toHaveLength(1);
    for (const result of results) expect(result).toMatchObject({ correct: false, answer: first.answer });
    // A second answer with a new key (another tab) does not overwrite the first.
    const again = await answerQuestion(anna, quizId, { questionId: first.id, response: first.answer, idempotencyKey: randomUUID() });
    expect(again).toMatchObject({ counted: false, correct: false });
    expect(await db.quizAnswer.count({ where: { question: { quizId } } })).toBe(1);
    // The same key for another question is a client's mistake: refused, nothing stored.
    await expect(answerQuestion(anna, quizId, { questionId: questions[1]!.id, response: questions[1]!.answer, idempotencyKey: key })).rejects.toThrow(ConflictError);
    expect(await db.quizAnswer.count({ where: { question: { quizId } } })).toBe(1);
    const card = await db.reviewCard.findUniqueOrThrow({ where: { userId_lexemeId: { userId: anna, lexemeId: first.lexemeId } } });
    expect(card.reps).toBe(1);
    expect(await db.reviewLog.count({ where: { userId: anna } })).toBe(1);

    for (const question of questions.slice(1)) {
      await answerQuestion(anna, quizId, { questionId: question.id, response: question.answer, idempotencyKey: randomUUID() });
    }
    const done = (await getQuiz(anna, quizId))!;
    expect(done.completedAt).not.toBeNull();
    expect(done.questions.filter((question) => question.result?.correct)).toHaveLength(9);
    const stats = await progress(anna);
    expect(stats.answersPerDay.at(-1)!.answers).toBe(10);
    expect(stats.accuracyByType.reduce((sum, row) => sum + row.answers, 0)).toBe(10);
  });

  it('belong to their learner: another cannot read or answer them', async () => {
    const [anna, bram] = [await learner('Anna'), await learner('Bram')];
    const quizId = await createArticleQuiz(anna, SLUG, 'A2');
    const question = (await db.quizQuestion.findFirst({ where: { quizId } }))!;
    expect(await getQuiz(bram, quizId)).toBeNull();
    await expect(answerQuestion(bram, quizId, { questionId: question.id, response: question.answer, idempotencyKey: randomUUID() })).rejects.toThrow(
      NotFoundError,
    );
    expect(await db.quizAnswer.count({ where: { questionId: question.id } })).toBe(0);
  });

  it('for review: the saved and due words, each with the sentence it was met in', async () => {
    const anna = await learner('Anna');
    for (const lemma of ['ontmoeten', 'leider', 'wapen', 'soldaat', 'precies']) await saveWord(anna, occurrencesOf(lemma)[0]!.occurrence);
    const quiz = (await getQuiz(anna, await createReviewQuiz(anna)))!;
    const rows = await db.quizQuestion.findMany({ where: { quizId: quiz.id }, include: { lexeme: true } });
    expect(rows.map((row) => row.lexeme.lemma).sort()).toEqual(['leider', 'ontmoeten', 'precies', 'soldaat', 'wapen']);
    for (const row of rows) expect(row.sentence).toBeTruthy();
  });
});

describe('a learner’s own data', () => {
  it('is exported without secrets, and deleting the account deletes all of it', async () => {
    const anna = await learner('Anna');
    await db.account.create({ data: { id: randomUUID(), accountId: anna, providerId: 'credential', userId: anna, password: 'scrypt-hash' } });
    await saveWord(anna, occurrencesOf('wapen')[0]!.occurrence);
    const quizId = await createArticleQuiz(anna, SLUG, 'A2');
    const question = (await db.quizQuestion.findFirst({ where: { quizId } }))!;
    await answerQuestion(anna, quizId, { questionId: question.id, response: question.answer, idempotencyKey: randomUUID() });

    const data = await exportData(anna);
    expect(data.savedWords[0]).toMatchObject({ lexeme: { lemma: 'wapen' } });
    expect(data.quizzes[0]!.questions.some((row) => row.response?.correct)).toBe(true);
    expect(JSON.stringify(data)).not.toContain('scrypt-hash');

    await db.user.delete({ where: { id: anna } });
    const where = { userId: anna };
    const left = await Promise.all([
      db.account.count({ where }),
      db.wordStatus.count({ where }),
      db.statusChange.count({ where }),
      db.savedWord.count({ where }),
      db.quiz.count({ where }),
      db.quizAnswer.count({ where: { question: { quiz: where } } }),
      db.reviewCard.count({ where }),
      db.reviewLog.count({ where }),
    ]);
    expect(left).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
