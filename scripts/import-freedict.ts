/**
 * Extends the lexicon with FreeDict's Dutch-English dictionary as installed on this system
 * (Debian: apt-get install dict-freedict-nld-eng). Read from the system, never committed (GPL).
 * Its entries rank below the core lexicon. Usage: npm run lexicon:freedict [-- <dir>]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { databaseUrl } from '../src/env';
import { dictdToLexicon, parseDictd } from '../src/nlp/dictd';
import { LexiconEntrySchema } from '../src/schemas/lexicon';
import { db } from '../src/server/db';
import { saveLexicon } from '../src/server/lexicon';

const dir = process.argv[2] ?? '/usr/share/dictd';
const index = path.join(dir, 'freedict-nld-eng.index');
const dict = path.join(dir, 'freedict-nld-eng.dict.dz');
if (!existsSync(index) || !existsSync(dict)) {
  console.error(`FreeDict Dutch-English is not in ${dir}. Install it with: apt-get install dict-freedict-nld-eng`);
  process.exit(1);
}
const entries = dictdToLexicon(parseDictd(readFileSync(index, 'utf8'), gunzipSync(readFileSync(dict)))).filter(
  (entry) => LexiconEntrySchema.safeParse(entry).success,
);
saveLexicon(entries, 'freedict')
  .then((result) => console.log(`freedict: ${entries.length} entries ${result} in ${databaseUrl()}`))
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
