import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText, englishOrdinal, estimateCefrLevel, personalCoverage } from '@/nlp/analyze-text';
import { adjectiveFromInflected, infinitiveFromParticiple, infinitiveFromPresent, infinitiveFromStem, lemmatizeSentence } from '@/nlp/lemmatize';
import { buildLexicon, type Lexicon } from '@/nlp/lexicon';
import { inflectAdjective, verbStems } from '@/nlp/morphology';
import { splitSentences } from '@/nlp/sentences';
import { tokenize } from '@/nlp/tokenize';
import { readArticleSeeds } from '../../../seeds/article-seeds';
import { readLexiconEntries } from '../../../seeds/lexicon-files';

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = buildLexicon(readLexiconEntries());
});

const lemmas = (text: string) =>
  lemmatizeSentence(tokenize(text), lexicon)
    .filter((reading) => reading !== null)
    .map((reading) => reading!.lemma);

describe('morphology', () => {
  it('spells verb stems as Dutch closes a syllable', () => {
    expect(['maken', 'zeggen', 'leven', 'reizen', 'gaan', 'zien', 'komen', 'werken', 'draaien', 'groeien'].map((verb) => verbStems(verb))).toEqual([
      ['maak'], ['zeg'], ['leef'], ['reis'], ['ga'], ['zie'], ['kom'], ['werk'], ['draai'], ['groei'],
    ]);
  });

  it('inflects adjectives and participles with -e', () => {
    expect(inflectAdjective('groot')[0]).toBe('grote');
    expect(inflectAdjective('wit')[0]).toBe('witte');
    expect(inflectAdjective('lief')[0]).toBe('lieve');
    expect(inflectAdjective('gedeeld')[0]).toBe('gedeelde');
  });
});

describe('lemmatizer', () => {
  it('finds lemmas of regular and irregular inflection', () => {
    expect(lemmas('De soldaten sneuvelden en het leger heeft veel geleden.')).toEqual([
      'de', 'soldaat', 'sneuvelen', 'en', 'het', 'leger', 'hebben', 'veel', 'lijden', '.',
    ].filter((lemma) => lemma !== '.'));
    expect(lemmas('Hij was er niet, zij waren thuis en ik ben moe.')).toContain('zijn');
    expect(lemmas('Ze gaat naar grotere steden.')).toEqual(['ze', 'gaan', 'naar', 'groot', 'stad']);
  });

  it('reads a word by the words around it', () => {
    // "ago" after a span of time, the participle of lijden elsewhere (above).
    expect(lemmas('Dat was drie jaar geleden.')).toEqual(['dat', 'zijn', 'drie', 'jaar', 'geleden']);
    // A bare stem after "het" or a preposition is a noun: het gebruik, in gebruik (not the verb gebruiken).
    expect(lemmas('Het gebruik is in gebruik.')).toEqual(['het', 'gebruik', 'zijn', 'in', 'gebruik']);
    // A bare stem is the ik-form: elsewhere it is a noun (hij compenseerde dat verlies), not the verb.
    expect(lemmas('Hij compenseerde dat verlies snel.')).toContain('verlies');
    expect(lemmas('Ik verlies nooit.')).toContain('verliezen');
    // "een van" is "one of"; a quote opens a sentence, also a French one.
    expect(lemmas('Het is een van de grootste landen.')).toContain('één');
    expect(lemmas('Hij zei: « De regering valt. »')).toContain('de');
    // After a number or an inflected adjective, a plural noun rather than an infinitive.
    expect(lemmas('Het boek bestaat uit twee delen.')).toContain('deel');
    expect(lemmas('De grote delen van het land.')).toContain('deel');
    // No doubled vowel before w in an unknown plural: zenuwen -> zenuw.
    expect(lemmas('De zenuwen van de renners.')).toContain('zenuw');
    // A participle after an article with no noun after it is the noun; before an infinitive, laat is laten;
    // after zijn, a plural noun (zijn werken), not an infinitive.
    expect(lemmas('De gewassen groeien.')).toContain('gewas');
    expect(lemmas('De gewassen kleren.')).toContain('wassen');
    expect(lemmas('Zij laat zien dat het kan.')).toContain('laten');
    expect(lemmas('Het is te laat.')).toContain('laat');
    // Before an object pronoun it is the verb too; after eigen, a noun: in een eigen staat.
    expect(lemmas('Ensor laat hen in hun hemd staan.')).toContain('laten');
    expect(lemmas('Ze willen in een eigen staat wonen.')).toContain('staat');
    expect(lemmas('Hij verkoopt al zijn werken.')).toContain('werk');
    // "het" takes no plural noun, so an -en word after it is an infinitive; so is one after a modal;
    // after a form of worden, a participle rather than a noun.
    expect(lemmas('Het melken gaat snel.')).toContain('melken');
    // After te an -en word is an infinitive, also one the lexicon knows only as a plural noun (paren: pairs).
    expect(lemmas('Ze zoeken vrouwtjes om te paren.')).toContain('paren');
    expect(lemmas('Het ploegen van het land.')).toContain('ploegen');
    expect(lemmas('Peking zei dat het soldaten naar Siberië stuurt.')).toContain('soldaat');
    expect(lemmas('De koning moest vluchten.')).toContain('vluchten');
    // ...also last in a clause that has a modal: zij mochten niet stemmen en ...
    expect(lemmas('Zij mochten niet stemmen en zich niet verkiesbaar stellen.')).toContain('stemmen');
    expect(lemmas('Ze werden verslagen.')).toContain('verslaan');
    // ...also at the end of the clause, where the adjective of the same form does not fit.
    expect(lemmas('Hij is zaterdag op hoge leeftijd overleden.')).toContain('overlijden');
    expect(lemmas('De overleden man.')).toContain('overleden');
    expect(lemmas('Toch is Xi bereid naar Moskou te reizen.')).toContain('bereid');
    // A participle with its auxiliary is the verb's, also before a phrase or the auxiliary itself.
    expect(lemmas('De stad werd in 1940 bezet door Duitsland.')).toContain('bezetten');
    expect(lemmas('Hij is getrouwd met Anna.')).toContain('trouwen');
    expect(lemmas('Het bleek dat het plan geslaagd was.')).toContain('slagen');
    expect(lemmas('De geslaagde plannen.')).toContain('geslaagd');
    // A clause needs a finite verb: where none was read, a word beside its subject that can be one is it.
    expect(lemmas('Hij bleek algauw een lastige leerling.')).toContain('blijken');
    expect(lemmas('De boer laat in dit geval twee dieren paren.')).toContain('laten');
    expect(lemmas('De regering bepaalde de grenzen.')).toContain('bepalen');
    expect(lemmas('De krant schat de schade op een miljoen.')).toContain('schatten');
    expect(lemmas('Hij tekende het akkoord dat rebellen en regering vorige maand sloten.')).toContain('sluiten');
    // ...but zijn may follow an adjective used as a noun: de tweede was (not the laundry).
    expect(lemmas('De tweede was het keizerrijk Ethiopië.')).toContain('zijn');
    // After an ordinal or a present participle in -e comes a noun; after één a singular noun.
    expect(lemmas('Daarna werd een derde verdachte opgepakt.')).toContain('verdachte');
    expect(lemmas('Zij waren gekleed in beschermende pakken.')).toContain('pak');
    expect(lemmas('Het land blijft formeel één staat, zei hij.')).toContain('staat');
    // A plural present after a plural subject; a word alone before dat is a verb.
    expect(lemmas('De leden van beide coöperaties stemmen in december over het samengaan.')).toContain('stemmen');
    expect(lemmas('De ouders belden de politie toen bleek dat haar bed leeg was.')).toContain('blijken');
    expect(lemmas('Automobilisten trokken zich daar weinig van aan, zo bleek uit metingen.')).toContain('blijken');
    expect(lemmas('Uit metingen bleek vorig jaar dat de dijk zwak is.')).toContain('blijken');
    expect(lemmas('“Moet er eerst een kind doodgaan?” vroeg een vader boos.')).toContain('vragen');
    // After a number comes a plural noun; last in a clause with a modal, before omdat, an infinitive.
    expect(lemmas('Hij verborg ruim tachtig fietsen op zolder.')).toContain('fiets');
    expect(lemmas('Ze vonden een grafveld met tweehonderdveertig graven.')).toContain('graf');
    expect(lemmas('Kandidaten konden met steeds moeilijkere vragen hun winst verdubbelen.')).toContain('vraag');
    expect(lemmas('Je kunt de mensen niet straffen omdat ze werken.')).toContain('straffen');
    // After a hyphen the last part is a noun sooner than a verb.
    expect(lemmas('Hij had privé-uitgaven gedeclareerd.')).toContain('privé-uitgave');
    // Before van, an -en word is a plural noun sooner than a verb.
    expect(lemmas('Hij beantwoordt elke avond vragen van kiezers.')).toContain('vraag');
    // An inflected adjective wants a noun after it or an article before it; with neither, a past of that form is the verb.
    expect(lemmas('Ze zwom snel en achterhaalde haar tegenstandster.')).toContain('achterhalen');
    expect(lemmas('De minister, die heen en weer pendelde, erkende dat de kloof groot was.')).toContain('erkennen');
    expect(lemmas('Hij ligt in het ziekenhuis, waar hij in kritieke toestand verkeerde.')).toContain('verkeren');
    expect(lemmas('Dat was de verkeerde.')).toContain('verkeerd');
    // Before a noun, a word that is an adjective or a noun is the adjective: oudere werknemers, not "elderly person".
    // After a name or a subject pronoun opening the clause comes the finite verb: Hij laat (not late), Het bleek.
    expect(lemmas('Hij laat het boek liggen. Het bleek een vergissing. Interpay schat dat het meevalt.')).toEqual(expect.arrayContaining(['laten', 'blijken', 'schatten']));
    expect(lemmas('Het besluit van de raad is laat.')).toEqual(expect.arrayContaining(['besluit', 'laat']));
    // After zich and before a preposition an -en word is a plural noun: maakt zich zorgen over.
    expect(lemmas('Zij maakt zich zorgen over de toekomst.')).toContain('zorg');
    // Before a subject pronoun, a word that can be a finite verb is one (after ten eerste, no adjective).
    expect(lemmas('Ten eerste bevelen wij aan om de regeling te verlengen.')).toContain('aanbevelen');
    // No adjective before an article: In de motie die werd aangenomen, vroeg de raad om een evaluatie.
    expect(lemmas('In een motie die werd aangenomen, vroeg de raad om een evaluatie.')).toContain('vragen');
    // After an article and before a noun, a participle rather than a plural noun: de geboden hulp (not gebod).
    expect(lemmas('Ze waren tevreden over de geboden hulp.')).toContain('bieden');
    // A clause whose only verbs are bare infinitives has its finite verb before them: laat immers zien.
    expect(lemmas('Kort samengevat laat het onderzoek zien dat het werkt.')).toContain('laten');
    // An imperative opens its clause: Zorg ervoor, ..., kijk dan (not the nouns zorg and kijk).
    expect(lemmas('Zorg ervoor dat het droog is. Twijfelt u, kijk dan op de website.')).toEqual(expect.arrayContaining(['zorgen', 'kijken']));
    // Eén, één with a capital, is the numeral, not a name.
    expect(lemmas('Eén van de spelers viel uit.')).toContain('één');
    // A material adjective after another before its noun; the verb after a year that opens the sentence;
    // a reflexive before zorgen makes it the noun.
    expect(lemmas('Op de lange stalen tafel liggen broden.')).toContain('stalen');
    expect(lemmas('In 1985 namen zijn zoon en diens vrouw het bedrijf over.')).toContain('overnemen');
    expect(lemmas('Ik heb me zorgen gemaakt.')).toContain('zorg');
    // A full stop among the tokens starts a new sentence (Artikel 1. In deze ...); indien stays a conjunction.
    expect(lemmas('Artikel 1. In deze verordening wordt de verkoop geregeld.')).toContain('in');
    expect(lemmas('Indien een feestdag op een vrijdag valt, vervalt de markt.')).toContain('indien');
    // After a preposition an adjective needs a noun after it: onder druk is pressure.
    expect(lemmatizeSentence(tokenize('De betrekkingen staan onder druk.'), lexicon).find((reading) => reading?.lemma === 'druk')?.pos).toBe('NOUN');
    // deze is a determiner before a noun sooner than a pronoun: om deze reden (not rijden).
    expect(lemmas('Om deze reden heeft de raad het plan vastgesteld.')).toContain('reden');
    // After a quantity comes a plural noun: het aantal aanvragen.
    expect(lemmas('Het aantal aanvragen is gestegen.')).toContain('aanvraag');
    // ...and so after an adverb of time opening the sentence: Gisteren bleek dat.
    expect(lemmas('Gisteren bleek dat het klopte.')).toContain('blijken');
    // ...and after a subordinate clause that opens the sentence: Als de prijzen stijgen, dalen de lonen.
    expect(lemmas('Als de prijzen stijgen, dalen de lonen.')).toContain('dalen');
    // A possessive after a preposition needs a word after it: met je broer, but met je?
    expect(lemmas('Hij kwam met je broer. Gaat het goed met je?')).toEqual(expect.arrayContaining(['jouw', 'je']));
    expect(lemmas('Werkgevers vinden oudere werknemers te duur.')).toContain('oud');
    // ...also before a compound the lexicon lacks; and a comparative after wat or before dan is no noun (ouder, parent),
    // while meer keeps its own entry.
    expect(lemmas('Rikki was haar oudere tienerbroer.')).toContain('oud');
    expect(lemmas('Achteraf was ik liever wat ouder geweest.')).toContain('oud');
    expect(lemmas('Hij is ouder dan zij, er kwamen meer dan honderd mensen.')).toEqual(expect.arrayContaining(['oud', 'meer']));
    expect(lemmas('Een gemiddelde woning kost veel.')).toContain('gemiddeld');
    expect(lemmas('Begin februari zagen zij elkaar.')[0]).toBe('begin');
    // No finite verb inside a noun phrase: een luid bejubelde voorsprong, de eerste sprong.
    expect(lemmas('In de laatste minuut namen de Egyptenaren een luid bejubelde en beslissende voorsprong.')).toContain('nemen');
    expect(lemmas('Na de eerste sprong was het moeilijk.')).toEqual(expect.arrayContaining(['sprong', 'zijn']));
    expect(lemmas('Het is te laat, zei ze.')).toContain('laat');
    expect(lemmas('De bleek jongen.')).toContain('bleek');
    // The old dative after ten: ten slotte is the noun slot; te before an adjective is "too" (op te grote voet).
    expect(lemmas('Ten slotte ging hij.')).toContain('slot');
    expect(lemmas('We hebben op te grote voet geleefd.')).toContain('groot');
    expect(lemmas('Hij heeft zich in feite opgegeven.')).toContain('feit');
    expect(lemmas('Een film die ik iedereen van harte aanraad.')).toContain('hart');
    // een takes no plural: een glazen oog; after an inflected participle comes a noun: aangezette tonen.
    expect(lemmas('Hij heeft een glazen oog.')).toContain('glazen');
    expect(lemmas('Hij schildert in donkerder aangezette tonen.')).toContain('toon');
    // An infinitive after a preposition is no finite verb with a particle: barstte in lachen uit.
    expect(lemmas('De zaal barstte in lachen uit.')).toEqual(expect.arrayContaining(['uitbarsten', 'lachen']));
    expect(lemmas('Het was het optreden van de tachtigjarige schrijver.')).toContain('tachtigjarig');
    // Before te, an -en word is the object of the infinitive; a plural present ends a subordinate clause.
    expect(lemmas('Studenten durven minder vaak vragen te stellen.')).toContain('vraag');
    expect(lemmas('Het gevoel waarmee veel ouderen kampen.')).toContain('kampen');
    // worden as a plural or an infinitive still makes a participle the verb's; after an adjective, wil is the noun.
    expect(lemmas('Ook worden de tegoeden bevroren van tientallen bedrijven.')).toContain('bevriezen');
    expect(lemmas('Het meisje is uit vrije wil vertrokken.')).toEqual(expect.arrayContaining(['wil', 'vertrekken']));
  });

  it('joins a separable verb with its particle at the end of the clause', () => {
    const readings = lemmatizeSentence(tokenize('Poetin kondigde tijdens het gesprek aan dat Xi komt.'), lexicon);
    expect(readings[1]).toMatchObject({ lemma: 'aankondigen', particleIndex: 5 });
    expect(lemmas('Hij legt het uit.')).toContain('uitleggen');
    expect(lemmas('Hij belooft op tijd te komen.')).not.toContain('opkomen');
    // particle + te + infinitive also where the infinitive alone reads as another verb: uit te breiden (not breien).
    expect(lemmas('Het plan is om de opvang uit te breiden.')).toContain('uitbreiden');
    expect(lemmas('Ze besloot de reis af te gelasten.')).toContain('afgelasten');
    // Past a list or an aside, up to the end of the clause; not into the next clause.
    expect(lemmas('De ploeg legde het zowel fysiek als technisch af.')).toContain('afleggen');
    expect(lemmas('Hij legde het boek neer en keek op.')).not.toContain('opleggen');
    // als is "as" more often than "if": the clause goes on (sloot het toernooi als negende af).
    expect(lemmas('Nederland sloot het toernooi als negende af.')).toContain('afsluiten');
    // After a preposition, zijn is the possessive: no verb stands after op, so no opvallen.
    expect(lemmas('Hij viel van de trap en op zijn hoofd.')).not.toContain('opvallen');
    // A separable verb the lexicon lacks is still one unit, glossed from its base verb and marked derived;
    // not when er, daar or waar leaves the particle as their preposition.
    expect(lexicon.separable.has('weg zwemmen')).toBe(false);
    const { units, tokens } = analyzeText('De kinderen zwommen snel bij de haai weg.', lexicon);
    expect(units.find((unit) => unit.lemma === 'wegzwemmen')).toMatchObject({ kind: 'separable', derived: true, gloss: expect.stringContaining('to swim') });
    expect(units.find((unit) => unit.lemma === 'wegzwemmen')!.tokenIndexes.map((i) => tokens[i]!.text)).toEqual(['zwommen', 'weg']);
    // ...also when the lexicon lacks the base verb too, read by rule: moffelde ... weg.
    expect(lexicon.lemmas.has('moffelen')).toBe(false);
    expect(lemmas('Hij moffelde het geld snel weg.')).toContain('wegmoffelen');
    // A particle before an infinitive is the infinitive's (zag ze voorbij komen); a coordinator before a
    // verb opens a new clause (raken ... uitgeput en treden ziekten op: no opraken).
    expect(lemmas('Hij zag de renners voorbij komen.')).toEqual(expect.arrayContaining(['zien', 'voorbijkomen']));
    // ...but an adjective written apart from the verb is no particle (hard gemaakt), except stil and vol.
    expect(lemmas('Het eten werd warm gehouden.')).toContain('houden');
    expect(lemmas('Hij moest stil zitten.')).toContain('stilzitten');
    // die before a noun is a determiner, not the start of a relative clause: geven die stoffen af.
    expect(lemmas('Cellen geven die stoffen af, onder invloed van hormonen.')).toContain('afgeven');
    // An opening quote does not end the clause: schreef zelfs over ‘een nieuwe as’ is no overschrijven.
    expect(lemmas('Hij schreef in de krant zelfs over ‘een nieuwe as van het kwaad’.')).toContain('schrijven');
    expect(lemmas('Dan raken de stoffen uitgeput en treden ziekten op.')).toEqual(expect.arrayContaining(['raken', 'optreden']));
    expect(lemmas('Daar rekende hij op.')).toContain('rekenen');
    // A particle may stand before an auxiliary and its participle, or before a question word or dan.
    expect(lemmas('De vondst, die vorige week bekend werd gemaakt, verraste iedereen.')).toContain('bekendmaken');
    expect(lemmas('De raad gaat na waarom de kotter zonk.')).toContain('nagaan');
    expect(lemmas('Toch viel de straf lager uit dan verwacht.')).toContain('uitvallen');
    // om before a preposition is a particle, unless an infinitive with te follows; a particle before a
    // preposition that could be one too is the verb's.
    expect(lemmas('Jaarlijks komen duizenden dieren om bij stalbranden.')).toContain('omkomen');
    expect(lemmas('Opa draait zich om in zijn graf.')).toContain('omdraaien');
    expect(lemmas('Ze komen hun kamer uit om te eten.')).not.toContain('omkomen');
    expect(lemmas('Elke ochtend stond ik een uur stil voor die deur.')).toContain('stilstaan');
    expect(lemmas('De FNV dringt er bij het kabinet op aan om te stoppen.')).toContain('aandringen');
    // A participle before its noun is no verb after a particle; a comma before a verb ends the clause; waaruit
    // opens one.
    expect(lemmas('De inbrekers reden in gestolen auto\'s.')).not.toContain('inrijden');
    expect(lemmas('Bij de methode, die TIL-therapie heet, halen chirurgen een stukje weefsel weg waaruit cellen groeien.')).toEqual(expect.arrayContaining(['heten', 'weghalen']));
    // An infinitive clause opening with an adverb may follow the particle; om before te is "in order to".
    expect(lemmas('Hij kondigde aan desnoods zelf de opvang te regelen.')).toContain('aankondigen');
    // ...and so may an object and an infinitive clause, after a verb that takes one (oproepen), not after another.
    expect(lemmas('De politie roept mensen op hun familieleden te waarschuwen.')).toContain('oproepen');
    expect(lemmas('De meeste respondenten gaven aan tevreden te zijn.')).toContain('aangeven');
    expect(lemmas('Hij vroeg hem op de stoel te gaan zitten.')).toContain('vragen');
    // No particle after an article or possessive (reed de auto te hard: no autorijden), before die + noun or
    // dat + het-noun (gaf in die tijd; but komt bij dat leraren), in tot ...
    // toe, opening an aside after a comma (but deinsde, zoals zo vaak, terug), before a participle that
    // describes a noun, or after en dat.
    expect(lemmas('Volgens getuigen reed de auto te hard.')).toContain('rijden');
    // om before a time is a preposition, so the particle after it is still found; nergens owns its toe.
    expect(lemmas('Ze staat elke dag om half vier op en werkt tot de middag.')).toContain('opstaan');
    expect(lemmas('Ik ga hem nergens toe dwingen.')).toContain('gaan');
    expect(lemmas('Elke koe gaf in die tijd veel melk.')).toContain('geven');
    expect(lemmas('Daar komt bij dat leraren worden beoordeeld.')).toContain('bijkomen');
    expect(lemmas('Wie te weinig slaapt, loopt een grotere kans op ziekte dan tot nu toe werd aangenomen.')).toContain('lopen');
    expect(lemmas('Het bedrijf maakt donderdag zijn debuut op het Damrak, in wat de grootste beursgang is.')).toContain('maken');
    expect(lemmas('Het aangeslagen Oranje deinsde, zoals al zo vaak, terug voor een tegenstander.')).toContain('terugdeinzen');
    expect(lemmas('De provincie stelt geld beschikbaar voor wolfwerende hekken.')).toContain('stellen');
    expect(lemmas('De NS meldde dat er minder treinen rijden en dat bovenleidingen door rondvliegende takken beschadigd raken.')).toContain('rijden');
    expect(lemmas('Hij raadde hen aan niet in paniek te handelen.')).toContain('aanraden');
    expect(lemmas('Ze belde haar op om te praten.')).not.toContain('ompraten');
    expect(lemmas('Hij had zelfs tijd om om te kijken.')).toContain('omkijken');
    // A verb form the lexicon lists beside the rules (zegde) is finite too; an auxiliary's participle ends its clause.
    expect(lemmas('Wethouder Scholten zegde toe dat de gemeente het onderzoekt.')).toContain('toezeggen');
    expect(lemmas('Dat heeft men benadrukt door in het programma te schrijven dat het kan.')).not.toContain('doorhebben');
    expect(lemmas('Poetin hoopt dat China hem kan helpen aan technologie.')).not.toContain('aankunnen');
  });

  it('splits an unknown compound into known parts and takes its gender from the last', () => {
    expect(lexicon.forms.has('vredesvoorstellen')).toBe(false);
    const [unit] = analyzeText('vredesvoorstellen', lexicon).units;
    expect(unit).toMatchObject({ lemma: 'vredesvoorstel', kind: 'compound', derived: true, gender: 'het', gloss: 'peace proposal' });
    const [strike] = analyzeText('treinstaking', lexicon).units;
    expect(strike).toMatchObject({ lemma: 'treinstaking', gender: 'de', gloss: 'train strike' });
    // The head is a noun before a verb form, and never a comparative.
    expect(lexicon.forms.has('bosbouw')).toBe(false);
    expect(lemmas('De bosbouw groeit.')).toContain('bosbouw');
    expect(lemmas('Een nieuwe pijnstiller.')).toContain('pijnstiller');
    // An adjective with a productive suffix is itself, not a compound: deelbaar, not deel + baren.
    expect(lemmas('Het getal is deelbaar.')).toContain('deelbaar');
  });

  it('reads verbs the lexicon lacks from their participle or past tense', () => {
    // The final t or d of a participle is the stem's after a vowel or a voiced consonant, else the ending.
    expect(['plant', 'leid', 'bloed', 'maakt', 'beld', 'reisd', 'draaid', 'kleed', 'vlucht', 'troost', 'salueerd', 'sponsord'].map(infinitiveFromParticiple)).toEqual([
      'planten', 'leiden', 'bloeden', 'maken', 'bellen', 'reizen', 'draaien', 'kleden', 'vluchten', 'troosten', 'salueren', 'sponsoren',
    ]);
    expect(lemmas('Het werd geplant en mishandeld, daarna geslapen.')).toEqual(expect.arrayContaining(['planten', 'mishandelen', 'slapen']));
    // Weak pasts: only -de shows a voiced stem (strafte -> straffen); -ste after a subject; -ieer verbs write ië.
    expect(lemmas('Hij strafte hen en zij dansten, de prijzen varieerden.')).toEqual(expect.arrayContaining(['straffen', 'dansen', 'variëren']));
    expect(lemmas('De kosten stegen.')).toContain('kost');
    expect(lemmas('Zij weefden en dienden het volk.')).toEqual(expect.arrayContaining(['weven', 'dienen']));
    // The hij-form: the final t is the stem's after a long vowel and in -cht.
    expect(['pakt', 'rolt', 'eet', 'sluit', 'richt', 'gooit'].map(infinitiveFromPresent)).toEqual(['pakken', 'rollen', 'eten', 'sluiten', 'richten', 'gooien']);
    expect(lemmas('De substantiële en criminele zaken, de dubbele rol.')).toEqual(expect.arrayContaining(['substantieel', 'crimineel', 'dubbel']));
    expect(['teel', 'fok', 'exposeer', 'effen', 'calculeer'].map(infinitiveFromStem)).toEqual(['telen', 'fokken', 'exposeren', 'effenen', 'calculeren']);
    expect(lemmas('Het werd ingecalculeerd en geëxposeerd.')).toEqual(['het', 'worden', 'incalculeren', 'en', 'exposeren']);
    expect(lemmas('De tractaten en de kuddes.')).toEqual(['de', 'tractaat', 'en', 'de', 'kudde']);
    expect(lemmas('Ze werden afgetroefd.')).toContain('aftroeven');
    // A known verb behind a particle or prefix: an infinitive, not a plural.
    expect(lemmas('De renners overlopen.')).toContain('overlopen');
    expect(lemmas('De traditionele en dartele dansen.')).toEqual(expect.arrayContaining(['traditioneel', 'dartel']));
    // Weak pasts by 't kofschip, inflected participles and present participles of unknown verbs.
    expect(lemmas('Hij nestelde zich en schikte de gedoseerde middelen.')).toEqual(expect.arrayContaining(['nestelen', 'schikken', 'doseren']));
    expect(lemmas('De blunderende ploeg.')).toContain('blunderen');
    // ...but not a superlative, nor a noun with a productive suffix that starts like a participle.
    expect(lemmas('De onderste la en de geleerdheid.')).toEqual(expect.arrayContaining(['onderste', 'geleerdheid']));
    // With a prefix, a t after one vowel or in -cht is the stem's, and a vowel before -e is long: berecht,
    // beknot, begrote; the hij-form spells a stem's z and v as s and f; loanwords in x and sh take -te.
    const absent = ['berechten', 'beknotten', 'begroten', 'blazen', 'zwerven', 'faxen', 'crashen'];
    const without = buildLexicon(readLexiconEntries().filter((entry) => !absent.includes(entry.lemma)));
    const read = (text: string) => lemmatizeSentence(tokenize(text), without).map((reading) => reading?.lemma);
    expect(read('Hij werd berecht en beknot, de begrote kosten.')).toEqual(expect.arrayContaining(['berechten', 'beknotten', 'begroten']));
    expect(read('Hij blaast, zij zwerft door de stad.')).toEqual(expect.arrayContaining(['blazen', 'zwerven']));
    expect(read('Hij faxte het en zij crashte.')).toEqual(expect.arrayContaining(['faxen', 'crashen']));
  });

  it('reads nouns and adjectives the lexicon lacks by their endings', () => {
    // Diminutives, loanword plurals, agent nouns of known verbs (not ontdek + kers).
    expect(lemmas('Een kiempje, twee tuitjes en een balletje.')).toEqual(expect.arrayContaining(['kiem', 'tuit', 'bal']));
    // ...also of a compound whose last part is known: kinderklompjes -> kinderklomp.
    expect(lemmas('Hij beschildert een paar kinderklompjes.')).toContain('kinderklomp');
    expect(lemmas('De musicals en scenario\'s van de ontdekkers.')).toEqual(expect.arrayContaining(['musical', 'scenario', 'ontdekker']));
    // Inflected adjectives: a doubled consonant is single, an unstressed -er stays.
    expect(lemmas('De rappe, sombere en numerieke reeks.')).toEqual(expect.arrayContaining(['rap', 'somber', 'numeriek']));
    // Before a noun, an unknown -e word is an inflected adjective, spelt as Dutch spells the base.
    expect(lemmas('Het waren onderlinge gevechten, een bonte verzameling.')).toEqual(expect.arrayContaining(['onderling', 'bont']));
    expect(['witte', 'grote', 'lieve', 'grijze', 'onderlinge', 'grauwe'].map(adjectiveFromInflected)).toEqual(['wit', 'groot', 'lief', 'grijs', 'onderling', 'grauw']);
    expect(lemmas('Het was een ongehuwde en onjuiste man, de onderste rij.')).toEqual(expect.arrayContaining(['ongehuwd', 'onjuist']));
    // ...but with no noun after it, an unknown -e word after an article is a noun: de studente, de intrige.
    expect(lemmas('Hij zag de studente in Leiden.')).toContain('studente');
    expect(lemmas('Dat was de intrige.')).toContain('intrige');
    expect(lemmas('De naoorlogse en volkse kunst.')).toEqual(expect.arrayContaining(['naoorlogs', 'volks']));
    // No doubled vowel before x or in y; pronominal adverbs are themselves.
    expect(lemmas('De enzymen en paradoxen, zie hierboven.')).toEqual(expect.arrayContaining(['enzym', 'paradox', 'hierboven']));
    // -heden is the plural of -heid; after an article a particle + -en word is a plural noun; French and acronym plurals.
    const unknown = ['onderdeel', 'eigenaardigheid', 'bureau', 'café', 'wc', 'schroeien', 'kerven'];
    const reduced = buildLexicon(readLexiconEntries().filter((entry) => !unknown.includes(entry.lemma)));
    const read = (text: string) => lemmatizeSentence(tokenize(text), reduced).map((reading) => reading?.lemma);
    expect(read('Hij zag de onderdelen.')).toContain('onderdeel');
    expect(read('Het zijn eigenaardigheden van de bureaus, cafés en wc\'s.')).toEqual(expect.arrayContaining(['eigenaardigheid', 'bureau', 'café', 'wc']));
    expect(lemmas('De essays en interviews.')).toEqual(expect.arrayContaining(['essay', 'interview']));
    // A past of an unknown verb whose stem ends in a diphthong or -rf: zij schroeiden, hij kerfde.
    expect(read('Zij schroeiden het vlees en hij kerfde het hout.')).toEqual(expect.arrayContaining(['schroeien', 'kerven']));
    // One vowel before -sen makes a plural of -se; -inkje is the diminutive of -ing; comparatives of -loos.
    const reduced2 = buildLexicon(readLexiconEntries().filter((entry) => !['frase', 'lusteloos'].includes(entry.lemma)));
    expect(lemmatizeSentence(tokenize('Hij rekte de frasen op, met een fris dressinkje, nog lustelozer.'), reduced2).map((reading) => reading?.lemma)).toEqual(
      expect.arrayContaining(['frase', 'dressing', 'lusteloos']),
    );
    // Learned nouns in -logen, -grafen, -nomen: geologen is no participle.
    expect(lemmas('Ze negeerden de waarschuwingen van geologen en economen.')).toEqual(expect.arrayContaining(['geoloog', 'econoom']));
    // An intensifying prefix before a known adjective keeps the adjective.
    expect(lemmas('Het is een overbekende en ultrasnelle auto.')).toEqual(expect.arrayContaining(['overbekend', 'ultrasnel']));
    // A present participle with -n is a noun of people; a participle with on- is an adjective.
    expect(lemmas('Redders haalden zes opvarenden van het schip.')).toContain('opvarende');
    expect(lemmas('Haar bed was onbeslapen na een onbesuisde tocht.')).toEqual(expect.arrayContaining(['onbeslapen', 'onbesuisd']));
    // -kunde makes a noun (no past of kunnen); a place in -sse is no adjective in -se.
    expect(lemmas('Hij studeerde scheepsbouwkunde en woonde in Bruinisse.')).toEqual(expect.arrayContaining(['scheepsbouwkunde', 'Bruinisse']));
    // After het or een a noun is singular, so a final s is no plural: het bordes, een opmars.
    expect(lemmas('Hij stond op het bordes na het zomerreces.')).toEqual(expect.arrayContaining(['bordes', 'zomerreces']));
  });

  it('reads an unknown -en word at the end of a sentence as an infinitive, after an article as a plural', () => {
    expect(lemmas('De soldaten knokken.')).toContain('knokken');
    // After a subject pronoun, an unknown word in -t is its verb.
    expect(lemmas('Het is wat hij opsomt.')).toContain('opsommen');
    expect(lemmas('Ze zagen de kalkoenen.')).toContain('kalkoen');
    // After a plural subject or laten, it is the verb; -etten after one vowel is a plural, not a past.
    expect(lemmas('De legioenen pijnigen de man.')).toContain('pijnigen');
    // A form the lexicon does not list as a known noun's plural is none (it lists no plural for zegen).
    expect(lemmas('Ze zegenen het brood.')).toContain('zegenen');
    // ...but after zijn or a participle, a plural noun: het waren kalkoenen, de getrokken werktuigen.
    expect(lemmas('Het waren kalkoenen met pluimen.')).toContain('kalkoen');
    expect(lemmas('De door paarden getrokken werktuigen werden vervangen.')).toContain('werktuig');
    expect(lemmas('Maskers en skeletten, de dood.')).toContain('skelet');
    // Short plurals and plurals after a diphthong: etsen -> ets, geweien -> gewei; numbers in one word.
    expect(lemmas('Hij zag de etsen en de geweien.')).toEqual(expect.arrayContaining(['ets', 'gewei']));
    expect(lemmas('De provincies, de musea en de geleerden.')).toEqual(expect.arrayContaining(['provincie', 'museum', 'geleerde']));
    expect(lemmas('De problemen van de brandweerlieden, de critici en de chefs.')).toEqual(expect.arrayContaining(['probleem', 'brandweerman', 'criticus', 'chef']));
    expect(lemmas('De zangeres had een adres.')).toEqual(expect.arrayContaining(['zangeres', 'adres']));
    expect(lemmas('Het waren vijftigduizend mensen.')).toContain('vijftigduizend');
    expect(lemmas('Tienduizenden mensen kwamen enigszins laat.').slice(0, 1)).toEqual(['tienduizend']);
    expect(lemmas('Hij kwam dikwijls en enigszins laat, de maandelijkse en tussentijds.')).toEqual(expect.arrayContaining(['dikwijls', 'enigszins', 'tussentijds']));
    // An ordinal in digits is its number, glossed in English.
    expect(analyzeText('In de 19e eeuw en op de 22ste plaats.', lexicon).units.filter((unit) => unit.pos === 'NUM')).toMatchObject([
      { lemma: '19', gloss: '19th', form: 'ordinal number' },
      { lemma: '22', gloss: '22nd' },
    ]);
    expect(['1', '2', '3', '4', '11', '12', '13', '21', '101', '111'].map(englishOrdinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '101st', '111th']);
    // An inflected adjective used as a plural noun: de anderen -> ander.
    expect(lemmas('Hij en de anderen.')).toContain('ander');
    // Participles of verbs with an unstressed prefix have no ge-: bezegeld -> bezegelen, bestemd -> bestemmen.
    expect(lemmas('Het lot was bezegeld en bestemd.')).toEqual(expect.arrayContaining(['bezegelen', 'bestemmen']));
    // -ieer verbs write ië: geïnitieerd -> initiëren.
    expect(lemmas('Het werd geïnitieerd.')).toContain('initiëren');
  });

  it('inflects the last part of a hyphenated word and keeps the first as written', () => {
    expect(lemmas('De FARC-rebellen en de 24-jarige renner.')).toEqual(expect.arrayContaining(['FARC-rebel', '24-jarig']));
  });

  it('reads a compound ending in a verb stem as a noun, unless a particle or prefix precedes it', () => {
    expect(lexicon.forms.has('viskweek')).toBe(false);
    expect(lemmas('De viskweek groeit.')).toContain('viskweek');
    expect(lemmas('Het licht doordringt alles.')).toContain('doordringen');
    // A particle before a known verb form: the separable verb, also in its participle (af + gesneden).
    expect(lemmas('Het werd afgesneden en neergeslagen.')).toEqual(expect.arrayContaining(['afsnijden', 'neerslaan']));
    // The longest particle first (aaneen, not aan + eengesloten); no head with a capital (winkel + Iers).
    expect(lemmas('Ze zijn aaneengesloten.')).toContain('aaneensluiten');
    expect(lemmas('De winkeliers klagen.')).toContain('winkelier');
    // ...but a particle before a bare stem is as often a noun: de afloop.
    expect(lemmas('De afloop was goed.')).toContain('afloop');
  });

  it('takes mid-sentence capitals as names', () => {
    const readings = lemmatizeSentence(tokenize('Volgens Biscop is het zo.'), lexicon);
    expect(readings[1]).toMatchObject({ lemma: 'Biscop', pos: 'PROPN' });
    // At the start of a sentence, a word built from known words is not a name.
    expect(lemmas('Treinstakingen zijn gepland.')[0]).toBe('treinstaking');
    // ...and so is a plural the lexicon lacks before a plural verb, which no name takes.
    expect(lemmas('Vogelbeschermers reageerden verheugd.')[0]).toBe('vogelbeschermer');
    expect(lemmas('Respondenten gaven aan tevreden te zijn.')[0]).toBe('respondent');
    expect(lemmas('Biscop is er.')[0]).toBe('Biscop');
    // ...nor is a singular compound with no article before a finite verb: a surname (Velthuis ontkende).
    expect(lemmas('Velthuis ontkende tot het laatst dat hij met opzet had gehandeld.')[0]).toBe('Velthuis');
    expect(lemmas('Duitsland is groot.')[0]).toBe('Duitsland');
    expect(lemmas('Eindhoven is groot.')[0]).toBe('Eindhoven');
    expect(lemmas('Bezuinigingsmaatregelingen zijn nodig.')[0]).toBe('bezuinigingsmaatregeling');
    // A name after a hyphen, and a word the lexicon lacks between names, are part of the name.
    expect(lemmatizeSentence(tokenize('Het ging om nazi-Duitsland.'), lexicon)[3]).toMatchObject({ lemma: 'nazi-Duitsland', pos: 'PROPN' });
    expect(lemmatizeSentence(tokenize('De European Council on Foreign Relations zegt dat.'), lexicon)[3]).toMatchObject({ pos: 'PROPN' });
    // A known adjective with a capital in a name keeps its gloss; before a capitalised common noun it is part
    // of the name and kept as written (de Europese Unie), before a place name it is the adjective.
    expect(analyzeText('De Communistische Partij won.', lexicon).units[1]).toMatchObject({ gloss: 'communist' });
    expect(lemmatizeSentence(tokenize('Hij sprak met de Europese Unie.'), lexicon)[4]).toMatchObject({ lemma: 'Europese', pos: 'PROPN' });
    expect(lemmas('Hij kwam uit het Oostenrijkse Ried.')).toContain('Oostenrijks');
    // De before a surname at the start of a sentence is part of the name, before a people it is the article.
    expect(lemmas('De Morgan schreef veel.').slice(0, 2)).toEqual(['De', 'Morgan']);
    expect(lemmas('De Grieken schreven veel.')[0]).toBe('de');
    expect(lemmas('De VVD won.')[0]).toBe('de');
    // A place adjective the lexicon lacks, first in the sentence before a common noun, is that adjective.
    expect(lemmas('Oegandese troepen trokken het land in.')[0]).toBe('Oegandees');
    expect(lemmas('Opstandige militairen grepen de macht.')[0]).toBe('opstandig');
    // A name with the -s of a possessive before the noun it owns is the name; one that ends in s is kept.
    expect(lemmas('Ensors moeder was een winkelierster.')[0]).toBe('Ensor');
    // A capitalised word an imported dictionary knows only in lower case is still a name.
    const withDictionary = buildLexicon(readLexiconEntries(), [{ lemma: 'nederland', pos: 'X', cefr: 'C2', senses: ['the Netherlands'] }]);
    expect(lemmatizeSentence(tokenize('Nederland won.'), withDictionary)[0]).toMatchObject({ lemma: 'Nederland', pos: 'PROPN' });
    expect(lemmas('Ik zag Atkins de tienkamp winnen.')).toContain('Atkins');
    // An acronym is a name, also after a bracket, where the lexicon has a word of those letters (sta: stand).
    expect(lemmas('Ze richtten de stichting (STA) op.')).toEqual(expect.arrayContaining(['STA', 'oprichten']));
    // Van before der or 't is a surname; a dateline's place names in capitals are read as names.
    expect(lemmas('Van der Vaart scoorde.').slice(0, 3)).toEqual(['Van', 'der', 'Vaart']);
    expect(lemmas('Van Amsterdam naar Utrecht.')[0]).toBe('van');
    expect(lemmas('NIJMEGEN, KARLSRUHE - Bij een ongeluk zijn twee doden gevallen.').slice(0, 3)).toEqual(['Nijmegen', 'Karlsruhe', 'bij']);
    // A people the lexicon lacks is a name, so no gloss is missing.
    expect(analyzeText('Hij sprak met de Colombianen.', lexicon).units.at(-1)).toMatchObject({ lemma: 'Colombiaan', kind: 'proper' });
    // ...but a surname after a first name, or a first name before a surname, is no people: Marleen Kuipers.
    expect(lemmas('Minister Marleen Kuipers wil dat.')).toContain('Kuipers');
    expect(lemmas('Secretaris-generaal Anders Fogh Rasmussen bedankte hen.')).toContain('Anders');
    expect(lemmas('De Nederlanders wonnen.')).toContain('Nederlander');
    expect(lemmas('Veel Amsterdammers gingen, maar Wolters sloeg dat aanbod af.')).toEqual(expect.arrayContaining(['Amsterdammer', 'Wolters']));
    expect(lemmas('Startzwemster Ilse Jansen won.')).toContain('Ilse');
    expect(lemmas('Bewoners van Lisse en Hillegom protesteren.')).toContain('Lisse');
    expect(lemmas('Hij kritiseerde de Haagse politiek.')).toContain('Haags');
  });
});

describe('expressions', () => {
  it('finds fixed expressions, also inflected and apart', () => {
    const found = (text: string) => {
      const { units, tokens } = analyzeText(text, lexicon);
      return units.filter((unit) => unit.kind === 'expression').map((unit) => [unit.lemma, unit.tokenIndexes.map((i) => tokens[i]!.text).join(' ')]);
    };
    expect(found('Het is in ieder geval mooi.')).toEqual([['in ieder geval', 'in ieder geval']]);
    expect(found('Dat is klein bier.')).toEqual([['klein bier', 'klein bier']]);
    expect(found('Dat komt Xi goed van pas.')).toEqual([['van pas komen', 'komt van pas']]);
    // Not across a clause: the verb of "zegt Biscop" does not complete "dat wil zeggen".
    expect(found('Dat wil China niet, zegt Biscop.')).toEqual([]);
  });

  it('reads an abbreviation as the word or expression it stands for', () => {
    const { units, tokens } = analyzeText('Het huis op nr. 5 kost ca. 2 mln. euro, o.a. door de ligging.', lexicon);
    const at = (text: string) => units.find((unit) => tokens[unit.tokenIndexes[0]!]!.text === text);
    expect(at('nr')).toMatchObject({ lemma: 'nummer', gloss: 'number', form: 'abbreviation' });
    expect(at('ca')).toMatchObject({ lemma: 'circa', form: 'abbreviation' });
    expect(at('mln')).toMatchObject({ lemma: 'miljoen', gloss: 'million' });
    expect(at('o.a.')).toMatchObject({ lemma: 'onder andere', gloss: 'among other things' });
  });
});

describe('sentences', () => {
  it('does not end a sentence at an abbreviation or an initial', () => {
    const sentences = splitSentences(tokenize('Hij zei o.a. dat J. Kirby kwam. Toen ging hij weg! En nu?'));
    expect(sentences.map((sentence) => sentence.map((token) => token.text).join(' '))).toEqual([
      'Hij zei o.a. dat J . Kirby kwam .',
      'Toen ging hij weg !',
      'En nu ?',
    ]);
  });
});

describe('level and coverage', () => {
  it('rates a simple text below a dense one, with reasons', () => {
    const simple = estimateCefrLevel([analyzeText('Ik woon in een huis. Het huis is groot. Mijn kat is lief.', lexicon)]);
    const dense = estimateCefrLevel([
      analyzeText(
        'De economische sancties hebben de toch al asymmetrische relatie tussen Rusland en China verergerd, zegt een senior onderzoeker die de geopolitieke verschuivingen en de toenemende afhankelijkheid van beide grootmachten nauwlettend bestudeert.',
        lexicon,
      ),
    ]);
    expect(['A1', 'A2']).toContain(simple.level);
    expect(['C1', 'C2']).toContain(dense.level);
    expect(dense.reasons.shareAboveB1).toBeGreaterThan(simple.reasons.shareAboveB1);
    expect(dense.reasons.meanSentenceLength).toBeGreaterThan(20);
  });

  it('glosses every word of the seed articles that is not a name, from the core lexicon alone', () => {
    const unglossed = readArticleSeeds().flatMap((seed) =>
      seed.versions
        .find((version) => version.original)!
        .blocks.flatMap((block) => {
          const { units, tokens } = analyzeText(block.nl, lexicon);
          return units.filter((unit) => unit.kind !== 'proper' && !unit.gloss).map((unit) => unit.tokenIndexes.map((i) => tokens[i]!.text).join(' '));
        }),
    );
    expect(unglossed).toEqual([]);
  });

  it('counts the running words whose lemma a learner knows, names aside', () => {
    const text = [analyzeText('Poetin ziet een groot huis.', lexicon)];
    expect(personalCoverage(text, new Set(['zien', 'een', 'groot', 'huis']))).toBe(1);
    expect(personalCoverage(text, new Set(['een', 'huis']))).toBe(0.5);
  });
});
