import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountedWords, parseRawArticle, RawArticleError } from '@/nlp/parse-raw-article';
import { wordsOf } from '@/nlp/tokenize';

const RAW_DIR = path.resolve(import.meta.dirname, '../../../seeds/raw');
const raw = (prefix: string) => {
  const file = readdirSync(RAW_DIR).find((name) => name.startsWith(prefix))!;
  return readFileSync(path.join(RAW_DIR, file), 'utf8');
};

describe('parseRawArticle', () => {
  it('reads the NOS header and keeps the site chrome out of the text', () => {
    const article = parseRawArticle(raw('001'));
    expect(article.format).toBe('nos');
    expect(article.title).toBe('Waarom Rusland en China elkaar blijven opzoeken');
    expect(article.date).toBe('2022-12-30T20:47:45+0100');
    expect(article.url).toMatch(/^https:\/\/nos\.nl\/nieuwsuur\/artikel\/2458236-/);
    expect(article.trailer).toEqual(['Nieuwsuur', 'Buitenland', 'Deel artikel:']);
    expect(article.blocks).toHaveLength(10);
    expect(article.blocks.every((block) => block.kind === 'paragraph')).toBe(true);
    expect(article.blocks.at(-1)!.text).toMatch(/die zorgen nodig zijn\."$/);
  });

  it('takes the date off the first line of a dated file and keeps the rest of that line as text', () => {
    const article = parseRawArticle(raw('000'));
    expect(article.format).toBe('dated');
    expect(article.date).toBe('2022-08');
    expect(article.blocks[0]).toEqual({
      kind: 'paragraph',
      text: expect.stringMatching(/^Ondanks zware verliezen in Oekraïne zal Rusland/),
    });
  });

  it('recognises photo captions in both credit styles', () => {
    expect(parseRawArticle(raw('000')).blocks[2]).toEqual({
      kind: 'caption',
      text: 'Russisch President Poetin groette in 2018 een Chinese soldaat',
      credit: 'AP',
      creditMarker: '©',
    });
    expect(parseRawArticle(raw('004')).blocks[0]).toEqual({
      kind: 'caption',
      text: 'President Xi Jinping en Vladimir Putin in Moskou in 2019.',
      credit: 'Getty Images',
      creditMarker: 'Beeld',
    });
    // "in beeld te komen" in running text is prose, not a credit.
    expect(parseRawArticle(raw('004')).blocks.filter((block) => block.kind === 'caption')).toHaveLength(1);
  });

  it('splits a pull quote from its speaker', () => {
    const quotes = parseRawArticle(raw('002')).blocks.filter((block) => block.kind === 'quote');
    expect(quotes).toEqual([
      {
        kind: 'quote',
        text: 'De Russische elites betwijfelen of Poetin in zijn eentje de toenemende Oekraïens-westerse druk kan weerstaan en ze hopen dat Xi hem daarbij kan helpen.',
        attribution: 'Abbas Galljamov, Politicoloog',
      },
      {
        kind: 'quote',
        text: 'Het kan niet zo zijn dat hij Poetin publiekelijk afwijst. Xi wil niet dat Poetin ten val komt.',
        attribution: 'Galljamov',
      },
    ]);
  });

  it('finds the subheadings', () => {
    const headings = (prefix: string) =>
      parseRawArticle(raw(prefix)).blocks.filter((block) => block.kind === 'heading').map((block) => block.text);
    expect(headings('000')).toEqual(['Gezamenlijke ‘vijand’']);
    expect(headings('002')).toEqual(['Enorme dienst', 'Geweren en drones']);
    expect(headings('003')).toEqual(['Ook Xi spreekt niet van ‘oorlog’ in Oekraïne', '‘Nieuwe as van het kwaad’', 'Militaire steun']);
    expect(headings('004')).toEqual(['Poetin kan wel wat steun gebruiken', 'Xi’s eerste reis sinds corona']);
  });

  it.each(['000', '001', '002', '003', '004'])('accounts for every word of file %s, in order', (prefix) => {
    const text = raw(prefix);
    expect(accountedWords(parseRawArticle(text))).toEqual(wordsOf(text));
  });

  it('refuses a text without a paragraph', () => {
    expect(() => parseRawArticle('Alleen een kop\n\nNog een kop')).toThrow(RawArticleError);
  });
});
