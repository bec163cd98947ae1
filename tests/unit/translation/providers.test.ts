import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TranslationError, translationProviderFromEnv } from '@/server/translation/providers';

/**
 * A local stand-in for the three services, speaking each one's documented API: it checks what the
 * client sends and answers as the service would. The client code under test is the real one.
 */
interface Recorded {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
}
const requests: Recorded[] = [];
const fakeEnglish = (dutch: string) => `EN(${dutch})`;

const server = http.createServer((request, response) => {
  let raw = '';
  request.on('data', (chunk) => (raw += chunk));
  request.on('end', () => {
    const body = JSON.parse(raw || '{}') as Record<string, unknown>;
    requests.push({ path: request.url ?? '', headers: request.headers, body });
    const reply = (status: number, data: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(data));
    };
    if (request.url === '/translate') {
      if (body.source !== 'nl' || body.target !== 'en') return reply(400, { error: 'bad languages' });
      return reply(200, { translatedText: (body.q as string[]).map(fakeEnglish) });
    }
    if (request.url === '/v2/translate') {
      if (request.headers.authorization !== 'DeepL-Auth-Key good-key') return reply(403, { message: 'Wrong key' });
      return reply(200, { translations: (body.text as string[]).map((text) => ({ detected_source_language: 'NL', text: fakeEnglish(text) })) });
    }
    if (request.url === '/v1/chat/completions') {
      const messages = body.messages as { role: string; content: string }[];
      return reply(200, { choices: [{ index: 0, message: { role: 'assistant', content: ` ${fakeEnglish(messages.at(-1)!.content)}\n` } }] });
    }
    reply(404, { error: 'not found' });
  });
});

let origin = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const paragraphs = ['Hij hamert op diplomatie.', 'China houdt zich op de vlakte.'];

describe('translation providers', () => {
  it('has none when the environment names none: the teacher translates', () => {
    expect(translationProviderFromEnv({})).toBeNull();
  });

  it('translates through LibreTranslate', async () => {
    const provider = translationProviderFromEnv({ TRANSLATION_PROVIDER: 'libretranslate', LIBRETRANSLATE_URL: origin, LIBRETRANSLATE_API_KEY: 'k' })!;
    expect(await provider.translate(paragraphs)).toEqual(paragraphs.map(fakeEnglish));
    expect(requests.at(-1)).toMatchObject({ path: '/translate', body: { q: paragraphs, source: 'nl', target: 'en', format: 'text', api_key: 'k' } });
  });

  it('translates through DeepL with its key header, and reports a refused key', async () => {
    const provider = translationProviderFromEnv({ TRANSLATION_PROVIDER: 'deepl', DEEPL_API_KEY: 'good-key', DEEPL_API_URL: origin })!;
    expect(await provider.translate(paragraphs)).toEqual(paragraphs.map(fakeEnglish));
    expect(requests.at(-1)).toMatchObject({ path: '/v2/translate', body: { text: paragraphs, source_lang: 'NL', target_lang: 'EN-GB' } });
    const refused = translationProviderFromEnv({ TRANSLATION_PROVIDER: 'deepl', DEEPL_API_KEY: 'bad-key', DEEPL_API_URL: origin })!;
    await expect(refused.translate(paragraphs)).rejects.toThrow(/answered 403: .*Wrong key/);
  });

  it('translates through an OpenAI-compatible endpoint, one paragraph at a time', async () => {
    const before = requests.length;
    const provider = translationProviderFromEnv({ TRANSLATION_PROVIDER: 'openai', OPENAI_BASE_URL: `${origin}/v1`, OPENAI_MODEL: 'local-model', OPENAI_API_KEY: 'sk-test' })!;
    expect(await provider.translate(paragraphs)).toEqual(paragraphs.map(fakeEnglish));
    const sent = requests.slice(before);
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({ path: '/v1/chat/completions', headers: { authorization: 'Bearer sk-test' }, body: { model: 'local-model', temperature: 0 } });
  });

  it('explains incomplete settings and unreachable services', async () => {
    expect(() => translationProviderFromEnv({ TRANSLATION_PROVIDER: 'deepl' })).toThrow(/DEEPL_API_KEY/);
    expect(() => translationProviderFromEnv({ TRANSLATION_PROVIDER: 'babelfish' })).toThrow(TranslationError);
    const nowhere = translationProviderFromEnv({ TRANSLATION_PROVIDER: 'libretranslate', LIBRETRANSLATE_URL: 'http://127.0.0.1:9' })!;
    await expect(nowhere.translate(paragraphs)).rejects.toThrow(/cannot reach http:\/\/127\.0\.0\.1:9/);
  });
});
