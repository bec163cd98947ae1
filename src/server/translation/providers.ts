import 'server-only';
import { z } from 'zod';

/** Translates Dutch paragraphs into English, one translation per paragraph, in order. */
export interface TranslationProvider {
  name: string;
  translate(paragraphs: readonly string[]): Promise<string[]>;
}

/** The provider failed or answered something unusable; the message says which and why. */
export class TranslationError extends Error {}

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    throw new TranslationError(`cannot reach ${new URL(url).origin}: ${(error as Error).message}`);
  }
  const text = await response.text();
  if (!response.ok) throw new TranslationError(`${new URL(url).origin} answered ${response.status}: ${text.slice(0, 200)}`);
  try {
    return JSON.parse(text);
  } catch {
    throw new TranslationError(`${new URL(url).origin} answered with something that is not JSON`);
  }
}

function parse<T>(schema: z.ZodType<T>, data: unknown, provider: string): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new TranslationError(`${provider} answered in an unexpected shape: ${result.error.issues[0]?.message}`);
  return result.data;
}

/** LibreTranslate (self-hosted): POST /translate with q as a list. */
export function libreTranslate({ url, apiKey }: { url: string; apiKey?: string }): TranslationProvider {
  return {
    name: 'LibreTranslate',
    async translate(paragraphs) {
      const data = await postJson(new URL('/translate', url).toString(), {
        q: paragraphs,
        source: 'nl',
        target: 'en',
        format: 'text',
        ...(apiKey && { api_key: apiKey }),
      });
      const { translatedText } = parse(z.object({ translatedText: z.array(z.string()) }), data, 'LibreTranslate');
      if (translatedText.length !== paragraphs.length) throw new TranslationError('LibreTranslate returned a different number of paragraphs');
      return translatedText;
    },
  };
}

/** DeepL API v2. */
export function deepl({ apiKey, url }: { apiKey: string; url?: string }): TranslationProvider {
  const base = url ?? (apiKey.endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com');
  return {
    name: 'DeepL',
    async translate(paragraphs) {
      const data = await postJson(
        new URL('/v2/translate', base).toString(),
        { text: paragraphs, source_lang: 'NL', target_lang: 'EN-GB' },
        { authorization: `DeepL-Auth-Key ${apiKey}` },
      );
      const { translations } = parse(z.object({ translations: z.array(z.object({ text: z.string() })) }), data, 'DeepL');
      if (translations.length !== paragraphs.length) throw new TranslationError('DeepL returned a different number of paragraphs');
      return translations.map((translation) => translation.text);
    },
  };
}

const SYSTEM_PROMPT =
  'You translate Dutch news text into faithful, natural British English for language learners. ' +
  'Keep the meaning, tone and quotations; use the usual English forms of names (Poetin: Putin). ' +
  'Answer with the translation only.';

/** Any endpoint that speaks the OpenAI chat completions API. One request per paragraph. */
export function openAiCompatible({ baseUrl, apiKey, model }: { baseUrl: string; apiKey?: string; model: string }): TranslationProvider {
  return {
    name: `OpenAI-compatible (${model})`,
    async translate(paragraphs) {
      const translations: string[] = [];
      for (const paragraph of paragraphs) {
        const data = await postJson(
          `${baseUrl.replace(/\/$/, '')}/chat/completions`,
          { model, temperature: 0, messages: [{ role: 'system', content: SYSTEM_PROMPT }, { role: 'user', content: paragraph }] },
          apiKey ? { authorization: `Bearer ${apiKey}` } : {},
        );
        const { choices } = parse(z.object({ choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1) }), data, 'The chat endpoint');
        translations.push(choices[0]!.message.content.trim());
      }
      return translations;
    },
  };
}

const EnvSchema = z.discriminatedUnion('TRANSLATION_PROVIDER', [
  z.object({ TRANSLATION_PROVIDER: z.literal('libretranslate'), LIBRETRANSLATE_URL: z.url(), LIBRETRANSLATE_API_KEY: z.string().optional() }),
  z.object({ TRANSLATION_PROVIDER: z.literal('deepl'), DEEPL_API_KEY: z.string().min(1), DEEPL_API_URL: z.url().optional() }),
  z.object({ TRANSLATION_PROVIDER: z.literal('openai'), OPENAI_BASE_URL: z.url(), OPENAI_MODEL: z.string().min(1), OPENAI_API_KEY: z.string().optional() }),
]);

/**
 * The provider the environment chooses (TRANSLATION_PROVIDER = libretranslate | deepl | openai, with
 * its settings), or null when none is set: then teachers write or paste translations themselves.
 */
export function translationProviderFromEnv(env: Record<string, string | undefined> = process.env): TranslationProvider | null {
  if (!env.TRANSLATION_PROVIDER) return null;
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new TranslationError(`Translation settings are incomplete: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  const settings = parsed.data;
  switch (settings.TRANSLATION_PROVIDER) {
    case 'libretranslate':
      return libreTranslate({ url: settings.LIBRETRANSLATE_URL, ...(settings.LIBRETRANSLATE_API_KEY && { apiKey: settings.LIBRETRANSLATE_API_KEY }) });
    case 'deepl':
      return deepl({ apiKey: settings.DEEPL_API_KEY, ...(settings.DEEPL_API_URL && { url: settings.DEEPL_API_URL }) });
    case 'openai':
      return openAiCompatible({ baseUrl: settings.OPENAI_BASE_URL, model: settings.OPENAI_MODEL, ...(settings.OPENAI_API_KEY && { apiKey: settings.OPENAI_API_KEY }) });
  }
}
