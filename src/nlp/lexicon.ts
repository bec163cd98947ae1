/**
 * The lexicon as the engine uses it: every generated form of every entry, indexed for lookup.
 * Pure: built from entries, whatever they were read from (seed files, the database).
 */
import { CEFR_LEVELS, type PartOfSpeech } from '../schemas/article-seed';
import type { LexiconEntry } from '../schemas/lexicon';
import { abbreviationForms, generateForms, separableForms, type FormFeature } from './morphology';

export interface Analysis {
  lemma: string;
  pos: PartOfSpeech;
  feature: FormFeature;
  entry: LexiconEntry;
  /** Lower is more common: the entry's CEFR level, then its place in the lexicon. */
  rank: number;
}

export interface Lexicon {
  entries: readonly LexiconEntry[];
  /** Lower-cased form -> its readings. */
  forms: ReadonlyMap<string, readonly Analysis[]>;
  /** Lower-cased lemma -> its entries. */
  lemmas: ReadonlyMap<string, readonly LexiconEntry[]>;
  /** "particle base" -> the separable verb, e.g. "op zoeken" -> opzoeken. */
  separable: ReadonlyMap<string, LexiconEntry>;
  /** Particles of known separable verbs. */
  particles: ReadonlySet<string>;
  expressions: readonly LexiconEntry[];
}

/** Lower case, straight apostrophes; Eén (één with a capital, which drops its first accent) is één. */
export const normalizeForm = (form: string) => form.toLowerCase().replace(/’/g, "'").replace(/^eén$/, 'één');

export function entryRank(entry: LexiconEntry, index: number): number {
  return CEFR_LEVELS.indexOf(entry.cefr) * 100_000 + index;
}

/**
 * Indexes the lexicon. `fallback` entries (an imported dictionary) give readings only to forms that no
 * core entry reads, so they extend coverage without ever changing how a known word is read.
 */
export function buildLexicon(entries: readonly LexiconEntry[], fallback: readonly LexiconEntry[] = []): Lexicon {
  const forms = new Map<string, Analysis[]>();
  const lemmas = new Map<string, LexiconEntry[]>();
  const separable = new Map<string, LexiconEntry>();
  const add = (form: string, analysis: Analysis) => {
    const key = normalizeForm(form);
    const list = forms.get(key);
    if (!list) forms.set(key, [analysis]);
    // One reading per entry and feature: overleden is both the past plural and the participle of overlijden.
    else if (!list.some((known) => known.entry === analysis.entry && known.feature === analysis.feature)) list.push(analysis);
  };

  entries.forEach((entry) => {
    const key = normalizeForm(entry.lemma);
    lemmas.set(key, [...(lemmas.get(key) ?? []), entry]);
  });
  const verbOf = (lemma: string) =>
    (lemmas.get(normalizeForm(lemma)) ?? []).find((entry) => (entry.pos === 'VERB' || entry.pos === 'AUX') && !entry.particle);

  entries.forEach((entry, index) => {
    const rank = entryRank(entry, index);
    if (entry.pos === 'EXPR') {
      // An expression's abbreviation is one word: o.a. is onder andere.
      for (const form of abbreviationForms(entry)) add(form.form, { lemma: entry.lemma, pos: entry.pos, feature: form.feature, entry, rank });
      return;
    }
    if (entry.particle) {
      const base = verbOf(entry.lemma.slice(entry.particle.length));
      separable.set(`${normalizeForm(entry.particle)} ${normalizeForm(entry.lemma.slice(entry.particle.length))}`, entry);
      add(entry.lemma, { lemma: entry.lemma, pos: entry.pos, feature: 'lemma', entry, rank });
      for (const form of base ? separableForms(entry.particle, base) : []) {
        add(form.form, { lemma: entry.lemma, pos: entry.pos, feature: form.feature, entry, rank });
      }
      return;
    }
    for (const form of generateForms(entry)) add(form.form, { lemma: entry.lemma, pos: entry.pos, feature: form.feature, entry, rank });
  });
  const fallbackRank = CEFR_LEVELS.length * 100_000;
  fallback.forEach((entry, index) => {
    for (const form of generateForms(entry)) {
      const key = normalizeForm(form.form);
      if (forms.has(key)) continue;
      forms.set(key, [{ lemma: entry.lemma, pos: entry.pos, feature: form.feature, entry, rank: fallbackRank + index }]);
    }
    const key = normalizeForm(entry.lemma);
    if (!lemmas.has(key)) lemmas.set(key, [entry]);
  });
  for (const list of forms.values()) list.sort((a, b) => a.rank - b.rank);

  return {
    forms,
    lemmas,
    separable,
    particles: new Set([...separable.keys()].map((key) => key.split(' ')[0]!)),
    entries: [...entries, ...fallback],
    expressions: entries.filter((entry) => entry.pos === 'EXPR'),
  };
}
