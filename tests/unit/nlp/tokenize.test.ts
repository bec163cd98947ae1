import { describe, expect, it } from 'vitest';
import { runningWordsOf, tokenize, wordsOf } from '@/nlp/tokenize';

describe('tokenize', () => {
  it('keeps clitics, possessives and hyphenated compounds whole', () => {
    expect(wordsOf("Door zo'n videogesprek wil hij z'n imago en Xi’s China-studies oppoetsen.")).toEqual([
      'Door', "zo'n", 'videogesprek', 'wil', 'hij', "z'n", 'imago', 'en', 'Xi’s', 'China-studies', 'oppoetsen',
    ]);
    expect(wordsOf('Oost-Europadeskundige, militair-politieke en nazi-Duitsland')).toEqual([
      'Oost-Europadeskundige', 'militair-politieke', 'en', 'nazi-Duitsland',
    ]);
  });

  it('separates quotation marks, dashes and brackets from the words they touch', () => {
    const tokens = tokenize('de ‘war games’ (ICC) — “Hij wil tonen”');
    expect(tokens.map((token) => token.text)).toEqual([
      'de', '‘', 'war', 'games', '’', '(', 'ICC', ')', '—', '“', 'Hij', 'wil', 'tonen', '”',
    ]);
    expect(tokens.filter((token) => token.kind === 'punct').map((token) => token.text)).toEqual(['‘', '’', '(', ')', '—', '“', '”']);
  });

  it('tells numbers from words, also with separators, and counts both as running words', () => {
    const tokens = tokenize('op 24 februari 2022, 5,5 procent van 145 miljoen en de G20');
    expect(tokens.filter((token) => token.kind === 'number').map((token) => token.text)).toEqual(['24', '2022', '5,5', '145']);
    expect(wordsOf('de G20 en 2018')).toEqual(['de', 'G20', 'en']);
    expect(runningWordsOf('de G20 en 2018.')).toEqual(['de', 'G20', 'en', '2018']);
  });

  it('gives offsets that cut the original text back out', () => {
    const text = 'Tienduizenden Russische soldaten sneuvelden al in Oekraïne.  “Hij wil tonen…”';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});

describe('tokenize: the rest of real news text', () => {
  it('keeps URLs, dotted abbreviations, times, dates and ellipses whole', () => {
    const tokens = tokenize('Zie https://nos.nl/artikel/2458236-waarom. Hij kwam o.a. om 20:47 op 24-02-2022... Klaar');
    expect(tokens.map((token) => `${token.text}|${token.kind}`)).toEqual([
      'Zie|word', 'https://nos.nl/artikel/2458236-waarom|url', '.|punct', 'Hij|word', 'kwam|word', 'o.a.|word', 'om|word',
      '20:47|number', 'op|word', '24-02-2022|number', '...|punct', 'Klaar|word',
    ]);
  });

  it("reads 's and 't as words, and apostrophe plurals", () => {
    expect(wordsOf("Hij belt 's avonds over twee euro's en 't weer")).toEqual(['Hij', 'belt', "'s", 'avonds', 'over', 'twee', "euro's", 'en', "'t", 'weer']);
  });
});
