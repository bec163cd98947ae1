import { beforeAll, describe, expect, it } from 'vitest';
import { wordsOf } from '@/nlp/tokenize';
import { getArticleForReading, listArticles, saveArticle } from '@/server/articles';
import { db } from '@/server/db';
import { getLexicon } from '@/server/lexicon';
import { readArticleSeeds } from '../../../seeds/article-seeds';
import { readLexiconEntries } from '../../../seeds/lexicon-files';
import { loadSeeds, toArticleInput } from '../../../seeds/load';

const NOS = 'waarom-rusland-en-china-elkaar-blijven-opzoeken';

describe('loading the seeds into the database', () => {
  beforeAll(async () => {
    await loadSeeds();
  });

  it('stores the five articles, and a second run changes nothing', async () => {
    const counts = async () => ({
      // Other test files import articles into the same database: count the seeded ones.
      articles: await db.article.count({ where: { sourceFile: { not: null } } }),
      blocks: await db.block.count(),
      tokens: await db.token.count(),
      occurrences: await db.occurrence.count(),
      senses: await db.sense.count(),
      lexemes: await db.lexeme.count(),
    });
    const before = await counts();
    expect(before.articles).toBe(5);
    expect(Object.values(await loadSeeds())).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(await counts()).toEqual(before);
  });

  it('loads the core lexicon, and the engine reads it back from the database', async () => {
    const entries = readLexiconEntries();
    expect(await db.lexeme.count({ where: { source: 'core' } })).toBe(new Set(entries.map((entry) => `${entry.lemma} ${entry.pos}`)).size);
    const lexicon = await getLexicon();
    expect(lexicon.forms.get('sneuvelden')?.[0]).toMatchObject({ lemma: 'sneuvelen', pos: 'VERB', feature: 'past' });
    expect(lexicon.separable.get('aan kondigen')?.lemma).toBe('aankondigen');
    // Details survive the round trip through the database, abbreviations included.
    expect(lexicon.forms.get('nr')?.[0]).toMatchObject({ lemma: 'nummer', feature: 'abbreviation' });
    expect(lexicon.forms.get('o.a.')?.[0]).toMatchObject({ lemma: 'onder andere', pos: 'EXPR' });
    const soldaat = await db.lexeme.findUnique({ where: { lemma_pos: { lemma: 'soldaat', pos: 'NOUN' } }, include: { senses: true } });
    expect(soldaat).toMatchObject({ gender: 'de', cefr: expect.stringMatching(/^[ABC][12]$/) });
    expect(soldaat!.senses.map((sense) => sense.gloss)).toContain('soldier');
  });

  it('stores no word that the source file does not have', async () => {
    for (const article of readArticleSeeds()) {
      const stored = await db.block.findMany({
        where: { version: { article: { slug: article.seed.slug }, isOriginal: true }, kind: { not: 'title' } },
        orderBy: { position: 'asc' },
      });
      const storedWords = stored.flatMap((block) => wordsOf(block.text));
      const sourceWords = new Set(wordsOf(article.raw));
      expect(storedWords.filter((word) => !sourceWords.has(word))).toEqual([]);
      expect(storedWords.join(' ')).toBe(
        article.versions[0]!.blocks.slice(1).flatMap((block) => wordsOf(block.nl)).join(' '),
      );
    }
  });

  it('lists the library with level, length and reading time', async () => {
    const seeded = new Set(readArticleSeeds().map((article) => article.seed.slug));
    const library = (await listArticles(null)).filter((article) => seeded.has(article.slug));
    expect(library).toHaveLength(5);
    const nos = library.find((article) => article.slug === NOS)!;
    expect(nos).toMatchObject({ title: 'Waarom Rusland en China elkaar blijven opzoeken', level: 'B2', sourceName: 'NOS Nieuwsuur', publishedOn: '2022-12-30' });
    expect(nos.wordCount).toBeGreaterThan(500);
    expect(nos.readingMinutes).toBe(Math.round(nos.wordCount / 100));
  });

  it('gives the reader every word with its gloss, and a split verb as one unit', async () => {
    const article = (await getArticleForReading(NOS))!;
    for (const block of [article.titleBlock!, ...article.blocks]) {
      const words = block.segments.filter((segment) => segment.word);
      expect(words.every((word) => word.o !== undefined && article.glosses[word.o])).toBe(true);
    }
    const verb = Object.values(article.glosses).find((gloss) => gloss.lemma === 'aankondigen')!;
    expect(verb).toMatchObject({ text: 'kondigde … aan', pos: 'VERB', gloss: 'to announce', parts: 2 });
    const noun = Object.values(article.glosses).find((gloss) => gloss.text === 'sancties')!;
    expect(noun).toMatchObject({ lemma: 'sanctie', pos: 'NOUN', gender: 'de' });
    // The segments put the text back together exactly.
    const stored = await db.block.findMany({ where: { id: { in: article.blocks.map((block) => block.id) } } });
    for (const block of article.blocks) {
      expect(block.segments.map((segment) => segment.text).join('')).toBe(stored.find((row) => row.id === block.id)!.text);
    }
  });

  it('leaves no half-written article when saving fails', async () => {
    const [article] = readArticleSeeds();
    const input = toArticleInput(article!);
    // A second version at the same level breaks a unique constraint after the first is fully written.
    const broken = { ...input, slug: 'broken-article', sourceFile: 'broken.txt', versions: [input.versions[0]!, input.versions[0]!] };
    await expect(saveArticle(broken)).rejects.toThrow();
    expect(await db.article.findUnique({ where: { slug: 'broken-article' } })).toBeNull();
    const seededVersions = readArticleSeeds().reduce((sum, article) => sum + article.versions.length, 0);
    expect(await db.articleVersion.count({ where: { article: { sourceFile: { not: null } } } })).toBe(seededVersions);
  });
});
