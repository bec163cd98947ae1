/**
 * What the database holds for each article version: its level, blocks and how many are translated,
 * word tokens and how many are annotated, and the engine's CEFR estimate.
 * Usage: npm run content:report
 */
import { estimateArticleLevel } from '../src/nlp/analyze-text';
import { db } from '../src/server/db';
import { getLexicon } from '../src/server/lexicon';

async function main() {
  const lexicon = await getLexicon();
  const versions = await db.articleVersion.findMany({
    orderBy: [{ article: { slug: 'asc' } }, { level: 'asc' }],
    include: {
      article: { select: { slug: true } },
      blocks: { include: { tokens: { where: { kind: 'word' }, select: { occurrenceId: true } } } },
    },
  });
  let blocks = 0;
  let translated = 0;
  let tokens = 0;
  let annotated = 0;
  for (const version of versions) {
    const versionBlocks = version.blocks.length;
    const versionTranslated = version.blocks.filter((block) => block.translation?.trim()).length;
    const words = version.blocks.flatMap((block) => block.tokens);
    const glossed = words.filter((token) => token.occurrenceId !== null).length;
    const estimate = estimateArticleLevel(version.blocks, lexicon);
    console.log(
      `${version.article.slug} ${version.level}${version.isOriginal ? ' (original)' : ''}: ${versionBlocks} blocks, ${versionTranslated} translated, ` +
        `${words.length} tokens, ${glossed} annotated, engine estimate ${estimate.level}`,
    );
    blocks += versionBlocks;
    translated += versionTranslated;
    tokens += words.length;
    annotated += glossed;
  }
  const percent = (part: number, whole: number) => `${whole ? ((100 * part) / whole).toFixed(1) : '0.0'}%`;
  console.log(`content: ${versions.length} versions, ${percent(translated, blocks)} blocks translated, ${percent(annotated, tokens)} tokens annotated`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
