import { z } from 'zod';

export const MAX_IMPORT_WORDS = 20_000;
export const MAX_UPLOAD_BYTES = 1_000_000;

/** Why an import was refused; the UI shows each in the learner's language. */
export const IMPORT_ERRORS = ['titleMissing', 'titleTooLong', 'textMissing', 'textTooLong', 'notText', 'notDutch', 'badDate', 'badFile'] as const;
export type ImportErrorCode = (typeof IMPORT_ERRORS)[number];

export const ImportFormSchema = z.object({
  title: z.string().trim().min(1, 'titleMissing').max(200, 'titleTooLong'),
  source: z.string().trim().max(200).optional().transform((value) => value || undefined),
  date: z
    .string()
    .trim()
    .regex(/^(\d{4}-\d{2}(-\d{2})?)?$/, 'badDate')
    .optional()
    .transform((value) => value || undefined),
  text: z.string(),
});
export type ImportForm = z.infer<typeof ImportFormSchema>;
