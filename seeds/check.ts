/**
 * Checks seed data files and reports how complete they are.
 * Usage: npx tsx seeds/check.ts [seeds/articles/001.json ...]   (all articles when none is named)
 */
import { readFileSync } from 'node:fs';
import { prepareArticleSeed, readArticleSeeds, SeedError, type PreparedArticle } from './article-seeds';

const files = process.argv.slice(2);
let articles: PreparedArticle[];
try {
  articles = files.length
    ? files.map((file) => prepareArticleSeed(file, readFileSync(file, 'utf8')))
    : readArticleSeeds();
} catch (error) {
  if (error instanceof SeedError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
for (const article of articles) {
  for (const version of article.versions) {
    const words = version.blocks.reduce((sum, block) => sum + block.words.length, 0);
    const missing = version.blocks.reduce((sum, block) => sum + block.unannotated, 0);
    const untranslated = version.blocks.filter((block) => !block.en).length;
    console.log(
      `${article.seed.slug} ${version.level}: ${version.blocks.length} blocks (${untranslated} untranslated), ` +
        `${words} words (${missing} unannotated)`,
    );
  }
}
