import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRawArticle } from '@/nlp/parse-raw-article';
import { wordsOf } from '@/nlp/tokenize';
import { ARTICLES_DIR, prepareArticleSeed, readArticleSeeds, SeedError } from '../../../seeds/article-seeds';

const articles = readArticleSeeds();
const seedFile = path.join(ARTICLES_DIR, '001.json');
const seedJson = readFileSync(seedFile, 'utf8');

describe('seed articles', () => {
  it('are the five source articles, each a valid data file', () => {
    expect(articles.map((article) => article.seed.file)).toEqual([
      '000_2a82d588cc5eeffd.txt',
      '001_293e732b4a52a240.txt',
      '002_751534bd2bbd9e0e.txt',
      '003_ba489c3907ff2055.txt',
      '004_ecfa0e2c4ff1edcb.txt',
    ]);
  });

  it.each(articles.map((article) => [article.seed.file, article] as const))(
    '%s: the original keeps every word of the source, in order, and adds none',
    (_file, article) => {
      const parsed = parseRawArticle(article.raw);
      const original = article.versions.find((version) => version.original)!;
      const [title, ...body] = original.blocks;
      const stored = body.flatMap((block) => [...wordsOf(block.nl), ...wordsOf(block.attribution ?? ''), ...wordsOf(block.credit ?? '')]);
      const source = parsed.blocks.flatMap((block) => [...wordsOf(block.text), ...wordsOf(block.attribution ?? ''), ...wordsOf(block.credit ?? '')]);
      expect(stored).toEqual(source);
      // The headline is the source's own unless it is marked as written by the editors.
      if (article.seed.titleIsEditorial) expect(parsed.title).toBeUndefined();
      else expect(title!.nl).toBe(parsed.title);
    },
  );

  it('has article 001 complete: every block translated, every word glossed', () => {
    const nos = articles.find((article) => article.seed.file.startsWith('001'))!;
    const blocks = nos.versions[0]!.blocks;
    expect(blocks.every((block) => block.en.length > 0)).toBe(true);
    expect(blocks.reduce((sum, block) => sum + block.unannotated, 0)).toBe(0);
    expect(blocks.reduce((sum, block) => sum + block.words.length, 0)).toBe(546);
  });

  it('glosses the separable verbs and expressions of article 001 as units', () => {
    const nos = articles.find((article) => article.seed.file.startsWith('001'))!;
    const units = nos.versions[0]!.blocks.flatMap((block) =>
      block.occurrences
        .filter((occurrence) => occurrence.tokenIndexes.length > 1)
        .map((occurrence) => [occurrence.lemma, occurrence.tokenIndexes.map((index) => block.tokens[index]!.text).join(' ')]),
    );
    expect(units).toEqual(
      expect.arrayContaining([
        ['elkaar opzoeken', 'elkaar opzoeken'],
        ['hameren op', 'hamert op'],
        ['aankondigen', 'kondigde aan'],
        ['uitleggen', 'legt uit'],
      ]),
    );
  });

  it('rejects a changed word with the file and field in the message', () => {
    const seed = JSON.parse(seedJson);
    seed.versions[0].blocks[1].words[0].w = 'Bespraken';
    expect(() => prepareArticleSeed(seedFile, JSON.stringify(seed))).toThrow(SeedError);
    expect(() => prepareArticleSeed(seedFile, JSON.stringify(seed))).toThrow(
      /seeds\/articles\/001\.json: versions\[0\]\.blocks\[1\]\.words\[0\]\.w: "Bespraken" does not match the text's word "Bespreken"/,
    );
  });

  it('rejects text that differs from the source file', () => {
    const seed = JSON.parse(seedJson);
    seed.versions[0].blocks[2].nl = seed.versions[0].blocks[2].nl.replace('Frank Pieke', 'Frank de Pieke');
    expect(() => prepareArticleSeed(seedFile, JSON.stringify(seed))).toThrow(/versions\[0\]\.blocks\[2\]\.nl: .* differs from 001_293e732b4a52a240\.txt/);
  });

  it('rejects a malformed field with its path', () => {
    const seed = JSON.parse(seedJson);
    seed.versions[0].blocks[1].words[3].gender = 'het';
    expect(() => prepareArticleSeed(seedFile, JSON.stringify(seed))).toThrow(
      /001\.json: versions\[0\]\.blocks\[1\]\.words\[3\]\.gender: gender \(de\/het\) is only for nouns/,
    );
    seed.versions[0].level = 'B3';
    expect(() => prepareArticleSeed(seedFile, JSON.stringify(seed))).toThrow(/001\.json: versions\[0\]\.level:/);
    expect(() => prepareArticleSeed(seedFile, '{ not json')).toThrow(/001\.json: not valid JSON/);
  });
});
