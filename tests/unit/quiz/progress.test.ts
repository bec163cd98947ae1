import { describe, expect, it } from 'vitest';
import { accuracyByType, answersPerDay, knownOverTime } from '@/quiz/progress';

const at = (iso: string) => new Date(iso);

describe('knownOverTime', () => {
  it('counts each word once, by its latest status at the end of each day', () => {
    const series = knownOverTime([
      { lexemeId: 1, status: 'known', at: at('2026-11-01T09:00:00Z') },
      { lexemeId: 2, status: 'known', at: at('2026-11-01T10:00:00Z') },
      { lexemeId: 1, status: 'known', at: at('2026-11-02T09:00:00Z') },
      { lexemeId: 2, status: 'learning', at: at('2026-11-02T10:00:00Z') },
      { lexemeId: 3, status: 'known', at: at('2026-11-04T10:00:00Z') },
    ]);
    expect(series).toEqual([
      { day: '2026-11-01', known: 2 },
      { day: '2026-11-02', known: 1 },
      { day: '2026-11-04', known: 2 },
    ]);
  });
});

describe('answersPerDay', () => {
  it('fills the days without answers with zero, oldest first', () => {
    const answers = [
      { type: 'recall', correct: true, at: at('2026-11-27T12:00:00Z') },
      { type: 'recall', correct: false, at: at('2026-11-27T13:00:00Z') },
      { type: 'gender', correct: true, at: at('2026-11-25T08:00:00Z') },
      { type: 'gender', correct: true, at: at('2026-10-01T08:00:00Z') },
    ];
    expect(answersPerDay(answers, at('2026-11-28T10:00:00Z'), 4)).toEqual([
      { day: '2026-11-25', answers: 1 },
      { day: '2026-11-26', answers: 0 },
      { day: '2026-11-27', answers: 2 },
      { day: '2026-11-28', answers: 0 },
    ]);
  });
});

describe('accuracyByType', () => {
  it('gives the share correct per type asked, in the order given', () => {
    const answers = [
      { type: 'cloze', correct: true, at: at('2026-11-27T12:00:00Z') },
      { type: 'cloze', correct: false, at: at('2026-11-27T12:00:00Z') },
      { type: 'nl-en', correct: true, at: at('2026-11-27T12:00:00Z') },
    ];
    expect(accuracyByType(answers, ['nl-en', 'en-nl', 'cloze'])).toEqual([
      { type: 'nl-en', answers: 1, accuracy: 1 },
      { type: 'cloze', answers: 2, accuracy: 0.5 },
    ]);
  });
});
