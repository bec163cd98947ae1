import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { annotateBlock, AnnotationError, type AnnotatedBlock } from '../src/nlp/annotation';
import { parseRawArticle } from '../src/nlp/parse-raw-article';
import { SeedArticleSchema, type SeedArticle, type SeedBlock } from '../src/schemas/article-seed';

export const SEEDS_DIR = path.dirname(new URL(import.meta.url).pathname);
export const ARTICLES_DIR = path.join(SEEDS_DIR, 'articles');
export const RAW_DIR = path.join(SEEDS_DIR, 'raw');

/** Bad seed data, with the file and the field it is in. */
export class SeedError extends Error {}

export interface PreparedBlock extends SeedBlock, AnnotatedBlock {}
export interface PreparedArticle {
  seed: SeedArticle;
  dataFile: string;
  json: string;
  raw: string;
  versions: { level: SeedArticle['versions'][number]['level']; original: boolean; blocks: PreparedBlock[] }[];
}

function fieldPath(segments: readonly PropertyKey[]): string {
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i ? '.' : ''}${String(s)}`)).join('');
}

/** The original version's blocks must be the raw file's blocks, word for word. */
function checkAgainstRaw(seed: SeedArticle, raw: string, where: string): void {
  const parsed = parseRawArticle(raw);
  const original = seed.versions.findIndex((version) => version.original);
  if (original < 0) throw new SeedError(`${where}: versions: no version is marked original`);
  const [title, ...body] = seed.versions[original]!.blocks;
  const at = `${where}: versions[${original}].blocks`;
  if (title?.kind !== 'title') throw new SeedError(`${at}[0].kind: the first block must be the title`);
  if (!seed.titleIsEditorial && title.nl !== parsed.title) {
    throw new SeedError(`${at}[0].nl: "${title.nl}" is not the title in ${seed.file} ("${parsed.title ?? 'none'}")`);
  }
  if (seed.titleIsEditorial && parsed.title) {
    throw new SeedError(`${where}: titleIsEditorial: ${seed.file} has a title of its own`);
  }
  if (body.length !== parsed.blocks.length) {
    throw new SeedError(`${at}: ${body.length} blocks after the title, but ${seed.file} has ${parsed.blocks.length}`);
  }
  parsed.blocks.forEach((expected, i) => {
    const actual = body[i]!;
    for (const field of ['kind', 'nl', 'credit', 'attribution'] as const) {
      const want = field === 'nl' ? expected.text : expected[field];
      if (actual[field] !== want) {
        throw new SeedError(`${at}[${i + 1}].${field}: "${actual[field] ?? ''}" differs from ${seed.file} ("${want ?? ''}")`);
      }
    }
  });
}

export function prepareArticleSeed(dataFile: string, json: string, rawDir = RAW_DIR): PreparedArticle {
  const where = path.relative(process.cwd(), dataFile) || dataFile;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new SeedError(`${where}: not valid JSON (${(error as Error).message})`);
  }
  const result = SeedArticleSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new SeedError(`${where}: ${fieldPath(issue.path)}: ${issue.message}`);
  }
  const seed = result.data;
  let raw: string;
  try {
    raw = readFileSync(path.join(rawDir, seed.file), 'utf8');
  } catch {
    throw new SeedError(`${where}: file: ${seed.file} is not in ${path.relative(process.cwd(), rawDir)}`);
  }
  checkAgainstRaw(seed, raw, where);
  const versions = seed.versions.map((version, v) => ({
    level: version.level,
    original: version.original,
    blocks: version.blocks.map((block, b) => {
      try {
        return { ...block, ...annotateBlock(block) };
      } catch (error) {
        if (error instanceof AnnotationError) {
          throw new SeedError(`${where}: versions[${v}].blocks[${b}].${error.message}`);
        }
        throw error;
      }
    }),
  }));
  const levels = new Set(versions.map((version) => version.level));
  if (levels.size !== versions.length) throw new SeedError(`${where}: versions: two versions share a level`);
  return { seed, dataFile, json, raw, versions };
}

export function readArticleSeeds(dir = ARTICLES_DIR, rawDir = RAW_DIR): PreparedArticle[] {
  const articles = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => prepareArticleSeed(path.join(dir, name), readFileSync(path.join(dir, name), 'utf8'), rawDir));
  const slugs = new Set<string>();
  for (const article of articles) {
    if (slugs.has(article.seed.slug)) throw new SeedError(`${article.dataFile}: slug: "${article.seed.slug}" is used twice`);
    slugs.add(article.seed.slug);
  }
  return articles;
}

