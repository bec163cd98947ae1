import { beforeAll, describe, expect, it } from 'vitest';
import { decodeDictdNumber, dictdToLexicon, parseDictd } from '@/nlp/dictd';
import { getLexicon, saveLexicon } from '@/server/lexicon';
import { loadSeeds } from '../../../seeds/load';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const encode = (value: number) => {
  let text = '';
  do {
    text = BASE64[value % 64] + text;
    value = Math.floor(value / 64);
  } while (value > 0);
  return text;
};

/** A small dictionary in FreeDict's dictd layout, written here. */
function dictionary(bodies: Record<string, string>) {
  let dict = '';
  const index: string[] = [];
  for (const [headword, body] of Object.entries(bodies)) {
    const start = Buffer.byteLength(dict);
    dict += body;
    index.push(`${headword}\t${encode(start)}\t${encode(Buffer.byteLength(body))}`);
  }
  return { index: index.join('\n'), dict: Buffer.from(dict) };
}

const SAMPLE = dictionary({
  'ĳsbeer': 'ĳsbeer /ˈɛizber/\npolar bear\n',
  huis: 'huis /həʏs/\n1. house\n2. family\n',
  'huis‐': 'huis‐ /hˈœys/\ndomesticated, house‐\n',
  Amsterdam: 'Amsterdam\nAmsterdam\n',
  kwispelen: 'kwispelen /ˈkʋɪspələn/\n1. wag\n2. wag its tail\n',
});

describe('FreeDict import', () => {
  it('decodes dictd offsets', () => {
    expect(decodeDictdNumber('A')).toBe(0);
    expect(decodeDictdNumber('BmL6')).toBe(((1 * 64 + 38) * 64 + 11) * 64 + 58);
  });

  it('reads headwords and numbered senses, writes ĳ as ij, and leaves out affixes and names', () => {
    const entries = dictdToLexicon(parseDictd(SAMPLE.index, SAMPLE.dict));
    expect(entries).toEqual([
      { lemma: 'ijsbeer', pos: 'X', cefr: 'C2', senses: ['polar bear'] },
      { lemma: 'huis', pos: 'X', cefr: 'C2', senses: ['house', 'family'] },
      { lemma: 'kwispelen', pos: 'X', cefr: 'C2', senses: ['wag', 'wag its tail'] },
    ]);
  });

  describe('in the database', () => {
    beforeAll(async () => {
      await loadSeeds();
      await saveLexicon(dictdToLexicon(parseDictd(SAMPLE.index, SAMPLE.dict)), 'freedict');
    });

    it('glosses words the core lexicon lacks, and never changes how a known word is read', async () => {
      const lexicon = await getLexicon();
      expect(lexicon.forms.get('kwispelen')?.[0]).toMatchObject({ lemma: 'kwispelen', pos: 'X' });
      expect(lexicon.forms.get('kwispelen')?.[0]?.entry.senses[0]).toBe('wag');
      const huis = lexicon.forms.get('huis')!;
      expect(huis[0]).toMatchObject({ pos: 'NOUN', lemma: 'huis' });
      expect(huis.some((reading) => reading.pos === 'X')).toBe(false);
    });
  });
});
