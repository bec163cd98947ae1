/**
 * Loads the seed articles into the database. Idempotent: an article whose data has not changed is
 * skipped, a changed one is replaced in one transaction. Invalid data stops the load before anything is
 * written, with a message naming the file and the field.
 * Usage: npm run db:seed
 */
import { createHash } from 'node:crypto';
import { databaseUrl } from '../src/env';
import { saveArticle, type ArticleInput } from '../src/server/articles';
import { saveLexicon } from '../src/server/lexicon';
import { db } from '../src/server/db';
import { readArticleSeeds, SeedError, type PreparedArticle } from './article-seeds';
import { LexiconFileError, readLexiconEntries } from './lexicon-files';

export function toArticleInput({ seed, versions, raw, json }: PreparedArticle): ArticleInput {
  const original = versions.find((version) => version.original)!;
  return {
    slug: seed.slug,
    sourceFile: seed.file,
    contentHash: createHash('sha256').update(json).update(raw).digest('hex'),
    title: original.blocks[0]!.nl,
    titleEn: seed.titleEn,
    titleIsEditorial: seed.titleIsEditorial,
    ...(seed.publishedOn && { publishedOn: seed.publishedOn }),
    dateIsEditorial: seed.dateIsEditorial,
    ...(seed.source && { sourceName: seed.source.name }),
    ...(seed.source?.url && { sourceUrl: seed.source.url }),
    ...(seed.source?.section && { section: seed.source.section }),
    versions: versions.map((version) => ({
      level: version.level,
      isOriginal: version.original,
      blocks: version.blocks.map((block) => ({
        kind: block.kind,
        text: block.nl,
        ...(block.en && { translation: block.en }),
        ...(block.credit && { credit: block.credit }),
        ...(block.attribution && { attribution: block.attribution }),
        tokens: block.tokens,
        occurrences: block.occurrences,
      })),
    })),
  };
}

export async function loadSeeds(): Promise<Record<string, string>> {
  // Read and check everything before writing anything.
  const entries = readLexiconEntries();
  const articles = readArticleSeeds();
  const outcome: Record<string, string> = { lexicon: await saveLexicon(entries, 'core') };
  for (const article of articles) {
    outcome[article.seed.slug] = await saveArticle(toArticleInput(article));
  }
  return outcome;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  loadSeeds()
    .then((outcome) => {
      for (const [slug, result] of Object.entries(outcome)) console.log(`seed: ${slug} ${result}`);
      console.log(`seed: lexicon and ${Object.keys(outcome).length - 1} articles in ${databaseUrl()}`);
    })
    .catch((error: unknown) => {
      console.error(error instanceof SeedError || error instanceof LexiconFileError ? `seed data error: ${error.message}` : error);
      process.exitCode = 1;
    })
    .finally(() => db.$disconnect());
}
