import { describe, expect, it } from 'vitest';
import { analyzeText, estimateCefrLevel } from '@/nlp/analyze-text';
import { buildLexicon } from '@/nlp/lexicon';
import { wordsOf } from '@/nlp/tokenize';
import { CEFR_LEVELS } from '@/schemas/article-seed';
import { readArticleSeeds } from '../../../seeds/article-seeds';
import { readLexiconEntries } from '../../../seeds/lexicon-files';

const articles = readArticleSeeds();
const versions = articles.flatMap((article) => article.versions.map((version) => ({ article: article.seed.slug, ...version })));
const lexicon = buildLexicon(readLexiconEntries());
const PLACEHOLDER = /^(todo|tbd|xxx|fixme|\?+|-+|gloss|placeholder|n\/a)$/i;

describe('graded reading content', () => {
  it('offers every article as its original and as rewrites at B1 and A2', () => {
    for (const article of articles) {
      expect(article.versions.map((version) => version.level).sort(), article.seed.slug).toEqual(
        expect.arrayContaining(['A2', 'B1', article.versions.find((version) => version.original)!.level]),
      );
    }
  });

  it.each(versions.map((version) => [`${version.article} ${version.level}`, version] as const))(
    '%s: every block is translated and every word glossed, with no placeholder',
    (_name, version) => {
      for (const block of version.blocks) {
        expect(block.en.trim(), block.nl).not.toBe('');
        expect(block.unannotated, block.nl).toBe(0);
        for (const occurrence of block.occurrences) expect(occurrence.gloss).not.toMatch(PLACEHOLDER);
      }
    },
  );

  it.each(versions.filter((version) => !version.original).map((version) => [`${version.article} ${version.level}`, version] as const))(
    '%s: the rewrite has the length and the level the engine expects of it',
    (_name, version) => {
      const body = version.blocks.filter((block) => block.kind !== 'title');
      const words = body.reduce((sum, block) => sum + wordsOf(block.nl).length, 0);
      const [min, max] = version.level === 'A2' ? [150, 250] : [300, 400];
      expect(words).toBeGreaterThanOrEqual(min * 0.9);
      expect(words).toBeLessThanOrEqual(max * 1.1);
      expect(estimateCefrLevel(body.map((block) => analyzeText(block.nl, lexicon))).level).toBe(version.level);
    },
  );

  it('writes the A2 rewrites mostly with A1-A2 words', () => {
    const shares = versions
      .filter((version) => version.level === 'A2' && !version.original)
      .map((version) => {
        const content = version.blocks
          .filter((block) => block.kind !== 'title')
          .flatMap((block) => block.occurrences)
          .filter((occurrence) => ['NOUN', 'VERB', 'ADJ', 'ADV'].includes(occurrence.pos));
        const easy = content.filter((occurrence) =>
          (lexicon.lemmas.get(occurrence.lemma.toLowerCase()) ?? []).some((entry) => CEFR_LEVELS.indexOf(entry.cefr) <= 1),
        );
        const share = easy.length / content.length;
        console.log(`A2 vocabulary: ${version.article}: ${(share * 100).toFixed(1)}% of ${content.length} content words are A1-A2 lemmas`);
        return share;
      });
    expect(shares.length).toBe(articles.length);
    for (const share of shares) expect(share).toBeGreaterThan(0.6);
  });

  it('never glosses one lemma and sense two different ways', () => {
    // Two gloss strings that differ only in case, punctuation or a leading "to"/"a"/"the" are the same
    // sense written twice: they would become two senses in the lexicon.
    const normalize = (gloss: string) => gloss.toLowerCase().replace(/^(to|a|an|the) /, '').replace(/[^\p{L}\p{N} ]/gu, '').replace(/\s+/g, ' ').trim();
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const version of versions) {
      for (const block of version.blocks) {
        for (const { lemma, pos, gloss } of block.occurrences) {
          const key = `${lemma}|${pos}|${normalize(gloss)}`;
          const earlier = seen.get(key);
          if (earlier !== undefined && earlier !== gloss) clashes.push(`${lemma} (${pos}): "${earlier}" / "${gloss}"`);
          seen.set(key, gloss);
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});
