// Text analysis: language detection, normalisation, stop words and stemming for nl, en, fr, es and eu.
import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish';
import { StemmerEu } from '@nlpjs/lang-eu';

export type Language = 'nl' | 'en' | 'fr' | 'es' | 'eu' | 'other';
export type KnownLanguage = Exclude<Language, 'other'>;
export const KNOWN_LANGUAGES: readonly KnownLanguage[] = ['nl', 'en', 'fr', 'es', 'eu'];

const STOP_WORD_LISTS: Record<KnownLanguage, string> = {
  nl: `de het een en van in op te dat die is voor met zijn niet aan er om ook als bij of door naar dan maar
    uit tot over nog wat wordt worden werd zo al kan je ze we wij hij zij u ik mijn me mij onze ons hun haar hem
    deze dit men heeft hebben had was waren zal zullen moet moeten kunnen geen meer veel zeer toch hoe waar wie
    want omdat dus daar hier toen nu alle andere elk elke ander iets niets ben bent zich waarin waarbij waarvan
    welke wel heel erg binnen zonder onder tegen tussen na sinds zoals reeds heb hebt zou zouden uw jouw jou jullie
    hen zult zullen wordt was bent word geweest`,
  en: `the a an and or of in on to for with by from at as is are was were be been being it its this that these
    those which who whom what how why when where not no but if then than so such can could will would shall
    should may might must do does did done has have had having into onto about over under between through
    during before after above below up down out off again further once here there all any both each few more
    most other some own same too very just also only our ours we us you your he him his she her they them their
    i me my am via per within without across among whether while upon
    don doesn didn isn aren wasn weren won wouldn couldn shouldn hasn haven hadn ll ve re`,
  fr: `le la les un une des du de et ou en au aux dans sur pour par avec sans sous ce cet cette ces qui que quoi
    dont où est sont été être avoir a ont il elle ils elles on nous vous je tu me te se lui leur leurs son sa
    ses mon ma mes ton ta tes notre nos votre vos ne pas plus moins très aussi mais donc car si comme entre
    vers chez tout tous toute toutes autre autres même c l d j qu n s y ai as avons avez avais avait avions aviez
    avaient aurai auras aura aurons aurez auront aurais aurait eu suis es sommes êtes étais était étions étiez
    étaient serai seras sera serons serez seront serais serait sois soit soyons soient fut là eux lequel laquelle
    lesquels moi toi`,
  es: `el la los las un una unos unas de del y o en a al por para con sin sobre entre que quien cual como donde
    es son fue ser estar está están ha han se su sus lo le les nos mi mis tu tus muy más menos pero si también
    este esta estos estas ese esa eso yo tú él ella ello nosotros nosotras vosotros ellos ellas usted ustedes me te
    nuestro nuestra nuestros nuestras vuestro vuestra su suyo suya era eran soy eres somos estoy estás estamos estaba
    he has hemos había hay haber sea ser sido siendo tan tanto cuando porque qué quién cómo dónde cuál ya aquí allí
    algo nada todo todos toda todas otro otra otros otras mismo misma ni aunque desde hasta hacia según durante
    muy mucho mucha muchos muchas poco no os ya has he hemos habéis había habían habrá habría hubo haya esto esos
    esas sí mí ti conmigo contigo sois estás estaba estabas estaban estuvo fue fueron fui`,
  // Basque: articles and demonstratives, pronouns, conjunctions and the forms of the auxiliary verbs izan/ukan/egon
  // (their meaning is in the main verb, as English "is", "has", "was" are stop words there).
  eu: `eta edo ez bai da dira zen ziren izan du dut duzu dugu dute zuen zuten nuen genuen zenuen naiz zara gara
    zarete nintzen zinen ginen dago daude zegoen zeuden nago zaude gaude ari bat batzuk hau hori hura hauek horiek
    haiek honek horrek hark hemen hor han ere baina beraz edota ni zu gu zuek hi nik zuk guk hark nire zure gure
    bere haren beren oso dela den diren dituzte ditu dituzu ditut genituen zituen zaio zait zaizu zaigu zaie diot
    dio diote dizut dizu digu zion nion zidan zizun nau gaitu zaitut nauzu nauka dauka daukat daukazu ahal ezin
    al ba ote omen bezala baino arte zer nor non noiz nola zergatik zein zenbat dute dezake dezaket daiteke
    litzateke luke nuke zait zitzaion zitzaidan naute gintuen`,
};

export const STOP_WORDS: Record<KnownLanguage, ReadonlySet<string>> = {
  nl: toSet(STOP_WORD_LISTS.nl),
  en: toSet(STOP_WORD_LISTS.en),
  fr: toSet(STOP_WORD_LISTS.fr),
  es: toSet(STOP_WORD_LISTS.es),
  eu: toSet(STOP_WORD_LISTS.eu),
};
// Unknown language: drop the stop words of every language we know.
const ALL_STOP_WORDS: ReadonlySet<string> = new Set(KNOWN_LANGUAGES.flatMap((l) => [...STOP_WORDS[l]]));

const STEMMERS: Record<KnownLanguage, (word: string) => string> = {
  nl: dutchStemmer,
  en: englishStemmer,
  fr: frenchStemmer,
  es: spanishStemmer,
  eu: basqueStemmer(),
};

function basqueStemmer(): (word: string) => string {
  const snowball = new StemmerEu();
  return (word) => snowball.stemWord(word);
}

function toSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** Lower-cases and unifies characters that differ only typographically (Dutch ĳ ligature, curly apostrophes). */
export function normalise(text: string): string {
  const lower = text.toLowerCase();
  // Plain ASCII (most English text) needs nothing more; skipping the rest saves copying every document.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII, control characters included
  if (!/[^\x00-\x7f]/.test(lower)) return lower.replace(/[`]/g, "'");
  return lower
    .normalize('NFC')
    .replace(/ĳ/g, 'ij')
    .replace(/[’‘`´]/g, "'");
}

/** Removes diacritics so "één", "efficiënt" and "numérique" match their unaccented spellings. */
export function foldDiacritics(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '');
}

// Word characters by code unit, decided once per character (letters, digits, combining marks).
export const wordCharacter = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code += 1) {
  if (/[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code))) wordCharacter[code] = 1;
}
// Surrogate halves (letters outside the basic plane) count as word characters.
wordCharacter.fill(1, 0xd800, 0xe000);

/**
 * Calls `visit` for each normalised word in reading order, saying whether it stands in brackets; a hand-written
 * scanner, as indexing is hot.
 */
export function forEachWord(text: string, visit: (word: string, position: number, bracketed: boolean) => void): void {
  const normalised = normalise(text);
  let position = 0;
  let start = -1;
  let depth = 0;
  for (let i = 0; i <= normalised.length; i += 1) {
    const code = i < normalised.length ? normalised.charCodeAt(i) : 32;
    if (wordCharacter[code] === 1) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      visit(normalised.slice(start, i), position, depth > 0);
      position += 1;
      start = -1;
    }
    if (code === 40 || code === 91)
      depth += 1; // ( [
    else if ((code === 41 || code === 93) && depth > 0) depth -= 1; // ) ]
  }
}

/** Words in reading order, normalised but not stemmed. */
export function words(text: string): string[] {
  const list: string[] = [];
  forEachWord(text, (word) => list.push(word));
  return list;
}

/** Stems of known words per language, from the lexicon. */
export type Vocabularies = Partial<Record<KnownLanguage, ReadonlySet<string>>>;

// A content word the vocabulary knows is weaker evidence than a function word: "parte", "final" or "casa" are
// words of several languages, while function words (de, que, the, eta) are what a sentence is made of.
const KNOWN_WORD_VOTE = 0.5;
const DECISIVE_LEAD = 4;

/**
 * Each word votes for the languages whose stop words hold it, else (at half weight) for the languages whose
 * vocabulary knows its stem; a word of several languages splits its vote. Ties go to the first of nl, en, fr, es,
 * eu (a Flemish platform); 'other' only without any evidence. On the Tatoeba sentences this finds the language of
 * 98–99 % of Spanish, French, Basque, Dutch and English sentences.
 */
export function detectLanguage(text: string, vocabularies: Vocabularies = {}): Language {
  const sample = words(text.slice(0, 3000));
  const votes: Record<KnownLanguage, number> = { nl: 0, en: 0, fr: 0, es: 0, eu: 0 };
  const unknown: string[] = [];
  for (const word of sample) {
    const voters = KNOWN_LANGUAGES.filter((language) => STOP_WORDS[language].has(word));
    for (const language of voters) votes[language] += 1 / voters.length;
    if (voters.length === 0) unknown.push(word);
  }
  // Stemming every word in every language is the costly part: a clear lead of function words decides alone.
  if (lead(votes) < DECISIVE_LEAD) {
    for (const word of unknown) {
      const voters = KNOWN_LANGUAGES.filter((language) => vocabularies[language]?.has(stem(word, language)) ?? false);
      for (const language of voters) votes[language] += KNOWN_WORD_VOTE / voters.length;
    }
  }
  const best = KNOWN_LANGUAGES.reduce((a, b) => (votes[b] > votes[a] + 1e-9 ? b : a));
  return votes[best] === 0 ? 'other' : best;
}

/** How far the first language is ahead of the second. */
function lead(votes: Record<KnownLanguage, number>): number {
  const [first = 0, second = 0] = Object.values(votes).sort((a, b) => b - a);
  return first - second;
}

export function isStopWord(word: string, language: Language): boolean {
  return language === 'other' ? ALL_STOP_WORDS.has(word) : STOP_WORDS[language].has(word);
}

// Word frequencies are Zipfian, so a modest cache saves most stemming work; cleared when full to bound memory.
const STEM_CACHE_LIMIT = 200_000;
const stemCaches: Record<Language, Map<string, string>> = {
  nl: new Map(),
  en: new Map(),
  fr: new Map(),
  es: new Map(),
  eu: new Map(),
  other: new Map(),
};

/**
 * Snowball stem, then diacritics folded, so accented and plain spellings share a term; English words first get
 * one spelling for British and American variants.
 */
export function stem(word: string, language: Language): string {
  const cache = stemCaches[language];
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const stemmer = language === 'other' ? undefined : STEMMERS[language];
  const spelled = language === 'en' ? unifySpelling(word) : word;
  const stemmed = foldDiacritics(stemmer && !/\d/.test(spelled) ? stemmer(spelled) : spelled);
  if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
  cache.set(word, stemmed);
  return stemmed;
}

export interface Token {
  surface: string;
  stem: string;
  position: number;
  /** Written in brackets: an aside or qualifier ("… in SMEs (Made in Europe Partnership) (IA)"), not the subject. */
  qualifier?: boolean;
}

/** Content tokens: stop words and one-letter words removed, positions kept for phrase matching. */
export function analyse(text: string, language: Language): Token[] {
  const tokens: Token[] = [];
  forEachWord(text, (surface, position, bracketed) => {
    if (surface.length < 2 || isStopWord(surface, language)) return;
    const token: Token = { surface, stem: stem(surface, language), position };
    if (bracketed) token.qualifier = true;
    tokens.push(token);
  });
  return tokens;
}

// British and American spellings of one word (optimisation/optimization, behaviour/behavior) are both common in
// English texts, often within one collection; the stemmer keeps them apart, so they are unified first. The
// rewrite goes towards the spelling whose ending is unambiguous: "-ize" only ever is the American variant, while
// many "-ise" words have no other spelling (expertise, promise, precise), so those are never touched.
// Maps, not object literals: a word such as "constructor" must not find Object.prototype's members.
const SPELLING_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ageing: 'aging',
    programme: 'program',
    programmes: 'programs',
    defence: 'defense',
    licence: 'license',
    licences: 'licenses',
    offence: 'offense',
    offences: 'offenses',
    centre: 'center',
    centres: 'centers',
    centred: 'centered',
    fibre: 'fiber',
    fibres: 'fibers',
    litre: 'liter',
    litres: 'liters',
    theatre: 'theater',
    theatres: 'theaters',
    tyre: 'tire',
    tyres: 'tires',
    grey: 'gray',
    mould: 'mold',
    moulds: 'molds',
    sulphur: 'sulfur',
    aluminium: 'aluminum',
    manoeuvre: 'maneuver',
    manoeuvres: 'maneuvers',
  }),
);
const SPELLING_RULES: readonly [RegExp, string][] = [
  [/([a-z]{2})iz(e|es|ed|ing|er|ers|ation|ations|ational|able)$/, '$1is$2'], // optimization → optimisation
  [/([a-z]{2})yz(e|es|ed|ing|er|ers)$/, '$1ys$2'], // analyze, electrolyzer → analyse, electrolyser
  // -our words by their beginnings, as many other words end in -our (four, tour, contour)
  [
    /^(un|dis|mis)?(behavi|col|fav|hon|lab|neighb|harb|hum|rum|tum|vap|flav|vig|endeav|od|sav|arm|rig|val|splend|parl|clam)our/,
    '$1$2or',
  ],
  [/([a-z]{3})metre(s?)$/, '$1meter$2'], // kilometre → kilometer
  [/([a-z]{3})logue(s?)$/, '$1log$2'], // dialogue → dialog
  [/^(an|leuk|isch|septic|hyperglyc|hypoglyc|glyc)aem/, '$1em'], // anaemia → anemia
];
// Medical words with ae/oe, by their beginnings (a general ae → e would break words like "aerial" or "does").
const AE_OE_PREFIXES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    haem: 'hem',
    paed: 'ped',
    orthopaed: 'orthoped',
    anaesth: 'anesth',
    aetiol: 'etiol',
    oedem: 'edem',
    oesophag: 'esophag',
    oestr: 'estr',
    foet: 'fet',
  }),
);
const AE_OE = new RegExp(`^(${[...AE_OE_PREFIXES.keys()].join('|')})`);

/** One spelling for British and American variants of an English word (lower case). */
export function unifySpelling(word: string): string {
  const whole = SPELLING_WORDS.get(word);
  if (whole) return whole;
  let unified = word;
  for (const [pattern, replacement] of SPELLING_RULES) unified = unified.replace(pattern, replacement);
  return unified.replace(AE_OE, (prefix) => AE_OE_PREFIXES.get(prefix)!);
}
