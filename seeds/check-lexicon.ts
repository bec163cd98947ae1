/**
 * Checks lexicon files and reports what they hold.
 * Usage: npx tsx seeds/check-lexicon.ts [seeds/lexicon/verbs-a-k.json ...]   (all files when none is named)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LexiconFileSchema, type LexiconEntry } from '../src/schemas/lexicon';

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'lexicon');
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(dir).filter((name) => name.endsWith('.json')).sort().map((name) => path.join(dir, name));

let failed = false;
const all: (LexiconEntry & { file: string })[] = [];
for (const file of files) {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: not valid JSON (${(error as Error).message})`);
    failed = true;
    continue;
  }
  const result = LexiconFileSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues.slice(0, 20)) {
      const [index, ...field] = issue.path;
      const lemma = typeof index === 'number' ? (data as { lemma?: string }[])[index]?.lemma : undefined;
      console.error(`${file}: [${String(index)}] ${lemma ?? ''} ${field.join('.')}: ${issue.message}`);
    }
    failed = true;
    continue;
  }
  const seen = new Set<string>();
  for (const entry of result.data) {
    const key = `${entry.lemma} ${entry.pos}`;
    if (seen.has(key)) {
      console.error(`${file}: ${key} is listed twice`);
      failed = true;
    }
    seen.add(key);
    all.push({ ...entry, file });
  }
  const byPos = Object.entries(
    result.data.reduce<Record<string, number>>((counts, entry) => ({ ...counts, [entry.pos]: (counts[entry.pos] ?? 0) + 1 }), {}),
  );
  console.log(`${path.basename(file)}: ${result.data.length} entries (${byPos.map(([pos, n]) => `${pos} ${n}`).join(', ')})`);
}
if (files.length > 1) {
  const verbs = new Set(all.filter((entry) => entry.pos === 'VERB' || entry.pos === 'AUX').map((entry) => entry.lemma));
  const missingBases = all.filter((entry) => entry.particle && !verbs.has(entry.lemma.slice(entry.particle.length)));
  for (const entry of missingBases.slice(0, 30)) {
    console.log(`note: ${entry.lemma} (${entry.file}): base verb "${entry.lemma.slice(entry.particle!.length)}" is in no file yet`);
  }
  console.log(`total: ${all.length} entries, ${new Set(all.map((entry) => entry.lemma)).size} distinct lemmas`);
}
process.exitCode = failed ? 1 : 0;
