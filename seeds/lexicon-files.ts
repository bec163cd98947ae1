import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LexiconFileSchema, type LexiconEntry } from '../src/schemas/lexicon';

export const LEXICON_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), 'lexicon');

/** Bad lexicon data, with the file and the entry it is in. */
export class LexiconFileError extends Error {}

/** Every entry of the core lexicon, file by file in name order, each file most common first. */
export function readLexiconEntries(dir = LEXICON_DIR): LexiconEntry[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new LexiconFileError(`${file}: not valid JSON (${(error as Error).message})`);
      }
      const result = LexiconFileSchema.safeParse(data);
      if (!result.success) {
        const issue = result.error.issues[0]!;
        const [index, ...field] = issue.path;
        const lemma = typeof index === 'number' ? (data as { lemma?: string }[])[index]?.lemma : '';
        throw new LexiconFileError(`${file}: [${String(index)}] ${lemma} ${field.join('.')}: ${issue.message}`);
      }
      return result.data;
    });
}
