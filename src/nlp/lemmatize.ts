/**
 * Lemmas and parts of speech for the words of one sentence: lexicon lookup first (every generated
 * form of every entry), then Dutch morphology rules and compound splitting for words the lexicon
 * lacks, then separable verbs whose particle stands apart. Pure: tokens and a lexicon in, readings out.
 */
import type { PartOfSpeech } from '../schemas/article-seed';
import type { LexiconEntry } from '../schemas/lexicon';
import { normalizeForm, type Analysis, type Lexicon } from './lexicon';
import { verbStems, type FormFeature } from './morphology';
import type { Token } from './tokenize';

export type ReadingSource = 'lexicon' | 'rule' | 'compound' | 'proper' | 'unknown';

export interface WordReading {
  lemma: string;
  pos: PartOfSpeech;
  feature?: FormFeature;
  entry?: LexiconEntry;
  source: ReadingSource;
  /** For a compound: the entries of its modifier and head, which its derived gloss is built from. */
  parts?: { modifier: string; modifierEntry?: LexiconEntry; head: LexiconEntry };
  /** For a separable verb whose particle stands apart: the particle's token index. */
  particleIndex?: number;
}

// Words after which a noun or adjective follows; not het, die, dat, zijn: they are pronouns too (het was).
const DETERMINERS = new Set(['de', 'een', 'één', "'n", 'geen', 'eigen', 'elk', 'elke', 'ieder', 'iedere', 'mijn', "m'n", 'jouw', "z'n", 'onze', 'hun', 'uw', 'welke', 'alle', 'enkele', 'sommige', 'beide', 'andere']);
// Function-word readings win ties over content-word readings of the same form (was: zijn, not wassen).
const POS_PRIOR: Partial<Record<PartOfSpeech, number>> = { AUX: -60_000, DET: -40_000, PRON: -40_000, ADP: -40_000, CCONJ: -40_000, SCONJ: -40_000 };
const OPENING_PUNCTUATION = new Set(['“', '"', '‘', "'", '(', '[', '—', '–', '-', ':', '„', '«', '‹']);
const CLAUSE_WORDS = new Set([
  ...['en', 'maar', 'of', 'want', 'dus', 'dat', 'omdat', 'als', 'toen', 'terwijl', 'hoewel', 'zodat', 'voordat', 'nadat', 'doordat', 'wanneer', 'indien', 'zodra', 'totdat', 'tenzij', 'om'],
  ...['waardoor', 'waarmee', 'waarin', 'waarop', 'waaruit', 'waarbij', 'waarvan', 'waarover', 'waarna', 'waarnaar', 'waaraan', 'waartoe', 'waarvoor', 'die', 'wat', 'welke'],
]);
// Particles that are seldom a preposition at the end of a clause: a separable verb the lexicon lacks.
const LOOSE_PARTICLES = new Set(['op', 'uit', 'af', 'aan', 'mee', 'terug', 'weg', 'toe', 'neer', 'los', 'vast', 'samen', 'voort']);
// The clause words that open a subordinate clause, and waar and wie. Not the coordinators, nor als: more
// often "as" (als negende, als voorzitter) than "if"; its clause ends at its own verb anyway.
const SUBORDINATORS = new Set([...[...CLAUSE_WORDS].filter((word) => !['en', 'maar', 'want', 'dus', 'als'].includes(word)), 'waar', 'wie']);
const CLAUSE_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '(', ')', '”', '"', '’', '»', '›', '—', '–', '-', '…']);
const DEMONSTRATIVES = new Set(['die', 'dat', 'welke']);
const FINITE: ReadonlySet<FormFeature | undefined> = new Set(['present', 'past', 'lemma']);
const CONTEXT_WEIGHT = 150_000;
const LEMMA_BONUS = 50_000;
const NAME_PARTICLES = new Set(['der', 'den', "'t", 'ter', 'ten']);
const POSSESSIVES = new Set(['zijn', 'haar', 'hun', 'mijn', 'jouw', 'onze', 'ons', 'uw', "z'n", "m'n"]);
const BARE_INFINITIVE_VERBS = new Set(['laten', 'gaan', 'komen', 'blijven', 'helpen', 'horen', 'zien', 'voelen', 'leren']);
// Separable verbs that take an infinitive clause with te after their object: riep beleggers op om ... te houden,
// raadde hen aan niet in paniek te handelen.
const TE_CLAUSE_VERBS = new Set(['oproepen', 'aanraden', 'afraden', 'aanmoedigen', 'aansporen', 'opdragen', 'aanbieden', 'toezeggen', 'uitnodigen', 'aankondigen', 'voorstellen', 'toestaan', 'overhalen', 'uitdagen', 'afspreken', 'aanmanen', 'opleggen', 'aangeven', 'toegeven', 'voornemen', 'ophouden']);
// Adverbs of time and sequence that open a main clause before its verb: Gisteren bleek dat, Daarna sloot hij.
const OPENING_ADVERBS = new Set(['gisteren', 'vandaag', 'morgen', 'daarna', 'daarop', 'toen', 'nu', 'later', 'vervolgens', 'uiteindelijk', 'intussen', 'inmiddels', 'onlangs', 'straks', 'daarom', 'bovendien', 'vanochtend', 'vanmiddag', 'vanavond', 'vannacht', 'zaterdag', 'zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag']);
// Words that follow an imperative opening its clause: Vraag het formulier aan, Zorg dat, kijk dan, laat maar.
const AFTER_IMPERATIVE = new Set(['de', 'het', 'een', 'uw', 'je', 'jouw', 'dit', 'deze', 'die', 'u', 'dat', 'of', 'hem', 'ze', 'alle', 'geen', 'niet', 'altijd', 'nooit', 'eerst', 'goed', 'dan', 'daarna', 'daar', 'ervoor', 'er', 'maar', 'even', 'eens']);
const MODALS = new Set(['kunnen', 'moeten', 'willen', 'zullen', 'mogen', 'durven', 'hoeven']);
/** A year, not a quantity: 1985, 2024. */
const YEAR = /^(1[5-9]|20)\d\d$/;
/** Tens written as one word: twintig ... negentig (also at the end of tweehonderdveertig). */
const TENS = /(twin|der|veer|vijf|zes|zeven|tach|negen)tig$/;
const AUXILIARY_FORMS = new Set(['is', 'was', 'waren', 'ben', 'bent', 'wordt', 'word', 'werd', 'werden', 'worden', 'heeft', 'hebben', 'heb', 'hebt', 'had', 'hadden']);
// "geleden" is "ago" after a span of time (drie jaar geleden), else the participle of lijden (heeft geleden).
const SPANS_OF_TIME = new Set(['jaar', 'jaren', 'maand', 'maanden', 'week', 'weken', 'dag', 'dagen', 'uur', 'uren', 'eeuw', 'eeuwen', 'minuut', 'minuten', 'seconden', 'decennia', 'decennium', 'lang', 'kort', 'tijd', 'tijdje', 'poos', 'eeuwigheid', 'jaartje', 'weekje']);
const PREPOSITIONS = new Set(['in', 'op', 'aan', 'van', 'met', 'voor', 'door', 'bij', 'naar', 'over', 'uit', 'tot', 'onder', 'tegen', 'zonder', 'tussen', 'sinds', 'tijdens', 'volgens', 'binnen', 'buiten', 'achter', 'naast', 'langs', 'rond', 'vanaf', 'vanuit', 'via', 'per', 'wegens', 'ondanks']);

// Words no noun phrase goes on with (a list of adjectives does: de rappe, sombere en numerieke reeks).
const FUNCTION_WORDS: ReadonlySet<PartOfSpeech> = new Set(['ADP', 'AUX', 'SCONJ']);
const OBJECT_PRONOUNS = new Set(['hem', 'hen', 'mij', 'me', 'ons', 'jou', 'zich', 'elkaar']);
const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);

const NUMBER_WORDS = new Set([
  ...['twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'],
  ...['honderd', 'duizend', 'tientallen', 'honderden', 'duizenden', 'vele', 'enkele', 'verschillende', 'meerdere', 'talloze', 'beide', 'aantal', 'paar'],
]);

/** What a word is read by: the word before it (lower case), the token after it, and whether an inflected adjective precedes. */
interface Context {
  previous: string | undefined;
  next: Pick<Token, 'text' | 'kind'> | undefined;
  adjectiveBefore: boolean;
  /** The word before is a finite modal (kan, moest, wil): an infinitive may follow. */
  afterModal: boolean;
  /** The form of zijn, worden or hebben that came earlier in the clause: a participle at its end is the verb's (is ... overleden). */
  auxiliaryInClause: 'zijn' | 'worden' | 'hebben' | undefined;
  /** Inside a noun phrase: an article, then only adverbs and adjectives (een luid bejubelde ...). */
  inNounPhrase?: boolean;
  /** The word before was read as a name: Marleen Kuipers. */
  afterName?: boolean;
  /** The word before is a subject pronoun or an adverb of time that opens the clause: its finite verb comes next (Hij laat, Gisteren bleek). */
  afterOpeningSubject?: boolean;
  /** The word opens the sentence or a clause, after a comma, semicolon, colon or en. */
  clauseStart?: boolean;
  /** The first word after a subordinate clause that opens the sentence: the main clause's verb (Als de prijzen stijgen, dalen de lonen). */
  afterFrontedClause?: boolean;
}

/** What the scoring needs to know of the next word's readings. */
type NextReading = Pick<Analysis, 'lemma' | 'pos' | 'feature'>;

function contextScore(
  analysis: Analysis,
  form: string,
  { previous, next, adjectiveBefore, afterModal, auxiliaryInClause, inNounPhrase, afterName, afterOpeningSubject, afterFrontedClause, clauseStart }: Context,
  nextAnalyses: readonly NextReading[],
  siblings: readonly Analysis[],
): number {
  let score = analysis.rank + (POS_PRIOR[analysis.pos] ?? 0);
  // A lower-case next word that can be a noun, or can only be one.
  const lowerNext = next?.kind === 'word' && !isCapitalized(next.text);
  const nounMayFollow = lowerNext && nextAnalyses.some((reading) => reading.pos === 'NOUN');
  const nounFollows = lowerNext && nextAnalyses.length > 0 && nextAnalyses.every((reading) => reading.pos === 'NOUN');
  // Inside a noun phrase no finite verb stands (een luid bejubelde overwinning); an auxiliary may follow
  // an adjective used as a noun (de laatste was).
  if (inNounPhrase && analysis.pos === 'VERB' && (analysis.feature === 'present' || analysis.feature === 'past')) score += CONTEXT_WEIGHT;
  // A word that is itself a lemma is more often that word than an inflection of another (leger, not leeg).
  if (analysis.feature === 'lemma') score -= LEMMA_BONUS;
  if (analysis.feature === 'comparative' || analysis.feature === 'superlative') score += CONTEXT_WEIGHT * 2;
  // ...but a comparative after wat, iets, veel, nog or steeds, or before dan, is one rather than a noun: wat
  // ouder geweest (not ouder, parent). (An adverb or determiner of its own keeps its entry: meer dan, later dan.)
  const degreeWord = (previous !== undefined && /^(wat|iets|veel|nog|steeds|stukken|zoveel)$/.test(previous)) || (next?.kind === 'word' && normalizeForm(next.text) === 'dan');
  if (analysis.feature === 'comparative' && degreeWord && !siblings.some((reading) => ['ADV', 'DET', 'PRON'].includes(reading.pos))) score -= CONTEXT_WEIGHT * 3;
  // After a name or a subject pronoun that opens the clause comes its verb: Interpay schat dat, Hij laat het liggen.
  // (het opens a noun phrase as often: Het besluit van de CSF, Het aanwenden van wrongel)
  const openingSubject = afterOpeningSubject && !(previous === 'het' && siblings.some((reading) => reading.pos === 'NOUN' || (reading.pos === 'VERB' && reading.feature === 'lemma')));
  if ((afterName || openingSubject) && (analysis.pos === 'VERB' || analysis.pos === 'AUX') && (analysis.feature === 'present' || analysis.feature === 'past')) score -= CONTEXT_WEIGHT;
  if (afterFrontedClause && (analysis.pos === 'VERB' || analysis.pos === 'AUX') && FINITE.has(analysis.feature)) score -= CONTEXT_WEIGHT;
  // A material adjective before a noun is the adjective: stalen damwanden, met stalen neus.
  if (analysis.pos === 'ADJ' && analysis.feature === 'lemma' && /en$/.test(form) && nounMayFollow && !siblings.some((reading) => reading.feature === 'past participle')) score -= CONTEXT_WEIGHT;
  // (deze too, a pronoun less often than a determiner: om deze reden, deze vragen)
  if (previous && (DETERMINERS.has(previous) || previous === 'deze')) {
    if (analysis.pos === 'NOUN' || analysis.pos === 'ADJ') score -= CONTEXT_WEIGHT;
    if ((analysis.pos === 'VERB' || analysis.pos === 'AUX') && analysis.feature !== 'past participle') score += CONTEXT_WEIGHT;
  }
  if (previous === 'het' && (analysis.pos === 'NOUN' || analysis.pos === 'ADJ')) score -= CONTEXT_WEIGHT / 2;
  // After a form of worden, hebben or zijn (not zijn itself, a possessive too) comes a participle: ze werden verslagen.
  if (previous && AUXILIARY_FORMS.has(previous) && analysis.feature === 'past participle') score -= CONTEXT_WEIGHT;
  // "het" takes no plural: het oogsten, het melken are infinitives used as nouns; nor does "een": een glazen oog.
  if ((previous === 'het' || previous === 'een') && analysis.feature === 'plural') score += CONTEXT_WEIGHT;
  if (afterModal && (analysis.pos === 'VERB' || analysis.pos === 'AUX') && analysis.feature === 'lemma') score -= CONTEXT_WEIGHT / 2;
  // Only last in the clause: "is bereid naar Moskou te reizen" is the adjective (willing).
  const lastInClause =
    !next ||
    (next.kind === 'punct' && /^[.!?;:,)]$/.test(next.text)) ||
    nextAnalyses.some((reading) => reading.pos === 'AUX' || (reading.pos === 'ADP' && reading.lemma !== 'naar' && reading.lemma !== 'om') || reading.pos === 'CCONJ' || reading.pos === 'SCONJ' || (reading.pos === 'VERB' && reading.feature !== 'lemma'));
  // With worden and hebben it is a passive or a perfect; with zijn it may be an adjective (is bekend).
  if (auxiliaryInClause && lastInClause && analysis.feature === 'past participle') score -= auxiliaryInClause === 'zijn' ? CONTEXT_WEIGHT : CONTEXT_WEIGHT * 2;
  // ...and so is one just before the auxiliary that ends a subordinate clause: omdat de grond uitgeput was.
  if (!auxiliaryInClause && analysis.feature === 'past participle' && nextAnalyses.some((reading) => reading.pos === 'AUX' && reading.feature !== 'lemma')) score -= CONTEXT_WEIGHT;
  // zijn and haar are possessives before a plural noun more often than verbs before an infinitive: zijn werken.
  if ((previous === 'zijn' || previous === 'haar') && analysis.feature === 'plural') score -= CONTEXT_WEIGHT / 2;
  if (form === 'geleden' && analysis.pos === 'ADV' && !(previous && SPANS_OF_TIME.has(previous))) score += CONTEXT_WEIGHT * 2;
  // "het" as a subject takes hij-forms (het werkt); a bare stem after it is a noun (het gebruik, het werk).
  if (previous === 'het' && analysis.pos === 'VERB' && analysis.feature === 'present' && !/[td]$/.test(form)) score += CONTEXT_WEIGHT * 2;
  // A bare stem is the ik-form (ik verlies, verlies ik) or an imperative at the start; elsewhere the word
  // is something else: dat verlies, het verlies.
  if (analysis.pos === 'VERB' && analysis.feature === 'present' && !/t$/.test(form) && previous !== undefined && previous !== 'ik' && !(next?.kind === 'word' && /^(ik|je|jij)$/i.test(next.text))) score += CONTEXT_WEIGHT * 2;
  // An imperative opens its clause before its object or a clause: Vraag het formulier aan, Zorg dat, ..., kijk dan op.
  if (analysis.pos === 'VERB' && analysis.feature === 'present' && !/t$/.test(form) && clauseStart && next?.kind === 'word' && AFTER_IMPERATIVE.has(normalizeForm(next.text)) && siblings.every((reading) => ['NOUN', 'VERB', 'INTJ'].includes(reading.pos))) score -= CONTEXT_WEIGHT * 2;
  // After an inflected adjective comes a noun: grote delen, de nieuwe werken.
  if (adjectiveBefore) {
    // (not before another noun, where the word is a second adjective: de lange stalen tafel)
    if (analysis.pos === 'NOUN' && !siblings.some((reading) => reading.pos === 'AUX' && reading.lemma === 'zijn') && !(nounMayFollow && siblings.some((reading) => reading.pos === 'ADJ'))) score -= CONTEXT_WEIGHT;
    // (zijn may follow an adjective used as a noun: de andere was ridder)
    if ((analysis.pos === 'VERB' || (analysis.pos === 'AUX' && analysis.lemma !== 'zijn')) && analysis.feature !== 'past participle') score += CONTEXT_WEIGHT / 2;
  }
  // Before a noun, a word that is an inflected adjective or a noun is the adjective: oudere werknemers,
  // de lange centrale verdedigers, een gemiddelde woning.
  if (nounFollows) {
    // (not a present participle, which stays the verb's; nor a comparative where the form is an adjective of its own: de rechter knie)
    const ownAdjective = siblings.some((reading) => reading.pos === 'ADJ' && reading.feature === 'lemma');
    if (analysis.pos === 'ADJ' && analysis.feature === 'inflected' && !/(e|aa|ie|oe)nd$/.test(analysis.lemma)) score -= CONTEXT_WEIGHT;
    if (analysis.pos === 'ADJ' && (analysis.feature === 'comparative' || analysis.feature === 'superlative') && !ownAdjective) score -= CONTEXT_WEIGHT * 2;
    if (analysis.pos === 'NOUN' && siblings.some((reading) => reading.pos === 'ADJ' && reading.feature !== 'lemma')) score += CONTEXT_WEIGHT / 2;
  }
  // After a reflexive and before a preposition or maken, an -en word is a plural noun: maakt zich zorgen over,
  // heb me zorgen gemaakt.
  if (previous && /^(zich|me|mij|ons|je)$/.test(previous) && next?.kind === 'word' && (PREPOSITIONS.has(normalizeForm(next.text)) || /^(ge)?maak?(t|te|ten|en|kt)$/.test(normalizeForm(next.text))) && analysis.feature === 'plural') score -= CONTEXT_WEIGHT;
  // After an article and before a noun, a participle describes the noun rather than being a plural noun: de geboden hulp (not gebod).
  if (previous && DETERMINERS.has(previous) && analysis.feature === 'past participle' && nounFollows && siblings.some((reading) => reading.pos === 'NOUN') && !siblings.some((reading) => reading.pos === 'ADJ')) score -= CONTEXT_WEIGHT;
  // Before te, an -en word is the object of its infinitive: durven vragen te stellen.
  if (next?.kind === 'word' && normalizeForm(next.text) === 'te' && analysis.feature === 'plural') score -= CONTEXT_WEIGHT / 2;
  // Before van, an -en word is a plural noun sooner than a verb: delen van het publiek, vragen van kiezers.
  if (next?.kind === 'word' && normalizeForm(next.text) === 'van' && previous !== 'te' && previous !== 'het' && !afterModal && analysis.feature === 'plural') score -= CONTEXT_WEIGHT / 2;
  // After a number or a quantity comes a plural noun: twee delen, vele werken, tweehonderdveertig graven (not
  // after a year: In 1985 namen zijn zoon en diens vrouw het bedrijf over).
  if (previous && (NUMBER_WORDS.has(previous) || (/^\d+$/.test(previous) && !YEAR.test(previous)) || /(honderd|duizend)$/.test(previous) || TENS.test(previous)) && analysis.feature === 'plural') score -= CONTEXT_WEIGHT;
  // After a preposition comes a noun phrase, not a finite verb: in gebruik, uit de staat.
  if (previous && PREPOSITIONS.has(previous)) {
    if (analysis.pos === 'NOUN' || analysis.pos === 'ADJ') score -= CONTEXT_WEIGHT / 2;
    // ...an adjective only before its noun: onder druk (pressure, not busy).
    if (analysis.pos === 'ADJ' && siblings.some((reading) => reading.pos === 'NOUN') && !nextAnalyses.some((reading) => reading.pos === 'NOUN' || reading.pos === 'ADJ')) score += CONTEXT_WEIGHT * 2;
    // op zijn hoofd: the possessive, not the verb; but with no word after it a pronoun (met je?).
    if (analysis.pos === 'DET' && next?.kind === 'word') score -= CONTEXT_WEIGHT / 2;
    if (analysis.pos === 'VERB' && (analysis.feature === 'present' || analysis.feature === 'past')) score += CONTEXT_WEIGHT / 2;
  }
  if (previous === 'te' && (analysis.pos === 'VERB' || analysis.pos === 'AUX') && analysis.feature === 'lemma') score -= CONTEXT_WEIGHT;
  // ...and never a plural noun: om te paren.
  if (previous === 'te' && analysis.feature === 'plural') score += CONTEXT_WEIGHT * 4;
  // A participle after an article describes a noun that follows it (de gesloten deur); with none after
  // it, the word is the noun (de gewassen dienen als voer).
  if (previous && DETERMINERS.has(previous) && analysis.feature === 'past participle' && !nextAnalyses.some((reading) => reading.pos === 'NOUN' || reading.pos === 'ADJ')) {
    score += CONTEXT_WEIGHT;
  }
  // Before a subject pronoun, a word that can be a finite verb is one, the clause inverted: Ten eerste bevelen wij aan.
  // (je is a possessive as often)
  if (next?.kind === 'word' && SUBJECTS.has(normalizeForm(next.text)) && normalizeForm(next.text) !== 'je') {
    if ((analysis.pos === 'VERB' || analysis.pos === 'AUX') && FINITE.has(analysis.feature)) score -= CONTEXT_WEIGHT;
  }
  // Before an article no adjective stands, a verb does: In een motie die ... werd aangenomen, vroeg de raad.
  if (next?.kind === 'word' && /^(de|het|een)$/.test(normalizeForm(next.text)) && siblings.some((reading) => reading.pos === 'ADJ') && siblings.some((reading) => reading.pos === 'VERB')) {
    if (analysis.pos === 'ADJ') score += CONTEXT_WEIGHT / 2;
  }
  // Before an object pronoun, a word that is a verb or an adjective is the verb: laat hen, bleek hem.
  if (next?.kind === 'word' && OBJECT_PRONOUNS.has(normalizeForm(next.text))) {
    if ((analysis.pos === 'VERB' || analysis.pos === 'AUX') && (analysis.feature === 'present' || analysis.feature === 'past')) score -= CONTEXT_WEIGHT;
    if (analysis.pos === 'ADJ' || analysis.pos === 'NOUN') score += CONTEXT_WEIGHT / 2;
  }
  // Before an infinitive, a word that is a verb or an adjective is the verb: zich niet laat chanteren.
  if (analysis.pos === 'ADJ' && previous !== 'te' && previous !== 'zo' && nextAnalyses.some((reading) => reading.pos === 'VERB' && reading.feature === 'lemma') && !nextAnalyses.some((reading) => reading.pos === 'NOUN')) {
    score += CONTEXT_WEIGHT / 2;
  }
  return score;
}

function best(analyses: readonly Analysis[], form: string, context: Context, lexicon: Lexicon): Analysis {
  if (analyses.length === 1) return analyses[0]!;
  // The next word's readings; for a lower-case word the lexicon lacks, what its form says it is (oudere
  // leugendetector: a compound noun follows).
  const nextWord = context.next?.kind === 'word' ? context.next.text : undefined;
  const nextGuess = nextWord && /^\p{Ll}/u.test(nextWord) && !lexicon.forms.has(normalizeForm(nextWord)) ? guess(normalizeForm(nextWord), lexicon) : undefined;
  const nextAnalyses: readonly NextReading[] = nextWord ? (lexicon.forms.get(normalizeForm(nextWord)) ?? (nextGuess?.feature ? [{ lemma: nextGuess.lemma, pos: nextGuess.pos, feature: nextGuess.feature }] : [])) : [];
  const score = (analysis: Analysis) => contextScore(analysis, form, context, nextAnalyses, analyses);
  return [...analyses].sort((a, b) => score(a) - score(b))[0]!;
}

const fromAnalysis = (analysis: Analysis, source: ReadingSource = 'lexicon'): WordReading => ({
  lemma: analysis.lemma,
  pos: analysis.pos,
  feature: analysis.feature,
  entry: analysis.entry,
  source,
});

// Suffix rules for words the lexicon lacks: [ending, replacement, part of speech, feature].
// No plural rules: the lexicon lists every plural of its nouns, so a form it does not list is no plural
// of a known noun (sleuren, zegenen are verbs).
const SUFFIX_RULES: [RegExp, string, PartOfSpeech, FormFeature][] = [
  // -ing makes -inkje: dressinkje, woninkje.
  [/inkjes?$/, 'ing', 'NOUN', 'diminutive'],
  [/etjes?$/, '', 'NOUN', 'diminutive'],
  [/[tp]jes?$/, '', 'NOUN', 'diminutive'],
  [/jes?$/, '', 'NOUN', 'diminutive'],
  [/ere$/, '', 'ADJ', 'comparative'],
  [/er$/, '', 'ADJ', 'comparative'],
  [/ste$/, '', 'ADJ', 'superlative'],
  [/e$/, '', 'ADJ', 'inflected'],
];

// Plurals of productive noun suffixes, for nouns the lexicon lacks altogether: speculaties -> speculatie.
// Adjectives with productive suffixes, inflected: symbolische -> symbolisch, twijfelachtige -> twijfelachtig.
const PRODUCTIVE_ADJECTIVES: [RegExp, string][] = [
  // Comparatives too: lustelozer -> lusteloos, kostbaarder -> kostbaar.
  [/(?<=.{3})lozere?$/, 'loos'],
  [/(?<=.{3})baardere?$/, 'baar'],
  [/(?<=.{3})zamere?$/, 'zaam'],
  [/(?<=.{3})lijkere?$/, 'lijk'],
  [/ische$/, 'isch'],
  [/ige$/, 'ig'],
  [/ieve$/, 'ief'],
  [/ale$/, 'aal'],
  [/(on|u)ele$/, '$1eel'],
  // French -eel: substantiële -> substantieel, criminele -> crimineel; Dutch -el: dubbele -> dubbel, simpele -> simpel.
  [/iële$/, 'ieel'],
  [/ële$/, 'ëel'],
  [/(?<=[nmr]|nt)ele$/, 'eel'],
  [/ele$/, 'el'],
  [/aire$/, 'air'],
  [/lijke$/, 'lijk'],
  [/bare$/, 'baar'],
  [/zame$/, 'zaam'],
  [/loze$/, 'loos'],
  [/ieuze$/, 'ieus'],
  [/ante$/, 'ant'],
  [/ente$/, 'ent'],
  [/(aa|oe|ie)nde$/, '$1nd'],
  [/ieke$/, 'iek'],
  [/iete$/, 'iet'],
  [/jarige$/, 'jarig'],
  // Adjectives in -s: volkse -> volks, naoorlogse -> naoorlogs.
  [/(?<=[^aeiousr])se$/, 's'],
  [/eske$/, 'esk'],
  [/euze$/, 'eus'],
  // Comparatives of adjectives with a productive suffix: bochtigere -> bochtig, productievere -> productief.
  [/igere$/, 'ig'],
  [/ievere$/, 'ief'],
  [/(?<=[^aeiou])ere$/, 'er'],
  // A doubled consonant before -e is single in the adjective: vlakke -> vlak, rappe -> rap (not moyenne, gazelle).
  [/(?<=^(?!.*(?:elle|esse|enne|anne|ille)$).{2,})([bfgklmnpr])\1e$/, '$1'],
];

/** A stem written with a final s or f that a -de past shows was z or v: deins (deinsde) -> deinz. */
const voiced = (stem: string) => stem.replace(/s$/, 'z').replace(/f$/, 'v');

/**
 * The infinitive of an unknown weak verb from its participle without ge- or prefix. A final t is the stem's
 * after l, m, n, r or a vowel, in -cht and in -st after a long vowel (plant, vlucht, troost); a final d is
 * the stem's after a vowel (leid, bloed). Otherwise it is the ending, by 't kofschip: maak+t, bel+d, reis+d
 * -> reizen.
 */
export function infinitiveFromParticiple(core: string): string {
  const rest = core.slice(0, -1);
  const ending = core.at(-1);
  const stemHasIt =
    ending === 't'
      ? /([lmnr]|[aeiouy]|ch|(aa|ee|oo|uu|oe|ie|ui|ei|ij|ou|au|eu)s)$/.test(rest)
      : /[aeiouy]$/.test(rest) && !/(aai|ooi|oei|eeuw|ieuw|uw)$/.test(rest);
  if (stemHasIt) return infinitiveFromStem(core);
  return infinitiveFromStem(ending === 'd' ? voiced(rest) : rest);
}

/**
 * The infinitive of an unknown verb from its hij-form: the final t is the stem's after a long vowel or
 * diphthong (eet -> eten, sluit -> sluiten) and in -cht (richt -> richten), else the ending (pakt -> pakken).
 */
export function infinitiveFromPresent(form: string): string {
  const stemHasIt = /(aa|ee|oo|uu|ui|ie|oe|ij|ei|ou|au|ch)t$/.test(form) && !/(aai|ooi|oei)t$/.test(form);
  // The hij-form spells a z or v of the stem as s or f: blaast -> blazen, kiest -> kiezen, zwerft -> zwerven.
  const stem = stemHasIt ? form : form.slice(0, -1).replace(/(aa|ee|oo|ie|eu)s$/, '$1z').replace(/([lr])f$/, '$1v');
  return infinitiveFromStem(stem);
}

/** The infinitive of an unknown verb from its stem: teel -> telen, fok -> fokken, exposeer -> exposeren. */
export function infinitiveFromStem(stem: string): string {
  // -ieer verbs write ië before -en: initieer -> initiëren, allieer -> alliëren.
  if (/iee[^aeiou]$/.test(stem)) return `${stem.slice(0, -3)}ë${stem.at(-1)}en`;
  const long = /(aa|ee|oo|uu)([^aeiouw])$/.exec(stem);
  if (long) return `${stem.slice(0, -3)}${long[1]![0]}${long[2] === 'f' ? 'v' : long[2]}en`;
  // f is voiced between a long vowel and -en: troef -> troeven, snuif -> snuiven.
  if (/(ie|oe|eu|ui|ei|ij|ou|au)f$/.test(stem)) return `${stem.slice(0, -1)}ven`;
  // An unstressed last syllable does not double its consonant: effen -> effenen, wandel -> wandelen, matig -> matigen, grinnik -> grinniken, sponsor -> sponsoren.
  if (/[aeiouy].*[^aeiou](e[lrnm]|ig|ik|or)$/.test(stem)) return `${stem}en`;
  if (/(^|[^aeiou])[aeiou][bdfgklmnprst]$/.test(stem) && !/(ie|oe|eu|ui|ou|au|ei|ij)[^aeiou]$/.test(stem)) return `${stem}${stem.at(-1)}en`;
  return `${stem}en`;
}

const PRODUCTIVE_PLURALS: [RegExp, string][] = [
  [/(?<=.{3})heden$/, 'heid'],
  [/nissen$/, 'nis'],
  [/ingen$/, 'ing'],
  [/(?<=[^aeiou])ies$/, 'ie'],
  [/ieën$/, 'ie'],
  [/iën$/, 'ie'],
  [/lieden$/, 'man'],
  // -emen, -uelen and -toren, -soren are plurals of -eem, -ueel, -tor: problemen, rituelen, factoren.
  [/(?<=.[^aeiou])emen$/, 'eem'],
  [/uelen$/, 'ueel'],
  [/(?<=.{2}[ts])oren$/, 'or'],
  [/eeën$/, 'ee'],
  // Latin plurals: centra, musea -> centrum, museum; cycli -> cyclus.
  [/(centr|muse|stadi|podi|criteri|studi|curricul)a$/, '$1um'],
  [/(cycl|catalog|alumn|stimul|radi|ic|promovend)i$/, '$1us'],
  [/(for|maxim|minim|optim)a$/, '$1um'],
  [/isten$/, 'ist'],
  // Learned nouns: geologen, fotografen, economen, filosofen.
  [/(?<=.{2})logen$/, 'loog'],
  [/(?<=.{2})grafen$/, 'graaf'],
  [/(?<=.{2}o)nomen$/, 'noom'],
  [/(?<=.{2})sofen$/, 'soof'],
  [/(aar|eur|ier|ent|ant|ist|er|or)s$/, '$1'],
];

/** Readings of a word the lexicon does not list as such: a suffix rule over a known lemma, or a compound. */
/** What the words around an unknown word say of it. */
interface GuessContext {
  /** After a finite verb, te, a verb taking a bare infinitive or a plural subject: -en is an infinitive. */
  afterVerb?: boolean;
  /** After an article: -e is an inflected adjective, not a past tense. */
  afterArticle?: boolean;
  afterHetOrTe?: boolean;
  /** Last in its sentence with no article, number or preposition before it. */
  clauseFinal?: boolean;
  /** After a subject pronoun or zich: -t is a present tense. */
  afterSubject?: boolean;
  /** No noun can follow: punctuation or a function word comes next, so an -e word is no adjective before its noun. */
  beforeNoNoun?: boolean;
  /** A noun comes next: an -e word is an adjective before it. */
  beforeNoun?: boolean;
  /** After het, een, dit or elk: a noun here is singular (het bordes, een opmars). */
  singular?: boolean;
}

/** The adjective of an unknown inflected form: onderlinge -> onderling, witte -> wit, grote -> groot, lieve -> lief. */
export function adjectiveFromInflected(form: string): string {
  const stem = form.slice(0, -1);
  if (/([bdfgklmnprst])\1$/.test(stem)) return stem.slice(0, -1);
  const long = /(^|[^aeiou])([aeou])([^aeiouwj])$/.exec(stem);
  const lengthened = long && !/(ig|el|er|en|em|lijk|isch)$/.test(stem) ? `${stem.slice(0, -1)}${long[2]}${long[3]}` : stem;
  return lengthened.replace(/v$/, 'f').replace(/z$/, 's');
}

function guess(lower: string, lexicon: Lexicon, { afterVerb, afterArticle, afterHetOrTe, clauseFinal, afterSubject, beforeNoNoun, beforeNoun, singular }: GuessContext = {}): WordReading | undefined {
  // After het or te, a word in -en is an infinitive: het melken, te fokken (not melk + -en); unless it is
  // a participle before a noun (het aangeslagen Oranje).
  const strongParticiple = /^(.*?)ge\p{L}{3,}en$/u.exec(lower);
  if (afterHetOrTe && /[^aeiou]en$/.test(lower) && !(strongParticiple && (strongParticiple[1] === '' || lexicon.particles.has(strongParticiple[1]!)))) {
    return { lemma: lower, pos: 'VERB', feature: 'lemma', source: 'rule' };
  }
  // An inflected adjective used as a plural noun keeps its adjective: anderen, gelovigen, betrokkenen.
  // ...a superlative too: de jongsten (jong).
  const adjective = /en$/.test(lower) ? lexicon.forms.get(lower.slice(0, -1))?.find((analysis) => analysis.pos === 'ADJ' && (analysis.feature === 'inflected' || analysis.feature === 'superlative')) : undefined;
  if (adjective) return { lemma: adjective.lemma, pos: 'ADJ', feature: 'inflected', entry: adjective.entry, source: 'rule' };
  for (const [pattern, replacement, pos, feature] of SUFFIX_RULES) {
    if (!pattern.test(lower)) continue;
    const stem = lower.replace(pattern, replacement);
    // The vowel before a single consonant may be long: grote -> groot.
    const long = stem.replace(/([aeiou])([^aeiou])$/, '$1$1$2');
    const devoice = (form: string) => form.replace(/v$/, 'f').replace(/z$/, 's');
    for (const candidate of [stem, long, devoice(stem), devoice(long)]) {
      const entry = lexicon.lemmas.get(candidate)?.find((known) => known.pos === pos);
      if (entry && candidate.length >= 3) return { lemma: entry.lemma, pos, feature, entry, source: 'rule' };
    }
    // The diminutive of a compound whose last part is known: kinderklompjes -> kinderklomp.
    const compoundNoun = pos === 'NOUN' ? compound(stem, lexicon) : undefined;
    if (compoundNoun?.pos === 'NOUN' && compoundNoun.feature === 'lemma') return { ...compoundNoun, feature };
  }
  // Pronominal adverbs are themselves: hierboven, daartegen, waarvoor.
  if (/^(hier|daar|waar|er)(aan|achter|bij|binnen|boven|buiten|door|in|langs|mee|na|naar|naast|om|onder|op|over|tegen|toe|tussen|uit|van|vandaan|voor|zonder)$/.test(lower)) {
    return { lemma: lower, pos: 'ADV', feature: 'lemma', source: 'rule' };
  }
  // Adjectives with a productive suffix, uninflected, are themselves: vruchtbaar, not vrucht + baren.
  if (/.{4}(baar|zaam|lijk|achtig|loos)$/.test(lower)) return { lemma: lower, pos: 'ADJ', feature: 'lemma', source: 'rule' };
  // A participle with on- is an adjective: onbeslapen, ongestoord, onbesuisde -> onbesuisd.
  const unParticiple = /^on(ge|be|ver|ont|her|er)\p{L}{3,}(d|t|en)(e?)$/u.exec(lower);
  if (unParticiple && !/(([kpfs])\2|ig)en$/.test(lower)) return { lemma: unParticiple[3] ? lower.slice(0, -1) : lower, pos: 'ADJ', feature: unParticiple[3] ? 'inflected' : 'lemma', source: 'rule' };
  // An intensifying prefix before a known adjective keeps the adjective: ultrasnelle, overbekende, oeroude.
  const intensified = /^(ultra|super|hyper|mega|extra|over|oer|aarts|reuze|stok|dood|bloed|knal|spier|kei)(\p{L}{3,})$/u.exec(lower);
  const intensifiedAdjective = intensified ? lexicon.forms.get(intensified[2]!)?.find((analysis) => analysis.pos === 'ADJ' && (analysis.feature === 'lemma' || analysis.feature === 'inflected')) : undefined;
  if (intensified && intensifiedAdjective) {
    return { lemma: `${intensified[1]}${intensifiedAdjective.lemma}`, pos: 'ADJ', feature: intensifiedAdjective.feature, source: 'compound', parts: { modifier: intensified[1]!, head: intensifiedAdjective.entry } };
  }
  // A known verb form with a particle or prefix before it is that verb: overlopen, afvallen (not over +
  // loop), afgesneden (afsnijden), neergeslagen (neerslaan). Not its bare stem, a noun as often as not
  // (afloop, inval, opzet).
  // After an article, an -en word is a plural noun (de onderdelen, de omroepen), read below.
  for (const prefix of VERB_PARTICLES) {
    const rest = lower.slice(prefix.length);
    if (!lower.startsWith(prefix) || rest.length < 3) continue;
    const base = (lexicon.forms.get(rest) ?? []).find(
      (analysis) =>
        analysis.pos === 'VERB' &&
        !analysis.entry.particle &&
        !(afterArticle && !afterHetOrTe && analysis.feature === 'lemma') &&
        (PREFIXABLE.has(analysis.feature) || (analysis.feature === 'present' && /[^t]t$/.test(rest))),
    );
    if (base) return { lemma: `${prefix}${base.lemma}`, pos: 'VERB', feature: base.feature, source: 'rule' };
  }
  // Agent nouns of known verbs before compounds: ontdekkers is ontdekker, not ontdek + kers.
  const agent = /^(\p{L}{3,}?)(\p{L})?\2?ers?$/u.exec(lower);
  if (agent && lexicon.forms.get(`${agent[1]}${agent[2] ?? ''}`)?.some((analysis) => analysis.pos === 'VERB' && analysis.feature === 'present')) {
    return { lemma: lower.replace(/s$/, ''), pos: 'NOUN', feature: lower.endsWith('s') ? 'plural' : 'lemma', source: 'rule' };
  }
  // After an article, a nominalised participle in -den or -ten is a plural noun in -e: de geleerden, de gedeelten.
  if (afterArticle && /^ge\p{L}{3,}[dt]en$/u.test(lower) && !/heden$/.test(lower)) return { lemma: lower.slice(0, -1), pos: 'NOUN', feature: 'plural', source: 'rule' };
  // -heden is the plural of -heid, not a compound with heden (today): eigenaardigheden, gewelddadigheden.
  if (/.{3}heden$/.test(lower)) return { lemma: lower.replace(/heden$/, 'heid'), pos: 'NOUN', feature: 'plural', source: 'rule' };
  // Before a noun, -jarige is the adjective: de tachtigjarige schrijver (not the noun jarige, birthday person).
  if (beforeNoun && /.{3}jarige$/.test(lower)) return { lemma: lower.slice(0, -1), pos: 'ADJ', feature: 'inflected', source: 'rule' };
  const compounded = compound(lower, lexicon);
  // A noun before an -en verb form whose stem is a noun too makes a plural noun, unless a verb or the
  // clause's end asks for an infinitive: windstoten -> windstoot, ramkraken -> ramkraak (but tijdrijden).
  const nounStem = compounded?.pos === 'VERB' && compounded.feature === 'lemma' ? lexicon.lemmas.get(verbStems(compounded.parts!.head.lemma)[0]!)?.find((entry) => entry.pos === 'NOUN') : undefined;
  if (nounStem && compounded?.parts?.modifierEntry?.pos === 'NOUN' && !afterVerb && !clauseFinal && !afterHetOrTe) {
    return { lemma: `${compounded.parts.modifier}${nounStem.lemma}`, pos: 'NOUN', feature: 'plural', source: 'compound', parts: { ...compounded.parts, head: nounStem } };
  }
  // ...and no infinitive after an article but het: de assistenten is no assist + enten.
  if (compounded && !(afterArticle && !afterHetOrTe && compounded.pos === 'VERB' && compounded.feature === 'lemma')) return compounded;
  // Diminutives of nouns the lexicon lacks: kiempje -> kiem, Indiaantje -> indiaan, tuitje -> tuit, balletje -> bal.
  const diminutive = /^(\p{L}{3,}?)(?:(?<=([bdfgklmnprst])\2)etjes?|(?<=m)pjes?|(?<=aa|ee|oo|uu|ie|oe|(?:aa|ee|oo|uu|ie|oe|eu|ui|ei|ij|ou|au)[lnrw]|[^aeiou]e[lnr])tjes?|(?<=[^aeiouy])jes?)$/u.exec(lower);
  if (diminutive) {
    // A doubled consonant or a doubled final vowel is single in the base: balletje -> bal, autootje -> auto.
    const base = diminutive[1]!.replace(/([bdfgklmnprst])\1$/, '$1').replace(/([^aeiou])(a|o|u)\2$/, '$1$2');
    return { lemma: base, pos: 'NOUN', feature: lower.endsWith('s') ? 'diminutive plural' : 'diminutive', source: 'rule' };
  }
  // A word in -e after an article with no noun after it is a noun itself: de intrige ", om prestige te.
  if (afterArticle && beforeNoNoun && /e$/.test(lower)) return { lemma: lower, pos: 'NOUN', feature: 'lemma', source: 'rule' };
  for (const [pattern, replacement] of PRODUCTIVE_ADJECTIVES) {
    if (pattern.test(lower)) return { lemma: lower.replace(pattern, replacement), pos: 'ADJ', feature: 'inflected', source: 'rule' };
  }
  // Nouns with a productive suffix are themselves: geleerdheid, genialiteit, scheepsbouwkunde (not
  // participles or pasts of a verb);
  // so is a known adjective with -te: scherpte, dikte.
  if (/.{3}(heid|iteit|schap|isme|kunde)$/.test(lower) || (/te$/.test(lower) && lexicon.lemmas.get(lower.slice(0, -2))?.some((entry) => entry.pos === 'ADJ'))) {
    return { lemma: lower, pos: 'NOUN', feature: 'lemma', source: 'rule' };
  }
  for (const [pattern, replacement] of PRODUCTIVE_PLURALS) {
    if (pattern.test(lower)) return { lemma: lower.replace(pattern, replacement), pos: 'NOUN', feature: 'plural', source: 'rule' };
  }
  // Participles of unknown verbs, with a known particle before ge- when separable: opgerold -> oprollen,
  // geplant -> planten; not -eert, a present tense (generaliseert).
  const participle = /^(.*?)ge(\p{L}{3,}?[td])(?:en?)?$/u.exec(lower);
  if (participle && (participle[1] === '' || lexicon.particles.has(participle[1]!)) && !/eert$/.test(lower)) {
    // Before an ending, one vowel in an open syllable is long: geprate -> praat -> praten.
    const core = participle[2]!.replace(/^ë/, 'e').replace(/^ï/, 'i');
    const spoken = lower.endsWith('e') || lower.endsWith('en') ? core.replace(/(^|[^aeiou])([aou])([^aeiou])$/, '$1$2$2$3') : core;
    return { lemma: `${participle[1]}${infinitiveFromParticiple(spoken)}`, pos: 'VERB', feature: 'past participle', source: 'rule' };
  }
  // A strong one is read with the participle's vowel, right where it is the infinitive's: geslapen -> slapen.
  const strong = /^(.*?)ge(\p{L}{3,})en$/u.exec(lower);
  if (strong && (strong[1] === '' || lexicon.particles.has(strong[1]!)) && !afterArticle && /[^aeiou]en$/.test(lower)) {
    return { lemma: `${strong[1]}${strong[2]}en`, pos: 'VERB', feature: 'past participle', source: 'rule' };
  }
  // Verbs with an unstressed prefix take no ge-: beproefd -> beproeven, bezegeld -> bezegelen, mishandeld -> mishandelen.
  // Prefixes that are also particles only with -d, never a present tense: mishandeld, omcirkeld.
  const prefixedParticiple = /^(be|ver|ont|her|mis|om|vol|over|onder|door|achter|weer)(\p{L}{3,}?[td])e?$/u.exec(lower);
  if (prefixedParticiple && (/^(be|ver|ont|her)$/.test(prefixedParticiple[1]!) || /de?$/.test(lower)) && !/(heid|teit|ment|ant|ent|aat|ist|iet|uut|rte)e?$/.test(lower) && /[aeiouy]/.test(prefixedParticiple[2]!.slice(-4))) {
    // A final t may be a present tense (bepaalt) as well: the stem without it gives the same infinitive.
    // Not in -cht nor after one vowel, where the t is the stem's either way: berecht, beknot, begroet.
    // Before an ending, one vowel in an open syllable is long: begrote -> begroot -> begroten.
    const core = lower.endsWith('e') ? prefixedParticiple[2]!.replace(/(^|[^aeiou])([aou])([^aeiou])$/, '$1$2$2$3') : prefixedParticiple[2]!;
    const stemT = /(ch|(^|[^aeiou])[aeiou]|aa|ee|oo|uu|oe|ie|eu)t$/.test(core);
    const infinitive = core.endsWith('t') && !stemT ? infinitiveFromStem(core.slice(0, -1)) : infinitiveFromParticiple(core);
    return { lemma: `${prefixedParticiple[1]}${infinitive}`, pos: 'VERB', feature: 'past participle', source: 'rule' };
  }
  // Before a noun, an unknown -e word is an inflected adjective (in onderlinge gevechten, een bonte verzameling);
  // not a present participle or a superlative, read above and below.
  // (-ste and -de only where a prefix shows a participle: onjuiste, ongehuwde.)
  if (beforeNoun && /[^aeiou]e$/.test(lower) && !/(ende|ese)$/.test(lower) && (!/(ste|[^aeiou]de)$/.test(lower) || /^(on(?!der)|ge|be|ver|ont|her)/.test(lower)) && lower.length > 3) return { lemma: adjectiveFromInflected(lower), pos: 'ADJ', feature: 'inflected', source: 'rule' };
  if (/eert$/.test(lower)) return { lemma: lower.replace(/eert$/, 'eren'), pos: 'VERB', feature: 'present', source: 'rule' };
  // After a subject pronoun or zich, a word in -t is its verb: als hij zich omdraait, waarin hij opsomt.
  if (afterSubject && /.[^t]t$/.test(lower)) return { lemma: infinitiveFromPresent(lower), pos: 'VERB', feature: 'present', source: 'rule' };
  // Numbers written as one word: vijftigduizend (no present participle of duizen); tienduizenden.
  if (/(duizend|honderd)$/.test(lower) || (/(honderd|duizend)/.test(lower) && TENS.test(lower))) return { lemma: lower, pos: 'NUM', feature: 'lemma', source: 'rule' };
  if (/(duizend|honderd)en$/.test(lower)) return { lemma: lower.slice(0, -2), pos: 'NUM', feature: 'plural', source: 'rule' };
  // Adverbs in -s are no plurals: enigszins, dikwijls, meermaals, blindelings, stapsgewijs.
  if (/.{3}(zins|wijls|maals|lings|gewijs)$/.test(lower)) return { lemma: lower, pos: 'ADV', feature: 'lemma', source: 'rule' };
  // Nor adjectives in -lijks and -tijds: maandelijks, tussentijds.
  if (/.{3}(lijks|tijds)$/.test(lower)) return { lemma: lower, pos: 'ADJ', feature: 'lemma', source: 'rule' };
  // Present participles: vloeiende -> vloeien, blunderende -> blunderen.
  // A present participle with -n is a noun of people: belangstellenden, inzittenden -> inzittende.
  if (/.{4}(?<!e)enden$/.test(lower)) return { lemma: lower.slice(0, -1), pos: 'NOUN', feature: 'plural', source: 'rule' };
  if (/.{4}(?<!e)ende?$/.test(lower)) return { lemma: lower.replace(/ende?$/, 'en'), pos: 'VERB', feature: 'present participle', source: 'rule' };
  if (/eerden?$/.test(lower)) return { lemma: infinitiveFromStem(lower.replace(/den?$/, '')), pos: 'VERB', feature: 'past', source: 'rule' };
  // Past tense of an unknown verb whose stem ends in t or d: trachtte -> trachten, redde -> redden.
  if (/[^aeiou](tte|dde)$/.test(lower)) return { lemma: infinitiveFromStem(lower.slice(0, -2)), pos: 'VERB', feature: 'past', source: 'rule' };
  // Other weak pasts, -te after a voiceless stem ('t kofschip) and -de after the rest: nestelde -> nestelen,
  // schikte -> schikken. Not after an article, where an -e ending is an inflected adjective.
  // A stem in s or f before -de was z or v: deinsde -> deinzen, troefde -> troeven.
  const past = /^(\p{L}*[aeiouy]\p{L}*?)(?:(?<=[tkfspx]|ch|sh)te|(?<![tkp]|ch)de)n?$/u.exec(lower);
  // Not -ste, the superlative (onderste), nor -aande, -oende, -iende: present participles of gaan, doen, zien (vooraanstaande).
  // -etten, -atten after one vowel are plurals (skeletten, raketten), not pasts.
  // -ste(n) after a subject is a past too (hij danste, zij dansten), elsewhere a superlative or a plural (kosten).
  // (a stem may end in a diphthong: draaide, bloeide)
  const stemEnd = /([^aeiouysf]|[aeou]i)$/.test(past?.[1] ?? '') || /(sde|[aeiouy]fte|[aeiouyr]fde)$/.test(lower.replace(/n$/, '')) || (afterSubject && /sten?$/.test(lower));
  // (-aande, -oende, -iende are present participles of gaan, doen, zien; -ienden after a subject is a past: zij dienden.)
  const participleOfShortVerb = /(aa|oe|ie)n$/.test(past?.[1] ?? '') && !(afterSubject && /nden$/.test(lower));
  if (past && !afterArticle && !/(^|[^aeiou])[aeiou](tt|dd)en$/.test(lower) && stemEnd && !participleOfShortVerb && past[1]!.length >= 3) {
    // Only a -de past shows a voiced stem: troefde -> troeven, but strafte -> straffen.
    const stem = /den?$/.test(lower) ? voiced(past[1]!) : past[1]!;
    return { lemma: infinitiveFromStem(stem), pos: 'VERB', feature: 'past', source: 'rule' };
  }
  // Most words the lexicon lacks that end in -en or -es are noun plurals: tractaten, kuddes.
  // ...unless a verb or te comes just before: then it is an infinitive (wil knokken, te ontmantelen).
  if (afterVerb && /en$/.test(lower)) return { lemma: lower, pos: 'VERB', feature: 'lemma', source: 'rule' };
  // So is one that ends its clause with no article, number or preposition before it (moest vluchten.),
  // and a loan verb in -eren (reanimeren, chanteren).
  if (clauseFinal && /en$/.test(lower)) return { lemma: lower, pos: 'VERB', feature: 'lemma', source: 'rule' };
  if (/.{4}[^aeiou]eren$/.test(lower) && !/(ieren|aren)$/.test(lower)) return { lemma: lower, pos: 'VERB', feature: 'lemma', source: 'rule' };
  // One vowel before -sen is a plural of -se: frasen -> frase, analysen -> analyse (a long vowel before s is spelt z: vazen).
  if (/(^|[^aeiou])[aeiouy]sen$/.test(lower) && lower.length > 5) return { lemma: lower.slice(0, -1), pos: 'NOUN', feature: 'plural', source: 'rule' };
  if (/[^aeiouë]en$/.test(lower) && lower.length > 3) return { lemma: verbStems(lower)[0]!, pos: 'NOUN', feature: 'plural', source: 'rule' };
  // A diphthong before -en: geweien -> gewei, kooien -> kooi.
  if (/.(ei|ooi|aai|oei|ui|ij)en$/.test(lower)) return { lemma: lower.slice(0, -2), pos: 'NOUN', feature: 'plural', source: 'rule' };
  if (singular && /s$/.test(lower)) return { lemma: lower, pos: 'NOUN', feature: 'lemma', source: 'rule' };
  // ...but not feminines in -eres, -ares, nor adres, congres, proces, succes, fles.
  if (/.{2}[^aeiou](e|el|em)s$/.test(lower) && !/((er|ar|d|g)res|(o|c)ces)$/.test(lower)) return { lemma: lower.slice(0, -1), pos: 'NOUN', feature: 'plural', source: 'rule' };
  if (/.{4}ees$/.test(lower) && !/vlees$/.test(lower)) return { lemma: lower.slice(0, -1), pos: 'NOUN', feature: 'plural', source: 'rule' };
  // -'s after a vowel (scenario's) and -s after a consonant (musicals, circuits) make plurals of loanwords.
  if (/.'s$/.test(lower)) return { lemma: lower.slice(0, -2), pos: 'NOUN', feature: 'plural', source: 'rule' };
  // English loans: essays, trolleys, shows, interviews.
  if (/.{2}(ay|ey|oy|ow|ew)s$/.test(lower)) return { lemma: lower.slice(0, -1), pos: 'NOUN', feature: 'plural', source: 'rule' };
  // French loans: cafés, bureaus.
  if (/.(é|eau)s$/.test(lower)) return { lemma: lower.slice(0, -1), pos: 'NOUN', feature: 'plural', source: 'rule' };
  if (/.{3}[bdfgklmnprt]s$/.test(lower) && !/(ours|waarts|graads)$/.test(lower)) return { lemma: lower.slice(0, -1), pos: 'NOUN', feature: 'plural', source: 'rule' };
  return undefined;
}

// Inhabitants and adjectives of places the lexicon lacks: Italianen -> Italiaan, Colombiaanse -> Colombiaans.
const CAPITALIZED_RULES: [RegExp, string, PartOfSpeech][] = [
  [/ese$/u, 'ees', 'ADJ'],
  // (not -sse, a place: Bruinisse)
  [/(aan|aans|isch|[^s]s)e$/u, '$1', 'ADJ'],
  [/anen$/u, 'aan', 'PROPN'],
  [/aren$/u, 'aar', 'PROPN'],
  [/(er|ër|aar)s$/u, '$1', 'PROPN'],
];

const LINKING = ['', 's', 'e', 'en'];
// Longest first, so aaneen is tried before aan.
const VERB_PARTICLES = ['aaneen', 'uiteen', 'achter', 'onder', 'omver', 'samen', 'tegen', 'terug', 'door', 'over', 'voor', 'neer', 'vast', 'vrij', 'aan', 'bij', 'her', 'los', 'mee', 'ont', 'toe', 'uit', 'ver', 'weg', 'af', 'be', 'in', 'na', 'om', 'op'];
const PREFIXABLE: ReadonlySet<FormFeature> = new Set(['lemma', 'past', 'past participle', 'present participle']);
const VERB_PREFIXES = new Set(['be', 'ge', 'her', 'ont', 'ver', 'er', 'door', 'onder', 'over', 'om', 'voor', 'weer', 'vol', 'mis', 'achter']);
const HEAD_ORDER: PartOfSpeech[] = ['NOUN', 'ADJ', 'VERB'];

/** An unknown compound split into a known modifier and a known head: arrestatie + bevel. */
function compound(lower: string, lexicon: Lexicon): WordReading | undefined {
  const splits = Array.from({ length: Math.max(0, lower.length - 5) }, (_, i) => i + 3);
  let fallback: WordReading | undefined;
  for (const split of splits) {
    const headForm = lower.slice(split);
    const modifierForm = lower.slice(0, split);
    // A compound ends in a noun sooner than in a verb form (tuinbouw: bouw, not bouwen), never in a
    // comparative (pijnstiller is no "more pijnstil"). A verb's stem or past is no head after a noun
    // (viskweek is no "fish breeds"), only after a particle or prefix (doordringt, voltrok).
    const verbal = VERB_PREFIXES.has(modifierForm) || lexicon.particles.has(modifierForm);
    const head = (lexicon.forms.get(headForm) ?? [])
      .filter((analysis) => ['NOUN', 'ADJ', 'VERB'].includes(analysis.pos) && !analysis.entry.particle && !isCapitalized(analysis.lemma))
      .filter((analysis) => verbal || analysis.pos !== 'VERB' || !['present', 'past'].includes(analysis.feature))
      .filter((analysis) => analysis.feature !== 'comparative' && analysis.feature !== 'superlative')
      .sort((a, b) => HEAD_ORDER.indexOf(a.pos) - HEAD_ORDER.indexOf(b.pos))[0];
    if (!head || headForm.length < 3) continue;
    const reading = (modifierEntry?: LexiconEntry): WordReading => ({
      lemma: `${modifierForm}${head.lemma}`,
      pos: head.pos,
      feature: head.feature,
      source: 'compound',
      parts: { modifier: modifierForm, head: head.entry, ...(modifierEntry && { modifierEntry }) },
    });
    const modifierEntry = LINKING.filter((link) => !link || modifierForm.endsWith(link))
      .map((link) => modifierForm.slice(0, modifierForm.length - link.length))
      .map((modifier) => lexicon.lemmas.get(modifier)?.[0] ?? lexicon.forms.get(modifier)?.[0]?.entry)
      .find(Boolean);
    if (modifierEntry) return reading(modifierEntry);
    // An unknown modifier is accepted before a noun of some length (melkvee + bedrijven), if nothing better turns up.
    // ...but not in what looks like a participle (uitgebeeld is no uitge + beeld).
    // Nor in what looks like the past of a prefixed verb (verkl + aarde is verklaarde).
    const prefixedPast = /^(be|ver|ont|her)/.test(modifierForm) && /[dt]en?$/.test(lower);
    if (!fallback && head.pos === 'NOUN' && headForm.length >= 5 && modifierForm.length >= 4 && !/ge$/.test(modifierForm) && !prefixedPast) fallback = reading();
  }
  return fallback;
}

/**
 * A word written with a hyphen whose last part reads as a word: the lemma keeps the first part as
 * written and inflects the last (FARC-rebellen -> FARC-rebel, 24-jarige -> 24-jarig).
 */
function hyphenated(modifier: string, head: WordReading, sentenceStart: boolean, lexicon: Lexicon): WordReading {
  const lowered = normalizeForm(modifier.slice(0, -1));
  const written = sentenceStart && lexicon.forms.has(lowered) ? `${lowered}-` : modifier;
  const headEntry = head.entry ?? head.parts?.head;
  const modifierEntry = lexicon.lemmas.get(lowered)?.[0];
  return {
    lemma: `${written}${head.lemma}`,
    pos: head.pos,
    ...(head.feature && { feature: head.feature }),
    source: headEntry ? 'compound' : head.source,
    ...(headEntry && { parts: { modifier: written, head: headEntry, ...(modifierEntry && { modifierEntry }) } }),
  };
}

/** A name, without the -s or -'s of a possessive before the noun it owns: Ensors moeder, Davenports tegenstandster. */
function nameOf(word: string, { next }: Context, lexicon: Lexicon): string {
  const readings = next?.kind === 'word' && /^\p{Ll}/u.test(next.text) ? (lexicon.forms.get(normalizeForm(next.text)) ?? []) : [];
  const owned = readings.length > 0 && readings.every((reading) => reading.pos === 'NOUN' || (reading.pos === 'ADJ' && reading.feature === 'inflected'));
  return /['’]s$/.test(word) || (owned && /[^aeiouy'’sxz]s$/.test(word)) ? word.replace(/['’]?s$/, '') : word;
}

function readWord(word: string, context: Context, afterVerb: boolean, sentenceStart: boolean, lexicon: Lexicon): WordReading {
  const { previous } = context;
  const nextIsCapitalized = context.next?.kind === 'word' && isCapitalized(context.next.text);
  // The lexicon's readings of the next word, looked up once (undefined where it has none).
  const nextKnown = context.next?.kind === 'word' ? lexicon.forms.get(normalizeForm(context.next.text)) : undefined;
  const lower = normalizeForm(word);
  // A capitalised word known only from an imported dictionary (whose entries are lower case and untagged) is
  // read as if unknown: Nederland, Japan are names, not the dictionary's nederland.
  const known = lexicon.forms.get(lower) ?? [];
  const analyses = isCapitalized(word) && known.every((analysis) => analysis.pos === 'X') ? [] : known;
  const joint = word.lastIndexOf('-');
  if (!analyses.length && joint > 0 && joint < word.length - 1) {
    const headWord = word.slice(joint + 1);
    // After a hyphen the last part is a noun sooner than a verb: privé-uitgaven (uitgave, not uitgeven).
    const headAnalyses = /^\p{Ll}/u.test(headWord) ? (lexicon.forms.get(normalizeForm(headWord)) ?? []) : [];
    const nounHead = headAnalyses.some((analysis) => analysis.pos === 'ADJ') ? [] : headAnalyses.filter((analysis) => analysis.pos === 'NOUN');
    const head = nounHead.length ? fromAnalysis(best(nounHead, normalizeForm(headWord), context, lexicon)) : readWord(headWord, context, afterVerb, false, lexicon);
    // A name after the hyphen makes the whole word a name: nazi-Duitsland, Oost-Europa.
    if (head.source === 'proper') return { lemma: `${word.slice(0, joint + 1)}${head.lemma}`, pos: 'PROPN', source: 'proper' };
    if (head.source !== 'unknown' && /^\p{Ll}/u.test(headWord)) return hyphenated(word.slice(0, joint + 1), head, sentenceStart, lexicon);
  }
  // An acronym is a name, also after an opening bracket, unless the lexicon spells it so (de KUN, de STA).
  if (/^\p{Lu}{2,}$/u.test(word) && !analyses.some((analysis) => analysis.lemma === word || analysis.lemma.toLowerCase() !== analysis.lemma)) return { lemma: word, pos: 'PROPN', source: 'proper' };
  if (isCapitalized(word) && !sentenceStart) {
    // Mid-sentence capitals are names, unless the lexicon spells the word that way (Russisch).
    const exact = analyses.filter((analysis) => analysis.lemma === word || (isCapitalized(analysis.lemma) && analysis.feature !== 'lemma'));
    // An inflected adjective before a capitalised common noun is part of a name, kept as written but glossed:
    // de Europese Unie, de Olympische Spelen, de Middellandse Zee (not Oostenrijkse Ried, a place).
    const nameNoun = nextIsCapitalized && (nextKnown ?? []).some((analysis) => analysis.pos === 'NOUN' && !isCapitalized(analysis.lemma));
    const adjectiveInName = analyses.find((analysis) => analysis.pos === 'ADJ' && analysis.feature === 'inflected');
    if (nameNoun && adjectiveInName) return { lemma: word, pos: 'PROPN', source: 'proper', entry: adjectiveInName.entry };
    if (exact.length) return fromAnalysis(best(exact, lower, context, lexicon));
    // A capitalised adjective before a common noun is still that adjective (Westerse diplomaten);
    // before another capital it is part of a name (de Europese Unie).
    // Before anything else it is a name (trof Oranje gisteren).
    const adjective = analyses.find((analysis) => analysis.pos === 'ADJ');
    const beforeNoun = context.next?.kind === 'word' && !nextIsCapitalized && (nextKnown ?? [guess(normalizeForm(context.next.text), lexicon)]).some((reading) => reading?.pos === 'NOUN' || reading?.pos === 'ADJ');
    if (adjective && beforeNoun) return fromAnalysis(adjective);
    for (const [pattern, replacement, pos] of CAPITALIZED_RULES) {
      if (!pattern.test(word)) continue;
      // A people is no surname after a first name (Marleen Kuipers), nor a first name before one (Anders Fogh);
      // a people takes an article or a quantity, so with neither a plural-looking name is a surname (maar Wolters sloeg).
      const quantified = previous !== undefined && (DETERMINERS.has(previous) || NUMBER_WORDS.has(previous) || /^(veel|meer|weinig|tienduizenden|miljoenen)$/.test(previous) || context.adjectiveBefore);
      if (pos === 'PROPN' && (context.afterName || nextIsCapitalized || !quantified)) continue;
      // A short one is a name unless a common noun follows: Ilse Jansen, Ayse Yilmaz, Lisse en Hillegom (not
      // Amersfoortse Bosbouwclub, de Haagse politiek).
      const nextForms = context.next?.kind === 'word' && /^\p{Ll}/u.test(context.next.text) ? nextKnown : undefined;
      const lowerNext = context.next?.kind === 'word' && /^\p{Ll}/u.test(context.next.text) && (!nextForms || nextForms.some((analysis) => analysis.pos === 'NOUN' || analysis.pos === 'ADJ'));
      if (pos === 'ADJ' && word.length <= 6 && !lowerNext && !(nextIsCapitalized && word.length > 5) && !lexicon.lemmas.has(normalizeForm(word.replace(pattern, replacement)))) continue;
      const lemma = word.replace(pattern, replacement);
      // A known adjective written with a capital in a name keeps its gloss: Communistische -> communistisch.
      const entry = lexicon.lemmas.get(normalizeForm(lemma))?.find((known) => known.pos === pos);
      // A people the lexicon lacks (Colombianen) is a name: no gloss is missing.
      return { lemma, pos, source: pos === 'PROPN' ? 'proper' : 'rule', ...(entry && { entry, feature: 'inflected' as const }) };
    }
    // A plural name after "de" is a people: de Grieken, de Britten, de Kroaten.
    if (previous === 'de' && /^.{3,}[^aeiouë]en$/.test(word) && !analyses.length) {
      const singular = verbStems(word)[0]!;
      return { lemma: `${word[0]}${singular.slice(1)}`, pos: 'PROPN', feature: 'plural', source: 'proper' };
    }
    return { lemma: nameOf(word, context, lexicon), pos: 'PROPN', source: 'proper' };
  }
  // Old dative -e after ten, ter and te: ten slotte (slot), ten opzichte van (opzicht), te velde (veld).
  // ...and after another preposition where the -e form is no word of its own and no noun follows: in feite
  // (feit), van harte (hart).
  const nounNext = (nextKnown ?? []).some((analysis) => analysis.pos === 'NOUN');
  if (previous && lower.endsWith('e') && (/^te[nr]?$/.test(previous) || (PREPOSITIONS.has(previous) && !analyses.length && !nounNext)) && !analyses.some((analysis) => analysis.pos === 'ADJ')) {
    const noun = [lower.slice(0, -1), lower.slice(0, -2)].flatMap((stem) => lexicon.lemmas.get(stem) ?? []).find((entry) => entry.pos === 'NOUN');
    if (noun && !analyses.some((analysis) => analysis.feature === 'lemma')) return { lemma: noun.lemma, pos: 'NOUN', feature: 'variant', entry: noun, source: 'rule' };
  }
  // After te or het, an -en word is an infinitive, also where the lexicon knows it only as a plural (om te
  // paren, het ploegen); het only before van or the end of the clause (dat het soldaten stuurt: the pronoun).
  const hetBefore = previous === 'het' && (context.next?.kind !== 'word' || normalizeForm(context.next.text) === 'van');
  if ((previous === 'te' || hetBefore) && /en$/.test(lower) && analyses.length && analyses.every((analysis) => analysis.feature === 'plural')) return { lemma: lower, pos: 'VERB', feature: 'lemma', source: 'rule' };
  if (analyses.length) return fromAnalysis(best(analyses, lower, context, lexicon));
  // Stress accents (wél, íets) mark emphasis, not another word.
  const unaccented = lower.normalize('NFD').replace(/[\u0301\u0300]/g, '').normalize('NFC');
  if (unaccented !== lower && lexicon.forms.has(unaccented) && unaccented !== 'een') return fromAnalysis(best(lexicon.forms.get(unaccented)!, unaccented, context, lexicon));
  // An ordinal in digits is its number: 15e, 49ste, 2de.
  const ordinal = /^(\d+)(e|ste|de)$/.exec(word);
  if (ordinal) return { lemma: ordinal[1]!, pos: 'NUM', feature: 'ordinal', source: 'rule' };
  if (/\p{N}/u.test(word)) return { lemma: word, pos: 'X', source: 'unknown' };
  // A capitalised word the lexicon lacks is a name, also at the start of a sentence, unless it is built
  // from known words (Wegblokkades: wegblokkade, Campinggasten: campinggast).
  if (isCapitalized(word)) {
    const guessed = guess(lower, lexicon, { afterVerb });
    const modifier = guessed?.parts?.modifierEntry;
    // ...but not when the known part is itself a name's (Duitsland: Duits + land), nor when it ends
    // the way place names do (Eindhoven, Engeland, Zandvoort).
    const placeName = /(land|burg|berg|dam|dorp|hoven|stad|veen|wijk|huizen|drecht|heim|kerk|broek|voort|kamp|sloot|gem|zeel)$/.test(lower);
    // A singular compound with no article before a finite verb is a name: Velthuis ontkende (not
    // Treinstakingen zijn gepland, nor a title before a name: Clubvoorzitter Jan Smit).
    const nextFinite = (nextKnown ?? []).some((analysis) => (analysis.pos === 'VERB' || analysis.pos === 'AUX') && (analysis.feature === 'past' || analysis.feature === 'present'));
    const surname = guessed?.source === 'compound' && guessed.pos === 'NOUN' && guessed.feature === 'lemma' && nextFinite;
    if (sentenceStart && guessed && !placeName && !surname && (guessed.entry || (modifier && !isCapitalized(modifier.lemma)) || guessed.pos === 'NUM')) return guessed;
    // A place adjective before a common noun: Oegandese troepen -> Oegandees.
    const placeAdjective = CAPITALIZED_RULES.find(([pattern, , pos]) => pos === 'ADJ' && pattern.test(word));
    const nextNoun = context.next?.kind === 'word' && !isCapitalized(context.next.text) && (nextKnown ?? []).some((reading) => reading.pos === 'NOUN');
    if (sentenceStart && placeAdjective && nextNoun) return { lemma: word.replace(placeAdjective[0], placeAdjective[1]), pos: 'ADJ', feature: 'inflected', source: 'rule' };
    // ...and so is an adjective with a productive suffix: Opstandige militairen -> opstandig.
    const productive = PRODUCTIVE_ADJECTIVES.find(([pattern]) => pattern.test(lower));
    if (sentenceStart && productive && nextNoun) return { lemma: lower.replace(productive[0], productive[1]), pos: 'ADJ', feature: 'inflected', source: 'rule' };
    if (sentenceStart && /.{4}(ing|heid|iteit|tie|isme|schap)$/.test(lower)) return { lemma: lower, pos: 'NOUN', feature: 'lemma', source: 'rule' };
    // ...and their plurals: Toezeggingen, Mogelijkheden, Arrondissementen.
    if (sentenceStart && guessed?.pos === 'NOUN' && /.{4}(ingen|heden|iteiten|ties|schappen|menten|isten)$/.test(lower)) return guessed;
    // ...and any plural before a plural verb, which a name does not take: Respondenten gaven aan, Professionals werken.
    const pluralVerbNext = (nextKnown ?? []).some((analysis) => (analysis.pos === 'VERB' || analysis.pos === 'AUX') && (analysis.feature === 'lemma' || (analysis.feature === 'past' && /en$/.test(normalizeForm(context.next!.text)))));
    if (sentenceStart && guessed?.pos === 'NOUN' && guessed.feature === 'plural' && pluralVerbNext) return guessed;
    if (sentenceStart && /.{3}(lijk|isch|baar|zaam|achtig)$/.test(lower)) return { lemma: lower, pos: 'ADJ', feature: 'lemma', source: 'rule' };
    return { lemma: nameOf(word, context, lexicon), pos: 'PROPN', source: 'proper' };
  }
  const afterNominal = previous !== undefined && (DETERMINERS.has(previous) || PREPOSITIONS.has(previous) || NUMBER_WORDS.has(previous) || POSSESSIVES.has(previous) || /^\d/.test(previous));
  const clauseFinal = !afterNominal && !context.adjectiveBefore && context.next !== undefined && /^[.!?;]$/.test(context.next.text);
  const afterSubject = previous !== undefined && /^(hij|zij|ze|men|zich|wie)$/.test(previous);
  const guessed = guess(lower, lexicon, {
    afterVerb,
    afterArticle: (previous !== undefined && DETERMINERS.has(previous)) || context.inNounPhrase,
    afterHetOrTe: previous === 'het' || previous === 'te',
    singular: previous !== undefined && /^(het|een|'n|dit|elk|elke|ieder|iedere)$/.test(previous),
    clauseFinal,
    afterSubject,
    beforeNoun:
      context.next?.kind === 'word' &&
      !isCapitalized(context.next.text) &&
      (nextKnown ?? [guess(normalizeForm(context.next.text), lexicon)]).some((reading) => reading?.pos === 'NOUN'),
    beforeNoNoun: !context.next || (context.next.kind === 'punct' && context.next.text !== ',') || (!isCapitalized(context.next.text) && (nextKnown ?? []).some((analysis) => FUNCTION_WORDS.has(analysis.pos) && analysis.rank < 200_000)),
  });
  if (guessed) return guessed;
  return { lemma: lower, pos: 'X', source: 'unknown' };
}

/**
 * The word before token i opens the sentence or a clause after a comma or coordinator, and is a subject
 * pronoun or an adverb: the finite verb comes next (Hij laat, Gisteren bleek).
 */
function clauseOpenerBefore(tokens: readonly Pick<Token, 'text' | 'kind'>[], readings: readonly (WordReading | null)[], i: number): boolean {
  const opener = tokens[i - 1];
  const before = tokens[i - 2];
  // A year after a preposition that opens the sentence: In 1985 namen zijn zoon en diens vrouw het bedrijf over.
  if (opener?.kind === 'number' && YEAR.test(opener.text) && before?.kind === 'word' && PREPOSITIONS.has(normalizeForm(before.text)) && opensClause(tokens[i - 3])) return true;
  return (
    opener?.kind === 'word' &&
    (SUBJECTS.has(normalizeForm(opener.text)) || normalizeForm(opener.text) === 'het' || (readings[i - 1]?.pos === 'ADV' && OPENING_ADVERBS.has(normalizeForm(opener.text)))) &&
    (!before || before.kind === 'punct' || COORDINATORS.has(normalizeForm(before.text)))
  );
}

/** A word after this token opens a clause: the start, a comma, semicolon or colon, or en. */
const opensClause = (before: Pick<Token, 'text' | 'kind'> | undefined) => !before || (before.kind === 'punct' ? /^[,;:]$/.test(before.text) || OPENING_PUNCTUATION.has(before.text) : normalizeForm(before.text) === 'en');

const FRONTED_SUBORDINATORS = new Set(['als', 'wanneer', 'toen', 'omdat', 'nadat', 'hoewel', 'zodra', 'terwijl', 'voordat', 'indien', 'doordat', 'tenzij', 'sinds', 'zolang', 'aangezien']);

/** Token i follows the comma that closes a subordinate clause opening the sentence: Als de prijzen stijgen, dalen ... */
function frontedClauseBefore(tokens: readonly Pick<Token, 'text' | 'kind'>[], i: number): boolean {
  if (tokens[i - 1]?.text !== ',') return false;
  const start = tokens.findIndex((token) => token.kind === 'word');
  return start >= 0 && FRONTED_SUBORDINATORS.has(normalizeForm(tokens[start]!.text)) && !tokens.slice(start, i - 1).some((token) => token.text === ',');
}

/** The words read so far end in an article followed by adverbs and adjectives only: een luid bejubelde. */
function inNounPhrase(readings: readonly (WordReading | null)[]): boolean {
  for (let i = readings.length - 1, steps = 0; i >= 0 && steps < 4; i--, steps++) {
    const reading = readings[i];
    if (!reading) return false;
    if (reading.pos === 'DET') return steps > 0;
    if (reading.pos !== 'ADV' && reading.pos !== 'ADJ') return false;
  }
  return false;
}

/** How many tokens a dateline takes at the start of a news sentence: place names in capitals before a dash (NIJMEGEN, KARLSRUHE - Bij een ...). */
function datelineLength(tokens: readonly Pick<Token, 'text' | 'kind'>[]): number {
  const dash = tokens.findIndex((token) => token.kind === 'punct' && /^[-–—]$/.test(token.text));
  const dateline = tokens.slice(0, dash);
  const upper = (token: Pick<Token, 'text' | 'kind'>) => token.kind === 'word' && /^\p{Lu}[\p{Lu}'’-]+$/u.test(token.text);
  return dash > 0 && dateline.some(upper) && dateline.every((token) => upper(token) || token.text === ',' || token.text === '/') ? dash : 0;
}

/** NIJMEGEN -> Nijmegen, MAGNY-COURS -> Magny-Cours. */
const titleCase = (name: string) => name.toLowerCase().replace(/(^|[-\s])(\p{Ll})/gu, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`);

/**
 * Reads the words of one sentence. Returns one reading per token, null for punctuation and numbers.
 */
export function lemmatizeSentence(tokens: readonly Pick<Token, 'text' | 'kind'>[], lexicon: Lexicon): (WordReading | null)[] {
  const readings: (WordReading | null)[] = [];
  const dateline = datelineLength(tokens);
  let sentenceStart = true;
  let previous: string | undefined;
  let auxiliaryInClause: Context['auxiliaryInClause'];
  let modalInClause = false;
  for (const token of tokens) {
    if (token.kind !== 'word') {
      if (token.kind === 'punct' && /^[.!?;:,]$/.test(token.text)) {
        auxiliaryInClause = undefined;
        modalInClause = false;
      }
      readings.push(token.kind === 'number' ? { lemma: token.text, pos: 'NUM', source: 'lexicon' } : null);
      // (a full stop inside the tokens ends a sentence too: Artikel 1. In deze verordening ...)
      if (token.kind === 'punct' && (OPENING_PUNCTUATION.has(token.text) || /^[.!?]$/.test(token.text))) sentenceStart = true;
      if (token.kind === 'number') {
        sentenceStart = false;
        previous = token.text;
      }
      continue;
    }
    if (readings.length < dateline) {
      readings.push({ lemma: titleCase(token.text), pos: 'PROPN', source: 'proper' });
      continue;
    }
    const next = tokens[readings.length + 1];
    const last = readings.findLast((reading) => reading !== null);
    // An unknown -en word after a finite verb, te, a verb that takes a bare infinitive (laten zegenen), or a
    // plural subject (ze wentelen, de legioenen pijnigen) is a verb; not after zijn, worden or hebben (het
    // waren nomaden), nor after a participle, an adjective as often as not (getrokken werktuigen).
    const afterVerb =
      previous === 'te' ||
      (last?.pos === 'AUX' && last.lemma !== 'zijn' && last.lemma !== 'worden' && last.lemma !== 'hebben') ||
      (last?.pos === 'VERB' && ((last.feature !== 'lemma' && last.feature !== 'past participle') || BARE_INFINITIVE_VERBS.has(last.lemma))) ||
      (readings.at(-1) === last && (last?.feature === 'plural' || (last?.pos === 'PRON' && /^(ze|zij|wij|we|jullie)$/.test(previous ?? ''))));
    // Just after a finite modal, or last in a clause that has one: het tij nog kan keren, mochten niet stemmen en ...
    const clauseEndsNext = !next || (next.kind === 'punct' && /^[.!?;:,]$/.test(next.text)) || (next.kind === 'word' && (COORDINATORS.has(normalizeForm(next.text)) || SUBORDINATORS.has(normalizeForm(next.text))));
    const afterModal = (readings.at(-1) === last && isFiniteModal(last)) || (modalInClause && clauseEndsNext);
    // Name particles: Van der Sar, Huis ten Bosch, 't Hooft; Van before one of them (Van der Vaart, Van 't Hof).
    // At the start of a sentence, De before a surname the lexicon does not know (De Morgan, De Rooij);
    // not before a people or a plural (De Duitser, De Grieken), nor before a compound (De Sovjet-Unie).
    const nameParticle =
      (token.text === 'Van' && next?.kind === 'word' && NAME_PARTICLES.has(next.text)) ||
      (next?.kind === 'word' &&
        isCapitalized(next.text) &&
        (NAME_PARTICLES.has(token.text) ||
          (sentenceStart && token.text === 'De' && !lexicon.forms.has(normalizeForm(next.text)) && !/(en|er|aan|aar|s|-.*)$/.test(next.text) && !/^\p{Lu}+$/u.test(next.text) && !CAPITALIZED_RULES.some(([pattern]) => pattern.test(next.text))) ||
          // A word the lexicon lacks between two capitals is part of a name: Council on Foreign Relations.
          (!lexicon.forms.has(normalizeForm(token.text)) && /^\p{Ll}+$/u.test(token.text) && readings.at(-1)?.pos === 'PROPN')));
    // (an ordinal or a present participle in -e too: een derde verdachte, in beschermende pakken)
    const previousText = tokens[readings.length - 1]?.text ?? '';
    // (not an ordinal after ten, an adverb: Ten eerste bevelen wij aan)
    const adjectiveBefore =
      last !== undefined &&
      readings.at(-1) === last &&
      !(readings.length > 1 && /^te[nr]$/i.test(tokens[readings.length - 2]?.text ?? '')) &&
      ((last.pos === 'ADJ' && (last.feature === 'inflected' || /(de|ste)$/.test(previousText) || ((last.feature === 'comparative' || last.feature === 'superlative') && previousText.endsWith('e')))) ||
        (last.pos === 'VERB' && (last.feature === 'present participle' || last.feature === 'past participle') && previousText.endsWith('e')));
    // "een van" is "one of": the numeral, not the article (een van de grootste landen).
    const one = normalizeForm(token.text) === 'een' && next?.kind === 'word' && normalizeForm(next.text) === 'van' ? lexicon.forms.get('één') : undefined;
    readings.push(
      one?.length
        ? fromAnalysis(one[0]!)
        : nameParticle
        ? { lemma: token.text, pos: 'PROPN', source: 'proper' }
        : readWord(token.text, { previous, next, adjectiveBefore, afterModal, auxiliaryInClause, inNounPhrase: inNounPhrase(readings), afterName: readings.at(-1)?.pos === 'PROPN' && isCapitalized(tokens[readings.length - 1]!.text), afterOpeningSubject: clauseOpenerBefore(tokens, readings, readings.length), afterFrontedClause: frontedClauseBefore(tokens, readings.length), clauseStart: opensClause(tokens[readings.length - 1]) }, afterVerb, sentenceStart, lexicon),
    );
    previous = normalizeForm(token.text);
    const read = readings.at(-1);
    // worden and hebben also as infinitives or plurals (zal worden verdacht, worden de tegoeden bevroren); zijn only finite.
    if (read && read.pos === 'AUX' && (read.lemma === 'worden' || read.lemma === 'hebben' || (read.lemma === 'zijn' && read.feature !== 'lemma'))) auxiliaryInClause = read.lemma;
    if (SUBORDINATORS.has(previous) && previous !== 'als') {
      auxiliaryInClause = undefined;
      modalInClause = false;
    }
    if (isFiniteModal(read)) modalInClause = true;
    sentenceStart = false;
  }
  supplyFiniteVerbs(tokens, readings, lexicon);
  joinSeparableVerbs(tokens, readings, lexicon);
  return readings;
}

const R_PRONOUNS = new Set(['er', 'daar', 'hier', 'waar', 'ergens', 'nergens', 'overal']);
const COORDINATORS = new Set(['en', 'maar', 'of', 'want']);
const SUBJECTS = new Set(['ik', 'jij', 'je', 'hij', 'zij', 'ze', 'wij', 'we', 'jullie', 'u', 'men']);
const isVerbal = (reading: WordReading | null | undefined) => reading !== null && reading !== undefined && (reading.pos === 'VERB' || reading.pos === 'AUX') && FINITE.has(reading.feature);
const isFiniteModal = (reading: WordReading | null | undefined) => reading !== null && reading !== undefined && MODALS.has(reading.lemma) && (reading.feature === 'present' || reading.feature === 'past');

/**
 * A clause has a finite verb: where none was read, a word that can be one is it (Hij bleek algauw
 * een deugniet; De boer laat ze paren; De regering bepaalde de grenzen), unless it stands where an
 * adjective does, after an article or before a noun.
 */
function supplyFiniteVerbs(tokens: readonly Pick<Token, 'text' | 'kind'>[], readings: (WordReading | null)[], lexicon: Lexicon): void {
  let start = 0;
  for (let end = 0; end <= tokens.length; end++) {
    if (end < tokens.length && !isClauseEnd(tokens[end])) continue;
    const clause = Array.from({ length: end - start }, (_, k) => start + k);
    start = end + 1;
    if (!clause.length) continue;
    // A clause whose only verbs are bare infinitives has its finite verb before them, one that takes them:
    // Het onderzoek laat immers zien (laten, not late), liet weten.
    const verbs = clause.filter((i) => isVerbal(readings[i]) && !nominalInfinitive(tokens, readings, i));
    const bareInfinitives = verbs.length > 0 && verbs.every((i) => readings[i]!.feature === 'lemma' && readings[i]!.pos === 'VERB' && normalizeForm(tokens[i - 1]?.text ?? '') !== 'te');
    const takingVerb = (i: number) =>
      readings[i]?.pos === 'ADJ' || readings[i]?.pos === 'NOUN'
        ? (lexicon.forms.get(normalizeForm(tokens[i]!.text)) ?? []).find((analysis) => (analysis.feature === 'present' || analysis.feature === 'past') && (BARE_INFINITIVE_VERBS.has(analysis.lemma) || MODALS.has(analysis.lemma)))
        : undefined;
    const taking = bareInfinitives ? clause.find((i) => i < verbs[0]! && takingVerb(i)) : undefined;
    if (taking !== undefined) {
      readings[taking] = fromAnalysis(takingVerb(taking)!);
      continue;
    }
    if (verbs.length) continue;
    for (const i of clause) {
      const token = tokens[i]!;
      if (token.kind !== 'word' || !readings[i] || (readings[i]!.pos !== 'ADJ' && readings[i]!.pos !== 'NOUN')) continue;
      const analyses = lexicon.forms.get(normalizeForm(token.text)) ?? [];
      // A plural present has the infinitive's form: after a plural subject, before a phrase or last in a
      // subordinate clause (de leden stemmen in december, waarmee veel ouderen kampen).
      const pluralSubject = readings[i - 1]?.feature === 'plural' || (i > 0 && /^(ze|zij|wij|we|jullie)$/.test(normalizeForm(tokens[i - 1]!.text)));
      const lastInSubordinateClause = i === clause.at(-1) && tokens.slice(0, i).some((before) => before.kind === 'word' && SUBORDINATORS.has(normalizeForm(before.text)));
      const plural = /en$/.test(token.text) && pluralSubject && (['ADP', 'DET', 'ADV'].includes(readings[i + 1]?.pos ?? '') || lastInSubordinateClause)
        ? analyses.find((analysis) => analysis.pos === 'VERB' && analysis.feature === 'lemma')
        : undefined;
      if (plural && readings[i]!.feature === 'plural') {
        readings[i] = fromAnalysis(plural);
        break;
      }
      const finite = analyses.find((analysis) => (analysis.pos === 'VERB' || analysis.pos === 'AUX') && (analysis.feature === 'present' || analysis.feature === 'past'));
      if (!finite) continue;
      // An inflected adjective stands before a noun or after an article (de verkeerde); with neither, a
      // past that has its form is the verb: erkende dat, achterhaalde haar tegenstandster, in kritieke toestand verkeerde.
      const nextForms = tokens[i + 1]?.kind === 'word' ? (lexicon.forms.get(normalizeForm(tokens[i + 1]!.text)) ?? []) : [];
      // (haar, zijn, die are possessives or pronouns there, not nouns)
      const nominalNext =
        (['NOUN', 'ADJ', 'PROPN', 'X', 'NUM'].includes(readings[i + 1]?.pos ?? '') || nextForms.some((analysis) => analysis.pos === 'NOUN' || analysis.pos === 'ADJ')) &&
        !nextForms.some((analysis) => analysis.pos === 'DET' || analysis.pos === 'PRON');
      const strandedAdjective = readings[i]!.pos === 'ADJ' && readings[i]!.feature === 'inflected' && finite.feature === 'past' && readings[i - 1]?.pos !== 'DET' && !nominalNext;
      // After a closing quote, the clause opens with its verb: "...", vroeg een vader.
      const quoteBefore = [tokens[i - 1], tokens[i - 2]].some((before) => before?.kind === 'punct' && /^[”"’']$/.test(before.text)) && tokens.slice(Math.max(0, i - 2), i).every((before) => before.kind === 'punct');
      const afterQuote = i === clause[0] && quoteBefore && ['DET', 'PRON', 'PROPN'].includes(readings[i + 1]?.pos ?? '');
      // After zo opening a clause comes its verb: zo bleek uit metingen, zo meldt de politie.
      const afterZo = i === clause[1] && normalizeForm(tokens[clause[0]!]!.text) === 'zo' && ['ADP', 'DET', 'PRON', 'PROPN'].includes(readings[i + 1]?.pos ?? '');
      // A word alone before dat that can be a verb is one: toen bleek dat, en schat dat.
      const aloneBeforeDat = clause.length === 1 && tokens[i + 1]?.kind === 'word' && normalizeForm(tokens[i + 1]!.text) === 'dat' && (finite.feature === 'past' || /t$/.test(token.text));
      if (strandedAdjective || aloneBeforeDat || afterZo || afterQuote) {
        readings[i] = fromAnalysis(finite);
        // The word after it was read as the noun an adjective wants: achterhaalde haar is the pronoun, not hair.
        const pronoun = nextForms.filter((analysis) => analysis.pos === 'DET' || analysis.pos === 'PRON').sort((a, b) => a.rank - b.rank)[0];
        if (pronoun && readings[i + 1]?.pos === 'NOUN') readings[i + 1] = fromAnalysis(pronoun);
        break;
      }
      if (clause.length < 2) continue;
      // Not a verb much rarer than the word as read (vrij, free; vrijen, to make love).
      const current = analyses.find((analysis) => analysis.lemma === readings[i]!.lemma);
      if (current && finite.rank - current.rank >= 200_000) continue;
      const before = i > 0 && tokens[i - 1]!.kind === 'word' ? normalizeForm(tokens[i - 1]!.text) : undefined;
      const after = tokens[i + 1]?.kind === 'word' ? normalizeForm(tokens[i + 1]!.text) : undefined;
      // Next to its subject: after a pronoun or a noun (hij bleek, de boer laat in), before a pronoun (bekende hij).
      // An adjective used as a plural noun is a subject too: de anderen stegen.
      const nominalBefore = readings[i - 1]?.pos === 'NOUN' || readings[i - 1]?.pos === 'PROPN' || (readings[i - 1]?.pos === 'ADJ' && /en$/.test(tokens[i - 1]!.text));
      // A noun read as a present tense only before an article: de krant schat de schade.
      const articleNext = readings[i + 1]?.pos === 'DET' || (after !== undefined && /^(de|het|een)$/.test(after));
      const afterSubject = (before && SUBJECTS.has(before)) || ((readings[i]!.pos === 'ADJ' || finite.feature === 'past' || articleNext) && nominalBefore && readings[i + 1] && ['DET', 'ADV', 'ADP', 'PRON', 'PROPN', 'ADJ'].includes(readings[i + 1]!.pos));
      // Last in a subordinate clause: dat FARC en regering vorige maand sloten.
      const lastInSubordinate = lastInSubordinateClause && nominalBefore;
      if (!afterSubject && !lastInSubordinate && !(after && SUBJECTS.has(after))) continue;
      readings[i] = fromAnalysis(finite);
      break;
    }
  }
}

/** An infinitive after an article, te or a preposition is no finite verb: het samengaan, om te gaan, in lachen. */
function nominalInfinitive(tokens: readonly Pick<Token, 'text' | 'kind'>[], readings: readonly (WordReading | null)[], i: number): boolean {
  const before = tokens[i - 1];
  return readings[i]?.feature === 'lemma' && before !== undefined && (readings[i - 1]?.pos === 'DET' || /^(het|te)$/.test(normalizeForm(before.text)) || PREPOSITIONS.has(normalizeForm(before.text)));
}

/** die before a noun or adjective, or dat before a singular het-noun, is a determiner: in die tijd, op dat moment. */
function demonstrativeBeforeNoun(tokens: readonly Pick<Token, 'text' | 'kind'>[], readings: readonly (WordReading | null)[], k: number): boolean {
  const word = tokens[k]?.kind === 'word' ? normalizeForm(tokens[k]!.text) : undefined;
  const after = readings[k + 1];
  if (word === 'die') return after?.pos === 'NOUN' || after?.pos === 'ADJ';
  return word === 'dat' && after?.pos === 'NOUN' && after.feature === 'lemma' && after.entry?.gender === 'het';
}

function isClauseEnd(token: Pick<Token, 'text' | 'kind'> | undefined): boolean {
  return !token || (token.kind === 'punct' && CLAUSE_PUNCTUATION.has(token.text)) || (token.kind === 'word' && CLAUSE_WORDS.has(normalizeForm(token.text)));
}

/** kondigde ... aan -> aankondigen; aan te kondigen -> aankondigen. */
function joinSeparableVerbs(tokens: readonly Pick<Token, 'text' | 'kind'>[], readings: (WordReading | null)[], lexicon: Lexicon): void {
  const separableFor = (particle: string, reading: WordReading | null) =>
    reading && (reading.pos === 'VERB' || reading.pos === 'AUX') && !reading.entry?.particle
      ? lexicon.separable.get(`${normalizeForm(particle)} ${normalizeForm(reading.lemma)}`)
      : undefined;

  tokens.forEach((token, i) => {
    const reading = readings[i];
    if (!reading || token.kind !== 'word') return;
    // particle + te + infinitive; om before te is "in order to" (om te gaan is no omgaan), unless a second
    // om is: tijd om om te kijken.
    const inOrderTo = i > 1 && normalizeForm(tokens[i - 1]!.text) === 'om' && normalizeForm(tokens[i - 2]!.text) !== 'om';
    if (normalizeForm(token.text) === 'te' && i > 0 && tokens[i - 1]?.kind === 'word' && !inOrderTo) {
      const verb = separableFor(tokens[i - 1]!.text, readings[i + 1] ?? null);
      if (verb && readings[i + 1]) {
        readings[i + 1] = { ...readings[i + 1]!, lemma: verb.lemma, entry: verb, particleIndex: i - 1 };
        return;
      }
      // The infinitive may have been read as something else: uit te breiden is uitbreiden, not breien.
      const particle = normalizeForm(tokens[i - 1]!.text);
      const infinitive = tokens[i + 1]?.kind === 'word' ? lexicon.forms.get(`${particle}${normalizeForm(tokens[i + 1]!.text)}`)?.find((analysis) => analysis.pos === 'VERB' && analysis.feature === 'lemma' && analysis.entry.particle === particle) : undefined;
      if (infinitive) readings[i + 1] = { ...fromAnalysis(infinitive), particleIndex: i - 1 };
      return;
    }
    // particle + infinitive or participle: zag de duivels voorbij komen, de handen ineen geslagen; also with
    // an auxiliary between them: die bekend werd gemaakt, teniet wordt gedaan.
    const auxiliaryBetween = i > 1 && readings[i - 1]?.pos === 'AUX' && FINITE.has(readings[i - 1]!.feature) && readings[i - 1]!.feature !== 'lemma' && reading.feature === 'past participle';
    const particleAt = auxiliaryBetween ? i - 2 : i - 1;
    const particleBefore = i > 0 && tokens[particleAt]?.kind === 'word' ? tokens[particleAt]!.text : undefined;
    // Not where er, daar, hier or waar could own it as a preposition: waar korrels aan groeien.
    // Nor an adjective written apart from the verb: hard gemaakt, fout gegaan, warm gehouden (but stil zitten).
    const adjectiveApart = particleBefore !== undefined && !auxiliaryBetween && readings[particleAt]?.pos === 'ADJ' && !/^(stil|vol)$/.test(normalizeForm(particleBefore));
    if ((reading.feature === 'lemma' || reading.feature === 'past participle') && particleBefore && !adjectiveApart && readings[particleAt]?.pos !== 'VERB' && !tokens.slice(0, i).some((before) => R_PRONOUNS.has(normalizeForm(before.text)))) {
      const verb = separableFor(particleBefore, reading);
      if (verb) {
        readings[i] = { ...reading, lemma: verb.lemma, entry: verb, particleIndex: particleAt };
        return;
      }
    }
    if (!FINITE.has(reading.feature) || !(reading.pos === 'VERB' || reading.pos === 'AUX') || nominalInfinitive(tokens, readings, i)) return;
    let particleIndex: number | undefined;
    const totToe = (j: number) => normalizeForm(tokens[j]!.text) === 'toe' && tokens.slice(Math.max(i + 1, j - 3), j).some((before) => normalizeForm(before.text) === 'tot');
    // An infinitive clause with te follows before the clause ends.
    const teClauseFollows = (from: number) => {
      for (let k = from; k < tokens.length - 1 && !(tokens[k]!.kind === 'punct' && /^[.!?;:,]$/.test(tokens[k]!.text)) && !isVerbal(readings[k]); k++) {
        if (normalizeForm(tokens[k]!.text) === 'te' && readings[k + 1]?.pos !== undefined && ['VERB', 'AUX'].includes(readings[k + 1]!.pos) && readings[k + 1]!.feature === 'lemma') return true;
      }
      return false;
    };
    // The particle may stand after a list or an aside (legden het zowel fysiek als technisch af); the
    // clause ends at a full stop, a subordinate clause or the next finite verb.
    const endsClause = (j: number) => {
      const next = tokens[j]!;
      const reading = readings[j];
      return (
        (next.kind === 'punct' && /^[.!?;:…]$/.test(next.text)) ||
        // A comma before a verb closes a clause: die ... heet, halen chirurgen ... weg.
        (next.kind === 'punct' && next.text === ',' && isVerbal(readings[j + 1])) ||
        // (not one last in its clause: hij maakte zijn dreigement waar; nor die or dat before a noun: geven die stoffen af)
        (next.kind === 'word' &&
          SUBORDINATORS.has(normalizeForm(next.text)) &&
          !isClauseEnd(tokens[j + 1]) &&
          !(DEMONSTRATIVES.has(normalizeForm(next.text)) && readings[j + 1]?.pos === 'NOUN') &&
          // om before a preposition is a particle, unless te and an infinitive follow: draait zich om in zijn
          // graf, kwamen om bij een brand (but om bij een regeringsvorming vijf resoluties te respecteren)
          !(normalizeForm(next.text) === 'om' && readings[j + 1]?.pos === 'ADP' && !teClauseFollows(j + 1)) &&
          // (nor om before a time: staat om half vier op)
          !(normalizeForm(next.text) === 'om' && (readings[j + 1]?.pos === 'NUM' || /^(half|kwart|\d)/.test(normalizeForm(tokens[j + 1]?.text ?? ''))))) ||
        // A coordinator before a verb or a subordinator opens the next clause: raken ... uitgeput en treden
        // ziekten op, rijden en dat ... door.
        (next.kind === 'word' && COORDINATORS.has(normalizeForm(next.text)) && (isVerbal(readings[j + 1]) || (tokens[j + 1]?.kind === 'word' && SUBORDINATORS.has(normalizeForm(tokens[j + 1]!.text))))) ||
        // An auxiliary's participle or infinitive closes its clause: heeft men benadrukt door ... te schrijven
        // (not doorhebben), kan hem helpen aan technologie (not aankunnen).
        (readings[i]?.pos === 'AUX' && (reading?.feature === 'past participle' || (reading?.pos === 'VERB' && reading.feature === 'lemma')) && readings[j + 1]?.pos !== 'NOUN' && readings[j + 1]?.pos !== 'ADJ') ||
        (reading !== null && reading !== undefined && (reading.pos === 'VERB' || reading.pos === 'AUX') && (reading.feature === 'present' || reading.feature === 'past'))
      );
    };
    for (let j = i + 1; j < tokens.length && !endsClause(j); j++) {
      const candidate = tokens[j]!;
      if (candidate.kind !== 'word' || !lexicon.particles.has(normalizeForm(candidate.text))) continue;
      if (!separableFor(candidate.text, reading)) continue;
      const next = tokens[j + 1];
      const nextReading = readings[j + 1];
      // Not the toe of tot ... toe (tot nu toe), nor a preposition of nergens, ergens, overal (nergens toe dwingen).
      if (totToe(j) || /^(nergens|ergens|overal)$/.test(normalizeForm(tokens[j - 1]!.text))) continue;
      // Nor a word after an article or possessive, a noun there: reed de auto te hard (no autorijden).
      const before = normalizeForm(tokens[j - 1]!.text);
      if (readings[j - 1]?.pos === 'DET' && (POSSESSIVES.has(before) || /^(de|het|een|'n|deze|dit|die)$/.test(before))) continue;
      // Nor a word that opens an aside after a comma: , samen met haar vriendin; , in wat (but deinsde, zoals
      // zo vaak, terug: the aside is closed).
      const commas = tokens.slice(i + 1, j).filter((between) => between.text === ',').length;
      if (before === ',' && commas % 2 === 1 && !(next?.kind === 'punct' && /^[.!?;]$/.test(next.text))) continue;
      // A particle that belongs to the infinitive after it is not this verb's: zag ze voorbij komen, vroeg
      // hem terug te komen.
      if ((nextReading?.feature === 'lemma' || nextReading?.feature === 'past participle') && separableFor(candidate.text, nextReading)) continue;
      if (normalizeForm(next?.text ?? '') === 'te' && separableFor(candidate.text, readings[j + 2] ?? null)) continue;
      const standsLast =
        // (not before die with a noun, or dat with a het-noun: gaf in die tijd, op dat moment; but komt bij dat leraren)
        (isClauseEnd(next) && !demonstrativeBeforeNoun(tokens, readings, j + 1)) ||
        // ...also before a question word or dan: gaat na waarom, viel lager uit dan verwacht.
        (next?.kind === 'word' && /^(waarom|hoe|hoeveel|dan)$/.test(normalizeForm(next.text))) ||
        // (not a participle before its noun: reden in gestolen auto's)
        (nextReading &&
          (nextReading.pos === 'VERB' || nextReading.pos === 'AUX') &&
          nextReading.feature !== 'present' &&
          nextReading.feature !== 'past' &&
          !((nextReading.feature === 'past participle' || nextReading.feature === 'present participle') && (readings[j + 2]?.pos === 'NOUN' || readings[j + 2]?.pos === 'ADJ'))) ||
        normalizeForm(next?.text ?? '') === 'te' ||
        // A prepositional phrase may follow the particle: het feest vindt plaats in Gent.
        nextReading?.pos === 'ADP' ||
        // ...and so may an infinitive clause opening with an adverb: kondigde aan desnoods zelf te betalen,
        // raadde hen aan niet in paniek te handelen.
        ((nextReading?.pos === 'ADV' || TE_CLAUSE_VERBS.has(separableFor(candidate.text, reading)!.lemma)) && teClauseFollows(j + 1));
      if (standsLast) particleIndex = j;
      // A particle before a preposition that could be one too is the verb's; the preposition opens a phrase:
      // stond ik een uur stil voor die deur, nam deel aan de race (but with er before them, er owns the first:
      // dringt er bij het kabinet op aan).
      const rPronounBetween = tokens.slice(i + 1, j).some((between) => R_PRONOUNS.has(normalizeForm(between.text)));
      if (standsLast && nextReading?.pos === 'ADP' && lexicon.particles.has(normalizeForm(next!.text)) && !rPronounBetween) break;
    }
    if (particleIndex !== undefined) {
      const verb = separableFor(tokens[particleIndex]!.text, reading)!;
      readings[i] = { ...reading, lemma: verb.lemma, entry: verb, particleIndex };
      return;
    }
    // A separable verb the lexicon lacks: an adverbial particle last in its clause, with no er, daar,
    // hier or waar before it whose preposition it could be (stegen ... uit, not er ... op).
    const end = tokens.findIndex((_, j) => j > i && endsClause(j));
    const last = (end === -1 ? tokens.length : end) - 1;
    const particle = tokens[last];
    if (
      last > i + 1 &&
      particle?.kind === 'word' &&
      LOOSE_PARTICLES.has(normalizeForm(particle.text)) &&
      !totToe(last) &&
      (reading.entry || reading.source === 'rule') &&
      reading.pos === 'VERB' &&
      (reading.feature === 'present' || reading.feature === 'past') &&
      !/^(be|ver|ont|her|ge|er)/.test(reading.lemma) &&
      ![...lexicon.particles].some((known) => reading.lemma.startsWith(known) && lexicon.separable.has(`${known} ${reading.lemma.slice(known.length)}`)) &&
      !tokens.slice(0, last).some((token) => R_PRONOUNS.has(normalizeForm(token.text)))
    ) {
      const lemma = `${normalizeForm(particle.text)}${reading.lemma}`;
      // Glossed from its base verb where the lexicon has it (stegen ... uit); else a verb read by rule (troefden ... af).
      readings[i] = reading.entry
        ? { ...reading, lemma, entry: undefined, source: 'compound', parts: { modifier: normalizeForm(particle.text), head: reading.entry }, particleIndex: last }
        : { ...reading, lemma, particleIndex: last };
    }
  });
}
