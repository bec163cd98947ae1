import 'server-only';
import { db } from './db';

/** Everything the app stores about a learner, as JSON they can take away (no password hash, no session tokens). */
export async function exportData(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true, role: true, createdAt: true } });
  const lexeme = { select: { lemma: true, pos: true } } as const;
  const [statuses, statusChanges, savedWords, quizzes, reviewCards, reviewLogs, classes, reading, lookups] = await Promise.all([
    db.wordStatus.findMany({ where: { userId }, select: { status: true, level: true, updatedAt: true, lexeme } }),
    db.statusChange.findMany({ where: { userId }, orderBy: { at: 'asc' }, select: { lexemeId: true, status: true, at: true } }),
    db.savedWord.findMany({
      where: { userId },
      select: { form: true, sentence: true, slug: true, level: true, createdAt: true, lexeme, sense: { select: { gloss: true } } },
    }),
    db.quiz.findMany({
      where: { userId },
      orderBy: { createdAt: 'asc' },
      select: {
        source: true,
        slug: true,
        level: true,
        createdAt: true,
        completedAt: true,
        questions: {
          orderBy: { position: 'asc' },
          select: { type: true, prompt: true, context: true, answer: true, response: { select: { response: true, correct: true, typo: true, answeredAt: true } } },
        },
      },
    }),
    db.reviewCard.findMany({ where: { userId }, select: { due: true, stability: true, difficulty: true, reps: true, lapses: true, state: true, lastReview: true, lexeme } }),
    db.reviewLog.findMany({ where: { userId }, orderBy: { review: 'asc' }, select: { lexemeId: true, rating: true, state: true, review: true, scheduledDays: true } }),
    db.classMember.findMany({ where: { userId }, select: { joinedAt: true, class: { select: { name: true } } } }),
    db.readingProgress.findMany({
      where: { userId },
      select: { level: true, openedAt: true, blocksSeen: true, blockCount: true, seconds: true, article: { select: { slug: true } } },
    }),
    db.lookup.findMany({ where: { userId }, select: { level: true, at: true, lexeme, article: { select: { slug: true } } } }),
  ]);
  return { exportedAt: new Date().toISOString(), user, statuses, statusChanges, savedWords, quizzes, reviewCards, reviewLogs, classes, reading, lookups };
}
