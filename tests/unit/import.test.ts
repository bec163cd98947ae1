import { beforeAll, describe, expect, it } from 'vitest';
import { detectDutch } from '@/nlp/detect-language';
import { plainTextBlocks } from '@/nlp/plain-text-blocks';
import { getArticleForReading } from '@/server/articles';
import { db } from '@/server/db';
import { ImportError, importArticle, reanalyseArticle, saveOverrides } from '@/server/import';
import { TranslationError, type TranslationProvider } from '@/server/translation/providers';
import { loadSeeds } from '../../seeds/load';

const TEXT = `# Vrede in zicht?

De regering kondigde gisteren nieuwe maatregelen aan. Volgens de minister is dat in ieder geval een goed begin.

> Wij laten de boeren niet vallen.

De treinstaking duurt nog tot vrijdag.`;

const form = (text: string, title = 'Nieuwe maatregelen') => ({ title, text, source: undefined, date: undefined });

beforeAll(async () => {
  await loadSeeds();
});

describe('importing a teacher’s text', () => {
  it('builds the article with its blocks, glosses, units and a CEFR estimate', async () => {
    const { slug } = await importArticle(form(TEXT), null);
    const article = (await getArticleForReading(slug))!;
    expect(article.title).toBe('Nieuwe maatregelen');
    expect(article.blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'quote', 'paragraph']);
    expect(article.level).toMatch(/^[ABC][12]$/);
    const glosses = Object.values(article.glosses);
    expect(glosses.find((gloss) => gloss.lemma === 'aankondigen')).toMatchObject({ text: 'kondigde … aan', parts: 2 });
    expect(glosses.find((gloss) => gloss.lemma === 'in ieder geval')).toMatchObject({ pos: 'EXPR', parts: 3 });
    const strike = await db.occurrence.findFirst({ where: { sense: { lexeme: { lemma: 'treinstaking' } } } });
    expect(strike?.origin).toBe('derived');
  });

  it('keeps markup as text', async () => {
    const { slug } = await importArticle(form('De <b>regering</b> zegt dat het <script>alert(1)</script> goed gaat met de economie van het land.', 'Markup'), null);
    const article = (await getArticleForReading(slug))!;
    expect(article.blocks[0]!.segments.map((segment) => segment.text).join('')).toContain('<script>alert(1)</script>');
  });

  it('refuses empty, overlong, non-text and non-Dutch input, and stores nothing', async () => {
    const before = await db.article.count();
    const refused = async (text: string) => importArticle(form(text), null).then(() => 'stored', (error: unknown) => (error as ImportError).code);
    expect(await refused('   \n ')).toBe('textMissing');
    expect(await refused('de '.repeat(20_001))).toBe('textTooLong');
    expect(await refused('PK\u0003\u0004\u0000\u0000binary')).toBe('notText');
    expect(await refused('The government announced new measures yesterday, and the minister said it was a good start for the country.')).toBe('notDutch');
    expect(await db.article.count()).toBe(before);
  });

  it('translates through the configured provider, and still imports when it fails', async () => {
    const translator: TranslationProvider = { name: 'stand-in', translate: async (paragraphs) => paragraphs.map((p) => `EN: ${p}`) };
    const { slug } = await importArticle(form(TEXT, 'Vertaald'), translator);
    expect((await getArticleForReading(slug))!.blocks[1]!.translation).toMatch(/^EN: De regering kondigde/);

    const broken: TranslationProvider = { name: 'down', translate: async () => { throw new TranslationError('cannot reach http://127.0.0.1:9'); } };
    const result = await importArticle(form(TEXT, 'Onvertaald'), broken);
    expect(result.translationError).toMatch(/cannot reach/);
    expect((await getArticleForReading(result.slug))!.blocks[1]!.translation).toBeNull();
  });

  it('keeps a teacher’s corrections when the pipeline runs again', async () => {
    const { slug } = await importArticle(form(TEXT, 'Gecorrigeerd'), null);
    const article = (await getArticleForReading(slug))!;
    // "regering" is the second word of block 2 (position 2 in the stored blocks, after title and heading).
    await saveOverrides(slug, [
      { blockPosition: 2, tokenPosition: 1, field: 'gloss', value: 'cabinet (the government)' },
      { blockPosition: 2, tokenPosition: null, field: 'translation', value: 'Yesterday the government announced new measures.' },
    ]);
    await reanalyseArticle(slug);
    const again = (await getArticleForReading(slug))!;
    expect(Object.values(again.glosses).find((gloss) => gloss.lemma === 'regering')?.gloss).toBe('cabinet (the government)');
    expect(again.blocks[1]!.translation).toBe('Yesterday the government announced new measures.');
    expect(again.blocks.length).toBe(article.blocks.length);
  });
});

describe('language and blocks', () => {
  it('tells Dutch from English and German', () => {
    expect(detectDutch('Het is niet de eerste keer dat de twee elkaar opzoeken en dat zal ook niet de laatste zijn.').dutch).toBe(true);
    expect(detectDutch('It is not the first time that the two have met and it will not be the last.').likeliest).toBe('en');
    expect(detectDutch('Es ist nicht das erste Mal, dass sich die beiden treffen, und es wird auch nicht das letzte sein.').dutch).toBe(false);
  });

  it('reads Markdown headings and quotes', () => {
    expect(plainTextBlocks('# Kop\n\nEen alinea\nover twee regels.\n\n> Een citaat')).toEqual([
      { kind: 'heading', text: 'Kop' },
      { kind: 'paragraph', text: 'Een alinea over twee regels.' },
      { kind: 'quote', text: 'Een citaat' },
    ]);
  });
});
