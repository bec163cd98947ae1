import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { getArticleForReading, listArticles } from '@/server/articles';
import { db } from '@/server/db';
import { ForbiddenError, NotFoundError } from '@/server/errors';
import { importArticle } from '@/server/import';
import { answerQuestion, createAssignmentQuiz } from '@/server/quizzes';
import { recordReading } from '@/server/reading';
import type { CurrentUser } from '@/server/session';
import {
  assignHardWords,
  assignmentProgress,
  classForTeacher,
  createAssignment,
  createClass,
  hardWords,
  joinClass,
  learnerAssignments,
  removeMember,
  rotateJoinCode,
} from '@/server/teaching';
import { loadSeeds } from '../../../seeds/load';

const SLUG = 'xi-en-poetin-ontmoeten-elkaar-in-samarkand';

async function person(role: 'learner' | 'teacher', name: string = role): Promise<CurrentUser> {
  const id = randomUUID();
  await db.user.create({ data: { id, name, email: `${id}@example.com`, role } });
  return { id, name, email: `${id}@example.com`, role };
}

const due = new Date('2030-01-31T23:59:59Z');

beforeAll(async () => {
  await loadSeeds();
});

describe('classes', () => {
  it('are joined by code, typed loosely; a new code stops the old one', async () => {
    const teacher = await person('teacher');
    const learner = await person('learner');
    const klas = await createClass(teacher, '3B');
    expect((await joinClass(learner, `${klas.joinCode.slice(0, 4).toLowerCase()}-${klas.joinCode.slice(4)}`)).name).toBe('3B');
    await joinClass(learner, klas.joinCode); // twice is harmless
    expect((await classForTeacher(teacher, klas.id)).members).toHaveLength(1);
    const fresh = await rotateJoinCode(teacher, klas.id);
    expect(fresh).not.toBe(klas.joinCode);
    await expect(joinClass(await person('learner'), klas.joinCode)).rejects.toThrow(NotFoundError);
    await joinClass(await person('learner'), fresh);
    expect((await classForTeacher(teacher, klas.id)).members).toHaveLength(2);
  });

  it('belong to their teacher: another teacher finds nothing, a learner may not create one', async () => {
    const [teacher, other, learner] = [await person('teacher'), await person('teacher'), await person('learner')];
    const klas = await createClass(teacher, '4A');
    await joinClass(learner, klas.joinCode);
    await expect(classForTeacher(other, klas.id)).rejects.toThrow(NotFoundError);
    await expect(rotateJoinCode(other, klas.id)).rejects.toThrow(NotFoundError);
    await expect(removeMember(other, klas.id, learner.id)).rejects.toThrow(NotFoundError);
    await expect(createAssignment(other, klas.id, { slug: SLUG, level: 'A2', dueAt: due, quizRequired: false })).rejects.toThrow(NotFoundError);
    await expect(hardWords(other, klas.id)).rejects.toThrow(NotFoundError);
    await expect(createClass(learner, 'mine')).rejects.toThrow(ForbiddenError);
    await expect(joinClass(other, klas.joinCode)).rejects.toThrow(ForbiddenError);
    expect((await classForTeacher(teacher, klas.id)).members).toHaveLength(1);
  });
});

describe('a teacher’s imported article', () => {
  it('is seen by its teacher and their classes only', async () => {
    const [teacher, other, student, stranger] = [await person('teacher'), await person('teacher'), await person('learner'), await person('learner')];
    const { slug } = await importArticle({ title: 'Eigen les', source: undefined, date: undefined, text: 'De regering kondigde gisteren nieuwe maatregelen aan voor het hele land.' }, null, teacher.id);
    await joinClass(student, (await createClass(teacher, '5C')).joinCode);
    for (const viewer of [teacher, student]) {
      expect(await getArticleForReading(slug, undefined, viewer.id)).not.toBeNull();
      expect((await listArticles(viewer.id)).some((article) => article.slug === slug)).toBe(true);
    }
    for (const viewer of [other.id, stranger.id, null]) {
      expect(await getArticleForReading(slug, undefined, viewer)).toBeNull();
      expect((await listArticles(viewer)).some((article) => article.slug === slug)).toBe(false);
    }
  });
});

describe('assignments', () => {
  it('record reading honestly and show each student’s status, and the class’s hard words', async () => {
    const teacher = await person('teacher');
    const [anna, bram] = [await person('learner', 'Anna'), await person('learner', 'Bram')];
    const klas = await createClass(teacher, '6D');
    await joinClass(anna, klas.joinCode);
    await joinClass(bram, klas.joinCode);
    const assignment = await createAssignment(teacher, klas.id, { slug: SLUG, level: 'A2', dueAt: due, quizRequired: true, minScore: 0 });

    const version = (await db.articleVersion.findFirst({ where: { level: 'A2', article: { slug: SLUG } }, include: { blocks: { orderBy: { position: 'asc' } } } }))!;
    const blocks = version.blocks.filter((block) => block.kind !== 'title');
    const glossed = await db.occurrence.findMany({ where: { block: { versionId: version.id } }, select: { sense: { select: { lexeme: true } } } });
    const soldaat = glossed.find((occurrence) => occurrence.sense.lexeme.lemma === 'soldaat')!.sense.lexeme.id;
    const poetin = glossed.find((occurrence) => occurrence.sense.lexeme.pos === 'PROPN')!.sense.lexeme.id;

    // Reports: blocks merge; time counts at most the time since the last report (a stale tab's hour is not
    // reading), the first report opens the version; names and words of other texts are kept out of look-ups.
    const t0 = Date.now();
    await recordReading(anna.id, { versionId: version.id, blocksSeen: blocks.slice(0, 2).map((b) => b.id), seconds: 12, lookups: [soldaat, poetin, 999_999] }, new Date(t0));
    await recordReading(anna.id, { versionId: version.id, blocksSeen: [], seconds: 3600, lookups: [] }, new Date(t0 + 60_000));
    const { read } = await recordReading(anna.id, { versionId: version.id, blocksSeen: blocks.slice(1).map((b) => b.id), seconds: 25, lookups: [soldaat] }, new Date(t0 + 70_000));
    expect(read).toBe(1);
    let progress = await assignmentProgress(teacher, assignment.id);
    const annaRow = progress.students.find((s) => s.name === 'Anna')!;
    expect(annaRow).toMatchObject({ status: 'reading', opened: true, read: 1, seconds: 40, lookups: 2, attempts: 0 });
    expect(progress.students.find((s) => s.name === 'Bram')).toMatchObject({ status: 'not-started', opened: false, lookups: 0 });

    // Anna takes the quiz, with one wrong answer.
    const quizId = await createAssignmentQuiz(anna.id, assignment.id);
    const questions = await db.quizQuestion.findMany({ where: { quizId }, orderBy: { position: 'asc' } });
    for (const [i, question] of questions.entries()) {
      await answerQuestion(anna.id, quizId, { questionId: question.id, response: i === 0 ? 'fout-antwoord' : question.answer, idempotencyKey: randomUUID() });
    }
    progress = await assignmentProgress(teacher, assignment.id);
    expect(progress.students.find((s) => s.name === 'Anna')).toMatchObject({ status: 'quiz-done', attempts: 1, bestScore: 0.9 });
    expect((await learnerAssignments(anna.id))[0]).toMatchObject({ id: assignment.id, status: 'quiz-done' });
    await expect(createAssignmentQuiz((await person('learner')).id, assignment.id)).rejects.toThrow(NotFoundError);

    const hard = await hardWords(teacher, klas.id);
    expect(hard.find((word) => word.lemma === 'soldaat')).toMatchObject({ lookedUp: 1 });
    expect(hard.find((word) => word.lexemeId === poetin)).toBeUndefined();
    expect(hard.find((word) => word.lexemeId === questions[0]!.lexemeId)).toMatchObject({ missed: 1 });

    // The hard words become a quiz for the class.
    const words = await assignHardWords(teacher, klas.id, { title: 'Moeilijke woorden', dueAt: due });
    const bramQuiz = await createAssignmentQuiz(bram.id, words.id);
    const asked = await db.quizQuestion.findMany({ where: { quizId: bramQuiz } });
    expect(new Set(asked.map((q) => q.lexemeId))).toEqual(new Set(hard.slice(0, 10).map((word) => word.lexemeId)));

    // A student removed from the class no longer has its assignments.
    await removeMember(teacher, klas.id, bram.id);
    expect(await learnerAssignments(bram.id)).toEqual([]);
  });
});
