import { z } from 'zod';

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const BLOCK_KINDS = ['title', 'heading', 'paragraph', 'caption', 'quote'] as const;
/** Universal Dependencies tags, plus EXPR for a multi-word expression. */
export const PARTS_OF_SPEECH = [
  'NOUN', 'PROPN', 'VERB', 'AUX', 'ADJ', 'ADV', 'ADP', 'DET', 'PRON', 'NUM',
  'CCONJ', 'SCONJ', 'PART', 'INTJ', 'X', 'EXPR',
] as const;

export const CefrLevelSchema = z.enum(CEFR_LEVELS);
export type CefrLevel = z.infer<typeof CefrLevelSchema>;
export type BlockKind = (typeof BLOCK_KINDS)[number];
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

const text = z.string().trim().min(1);

/**
 * One word of a block, in reading order. A word that is part of a separable verb or an expression
 * carries the unit's number; the first word of the unit carries the unit's annotation, the others only
 * their surface form and the number.
 */
export const SeedWordSchema = z
  .strictObject({
    w: text,
    lemma: text.optional(),
    pos: z.enum(PARTS_OF_SPEECH).optional(),
    gender: z.enum(['de', 'het', 'de/het']).optional(),
    gloss: text.optional(),
    form: text.optional(),
    unit: z.number().int().positive().optional(),
  })
  .refine((word) => word.gender === undefined || word.pos === 'NOUN', {
    message: 'gender (de/het) is only for nouns',
    path: ['gender'],
  })
  .refine((word) => (word.lemma === undefined) === (word.gloss === undefined) && (word.lemma === undefined) === (word.pos === undefined), {
    message: 'lemma, pos and gloss go together',
    path: ['lemma'],
  });
export type SeedWord = z.infer<typeof SeedWordSchema>;

export const SeedBlockSchema = z.strictObject({
  kind: z.enum(BLOCK_KINDS),
  nl: text,
  en: z.string().trim(),
  credit: text.optional(),
  attribution: text.optional(),
  words: z.array(SeedWordSchema),
});
export type SeedBlock = z.infer<typeof SeedBlockSchema>;

export const SeedVersionSchema = z.strictObject({
  level: CefrLevelSchema,
  original: z.boolean(),
  blocks: z.array(SeedBlockSchema).min(1),
});

export const SeedArticleSchema = z.strictObject({
  file: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, 'file must name a raw file under seeds/raw/'),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be lower-case words joined by hyphens'),
  titleEn: text,
  titleIsEditorial: z.boolean(),
  publishedOn: z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'publishedOn must be YYYY-MM or YYYY-MM-DD').optional(),
  dateIsEditorial: z.boolean(),
  source: z
    .strictObject({ name: text, url: z.url().optional(), section: text.optional() })
    .optional(),
  versions: z.array(SeedVersionSchema).min(1),
});
export type SeedArticle = z.infer<typeof SeedArticleSchema>;
