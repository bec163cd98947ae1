import 'server-only';
import { randomBytes } from 'node:crypto';
import { Prisma } from '../generated/prisma/client';
import { hardestWords, type Difficulty } from '../teaching/hard-words';
import { newJoinCode, normalizeJoinCode } from '../teaching/join-code';
import { assignmentStatus, type AssignmentStatus } from '../teaching/status';
import type { CurrentUser } from './session';
import { visibleTo } from './articles';
import { db } from './db';
import { ForbiddenError, NotFoundError } from './errors';

function requireTeacher(user: CurrentUser): void {
  if (user.role !== 'teacher') throw new ForbiddenError('Only teachers can do this');
}

/** The class, if this teacher teaches it; NotFound otherwise (another teacher's class looks like no class). */
async function ownClass(user: CurrentUser, classId: string) {
  requireTeacher(user);
  const found = await db.class.findFirst({ where: { id: classId, teacherId: user.id } });
  if (!found) throw new NotFoundError('No such class');
  return found;
}

/** The assignment, if it belongs to one of this teacher's classes. */
async function ownAssignment(user: CurrentUser, assignmentId: string) {
  requireTeacher(user);
  const found = await db.assignment.findFirst({
    where: { id: assignmentId, class: { teacherId: user.id } },
    include: { article: { select: { slug: true, title: true } }, class: { select: { id: true, name: true } } },
  });
  if (!found) throw new NotFoundError('No such assignment');
  return found;
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write(newJoinCode((count) => randomBytes(count)));
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}

export async function createClass(user: CurrentUser, name: string) {
  requireTeacher(user);
  return withFreshCode((joinCode) => db.class.create({ data: { teacherId: user.id, name, joinCode } }));
}

/** Replaces the join code: the old one stops working; members stay. */
export async function rotateJoinCode(user: CurrentUser, classId: string): Promise<string> {
  await ownClass(user, classId);
  const updated = await withFreshCode((joinCode) => db.class.update({ where: { id: classId }, data: { joinCode } }));
  return updated.joinCode;
}

export async function removeMember(user: CurrentUser, classId: string, userId: string): Promise<void> {
  await ownClass(user, classId);
  const { count } = await db.classMember.deleteMany({ where: { classId, userId } });
  if (count === 0) throw new NotFoundError('No such student in this class');
}

/** A learner joins a class by its code (typed loosely); joining twice is harmless. */
export async function joinClass(user: CurrentUser, code: string): Promise<{ id: string; name: string }> {
  if (user.role !== 'learner') throw new ForbiddenError('Teachers do not join classes');
  const joinCode = normalizeJoinCode(code);
  const found = joinCode ? await db.class.findUnique({ where: { joinCode }, select: { id: true, name: true } }) : null;
  if (!found) throw new NotFoundError('No class has this code');
  await db.classMember.upsert({
    where: { classId_userId: { classId: found.id, userId: user.id } },
    create: { classId: found.id, userId: user.id },
    update: {},
  });
  return found;
}

export async function teacherClasses(user: CurrentUser) {
  requireTeacher(user);
  return db.class.findMany({
    where: { teacherId: user.id },
    orderBy: { createdAt: 'desc' },
    select: { id: true, name: true, joinCode: true, _count: { select: { members: true, assignments: true } } },
  });
}

/** A teacher's class page: code, students, assignments. */
export async function classForTeacher(user: CurrentUser, classId: string) {
  await ownClass(user, classId);
  return db.class.findUniqueOrThrow({
    where: { id: classId },
    select: {
      id: true,
      name: true,
      joinCode: true,
      members: { orderBy: { user: { name: 'asc' } }, select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } } },
      assignments: {
        orderBy: { dueAt: 'asc' },
        select: { id: true, kind: true, title: true, level: true, dueAt: true, quizRequired: true, minScore: true, article: { select: { slug: true, title: true } } },
      },
    },
  });
}

export interface NewAssignment {
  slug: string;
  level: string;
  dueAt: Date;
  instructions?: string;
  quizRequired: boolean;
  minScore?: number;
}

/** Assigns an article version to one of the teacher's classes. */
export async function createAssignment(user: CurrentUser, classId: string, input: NewAssignment) {
  await ownClass(user, classId);
  const version = await db.articleVersion.findFirst({
    where: { level: input.level, article: { slug: input.slug, ...visibleTo(user.id) } },
    select: { articleId: true, level: true },
  });
  if (!version) throw new NotFoundError('No such article version');
  return db.assignment.create({
    data: {
      classId,
      kind: 'article',
      articleId: version.articleId,
      level: version.level,
      dueAt: input.dueAt,
      instructions: input.instructions || null,
      quizRequired: input.quizRequired,
      minScore: input.quizRequired ? (input.minScore ?? null) : null,
    },
  });
}

/** What was hard for a class: look-ups while reading its assignments and wrong answers in its quizzes. */
async function classDifficulties(classId: string): Promise<Difficulty[]> {
  const [members, assignments] = await Promise.all([
    db.classMember.findMany({ where: { classId }, select: { userId: true } }),
    db.assignment.findMany({ where: { classId }, select: { id: true, articleId: true, level: true } }),
  ]);
  const userIds = members.map((member) => member.userId);
  const versions = assignments.flatMap((assignment) =>
    assignment.articleId && assignment.level ? [{ articleId: assignment.articleId, level: assignment.level }] : [],
  );
  const [lookups, misses] = await Promise.all([
    versions.length
      ? db.lookup.findMany({ where: { userId: { in: userIds }, OR: versions }, select: { userId: true, lexemeId: true, lexeme: { select: { pos: true } } } })
      : [],
    db.quizAnswer.findMany({
      where: { correct: false, question: { quiz: { assignmentId: { in: assignments.map((assignment) => assignment.id) }, userId: { in: userIds } } } },
      select: { question: { select: { lexemeId: true, quiz: { select: { userId: true } } } } },
    }),
  ]);
  return [
    // Names are looked up to check who someone is, not because they are hard Dutch.
    ...lookups.filter((lookup) => lookup.lexeme.pos !== 'PROPN').map((lookup) => ({ lexemeId: lookup.lexemeId, userId: lookup.userId, kind: 'lookup' as const })),
    ...misses.map((miss) => ({ lexemeId: miss.question.lexemeId, userId: miss.question.quiz.userId, kind: 'miss' as const })),
  ];
}

export interface ClassWord {
  lexemeId: number;
  lemma: string;
  gloss: string | null;
  lookedUp: number;
  missed: number;
  students: number;
}

/** The words a class found hardest, with how many students looked each up or missed it. */
export async function hardWords(user: CurrentUser, classId: string, limit = 20): Promise<ClassWord[]> {
  await ownClass(user, classId);
  const ranked = hardestWords(await classDifficulties(classId), limit);
  const lexemes = await db.lexeme.findMany({
    where: { id: { in: ranked.map((word) => word.lexemeId) } },
    select: { id: true, lemma: true, senses: { select: { gloss: true }, orderBy: { position: 'asc' }, take: 1 } },
  });
  const byId = new Map(lexemes.map((lexeme) => [lexeme.id, lexeme]));
  return ranked.map((word) => ({ ...word, lemma: byId.get(word.lexemeId)?.lemma ?? '?', gloss: byId.get(word.lexemeId)?.senses[0]?.gloss ?? null }));
}

/** Turns the class's hardest words into a quiz assignment for the class. */
export async function assignHardWords(user: CurrentUser, classId: string, input: { dueAt: Date; title: string; count?: number }) {
  const words = await hardWords(user, classId, input.count ?? 10);
  if (words.length === 0) throw new NotFoundError('No hard words yet: nobody has looked up or missed a word');
  return db.assignment.create({
    data: {
      classId,
      kind: 'words',
      title: input.title,
      dueAt: input.dueAt,
      quizRequired: true,
      words: { create: words.map((word, position) => ({ lexemeId: word.lexemeId, position })) },
    },
  });
}

export interface StudentProgress {
  userId: string;
  name: string;
  email: string;
  status: AssignmentStatus;
  opened: boolean;
  /** Share of blocks that have been in view. */
  read: number;
  seconds: number;
  lookups: number;
  /** Completed quizzes for this assignment, and the best and last share correct. */
  attempts: number;
  bestScore: number | null;
  lastScore: number | null;
}

const scoreOf = (questions: { response: { correct: boolean } | null }[]) =>
  questions.length ? questions.filter((question) => question.response?.correct).length / questions.length : 0;

/** Where one learner stands with an assignment, from their reading progress and completed quizzes for it. */
function standing(
  assignment: { dueAt: Date; articleId: string | null; quizRequired: boolean; minScore: number | null },
  progress: { blocksSeen: string; blockCount: number } | undefined,
  quizzes: { questions: { response: { correct: boolean } | null }[] }[],
  now: Date,
) {
  const read = progress ? (JSON.parse(progress.blocksSeen) as number[]).length / Math.max(1, progress.blockCount) : 0;
  const scores = quizzes.map((quiz) => scoreOf(quiz.questions));
  const bestScore = scores.length ? Math.max(...scores) : null;
  const status = assignmentStatus(
    {
      dueAt: assignment.dueAt,
      reading: assignment.articleId ? { opened: progress !== undefined, share: read } : null,
      quizRequired: assignment.quizRequired,
      minScore: (assignment.minScore ?? 0) / 100,
      bestScore,
    },
    now,
  );
  return { status, read, attempts: scores.length, bestScore, lastScore: scores.at(-1) ?? null };
}

/** Each student's progress on an assignment, as its teacher sees it. */
export async function assignmentProgress(user: CurrentUser, assignmentId: string, now = new Date()) {
  const assignment = await ownAssignment(user, assignmentId);
  const members = await db.classMember.findMany({
    where: { classId: assignment.classId },
    select: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: 'asc' } },
  });
  const userIds = members.map((member) => member.user.id);
  const version = assignment.articleId && assignment.level ? { articleId: assignment.articleId, level: assignment.level } : null;
  const [reading, lookups, quizzes] = await Promise.all([
    version ? db.readingProgress.findMany({ where: { ...version, userId: { in: userIds } } }) : [],
    version ? db.lookup.groupBy({ by: ['userId'], where: { ...version, userId: { in: userIds } }, _count: { _all: true } }) : [],
    db.quiz.findMany({
      where: { assignmentId, userId: { in: userIds }, completedAt: { not: null } },
      orderBy: { completedAt: 'asc' },
      select: { userId: true, questions: { select: { response: { select: { correct: true } } } } },
    }),
  ]);
  const students: StudentProgress[] = members.map(({ user: student }) => {
    const progress = reading.find((row) => row.userId === student.id);
    return {
      userId: student.id,
      name: student.name,
      email: student.email,
      ...standing(assignment, progress, quizzes.filter((quiz) => quiz.userId === student.id), now),
      opened: progress !== undefined,
      seconds: progress?.seconds ?? 0,
      lookups: lookups.find((row) => row.userId === student.id)?._count._all ?? 0,
    };
  });
  return {
    assignment: {
      id: assignment.id,
      kind: assignment.kind,
      title: assignment.title ?? assignment.article?.title ?? '',
      slug: assignment.article?.slug ?? null,
      level: assignment.level,
      dueAt: assignment.dueAt.toISOString(),
      instructions: assignment.instructions,
      quizRequired: assignment.quizRequired,
      minScore: assignment.minScore,
      classId: assignment.class.id,
      className: assignment.class.name,
    },
    students,
  };
}

export interface LearnerAssignment {
  id: string;
  kind: string;
  title: string;
  className: string;
  slug: string | null;
  level: string | null;
  dueAt: Date;
  instructions: string | null;
  quizRequired: boolean;
  minScore: number | null;
  status: AssignmentStatus;
  bestScore: number | null;
}

/** A learner's assignments from all their classes, by due date, with where they stand. */
export async function learnerAssignments(userId: string, now = new Date()): Promise<LearnerAssignment[]> {
  const assignments = await db.assignment.findMany({
    where: { class: { members: { some: { userId } } } },
    orderBy: { dueAt: 'asc' },
    include: { class: { select: { name: true } }, article: { select: { slug: true, title: true } } },
  });
  const [reading, quizzes] = await Promise.all([
    db.readingProgress.findMany({ where: { userId } }),
    db.quiz.findMany({
      where: { userId, assignmentId: { in: assignments.map((assignment) => assignment.id) }, completedAt: { not: null } },
      select: { assignmentId: true, questions: { select: { response: { select: { correct: true } } } } },
    }),
  ]);
  return assignments.map((assignment) => {
    const progress = reading.find((row) => row.articleId === assignment.articleId && row.level === assignment.level);
    const { status, bestScore } = standing(assignment, progress, quizzes.filter((quiz) => quiz.assignmentId === assignment.id), now);
    return {
      id: assignment.id,
      kind: assignment.kind,
      title: assignment.title ?? assignment.article?.title ?? '',
      className: assignment.class.name,
      slug: assignment.article?.slug ?? null,
      level: assignment.level,
      dueAt: assignment.dueAt,
      instructions: assignment.instructions,
      quizRequired: assignment.quizRequired,
      minScore: assignment.minScore,
      bestScore,
      status,
    };
  });
}

/** The assignment, if the learner is in its class (for starting its quiz). */
export async function assignmentForLearner(userId: string, assignmentId: string) {
  const found = await db.assignment.findFirst({
    where: { id: assignmentId, class: { members: { some: { userId } } } },
    include: { article: { select: { slug: true } }, words: { orderBy: { position: 'asc' }, select: { lexemeId: true } } },
  });
  if (!found) throw new NotFoundError('No such assignment');
  return found;
}
