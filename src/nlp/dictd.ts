/**
 * Reads a dictionary in the dictd format (an .index of "headword TAB offset TAB length", base64
 * numbers, and the .dict text, gunzipped), as FreeDict's Dutch-English dictionary is installed by
 * Debian's dict-freedict-nld-eng. Pure: file contents in, entries out.
 */
import type { LexiconEntry } from '../schemas/lexicon';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const MAX_SENSES = 4;

export function decodeDictdNumber(text: string): number {
  let value = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    if (digit < 0) throw new Error(`not a dictd number: ${text}`);
    value = value * 64 + digit;
  }
  return value;
}

/** The Dutch digraph ĳ is one character in some sources; Dutch text writes i + j. */
export const normalizeIj = (text: string) => text.replace(/ĳ/g, 'ij').replace(/Ĳ/g, 'IJ');

export interface DictdEntry {
  headword: string;
  senses: string[];
}

export function parseDictd(index: string, dict: Buffer): DictdEntry[] {
  const entries: DictdEntry[] = [];
  for (const line of index.split('\n')) {
    const [headword, offset, length] = line.split('\t');
    if (!headword || !offset || !length || headword.startsWith('00-database')) continue;
    const start = decodeDictdNumber(offset);
    const body = dict.subarray(start, start + decodeDictdNumber(length)).toString('utf8');
    // First line: the headword and its pronunciation; then "1. sense" lines or a single sense line.
    const senses = body
      .split('\n')
      .slice(1)
      .map((sense) => sense.replace(/^\s*\d+\.\s*/, '').trim())
      .filter(Boolean);
    if (senses.length) entries.push({ headword: normalizeIj(headword.trim()), senses });
  }
  return entries;
}

/**
 * Dictionary entries for the lexicon: FreeDict gives no part of speech or level, so entries are X at C2,
 * below every core entry. Prefixes and suffixes (huis‐) and names are left out.
 */
export function dictdToLexicon(entries: readonly DictdEntry[]): LexiconEntry[] {
  const seen = new Set<string>();
  const lexicon: LexiconEntry[] = [];
  for (const { headword, senses } of entries) {
    if (!/^[\p{Ll}][\p{Ll}\p{M}'’\- ]*$/u.test(headword) || /[-‐]$/.test(headword) || seen.has(headword)) continue;
    seen.add(headword);
    lexicon.push({ lemma: headword, pos: headword.includes(' ') ? 'EXPR' : 'X', cefr: 'C2', senses: senses.slice(0, MAX_SENSES).map((sense) => sense.slice(0, 120)) });
  }
  return lexicon;
}
