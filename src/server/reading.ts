import 'server-only';
import { visibleTo } from './articles';
import { db } from './db';
import { NotFoundError } from './errors';

/** At most this many seconds count per report: the reader reports every 15 s, so more means a stale tab. */
const MAX_SECONDS_PER_REPORT = 30;

export interface ReadingReport {
  versionId: string;
  /** Ids of the blocks that came into view since the last report (or ever: they are merged). */
  blocksSeen: string[];
  /** Seconds of active reading since the last report. */
  seconds: number;
  /** Lexemes whose tooltip the reader opened. */
  lookups: number[];
}

/**
 * Records what a learner did in the reader: the blocks that came into view (merged with what was seen
 * before), time spent reading, and the words looked up (each once per version).
 */
export async function recordReading(userId: string, report: ReadingReport, now = new Date()): Promise<{ read: number }> {
  const version = await db.articleVersion.findFirst({
    where: { id: report.versionId, article: visibleTo(userId) },
    select: { articleId: true, level: true, _count: { select: { blocks: { where: { kind: { not: 'title' } } } } }, blocks: { select: { id: true, position: true, kind: true } } },
  });
  if (!version) throw new NotFoundError('No such article version');
  const positions = new Map(version.blocks.filter((block) => block.kind !== 'title').map((block) => [block.id, block.position]));
  const key = { userId_articleId_level: { userId, articleId: version.articleId, level: version.level } };
  const glossed = report.lookups.length
    ? await db.occurrence.findMany({
        where: { block: { versionId: report.versionId }, sense: { lexemeId: { in: report.lookups } } },
        select: { sense: { select: { lexemeId: true } } },
      })
    : [];
  // Only words of this version count as its look-ups.
  const lookups = [...new Set(glossed.map((occurrence) => occurrence.sense.lexemeId))];

  return db.$transaction(async (tx) => {
    const existing = await tx.readingProgress.findUnique({ where: key });
    const seen = new Set<number>(existing ? (JSON.parse(existing.blocksSeen) as number[]) : []);
    const sinceLastReport = existing ? Math.floor((now.getTime() - existing.updatedAt.getTime()) / 1000) : 0;
    for (const id of report.blocksSeen) {
      const position = positions.get(id);
      if (position !== undefined) seen.add(position);
    }
    const data = {
      blocksSeen: JSON.stringify([...seen].sort((a, b) => a - b)),
      blockCount: version._count.blocks,
      updatedAt: now,
      // Never more than the time since the last report: a client cannot make reading time up.
      seconds: (existing?.seconds ?? 0) + Math.min(MAX_SECONDS_PER_REPORT, sinceLastReport, Math.max(0, Math.round(report.seconds))),
    };
    await tx.readingProgress.upsert({ where: key, create: { userId, articleId: version.articleId, level: version.level, ...data }, update: data });
    for (const lexemeId of lookups) {
      const where = { userId_articleId_level_lexemeId: { userId, articleId: version.articleId, level: version.level, lexemeId } };
      await tx.lookup.upsert({ where, create: { userId, articleId: version.articleId, level: version.level, lexemeId }, update: {} });
    }
    return { read: seen.size / Math.max(1, version._count.blocks) };
  });
}
