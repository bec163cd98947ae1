import { wordsOf } from './tokenize';

// The most frequent function words of each language: a text is in the language whose words it uses most.
const FUNCTION_WORDS = {
  nl: ['de', 'het', 'een', 'en', 'van', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'met', 'voor', 'niet', 'er', 'die', 'ook', 'aan', 'maar', 'om', 'als', 'bij', 'nog', 'wel', 'naar', 'heeft', 'hij', 'ze', 'wordt', 'door', 'dit', 'zal', 'geen', 'ik', 'we', 'uit', 'over', 'tot', 'kan', 'dan', 'worden', 'wat', 'hebben', 'zich'],
  en: ['the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'it', 'with', 'as', 'was', 'on', 'be', 'by', 'this', 'are', 'have', 'from', 'or', 'not', 'but', 'his', 'they', 'which', 'at', 'has', 'would', 'will'],
  de: ['der', 'die', 'und', 'den', 'von', 'zu', 'das', 'mit', 'sich', 'des', 'auf', 'für', 'ist', 'im', 'dem', 'nicht', 'ein', 'eine', 'als', 'auch', 'es', 'an', 'werden', 'aus', 'er', 'hat', 'dass', 'sie', 'nach', 'wird'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'un', 'une', 'du', 'est', 'que', 'pour', 'dans', 'qui', 'pas', 'sur', 'au', 'il', 'ne', 'avec'],
} as const;
const SETS = Object.fromEntries(Object.entries(FUNCTION_WORDS).map(([language, words]) => [language, new Set<string>(words)]));
const MIN_WORDS = 8;
const MIN_DUTCH_SHARE = 0.12;

export interface LanguageGuess {
  dutch: boolean;
  /** Share of the words that are common Dutch function words. */
  dutchShare: number;
  likeliest: string;
}

/** Tells whether a text is Dutch from how many of its words are common Dutch function words. */
export function detectDutch(text: string): LanguageGuess {
  const words = wordsOf(text).map((word) => word.toLowerCase());
  const shares = Object.fromEntries(
    Object.entries(SETS).map(([language, set]) => [language, words.length ? words.filter((word) => set.has(word)).length / words.length : 0]),
  );
  const likeliest = Object.entries(shares).sort((a, b) => b[1] - a[1])[0]![0];
  const dutchShare = shares.nl ?? 0;
  return { dutch: words.length < MIN_WORDS ? dutchShare > 0 : likeliest === 'nl' && dutchShare >= MIN_DUTCH_SHARE, dutchShare, likeliest };
}
