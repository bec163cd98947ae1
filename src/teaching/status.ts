/** Where a learner stands with an assignment. */
export type AssignmentStatus = 'not-started' | 'reading' | 'read' | 'quiz-done' | 'late';

/** Share of an article's blocks seen for its reading to count as done (captions and the last lines are often skipped). */
export const READ_THROUGH = 0.9;

export interface AssignmentFacts {
  dueAt: Date;
  /** Null for a word-list assignment, which has nothing to read. */
  reading: { opened: boolean; share: number } | null;
  quizRequired: boolean;
  /** Least share of correct answers (0-1) for the quiz to count. */
  minScore: number;
  /** The best share correct over the learner's completed quizzes for it; null if none. */
  bestScore: number | null;
}

export function isDone(facts: AssignmentFacts): boolean {
  if (facts.quizRequired || !facts.reading) return facts.bestScore !== null && facts.bestScore >= facts.minScore;
  return facts.reading.opened && facts.reading.share >= READ_THROUGH;
}

/** Done (quiz done, or read through when no quiz is asked), late when past due and not done, else reading or not started. */
export function assignmentStatus(facts: AssignmentFacts, now: Date): AssignmentStatus {
  if (isDone(facts)) return facts.quizRequired || !facts.reading ? 'quiz-done' : 'read';
  if (now > facts.dueAt) return 'late';
  const started = facts.reading ? facts.reading.opened : facts.bestScore !== null;
  return started ? 'reading' : 'not-started';
}
