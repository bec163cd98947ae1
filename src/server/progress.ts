import 'server-only';
import { QUESTION_TYPES } from '../quiz/questions';
import { accuracyByType, answersPerDay, knownOverTime } from '../quiz/progress';
import { db } from './db';

export interface ScheduledWord {
  lexemeId: number;
  lemma: string;
  gloss: string | null;
  due: Date;
  reps: number;
  lapses: number;
}

/** The learner's review schedule, soonest first, and how many words are due now. */
export async function reviewSchedule(userId: string, now = new Date()): Promise<{ due: number; words: ScheduledWord[] }> {
  const cards = await db.reviewCard.findMany({
    where: { userId },
    orderBy: { due: 'asc' },
    select: {
      due: true,
      reps: true,
      lapses: true,
      lexeme: { select: { id: true, lemma: true, senses: { select: { gloss: true }, orderBy: { position: 'asc' }, take: 1 } } },
    },
  });
  const saved = new Map(
    (await db.savedWord.findMany({ where: { userId }, select: { lexemeId: true, sense: { select: { gloss: true } } } })).map((row) => [row.lexemeId, row.sense.gloss]),
  );
  return {
    due: cards.filter((card) => card.due <= now).length,
    words: cards.map((card) => ({
      lexemeId: card.lexeme.id,
      lemma: card.lexeme.lemma,
      gloss: saved.get(card.lexeme.id) ?? card.lexeme.senses[0]?.gloss ?? null,
      due: card.due,
      reps: card.reps,
      lapses: card.lapses,
    })),
  };
}

/** What the progress page draws. */
export async function progress(userId: string, now = new Date()) {
  const [changes, answers, known, schedule] = await Promise.all([
    db.statusChange.findMany({ where: { userId }, select: { lexemeId: true, status: true, at: true } }),
    db.quizAnswer.findMany({ where: { question: { quiz: { userId } } }, select: { correct: true, answeredAt: true, question: { select: { type: true } } } }),
    db.wordStatus.count({ where: { userId, status: 'known' } }),
    db.reviewCard.count({ where: { userId, due: { lte: now } } }),
  ]);
  const events = answers.map((answer) => ({ type: answer.question.type, correct: answer.correct, at: answer.answeredAt }));
  return {
    known,
    due: schedule,
    knownOverTime: knownOverTime(changes),
    answersPerDay: answersPerDay(events, now, 14),
    accuracyByType: accuracyByType(events, QUESTION_TYPES),
  };
}
