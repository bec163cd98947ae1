import 'server-only';
import type { AnnotatedOccurrence } from '../nlp/annotation';
import { isRunningWord, type Token } from '../nlp/tokenize';
import type { BlockKind, CefrLevel } from '../schemas/article-seed';
import type { Prisma } from '../generated/prisma/client';
import { db } from './db';

/**
 * The articles a reader may open: the shared ones (the seed articles), and a teacher's own imports, which
 * only that teacher and the learners of their classes see.
 */
export function visibleTo(viewerId: string | null): Prisma.ArticleWhereInput {
  if (!viewerId) return { ownerId: null };
  return { OR: [{ ownerId: null }, { ownerId: viewerId }, { owner: { teaching: { some: { members: { some: { userId: viewerId } } } } } }] };
}

export type OccurrenceOrigin = 'curated' | 'engine' | 'derived';

export interface BlockInput {
  kind: BlockKind;
  text: string;
  translation?: string;
  credit?: string;
  attribution?: string;
  tokens: Token[];
  occurrences: (AnnotatedOccurrence & { origin?: OccurrenceOrigin })[];
}

export interface ArticleInput {
  slug: string;
  /** The teacher who imported it (only they may edit it). */
  ownerId?: string;
  sourceFile?: string;
  contentHash: string;
  title: string;
  titleEn: string;
  titleIsEditorial: boolean;
  publishedOn?: string;
  dateIsEditorial: boolean;
  sourceName?: string;
  sourceUrl?: string;
  section?: string;
  versions: { level: CefrLevel; isOriginal: boolean; blocks: BlockInput[] }[];
}

/** Running words a reader reads: words and numbers, outside the title. */
export function countWords(blocks: Pick<BlockInput, 'kind' | 'tokens'>[]): number {
  return blocks
    .filter((block) => block.kind !== 'title')
    .reduce((sum, block) => sum + block.tokens.filter(isRunningWord).length, 0);
}

/**
 * Stores an article with its versions, blocks, tokens and glossed occurrences in one transaction,
 * replacing an earlier copy with the same slug. Unchanged content (same hash) is left alone.
 */
export async function saveArticle(input: ArticleInput): Promise<'created' | 'updated' | 'unchanged'> {
  const existing = await db.article.findUnique({ where: { slug: input.slug }, select: { id: true, contentHash: true } });
  if (existing?.contentHash === input.contentHash) return 'unchanged';

  await db.$transaction(
    async (tx) => {
      // An article stored before keeps its row (and so its teachers' overrides); its text is replaced.
      if (existing) await tx.articleVersion.deleteMany({ where: { articleId: existing.id } });
      const senseIds = new Map<string, number>();
      const senseFor = async (occurrence: AnnotatedOccurrence): Promise<number> => {
        const key = `${occurrence.lemma}\u0000${occurrence.pos}\u0000${occurrence.gloss}`;
        const known = senseIds.get(key);
        if (known !== undefined) return known;
        const lexeme = await tx.lexeme.upsert({
          where: { lemma_pos: { lemma: occurrence.lemma, pos: occurrence.pos } },
          create: { lemma: occurrence.lemma, pos: occurrence.pos, gender: occurrence.gender ?? null },
          update: {},
        });
        if (occurrence.gender && !lexeme.gender) {
          await tx.lexeme.update({ where: { id: lexeme.id }, data: { gender: occurrence.gender } });
        }
        const sense = await tx.sense.upsert({
          where: { lexemeId_gloss: { lexemeId: lexeme.id, gloss: occurrence.gloss } },
          create: { lexemeId: lexeme.id, gloss: occurrence.gloss },
          update: {},
        });
        senseIds.set(key, sense.id);
        return sense.id;
      };

      const { versions, ...metadata } = input;
      const article = existing
        ? await tx.article.update({ where: { id: existing.id }, data: metadata })
        : await tx.article.create({ data: metadata });
      for (const version of versions) {
        const { id: versionId } = await tx.articleVersion.create({
          data: {
            articleId: article.id,
            level: version.level,
            isOriginal: version.isOriginal,
            wordCount: countWords(version.blocks),
          },
        });
        for (const [position, block] of version.blocks.entries()) {
          const { id: blockId } = await tx.block.create({
            data: {
              versionId,
              position,
              kind: block.kind,
              text: block.text,
              translation: block.translation || null,
              credit: block.credit ?? null,
              attribution: block.attribution ?? null,
            },
          });
          const occurrenceOfToken = new Map<number, number>();
          for (const occurrence of block.occurrences) {
            const { id } = await tx.occurrence.create({
              data: { blockId, senseId: await senseFor(occurrence), form: occurrence.form ?? null, origin: occurrence.origin ?? 'curated' },
            });
            for (const tokenIndex of occurrence.tokenIndexes) occurrenceOfToken.set(tokenIndex, id);
          }
          await tx.token.createMany({
            data: block.tokens.map((token, tokenIndex) => ({
              blockId,
              position: tokenIndex,
              text: token.text,
              kind: token.kind,
              start: token.start,
              end: token.end,
              occurrenceId: occurrenceOfToken.get(tokenIndex) ?? null,
            })),
          });
        }
      }
    },
    { timeout: 120_000 },
  );
  return existing ? 'updated' : 'created';
}

/** A slug for a new article: its title in lower-case words, numbered when taken. */
export async function freeSlug(title: string): Promise<string> {
  const base =
    title
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60)
      .replace(/-$/, '') || 'artikel';
  const taken = new Set((await db.article.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

const READING_WORDS_PER_MINUTE = 100; // a learner's pace, well below a native reader's 200-250

export interface LibraryArticle {
  slug: string;
  title: string;
  titleEn: string;
  titleIsEditorial: boolean;
  publishedOn: string | null;
  dateIsEditorial: boolean;
  sourceName: string | null;
  level: string;
  levels: string[];
  wordCount: number;
  readingMinutes: number;
}

type ArticleRow = Pick<LibraryArticle, 'slug' | 'title' | 'titleEn' | 'titleIsEditorial' | 'publishedOn' | 'dateIsEditorial' | 'sourceName'>;

/** The fields of an article that the library and the reader both show. */
function summary(article: ArticleRow): ArticleRow {
  const { slug, title, titleEn, titleIsEditorial, publishedOn, dateIsEditorial, sourceName } = article;
  return { slug, title, titleEn, titleIsEditorial, publishedOn, dateIsEditorial, sourceName };
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / READING_WORDS_PER_MINUTE));
}

/** The library: every article with its original's level, length and the levels it can be read at. */
export async function listArticles(viewerId: string | null): Promise<LibraryArticle[]> {
  const articles = await db.article.findMany({
    where: visibleTo(viewerId),
    orderBy: [{ publishedOn: 'desc' }, { slug: 'asc' }],
    include: { versions: { select: { level: true, isOriginal: true, wordCount: true }, orderBy: { level: 'asc' } } },
  });
  return articles.flatMap(({ versions, ...article }) => {
    const original = versions.find((version) => version.isOriginal) ?? versions[0];
    if (!original) return [];
    return [
      {
        ...summary(article),
        level: original.level,
        levels: versions.map((version) => version.level),
        wordCount: original.wordCount,
        readingMinutes: readingMinutes(original.wordCount),
      },
    ];
  });
}

/** What a tooltip shows for one glossed unit. */
export interface ReaderGloss {
  /** The lexeme (lemma + part of speech) a learner's status and saved words belong to. */
  lexemeId: number;
  /** The words as they stand in the text; parts apart are joined with "…". */
  text: string;
  lemma: string;
  pos: string;
  gender: string | null;
  gloss: string;
  form: string | null;
  /** How many words the unit has: more than one for a separable verb or an expression. */
  parts: number;
}

/** A run of the block's text: a word (glossed when `o` is set) or the text between words. */
export interface ReaderSegment {
  text: string;
  word?: true;
  o?: number;
}

export interface ReaderBlock {
  id: string;
  kind: BlockKind;
  translation: string | null;
  credit: string | null;
  attribution: string | null;
  segments: ReaderSegment[];
}

export interface ReaderArticle extends Omit<LibraryArticle, 'levels'> {
  versionId: string;
  sourceUrl: string | null;
  section: string | null;
  versions: { level: string; isOriginal: boolean }[];
  title: string;
  titleBlock: ReaderBlock | null;
  blocks: ReaderBlock[];
  glosses: Record<number, ReaderGloss>;
}

/** An article version ready for the reader: blocks cut into words, with the data of every tooltip. */
export async function getArticleForReading(slug: string, level?: string, viewerId: string | null = null): Promise<ReaderArticle | null> {
  const article = await db.article.findFirst({
    where: { slug, ...visibleTo(viewerId) },
    include: { versions: { select: { id: true, level: true, isOriginal: true, wordCount: true }, orderBy: { level: 'asc' } } },
  });
  if (!article) return null;
  const version =
    article.versions.find((candidate) => candidate.level === level) ??
    (level ? undefined : article.versions.find((candidate) => candidate.isOriginal));
  if (!version) return null;

  const blocks = await db.block.findMany({
    where: { versionId: version.id },
    orderBy: { position: 'asc' },
    include: {
      tokens: { orderBy: { position: 'asc' }, select: { text: true, kind: true, start: true, end: true, occurrenceId: true } },
      occurrences: {
        select: { id: true, form: true, sense: { select: { gloss: true, lexeme: { select: { id: true, lemma: true, pos: true, gender: true } } } } },
      },
    },
  });

  const glosses: Record<number, ReaderGloss> = {};
  const readerBlocks = blocks.map((block): ReaderBlock => {
    const segments: ReaderSegment[] = [];
    let cursor = 0;
    const pushText = (text: string) => {
      if (!text) return;
      const last = segments.at(-1);
      if (last && !last.word) last.text += text;
      else segments.push({ text });
    };
    for (const token of block.tokens) {
      pushText(block.text.slice(cursor, token.start));
      if (token.kind === 'word') {
        segments.push(token.occurrenceId === null ? { text: token.text, word: true } : { text: token.text, word: true, o: token.occurrenceId });
      } else {
        pushText(token.text);
      }
      cursor = token.end;
    }
    pushText(block.text.slice(cursor));

    for (const occurrence of block.occurrences) {
      const parts = block.tokens.filter((token) => token.occurrenceId === occurrence.id);
      const text = parts
        .map((token, i) => {
          if (i === 0) return token.text;
          const between = block.text.slice(parts[i - 1]!.end, token.start);
          return (between.trim() ? ' … ' : between) + token.text;
        })
        .join('');
      glosses[occurrence.id] = {
        lexemeId: occurrence.sense.lexeme.id,
        text,
        lemma: occurrence.sense.lexeme.lemma,
        pos: occurrence.sense.lexeme.pos,
        gender: occurrence.sense.lexeme.gender,
        gloss: occurrence.sense.gloss,
        form: occurrence.form,
        parts: parts.length,
      };
    }
    return {
      id: block.id,
      kind: block.kind as BlockKind,
      translation: block.translation,
      credit: block.credit,
      attribution: block.attribution,
      segments,
    };
  });

  const titleBlock = readerBlocks[0]?.kind === 'title' ? readerBlocks[0] : null;
  return {
    ...summary(article),
    versionId: version.id,
    sourceUrl: article.sourceUrl,
    section: article.section,
    level: version.level,
    wordCount: version.wordCount,
    readingMinutes: readingMinutes(version.wordCount),
    versions: article.versions.map(({ level: versionLevel, isOriginal }) => ({ level: versionLevel, isOriginal })),
    titleBlock,
    blocks: titleBlock ? readerBlocks.slice(1) : readerBlocks,
    glosses,
  };
}
