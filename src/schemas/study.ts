import { z } from 'zod';

/** A word's status as the learner sets it: new, learning at levels 1-4, known, or ignored. */
export const WORD_STATUSES = ['new', '1', '2', '3', '4', 'known', 'ignored'] as const;
export type WordStatusValue = (typeof WORD_STATUSES)[number];
export const WordStatusSchema = z.enum(WORD_STATUSES);

export const SetStatusSchema = z.object({ lexemeId: z.number().int().positive(), status: WordStatusSchema });
export const MarkKnownSchema = z.object({ versionId: z.string().min(1).max(40) });
export const SaveWordSchema = z.object({ occurrenceId: z.number().int().positive() });
export const UnsaveWordSchema = z.object({ lexemeId: z.number().int().positive() });

export const NewQuizSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('article'), slug: z.string().min(1).max(200), level: z.string().regex(/^[ABC][12]$/) }),
  z.object({ source: z.literal('review') }),
  z.object({ source: z.literal('assignment'), assignmentId: z.string().min(1).max(40) }),
]);

export const ReadingReportSchema = z.object({
  versionId: z.string().min(1).max(40),
  blocksSeen: z.array(z.string().min(1).max(40)).max(2_000),
  seconds: z.number().min(0).max(3_600),
  lookups: z.array(z.number().int().positive()).max(2_000),
});

export const AnswerSchema = z.object({
  questionId: z.string().min(1).max(40),
  response: z.string().trim().max(200),
  /** Chosen by the client once per question, so a retried request is recognised and not counted twice. */
  idempotencyKey: z.string().min(8).max(100),
});
