import { z } from 'zod';
import { CEFR_LEVELS } from './article-seed';

export const NewClassSchema = z.object({ name: z.string().trim().min(1, 'name').max(80, 'name') });
export const JoinClassSchema = z.object({ code: z.string().trim().min(1, 'code').max(20, 'code') });

/** A due date from a date input (the end of that day, UTC) or a full timestamp. */
const DueDate = z.union([
  z.iso.date().transform((day) => new Date(`${day}T23:59:59Z`)),
  z.iso.datetime().transform((value) => new Date(value)),
]);

export const NewAssignmentSchema = z.object({
  slug: z.string().min(1).max(200),
  level: z.enum(CEFR_LEVELS),
  dueAt: DueDate,
  instructions: z.string().trim().max(2000).optional(),
  quizRequired: z.boolean(),
  minScore: z.number().int().min(0).max(100).optional(),
});

export const HardWordsQuizSchema = z.object({
  title: z.string().trim().min(1).max(120),
  dueAt: DueDate,
  count: z.number().int().min(1).max(20).optional(),
});
