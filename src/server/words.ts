import 'server-only';
import { coverageOf, suggestVersion, type Knowledge } from '../nlp/coverage';
import { sentenceSpans } from '../nlp/sentences';
import type { WordStatusValue } from '../schemas/study';
import { visibleTo } from './articles';
import { db } from './db';
import { newSchedule } from '../quiz/schedule';

import { NotFoundError } from './errors';

type Stored = { status: string; level: number | null };

function toValue(row: Stored | undefined): WordStatusValue {
  if (!row) return 'new';
  if (row.status === 'learning') return String(Math.min(4, Math.max(1, row.level ?? 1))) as WordStatusValue;
  return row.status === 'known' ? 'known' : 'ignored';
}

function toRow(value: WordStatusValue): Stored | null {
  if (value === 'new') return null;
  if (value === 'known' || value === 'ignored') return { status: value, level: null };
  return { status: 'learning', level: Number(value) };
}

function knowledgeOf(value: WordStatusValue): Knowledge {
  return value === 'known' ? 'known' : value === 'ignored' ? 'ignored' : 'new';
}

/** The learner's status of each of these lexemes (every lexeme of a page, typically); new ones are left out. */
export async function statusesFor(userId: string, lexemeIds?: readonly number[]): Promise<Record<number, WordStatusValue>> {
  const rows = await db.wordStatus.findMany({
    where: { userId, ...(lexemeIds ? { lexemeId: { in: [...lexemeIds] } } : {}) },
    select: { lexemeId: true, status: true, level: true },
  });
  return Object.fromEntries(rows.map((row) => [row.lexemeId, toValue(row)]));
}

/** Sets a word's status for one learner (every form of the lemma shares it) and logs the change. */
export async function setWordStatus(userId: string, lexemeId: number, value: WordStatusValue): Promise<WordStatusValue> {
  const lexeme = await db.lexeme.findUnique({ where: { id: lexemeId }, select: { id: true } });
  if (!lexeme) throw new NotFoundError('No such word');
  const row = toRow(value);
  await db.$transaction([
    row
      ? db.wordStatus.upsert({ where: { userId_lexemeId: { userId, lexemeId } }, create: { userId, lexemeId, ...row }, update: row })
      : db.wordStatus.deleteMany({ where: { userId, lexemeId } }),
    db.statusChange.create({ data: { userId, lexemeId, status: row?.status ?? 'new' } }),
  ]);
  return value;
}

/** The lexemes a version's running words belong to, names marked; cached by version id (a re-import makes new ids). */
const versionWords = new Map<string, { key: number | null; proper: boolean }[]>();
async function wordsOfVersion(versionId: string): Promise<{ key: number | null; proper: boolean }[]> {
  const cached = versionWords.get(versionId);
  if (cached) return cached;
  const tokens = await db.token.findMany({
    where: { block: { versionId, kind: { not: 'title' } }, kind: { in: ['word', 'number'] } },
    select: { kind: true, occurrence: { select: { sense: { select: { lexeme: { select: { id: true, pos: true } } } } } } },
  });
  const words = tokens.map((token) => {
    const lexeme = token.occurrence?.sense.lexeme;
    // A number is read without a dictionary: it counts as known (key -1).
    if (token.kind === 'number') return { key: -1, proper: false };
    return { key: lexeme?.id ?? null, proper: lexeme?.pos === 'PROPN' };
  });
  versionWords.set(versionId, words);
  return words;
}

/** Marks every word of the version the learner has not given a status as known; returns how many lemmas. */
export async function markRestKnown(userId: string, versionId: string): Promise<number> {
  const version = await db.articleVersion.findFirst({ where: { id: versionId, article: visibleTo(userId) }, select: { id: true } });
  if (!version) throw new NotFoundError('No such article version');
  const words = await wordsOfVersion(versionId);
  const statuses = await statusesFor(userId);
  const lexemeIds = [...new Set(words.filter((word) => !word.proper && word.key !== null && word.key > 0).map((word) => word.key!))].filter(
    (id) => statuses[id] === undefined,
  );
  await db.$transaction([
    db.wordStatus.createMany({ data: lexemeIds.map((lexemeId) => ({ userId, lexemeId, status: 'known' })) }),
    db.statusChange.createMany({ data: lexemeIds.map((lexemeId) => ({ userId, lexemeId, status: 'known' })) }),
  ]);
  return lexemeIds.length;
}

export interface VersionCoverage {
  level: string;
  coverage: number;
}

export interface ArticleCoverage {
  versions: VersionCoverage[];
  /** The level whose coverage is closest to 95%. */
  suggested: string | null;
}

/** For each article (by slug), the learner's coverage of each version and the version suggested to read. */
export async function libraryCoverage(userId: string): Promise<Record<string, ArticleCoverage>> {
  const [articles, statuses] = await Promise.all([
    db.article.findMany({ where: visibleTo(userId), select: { slug: true, versions: { select: { id: true, level: true }, orderBy: { level: 'asc' } } } }),
    statusesFor(userId),
  ]);
  const knowledge = (key: number): Knowledge => (key === -1 ? 'known' : knowledgeOf(statuses[key] ?? 'new'));
  const result: Record<string, ArticleCoverage> = {};
  for (const article of articles) {
    const versions: VersionCoverage[] = [];
    for (const version of article.versions) {
      versions.push({ level: version.level, coverage: coverageOf(await wordsOfVersion(version.id), knowledge) });
    }
    result[article.slug] = { versions, suggested: suggestVersion(versions)?.level ?? null };
  }
  return result;
}

/** The sentence of a block that contains the token at `start`. */
function sentenceAt(text: string, tokens: readonly { text: string; kind: string; start: number; end: number }[], start: number): string {
  const sentence = sentenceSpans(text, tokens).find((span) => span.tokens[0]!.start <= start && start < span.tokens.at(-1)!.end);
  return sentence?.text ?? text;
}

export interface SavedWordView {
  lexemeId: number;
  lemma: string;
  pos: string;
  gender: string | null;
  gloss: string;
  form: string;
  sentence: string;
  slug: string | null;
  level: string | null;
  createdAt: Date;
}

/**
 * Saves the word of an occurrence the learner met while reading, with its sense and sentence; a new word
 * becomes "learning 1" and gets a review schedule due now.
 */
export async function saveWord(userId: string, occurrenceId: number): Promise<SavedWordView> {
  const occurrence = await db.occurrence.findFirst({
    where: { id: occurrenceId, block: { version: { article: visibleTo(userId) } } },
    select: {
      senseId: true,
      sense: { select: { gloss: true, lexeme: { select: { id: true, lemma: true, pos: true, gender: true } } } },
      tokens: { select: { text: true, start: true }, orderBy: { position: 'asc' } },
      block: {
        select: {
          text: true,
          tokens: { select: { text: true, kind: true, start: true, end: true }, orderBy: { position: 'asc' } },
          version: { select: { level: true, article: { select: { slug: true } } } },
        },
      },
    },
  });
  if (!occurrence || occurrence.tokens.length === 0) throw new NotFoundError('No such word in any article');
  const { lexeme } = occurrence.sense;
  const form = occurrence.tokens.map((token) => token.text).join(' ');
  const sentence = sentenceAt(occurrence.block.text, occurrence.block.tokens, occurrence.tokens[0]!.start);
  const data = {
    senseId: occurrence.senseId,
    form,
    sentence,
    slug: occurrence.block.version.article.slug,
    level: occurrence.block.version.level,
  };
  const now = new Date();
  const saved = await db.$transaction(async (tx) => {
    const row = await tx.savedWord.upsert({
      where: { userId_lexemeId: { userId, lexemeId: lexeme.id } },
      create: { userId, lexemeId: lexeme.id, ...data },
      update: data,
    });
    const status = await tx.wordStatus.findUnique({ where: { userId_lexemeId: { userId, lexemeId: lexeme.id } } });
    if (!status) {
      await tx.wordStatus.create({ data: { userId, lexemeId: lexeme.id, status: 'learning', level: 1 } });
      await tx.statusChange.create({ data: { userId, lexemeId: lexeme.id, status: 'learning' } });
    }
    const schedule = newSchedule(now);
    await tx.reviewCard.upsert({
      where: { userId_lexemeId: { userId, lexemeId: lexeme.id } },
      create: { userId, lexemeId: lexeme.id, ...schedule },
      update: {},
    });
    return row;
  });
  return { lexemeId: lexeme.id, lemma: lexeme.lemma, pos: lexeme.pos, gender: lexeme.gender, gloss: occurrence.sense.gloss, ...data, createdAt: saved.createdAt };
}

export async function unsaveWord(userId: string, lexemeId: number): Promise<void> {
  await db.savedWord.deleteMany({ where: { userId, lexemeId } });
}

/** The learner's saved words, newest first. */
export async function savedWords(userId: string): Promise<SavedWordView[]> {
  const rows = await db.savedWord.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    select: {
      form: true,
      sentence: true,
      slug: true,
      level: true,
      createdAt: true,
      sense: { select: { gloss: true } },
      lexeme: { select: { id: true, lemma: true, pos: true, gender: true } },
    },
  });
  return rows.map(({ sense, lexeme, ...row }) => ({
    lexemeId: lexeme.id,
    lemma: lexeme.lemma,
    pos: lexeme.pos,
    gender: lexeme.gender,
    gloss: sense.gloss,
    ...row,
  }));
}
