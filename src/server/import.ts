import 'server-only';
import { createHash } from 'node:crypto';
import { analyzeText, estimateArticleLevel, estimateCefrLevel, type AnalyzedText, type CefrEstimate, type GlossedUnit } from '../nlp/analyze-text';
import { detectDutch } from '../nlp/detect-language';
import { plainTextBlocks } from '../nlp/plain-text-blocks';
import { wordsOf } from '../nlp/tokenize';
import type { BlockKind } from '../schemas/article-seed';
import { MAX_IMPORT_WORDS, type ImportErrorCode, type ImportForm } from '../schemas/import';
import { freeSlug, saveArticle, type BlockInput, type OccurrenceOrigin } from './articles';
import { db } from './db';
import { getLexicon } from './lexicon';
import { TranslationError, type TranslationProvider } from './translation/providers';

/** Input that cannot become an article; nothing was stored. */
export class ImportError extends Error {
  constructor(readonly code: ImportErrorCode) {
    super(code);
  }
}

interface Override {
  blockPosition: number;
  tokenPosition: number | null;
  field: string;
  value: string;
}

/** The text is readable text and not something else: no NUL bytes, control characters or undecodable bytes. */
export function looksLikeText(text: string): boolean {
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  return controls === 0;
}

export function checkImportText(text: string): void {
  if (!text.trim()) throw new ImportError('textMissing');
  if (!looksLikeText(text)) throw new ImportError('notText');
  if (wordsOf(text).length > MAX_IMPORT_WORDS) throw new ImportError('textTooLong');
  if (!detectDutch(text).dutch) throw new ImportError('notDutch');
}

function toOccurrences(units: GlossedUnit[], overrides: Override[], position: number, analyzed: AnalyzedText): BlockInput['occurrences'] {
  const byToken = new Map<number, { lemma?: string; gloss?: string }>();
  for (const override of overrides) {
    if (override.blockPosition !== position || override.tokenPosition === null) continue;
    byToken.set(override.tokenPosition, { ...byToken.get(override.tokenPosition), [override.field]: override.value });
  }
  const occurrences: BlockInput['occurrences'] = [];
  const covered = new Set<number>();
  for (const unit of units) {
    unit.tokenIndexes.forEach((index) => covered.add(index));
    const edit = unit.tokenIndexes.map((index) => byToken.get(index)).find(Boolean);
    const gloss = edit?.gloss ?? unit.gloss;
    if (!gloss) continue;
    const origin: OccurrenceOrigin = edit ? 'curated' : unit.derived ? 'derived' : 'engine';
    occurrences.push({
      lemma: edit?.lemma ?? unit.lemma,
      pos: unit.pos,
      gloss,
      tokenIndexes: unit.tokenIndexes,
      origin,
      ...(unit.gender && { gender: unit.gender }),
      ...(unit.form && { form: unit.form }),
    });
  }
  // A word the engine could not read, glossed by the teacher.
  for (const [index, edit] of byToken) {
    if (covered.has(index) || !edit.gloss || analyzed.tokens[index]?.kind !== 'word') continue;
    occurrences.push({ lemma: edit.lemma ?? analyzed.tokens[index]!.text, pos: 'X', gloss: edit.gloss, tokenIndexes: [index], origin: 'curated' });
  }
  return occurrences;
}

interface Draft {
  slug: string;
  title: string;
  source?: string;
  date?: string;
  blocks: { kind: BlockKind; text: string; translation?: string }[];
  ownerId?: string;
}

async function store(draft: Draft, overrides: Override[]): Promise<void> {
  const lexicon = await getLexicon();
  const analyzed = draft.blocks.map((block) => analyzeText(block.text, lexicon));
  const estimate = estimateCefrLevel(analyzed.slice(1));
  const blocks: BlockInput[] = draft.blocks.map((block, position) => {
    const translation = overrides.find((override) => override.blockPosition === position && override.field === 'translation')?.value ?? block.translation;
    return {
      kind: block.kind,
      text: block.text,
      ...(translation && { translation }),
      tokens: analyzed[position]!.tokens,
      occurrences: toOccurrences(analyzed[position]!.units, overrides, position, analyzed[position]!),
    };
  });
  await saveArticle({
    slug: draft.slug,
    contentHash: createHash('sha256').update(JSON.stringify({ draft, overrides, at: Date.now() })).digest('hex'),
    title: draft.title,
    ...(draft.ownerId && { ownerId: draft.ownerId }),
    titleEn: blocks[0]!.translation ?? draft.title,
    titleIsEditorial: false,
    dateIsEditorial: false,
    ...(draft.date && { publishedOn: draft.date }),
    ...(draft.source && { sourceName: draft.source }),
    versions: [{ level: estimate.level, isOriginal: true, blocks }],
  });
}

/**
 * Builds an article from a teacher's text: blocks, tokens, glossed occurrences and CEFR estimate, and
 * translations when a provider is configured, stored in one transaction. Bad input stores nothing.
 */
export async function importArticle(
  form: ImportForm,
  translator: TranslationProvider | null,
  ownerId?: string,
): Promise<{ slug: string; translationError?: string }> {
  checkImportText(form.text);
  const blocks: Draft['blocks'] = [{ kind: 'title', text: form.title }, ...plainTextBlocks(form.text)];
  let translationError: string | undefined;
  if (translator) {
    try {
      const translations = await translator.translate(blocks.map((block) => block.text));
      blocks.forEach((block, i) => (block.translation = translations[i]));
    } catch (error) {
      if (!(error instanceof TranslationError)) throw error;
      translationError = error.message;
    }
  }
  const slug = await freeSlug(form.title);
  await store({ slug, title: form.title, blocks, ownerId, ...(form.source && { source: form.source }), ...(form.date && { date: form.date }) }, []);
  return translationError ? { slug, translationError } : { slug };
}

/** Runs the pipeline over an imported article again, with the current lexicon and every teacher override. */
export async function reanalyseArticle(slug: string): Promise<void> {
  const article = await db.article.findUnique({
    where: { slug },
    include: {
      overrides: true,
      versions: { where: { isOriginal: true }, include: { blocks: { orderBy: { position: 'asc' } } } },
    },
  });
  const version = article?.versions[0];
  if (!article || !version || article.sourceFile) throw new Error(`no imported article ${slug}`);
  await store(
    {
      slug,
      title: article.title,
      ...(article.sourceName && { source: article.sourceName }),
      ...(article.publishedOn && { date: article.publishedOn }),
      blocks: version.blocks.map((block) => ({ kind: block.kind as BlockKind, text: block.text, ...(block.translation && { translation: block.translation }) })),
    },
    article.overrides,
  );
}

/** Stores a teacher's corrections of lemmas, glosses or translations and applies them by re-running the pipeline. */
export async function saveOverrides(slug: string, overrides: readonly Override[]): Promise<void> {
  const article = await db.article.findUnique({ where: { slug }, select: { id: true, sourceFile: true } });
  if (!article || article.sourceFile) throw new Error(`no imported article ${slug}`);
  for (const override of overrides) {
    const key = { articleId: article.id, blockPosition: override.blockPosition, tokenPosition: override.tokenPosition, field: override.field };
    // SQLite treats NULLs in a unique index as distinct, so a translation's row is found by a query.
    const existing = await db.override.findFirst({ where: key });
    if (existing) await db.override.update({ where: { id: existing.id }, data: { value: override.value } });
    else await db.override.create({ data: { ...key, value: override.value } });
  }
  await reanalyseArticle(slug);
}

export interface EditorWord {
  tokenPosition: number;
  text: string;
  lemma: string | null;
  gloss: string | null;
  origin: string | null;
}

export interface EditorBlock {
  position: number;
  kind: string;
  text: string;
  translation: string | null;
  words: EditorWord[];
}

/** An imported article as its editor shows it: every word with its lemma, gloss and where the gloss came from. */
export async function getArticleForEditing(
  slug: string,
): Promise<{ slug: string; title: string; level: string; estimate: CefrEstimate; blocks: EditorBlock[] } | null> {
  const article = await db.article.findUnique({
    where: { slug },
    include: {
      versions: {
        where: { isOriginal: true },
        include: {
          blocks: {
            orderBy: { position: 'asc' },
            include: {
              tokens: {
                where: { kind: 'word' },
                orderBy: { position: 'asc' },
                include: { occurrence: { select: { origin: true, sense: { select: { gloss: true, lexeme: { select: { lemma: true } } } } } } },
              },
            },
          },
        },
      },
    },
  });
  const version = article?.versions[0];
  if (!article || !version || article.sourceFile) return null;
  const lexicon = await getLexicon();
  return {
    slug,
    title: article.title,
    level: version.level,
    estimate: estimateArticleLevel(version.blocks, lexicon),
    blocks: version.blocks.map((block) => ({
      position: block.position,
      kind: block.kind,
      text: block.text,
      translation: block.translation,
      words: block.tokens.map((token) => ({
        tokenPosition: token.position,
        text: token.text,
        lemma: token.occurrence?.sense.lexeme.lemma ?? null,
        gloss: token.occurrence?.sense.gloss ?? null,
        origin: token.occurrence?.origin ?? null,
      })),
    })),
  };
}

/** Whether the article is one this teacher imported: only they may edit it. */
export async function isOwnImport(userId: string, slug: string): Promise<boolean> {
  return (await db.article.count({ where: { slug, ownerId: userId, sourceFile: null } })) > 0;
}
