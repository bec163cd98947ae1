import 'server-only';
import { createHash } from 'node:crypto';
import { buildLexicon, entryRank, type Lexicon } from '../nlp/lexicon';
import { LexiconEntrySchema, type LexiconEntry } from '../schemas/lexicon';
import { db } from './db';

export type LexiconSource = 'core' | 'freedict';
// Dictionary imports rank below every core entry.
const SOURCE_RANK_OFFSET: Record<LexiconSource, number> = { core: 0, freedict: 10_000_000 };

type DetailKey = Exclude<keyof LexiconEntry, 'lemma' | 'pos' | 'cefr' | 'senses' | 'gender'>;
const DETAIL_KEYS = ['plural', 'diminutive', 'past', 'participle', 'particle', 'inflected', 'comparative', 'superlative', 'forms', 'abbreviations'] as const satisfies readonly DetailKey[];
// A field added to the lexicon schema and forgotten here would be lost on the way through the database.
const everyDetailStored: Exclude<DetailKey, (typeof DETAIL_KEYS)[number]> extends never ? true : never = true;
void everyDetailStored;

/**
 * Stores dictionary entries as lexemes with their senses, in one transaction. Entries sharing lemma and
 * part of speech are merged (the first one's inflection, all senses). Skipped when the same data was
 * loaded before.
 */
export async function saveLexicon(entries: readonly LexiconEntry[], source: LexiconSource): Promise<'loaded' | 'unchanged'> {
  const hash = createHash('sha256').update(JSON.stringify(entries)).digest('hex');
  const key = `lexicon:${source}`;
  if ((await db.seedState.findUnique({ where: { key } }))?.hash === hash) return 'unchanged';

  const merged = new Map<string, { entry: LexiconEntry; senses: string[]; rank: number }>();
  entries.forEach((entry, index) => {
    const id = `${entry.lemma}\u0000${entry.pos}`;
    const known = merged.get(id);
    if (known) known.senses.push(...entry.senses.filter((sense) => !known.senses.includes(sense)));
    else merged.set(id, { entry, senses: [...entry.senses], rank: entryRank(entry, index) + SOURCE_RANK_OFFSET[source] });
  });

  await db.$transaction(
    async (tx) => {
      const existing = new Map((await tx.lexeme.findMany({ select: { id: true, lemma: true, pos: true, source: true } })).map((row) => [`${row.lemma}\u0000${row.pos}`, row]));
      const rowOf = ({ entry, rank }: { entry: LexiconEntry; rank: number }) => ({
        gender: entry.gender ?? null,
        plural: entry.plural?.join(', ') ?? null,
        cefr: entry.cefr,
        details: JSON.stringify(Object.fromEntries(DETAIL_KEYS.filter((field) => entry[field] !== undefined).map((field) => [field, entry[field]]))),
        source,
        rank,
      });
      const fresh = [...merged].filter(([id]) => !existing.has(id));
      const created = await tx.lexeme.createManyAndReturn({
        data: fresh.map(([, value]) => ({ lemma: value.entry.lemma, pos: value.entry.pos, ...rowOf(value) })),
        select: { id: true, lemma: true, pos: true },
      });
      const ids = new Map([...existing].map(([id, row]) => [id, row.id]));
      for (const row of created) ids.set(`${row.lemma}\u0000${row.pos}`, row.id);
      for (const [id, value] of merged) {
        const row = existing.get(id);
        // A core entry improves a lexeme an article created; a dictionary import never overrides core.
        if (row && (row.source === 'article' || row.source === source)) await tx.lexeme.update({ where: { id: row.id }, data: rowOf(value) });
      }
      const senses = await tx.sense.findMany({ where: { lexemeId: { in: [...ids.values()] } }, select: { lexemeId: true, gloss: true } });
      const hasSense = new Set(senses.map((sense) => `${sense.lexemeId}\u0000${sense.gloss}`));
      await tx.sense.createMany({
        data: [...merged].flatMap(([id, value]) =>
          value.senses
            .map((gloss, position) => ({ lexemeId: ids.get(id)!, gloss, position }))
            .filter((sense) => !hasSense.has(`${sense.lexemeId}\u0000${sense.gloss}`)),
        ),
      });
      await tx.seedState.upsert({ where: { key }, create: { key, hash }, update: { hash } });
    },
    { timeout: 300_000 },
  );
  cachedLexicon = undefined;
  return 'loaded';
}

let cachedLexicon: Promise<Lexicon> | undefined;

/** The engine's lexicon, built from the dictionary entries in the database, once per process. */
export function getLexicon(): Promise<Lexicon> {
  cachedLexicon ??= db.lexeme
    .findMany({
      where: { cefr: { not: null } },
      orderBy: { rank: 'asc' },
      include: { senses: { orderBy: { position: 'asc' }, select: { gloss: true } } },
    })
    .then((rows) => {
      const toEntry = (row: (typeof rows)[number]) => {
        const parsed = LexiconEntrySchema.safeParse({
          lemma: row.lemma,
          pos: row.pos,
          cefr: row.cefr,
          senses: row.senses.map((sense) => sense.gloss).slice(0, 6),
          ...(row.gender && { gender: row.gender }),
          ...JSON.parse(row.details ?? '{}'),
        });
        return parsed.success ? [parsed.data] : [];
      };
      // Imported dictionaries only read the forms the core lexicon leaves unread.
      return buildLexicon(
        rows.filter((row) => row.source !== 'freedict').flatMap(toEntry),
        rows.filter((row) => row.source === 'freedict').flatMap(toEntry),
      );
    });
  return cachedLexicon;
}
