import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeForm } from '@/nlp/lexicon';
import { LexiconFileSchema } from '@/schemas/lexicon';
import { readArticleSeeds } from '../../../seeds/article-seeds';
import { LEXICON_DIR, readLexiconEntries } from '../../../seeds/lexicon-files';

const entries = readLexiconEntries();

describe('the core lexicon', () => {
  it('holds at least 5,000 valid entries, none listed twice in a file or across files', () => {
    expect(entries.length).toBeGreaterThanOrEqual(5000);
    for (const name of readdirSync(LEXICON_DIR).filter((file) => file.endsWith('.json'))) {
      const file = LexiconFileSchema.parse(JSON.parse(readFileSync(path.join(LEXICON_DIR, name), 'utf8')));
      const keys = file.map((entry) => `${entry.lemma} ${entry.pos}`);
      expect(keys.filter((key, i) => keys.indexOf(key) !== i), name).toEqual([]);
    }
    // A verb may be both separable and not (voorkomen: to occur / to prevent); nothing else twice.
    const keys = entries.map((entry) => `${entry.lemma} ${entry.pos} ${entry.particle ? 'separable' : ''}`);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('gives nouns their gender, verbs their principal parts and separable verbs a base verb', () => {
    const verbs = new Set(entries.filter((entry) => (entry.pos === 'VERB' || entry.pos === 'AUX') && !entry.particle).map((entry) => entry.lemma));
    for (const entry of entries) {
      if (entry.pos === 'NOUN') expect(entry.gender, entry.lemma).toBeDefined();
      if (entry.particle) expect(verbs.has(entry.lemma.slice(entry.particle.length)), entry.lemma).toBe(true);
    }
    expect(entries.filter((entry) => entry.pos === 'EXPR').length).toBeGreaterThan(300);
  });

  it('has every lemma of the seed articles, names aside', () => {
    const known = new Set(entries.map((entry) => `${normalizeForm(entry.lemma)} ${entry.pos}`));
    const missing = new Set<string>();
    for (const article of readArticleSeeds()) {
      for (const block of article.versions.find((version) => version.original)!.blocks) {
        for (const { lemma, pos } of block.occurrences) {
          if (pos !== 'PROPN' && !/\d/.test(lemma) && !known.has(`${normalizeForm(lemma).replace(/[()]/g, '')} ${pos}`)) missing.add(`${lemma} ${pos}`);
        }
      }
    }
    expect([...missing]).toEqual([]);
  });
});
