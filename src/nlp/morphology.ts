/**
 * Dutch inflection, generated from a lexicon entry: the forms a reader meets for each lemma. The
 * lemmatizer looks words up in the forms generated here, so generating too much is harmless (a
 * non-word is never met) while generating too little loses a reading.
 */
import type { LexiconEntry } from '../schemas/lexicon';

export type FormFeature =
  | 'lemma'
  | 'plural'
  | 'diminutive'
  | 'diminutive plural'
  | 'present'
  | 'past'
  | 'past participle'
  | 'present participle'
  | 'inflected'
  | 'comparative'
  | 'superlative'
  | 'variant'
  | 'abbreviation'
  | 'ordinal';

export interface GeneratedForm {
  form: string;
  feature: FormFeature;
}

const VOWELS = 'aeiouy';
const isVowel = (char: string | undefined) => char !== undefined && VOWELS.includes(char);

/**
 * The stems of a verb (the ik-form), spelled as Dutch spells a closed syllable: maken -> maak,
 * zeggen -> zeg, leven -> leef, reizen -> reis, gaan -> ga. Where the vowel's length cannot be told
 * from the spelling, the long one is usual (nemen -> neem); komen -> kom is the exception.
 */
export function verbStems(infinitive: string): string[] {
  const word = infinitive.toLowerCase();
  // gaan, staan, zien, doen and their compounds (bestaan, voldoen): the stem is the infinitive less n.
  if (/aan$/.test(word)) return [word.slice(0, -2)];
  // komen and its compounds keep the short vowel: ik kom, hij komt.
  if (word.endsWith('komen')) return [word.slice(0, -2)];
  // zien, doen (not draaien, groeien: their stem is draai, groei).
  if (/(^|[^aeiou])(ie|oe)n$/.test(word)) return [word.slice(0, -1)];
  if (!word.endsWith('en')) return [word];
  let stem = word.slice(0, -2);
  // A doubled consonant is single at the end of a word: zeggen -> zeg, hebben -> heb.
  if (stem.length >= 2 && stem.at(-1) === stem.at(-2) && !isVowel(stem.at(-1))) return [stem.slice(0, -1)];
  const stems: string[] = [];
  const last = stem.at(-1)!;
  if (last === 'v') stem = `${stem.slice(0, -1)}f`;
  if (last === 'z') stem = `${stem.slice(0, -1)}s`;
  // An unstressed -er, -el, -en, -em after an earlier vowel stays as it is: verander, wandel.
  if (/[aeiouy].*[^aeiou]e[lrnm]$/.test(stem)) return [stem];
  // Open syllable: one vowel before one consonant (mak-en, lop-en) was long; write it double.
  const vowel = stem.at(-2);
  // Not before w: uw, eeuw and ieuw are written as they sound (zenuwen -> zenuw, sneeuwen -> sneeuw);
  // nor before x, nor a y (paradoxen -> paradox, enzymen -> enzym).
  if (!isVowel(stem.at(-1)) && !/[wx]/.test(stem.at(-1)!) && isVowel(vowel) && vowel !== 'y' && !isVowel(stem.at(-3)) && vowel !== 'i' && !/(ij|ie|oe|eu|ui|ou|au|ei)$/.test(stem.slice(-3, -1))) {
    return [`${stem.slice(0, -1)}${vowel}${stem.at(-1)}`];
  }
  return [stem];
}

/** Adds -e to an adjective or participle the way spelling wants: groot -> grote, wit -> witte, lief -> lieve. */
export function inflectAdjective(base: string): string[] {
  const word = base;
  if (word.endsWith('e')) return [word];
  const last = word.at(-1)!;
  const forms = new Set<string>();
  // Long double vowel before one consonant loses a vowel: groot -> grote, raar -> rare.
  if (!isVowel(last) && word.length >= 3 && word.at(-2) === word.at(-3) && isVowel(word.at(-2)) && word.at(-2) !== 'e' || /ee[^aeiou]$/.test(word)) {
    forms.add(`${word.slice(0, -2)}${soften(last)}e`);
  }
  // Short vowel before one consonant doubles it: wit -> witte, dik -> dikke.
  if (!isVowel(last) && isVowel(word.at(-2)) && !isVowel(word.at(-3)) && !/(ij|ie|oe|eu|ui|ou|au|ei)[^aeiou]$/.test(word.slice(-3))) {
    forms.add(`${word}${last}e`);
  }
  forms.add(`${word.slice(0, -1)}${soften(last)}e`);
  forms.add(`${word}e`);
  return [...forms];
}

const soften = (char: string) => (char === 'f' ? 'v' : char === 's' ? 'z' : char);

/** An abbreviation as a reader meets it: one token (o.a.), or without its last stop when that ends a sentence (nr). */
export function abbreviationForms(entry: LexiconEntry): GeneratedForm[] {
  return (entry.abbreviations ?? []).flatMap((abbreviation) => [
    { form: abbreviation, feature: 'abbreviation' as const },
    { form: abbreviation.slice(0, -1), feature: 'abbreviation' as const },
  ]);
}

/** What a verb form listed beside the rules is: gescholen a participle, zegde and wou pasts, is and racet present. */
function verbVariantFeature(form: string): FormFeature {
  if (/^ge.{3,}(en|d|t)$/.test(form)) return 'past participle';
  if (/[^aeiou][dt]en?$|^wou(den)?$/.test(form) && /[dt]e|wou/.test(form.slice(-4))) return 'past';
  return 'present';
}

export function generateForms(entry: LexiconEntry): GeneratedForm[] {
  const forms: GeneratedForm[] = [{ form: entry.lemma, feature: 'lemma' }];
  const add = (form: string | undefined, feature: FormFeature) => {
    if (form) forms.push({ form, feature });
  };
  for (const variant of entry.forms ?? []) add(variant, entry.pos === 'VERB' || entry.pos === 'AUX' ? verbVariantFeature(variant) : 'variant');
  forms.push(...abbreviationForms(entry));

  switch (entry.pos) {
    case 'NOUN': {
      for (const plural of entry.plural ?? []) add(plural, 'plural');
      if (entry.diminutive) {
        add(entry.diminutive, 'diminutive');
        add(`${entry.diminutive}s`, 'diminutive plural');
      }
      break;
    }
    case 'ADJ': {
      const inflected = entry.inflected ?? (/[aeiou]$/.test(entry.lemma) || /en$/.test(entry.lemma) ? undefined : inflectAdjective(entry.lemma)[0]);
      add(inflected, 'inflected');
      if (entry.comparative) {
        add(entry.comparative, 'comparative');
        add(`${entry.comparative}e`, 'comparative');
      }
      if (entry.superlative) {
        add(entry.superlative, 'superlative');
        add(`${entry.superlative}e`, 'superlative');
      }
      break;
    }
    case 'VERB':
    case 'AUX': {
      if (entry.particle) break; // separable verbs: see separableForms
      forms.push(...verbForms(entry.lemma, entry.past!, entry.participle));
      break;
    }
    default:
      break;
  }
  return forms;
}

function verbForms(infinitive: string, past: readonly [string, string], participle: string | undefined): GeneratedForm[] {
  const forms: GeneratedForm[] = [];
  // A weak verb's past shows its stem exactly (veroordeelde -> veroordeel, veranderde -> verander);
  // the infinitive alone cannot tell a stressed -elen from an unstressed one.
  const weakStem = /[^aeiou](de|te)$/.test(past[0]) && past[0].length > 4 ? past[0].slice(0, -2) : undefined;
  for (const stem of weakStem ? [weakStem] : verbStems(infinitive)) {
    forms.push({ form: stem, feature: 'present' });
    // ik ga, hij gaat: a stem ending in one a doubles it before -t.
    const third = /[^a]a$/.test(stem) ? `${stem}at` : stem.endsWith('t') ? stem : `${stem}t`;
    forms.push({ form: third, feature: 'present' });
  }
  forms.push({ form: past[0], feature: 'past' }, { form: past[1], feature: 'past' });
  forms.push({ form: `${infinitive}d`, feature: 'present participle' }, { form: `${infinitive}de`, feature: 'present participle' });
  if (participle === undefined) return forms;
  forms.push({ form: participle, feature: 'past participle' });
  // Participles in -t or -d are inflected like adjectives (de gedeelde zorg); those in -en are not.
  if (!participle.endsWith('en')) {
    for (const inflected of inflectAdjective(participle)) forms.push({ form: inflected, feature: 'past participle' });
  }
  return forms;
}

/** Joined forms of a separable verb, from its base verb's forms: op + gezocht -> opgezocht. */
export function separableForms(particle: string, base: LexiconEntry): GeneratedForm[] {
  return generateForms(base).map((form) => ({ form: `${particle}${form.form}`, feature: form.feature }));
}
