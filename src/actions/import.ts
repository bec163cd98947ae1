'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { ImportFormSchema, MAX_UPLOAD_BYTES, type ImportErrorCode } from '@/schemas/import';
import { ImportError, importArticle, isOwnImport, saveOverrides } from '@/server/import';
import { currentUser } from '@/server/session';
import { TranslationError, translationProviderFromEnv } from '@/server/translation/providers';

export interface ImportState {
  error?: ImportErrorCode;
  values?: { title: string; source: string; date: string; text: string };
}

const LocaleSchema = z.enum(routing.locales);

/** Text from the upload (.txt or .md, UTF-8) when there is one, else from the text box. */
async function submittedText(formData: FormData): Promise<{ text: string } | { error: ImportErrorCode }> {
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return { text: String(formData.get('text') ?? '') };
  if (file.size > MAX_UPLOAD_BYTES || !/\.(txt|md|markdown)$/i.test(file.name)) return { error: 'badFile' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()) };
  } catch {
    return { error: 'notText' };
  }
}

/** A teacher imports a text; anyone else is answered "not found" and nothing is stored. */
export async function importArticleAction(locale: string, _previous: ImportState, formData: FormData): Promise<ImportState> {
  const user = await currentUser();
  if (user?.role !== 'teacher') notFound();
  const lang = LocaleSchema.parse(locale);
  const submitted = await submittedText(formData);
  const values = {
    title: String(formData.get('title') ?? ''),
    source: String(formData.get('source') ?? ''),
    date: String(formData.get('date') ?? ''),
    text: String(formData.get('text') ?? ''),
  };
  if ('error' in submitted) return { error: submitted.error, values };
  const parsed = ImportFormSchema.safeParse({ ...values, text: submitted.text });
  if (!parsed.success) return { error: parsed.error.issues[0]!.message as ImportErrorCode, values };

  let result: { slug: string; translationError?: string };
  try {
    let translator = null;
    try {
      translator = translationProviderFromEnv();
    } catch (error) {
      if (!(error instanceof TranslationError)) throw error;
    }
    result = await importArticle(parsed.data, translator, user.id);
  } catch (error) {
    if (error instanceof ImportError) return { error: error.code, values };
    throw error;
  }
  revalidatePath(`/${lang}`);
  redirect(`/${lang}/articles/${result.slug}/edit${result.translationError ? '?translation=failed' : ''}`);
}

const OverrideFormSchema = z.object({
  locale: z.enum(routing.locales),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  blockPosition: z.coerce.number().int().min(0),
  tokenPosition: z.union([z.literal('').transform(() => null), z.coerce.number().int().min(0)]),
  lemma: z.string().trim().max(100).optional(),
  gloss: z.string().trim().max(200).optional(),
  translation: z.string().trim().max(10_000).optional(),
});

/** Saves a teacher's correction of a word (lemma and gloss) or of a block's translation, in an article they imported. */
export async function saveCorrectionAction(formData: FormData): Promise<void> {
  const input = OverrideFormSchema.parse(Object.fromEntries(formData));
  const user = await currentUser();
  if (!user || !(await isOwnImport(user.id, input.slug))) notFound();
  const base = { blockPosition: input.blockPosition, tokenPosition: input.tokenPosition };
  const overrides = [
    ...(input.lemma ? [{ ...base, field: 'lemma', value: input.lemma }] : []),
    ...(input.gloss ? [{ ...base, field: 'gloss', value: input.gloss }] : []),
    ...(input.translation !== undefined && input.tokenPosition === null ? [{ ...base, field: 'translation', value: input.translation }] : []),
  ];
  if (overrides.length) await saveOverrides(input.slug, overrides);
  revalidatePath(`/${input.locale}/articles/${input.slug}`);
  revalidatePath(`/${input.locale}/articles/${input.slug}/edit`);
}
