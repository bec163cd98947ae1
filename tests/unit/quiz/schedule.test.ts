import { Rating, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { isDue, newSchedule, ratingFor, scheduleAnswer, type Outcome, type Schedule } from '@/quiz/schedule';

const start = new Date('2025-03-01T09:00:00Z');
const minutes = (n: number) => n * 60_000;

/** Answers correctly each time the word falls due until FSRS moves it to Review. */
function reviewCard(): Schedule {
  let schedule = newSchedule(start);
  for (let i = 0; i < 10 && schedule.state !== State.Review; i++) {
    schedule = scheduleAnswer(schedule, 'correct', schedule.due).schedule;
  }
  expect(schedule.state).toBe(State.Review);
  return schedule;
}

describe('newSchedule', () => {
  it('is new, unreviewed and due at once', () => {
    const schedule = newSchedule(start);
    expect(schedule).toMatchObject({ state: State.New, reps: 0, lapses: 0, lastReview: null });
    expect(isDue(schedule, start)).toBe(true);
  });
});

describe('ratingFor', () => {
  it('grades a typo between a correct and a wrong answer', () => {
    expect(ratingFor('correct')).toBe(Rating.Good);
    expect(ratingFor('typo')).toBe(Rating.Hard);
    expect(ratingFor('wrong')).toBe(Rating.Again);
  });
});

describe('scheduleAnswer', () => {
  it('moves a new word out of New, and brings it back later when it was known', () => {
    const right = scheduleAnswer(null, 'correct', start);
    const wrong = scheduleAnswer(null, 'wrong', start);
    expect(right.schedule.state).not.toBe(State.New);
    expect(right.schedule.reps).toBe(1);
    expect(right.schedule.lastReview).toEqual(start);
    expect(right.schedule.due.getTime()).toBeGreaterThan(wrong.schedule.due.getTime());
    expect(wrong.schedule.due.getTime()).toBeGreaterThan(start.getTime());
  });

  it('treats a word with no schedule as a new one', () => {
    expect(scheduleAnswer(null, 'typo', start)).toEqual(scheduleAnswer(newSchedule(start), 'typo', start));
  });

  it('logs the rating, the moment and the state the word was in', () => {
    const { log } = scheduleAnswer(null, 'typo', start);
    expect(log).toMatchObject({ rating: Rating.Hard, state: State.New, review: start });
  });

  it('counts a lapse and relearns when a reviewed word is forgotten', () => {
    const card = reviewCard();
    const later = new Date(card.due.getTime() + minutes(5));
    const { schedule } = scheduleAnswer(card, 'wrong', later);
    expect(schedule.lapses).toBe(card.lapses + 1);
    expect(schedule.state).toBe(State.Relearning);
    expect(schedule.due.getTime() - later.getTime()).toBeLessThan(minutes(60));
  });

  it('spaces a word further apart with every correct review', () => {
    let schedule = reviewCard();
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      const at = schedule.due;
      schedule = scheduleAnswer(schedule, 'correct', at).schedule;
      intervals.push(schedule.due.getTime() - at.getTime());
      expect(schedule.state).toBe(State.Review);
    }
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]!).toBeGreaterThan(intervals[i - 1]!);
    expect(schedule.scheduledDays).toBeGreaterThan(7);
  });

  it('brings a word answered with a typo back sooner than one answered right', () => {
    const card = reviewCard();
    const next = (outcome: Outcome) => scheduleAnswer(card, outcome, card.due).schedule.due.getTime();
    expect(next('typo')).toBeLessThan(next('correct'));
    expect(next('wrong')).toBeLessThan(next('typo'));
  });

  it('gives the same schedule for the same answers, so a retried request agrees with the first', () => {
    const card = reviewCard();
    expect(scheduleAnswer(card, 'correct', card.due)).toEqual(scheduleAnswer(card, 'correct', card.due));
  });

  it('leaves the schedule passed in untouched', () => {
    const card = reviewCard();
    const copy = structuredClone(card);
    scheduleAnswer(card, 'wrong', card.due);
    expect(card).toEqual(copy);
  });
});

describe('isDue', () => {
  it('is due from its due moment on', () => {
    const schedule = scheduleAnswer(null, 'correct', start).schedule;
    expect(isDue(schedule, start)).toBe(false);
    expect(isDue(schedule, new Date(schedule.due.getTime() - 1))).toBe(false);
    expect(isDue(schedule, schedule.due)).toBe(true);
    expect(isDue(schedule, new Date(schedule.due.getTime() + minutes(1)))).toBe(true);
  });
});
