/**
 * When a word comes back for review: FSRS (ts-fsrs) over the schedule as the database stores it.
 * Pure: a schedule, an outcome and the time in, the next schedule and its log out.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade, type ReviewLog } from 'ts-fsrs';

export type Outcome = 'correct' | 'typo' | 'wrong';

/** A word's review schedule as stored (mirrors the database row). */
export interface Schedule {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

/** One review as FSRS logs it (mirrors the database row). */
export interface ScheduleLog {
  rating: number;
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  review: Date;
}

// Without fuzz the same answers at the same times give the same schedule, which tests and retries rely on.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

function fromCard(card: Card): Schedule {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

function toCard(schedule: Schedule): Card {
  return {
    due: schedule.due,
    stability: schedule.stability,
    difficulty: schedule.difficulty,
    elapsed_days: schedule.elapsedDays,
    scheduled_days: schedule.scheduledDays,
    learning_steps: schedule.learningSteps,
    reps: schedule.reps,
    lapses: schedule.lapses,
    state: schedule.state,
    ...(schedule.lastReview && { last_review: schedule.lastReview }),
  };
}

function fromLog(log: ReviewLog): ScheduleLog {
  return {
    rating: log.rating,
    state: log.state,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    review: log.review,
  };
}

/** The schedule of a word never reviewed: new, due now. */
export function newSchedule(now: Date): Schedule {
  return fromCard(createEmptyCard(now));
}

/** A typo is remembered but shaky, so it counts as Hard rather than Good. */
export function ratingFor(outcome: Outcome): Grade {
  switch (outcome) {
    case 'correct':
      return Rating.Good;
    case 'typo':
      return Rating.Hard;
    case 'wrong':
      return Rating.Again;
  }
}

/** The schedule after answering at `now`; a word with no schedule yet starts as new. */
export function scheduleAnswer(current: Schedule | null, outcome: Outcome, now: Date): { schedule: Schedule; log: ScheduleLog } {
  const card = current ? toCard(current) : createEmptyCard(now);
  const { card: next, log } = scheduler.next(card, now, ratingFor(outcome));
  return { schedule: fromCard(next), log: fromLog(log) };
}

export function isDue(schedule: Schedule, now: Date): boolean {
  return schedule.due.getTime() <= now.getTime();
}
