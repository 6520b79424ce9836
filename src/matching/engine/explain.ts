// Human-readable reasons for a match: the words, translations and concepts two documents share.
import type { Concept, ConceptLabel, Lexicon, Translation } from './lexicon.ts';
import { conceptIds } from './analysis.ts';
import { expandToken } from './token-expansion.ts';
import type { StructureFit } from './signals.ts';
import type { AnalysedText, AnalysisTools, ConceptRef, MatchExplanation } from './types.ts';
import { isTellingTerm } from './telling-terms.ts';
import { analyse, foldDiacritics, words, type Language, type Token } from './text.ts';

const MAX_TERMS = 8;
const MAX_CONCEPTS = 5;
/**
 * A translation is named as a reason only in a sense the lexicon is sure of, and only among the word's best
 * senses: weight 1 means both dictionary directions agree (or the words are cognates), 0.7 one dictionary's first
 * sense (a pair several sources list weighs more); later senses (× 0.87 each) and pivots through a third
 * language (× 0.5) are too often a side sense.
 * "zoeken" has "seek" at 1, so its one-way "aim" (0.7) is never shown.
 */
const STRONG_WEIGHT = 0.7;
/** Two words met through English, neither written in English, need that sense confirmed on both sides. */
const CONFIRMED_WEIGHT = 0.9;
/**
 * …and among its first few listed senses: an English word with several meanings joins words that share none
 * ("juste" → right ← "rechten" lists "right" sixth and fourth).
 */
const FIRST_SENSES = 3;
/** A weaker listed translation still reads right when the two words look alike (hôpital → hospital). */
const COGNATE_WEIGHT = 0.3;

export interface ExplainInput {
  seeker: AnalysedText;
  candidate: AnalysedText;
  structure: StructureFit;
  textScore: number;
  /** Rarity of a term in the searched collection, to list the telling words first. */
  idf: (term: string) => number;
}

interface Word {
  surface: string;
  stem: string;
}
interface Pair {
  from: string;
  to: string;
  stem: string;
}

export function explainMatch(input: ExplainInput, tools: AnalysisTools): MatchExplanation {
  const { seeker, candidate, structure } = input;
  const candidateSurfaces = surfacesByStem(candidate, tools);
  const shared = new Map<string, string>(); // surface in candidate (lower case) → stem
  const unshared: Token[] = [];
  for (const token of [...seeker.title, ...seeker.body]) {
    const { parts } = expandToken(token, seeker.language, tools);
    // A compound shares its parts: "ouderenzorg" shares "zorg" and "ouderen" with "zorg voor ouderen".
    const stems = [token.stem, ...parts.map((part) => part[0]!.term)];
    const direct = stems.filter((stem) => candidateSurfaces.has(stem));
    for (const stem of direct) {
      const surface = candidateSurfaces.get(stem)!;
      if (isTellingTerm(surface) && !shared.has(surface.toLowerCase())) shared.set(surface.toLowerCase(), stem);
    }
    if (direct.length === 0) unshared.push(token);
  }
  const byRarity = (a: string, b: string) => input.idf(b) - input.idf(a);
  const pairs: Pair[] = [];
  for (const pair of seeker.language === candidate.language
    ? []
    : translatedPairs(unshared, seeker.language, candidate, tools)) {
    // The same word in both languages ("intelligence", "school") is a shared word, not a translation.
    if (foldDiacritics(pair.from) === foldDiacritics(pair.to)) shared.set(pair.to, pair.stem);
    else pairs.push(pair);
  }
  return {
    sharedTerms: [...shared]
      .sort(([, a], [, b]) => byRarity(a, b))
      .slice(0, MAX_TERMS)
      .map(([surface]) => surface),
    translatedTerms: pairs
      .sort((a, b) => byRarity(a.stem, b.stem))
      .slice(0, MAX_TERMS)
      .map(({ from, to }) => ({ from, to })),
    concepts: sharedConcepts(seeker, candidate, tools.lexicon),
    sectors: structure.sectors,
    spearheads: structure.spearheads,
    regions: structure.regions,
    sameLanguage: structure.sameLanguage,
    languages: [seeker.language, candidate.language],
    textScore: round(input.textScore),
    structureScore: round(structure.score),
  };
}

/**
 * Seeker words the candidate says in its own language, met through English (the lexicon's pivot): each side must
 * mean the English word in its strong sense. One pair per seeker word and per candidate word.
 */
function translatedPairs(tokens: Token[], language: Language, candidate: AnalysedText, tools: AnalysisTools): Pair[] {
  const { lexicon } = tools;
  const candidateWords = wordsByEnglishStem(candidate, lexicon);
  const pairs = new Map<string, Pair>();
  const used = new Set<string>();
  const tried = new Set<string>();
  for (const token of tokens) {
    const from = token.surface;
    if (tried.has(from)) continue;
    tried.add(from);
    if (!isTellingTerm(from)) continue;
    for (const english of englishStems(token, language, lexicon)) {
      const match = (candidateWords.get(english) ?? []).find(
        (word) =>
          !used.has(word.surface) &&
          isTellingTerm(word.surface) &&
          meanEachOther([token, language], [word, candidate.language], english, lexicon),
      );
      if (!match) continue;
      pairs.set(from, { from, to: match.surface, stem: english });
      used.add(match.surface);
      break;
    }
  }
  return [...pairs.values()];
}

/**
 * Whether two words of different languages mean each other through the English stem: each in a strong sense, and
 * when neither is English, in a confirmed one unless they look alike (anonieme, anonyme): "compte" (account) and
 * "uitleg" (account, one way only) do not.
 */
function meanEachOther(
  [a, aLanguage]: [Word, Language],
  [b, bLanguage]: [Word, Language],
  english: string,
  lexicon: Lexicon,
): boolean {
  const englishSurface = (language: Language, word: Word) => (language === 'en' ? word.surface : undefined);
  if (!means(a, aLanguage, english, lexicon, englishSurface(bLanguage, b))) return false;
  if (!means(b, bLanguage, english, lexicon, englishSurface(aLanguage, a))) return false;
  if (aLanguage === 'en' || bLanguage === 'en' || looksAlike(a.surface, b.surface)) return true;
  return confirmed(a, aLanguage, english, lexicon) && confirmed(b, bLanguage, english, lexicon);
}

/** The English stems a word may stand for: itself in English, else its listed translations, best first. */
function englishStems(word: Word, language: Language, lexicon: Lexicon): string[] {
  return language === 'en' ? [word.stem] : lexicon.translate(language, word.surface, word.stem).map((t) => t.term);
}

/** A document's words by the English stems they may stand for. */
function wordsByEnglishStem(analysed: AnalysedText, lexicon: Lexicon): Map<string, Word[]> {
  const byStem = new Map<string, Word[]>();
  const seen = new Set<string>();
  for (const token of [...analysed.title, ...analysed.body]) {
    if (seen.has(token.surface)) continue;
    seen.add(token.surface);
    for (const english of englishStems(token, analysed.language, lexicon)) {
      const list = byStem.get(english) ?? [];
      list.push({ surface: token.surface, stem: token.stem });
      byStem.set(english, list);
    }
  }
  return byStem;
}

/**
 * Whether `word` means the English stem in a sense the lexicon is sure of: among its best translations with a
 * strong weight, and not merely one word of a thesaurus label's English phrase ("ziekenhuis" is the label of
 * "medical institution", which does not make it mean "institution"). `englishSurface` is the English word as
 * written, when the other side is English: a look-alike may then pass with a weaker weight.
 */
export function means(
  word: Word,
  language: Language,
  english: string,
  lexicon: Lexicon,
  englishSurface?: string,
): boolean {
  if (language === 'en') return word.stem === english;
  const translations = senses(word, language, lexicon);
  const entry = translations.find((t) => t.term === english);
  if (!entry) return false;
  if (englishSurface !== undefined && entry.weight >= COGNATE_WEIGHT && looksAlike(word.surface, englishSurface))
    return true;
  return (
    entry.weight >= STRONG_WEIGHT &&
    entry.weight >= translations[0]!.weight &&
    !onlyPartOfLabel(word, language, english, lexicon, englishSurface)
  );
}

/**
 * The word's own translations (or its dictionary form's) when the lexicon has them, else those of the words sharing
 * its stem (inflections the lexicon does not list: "eenzame" → eenzaam). The stem group also merges unrelated words
 * ("overheden" stems to "over", "serait" to "ser"), so a word's own senses come first.
 */
function senses(word: Word, language: Language, lexicon: Lexicon): Translation[] {
  const own = ownSenses(word, language, lexicon);
  return own.length > 0 ? own : lexicon.translate(language, word.surface, word.stem);
}

function ownSenses(word: Word, language: Language, lexicon: Lexicon): Translation[] {
  // An empty stem matches no stem group: translate() then looks at the word and its dictionary form only.
  return lexicon.translate(language, word.surface, '');
}

/**
 * Whether the word itself has this English sense confirmed by both dictionary directions: two words met through
 * English, neither written in English, must not be met through a stem group.
 */
function confirmed(word: Word, language: Language, english: string, lexicon: Lexicon): boolean {
  const rank = ownSenses(word, language, lexicon).findIndex((t) => t.term === english && t.weight >= CONFIRMED_WEIGHT);
  return rank >= 0 && rank < FIRST_SENSES;
}

function onlyPartOfLabel(
  word: Word,
  language: Language,
  english: string,
  lexicon: Lexicon,
  englishSurface?: string,
): boolean {
  const ids = lexicon.findConcepts([word], language);
  if (ids.length === 0) return false;
  // Both words label the same concept ("santé" and "health" for health policy): a sense of its own.
  const englishIds =
    englishSurface === undefined ? [] : lexicon.findConcepts([{ surface: englishSurface, stem: english }], 'en');
  if (ids.some((id) => englishIds.includes(id))) return false;
  return ids.some((id) => {
    const label = lexicon.concept(id)?.label.en ?? '';
    const stems = analyse(label.replace(/\(.*?\)/g, ' '), 'en').map((t) => t.stem);
    return stems.length > 1 && stems.includes(english);
  });
}

/** Spelled nearly alike once accents are set aside (hôpital/hospital, énergie/energy). */
function looksAlike(a: string, b: string): boolean {
  const [x, y] = [foldDiacritics(a.toLowerCase()), foldDiacritics(b.toLowerCase())];
  if (x === y) return true;
  if (Math.min(x.length, y.length) < 4) return false;
  return editDistance(x, y) <= Math.floor(Math.max(x.length, y.length) / 3);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Stem → the word as written; compound parts point at the compound they occur in. */
function surfacesByStem(analysed: AnalysedText, tools: AnalysisTools): Map<string, string> {
  const surfaces = new Map<string, string>();
  const tokens = [...analysed.title, ...analysed.body];
  for (const token of tokens) if (!surfaces.has(token.stem)) surfaces.set(token.stem, token.surface);
  for (const token of tokens) {
    for (const part of expandToken(token, analysed.language, tools).parts) {
      if (!surfaces.has(part[0]!.term)) surfaces.set(part[0]!.term, token.surface);
    }
  }
  return surfaces;
}

function sharedConcepts(seeker: AnalysedText, candidate: AnalysedText, lexicon: Lexicon): ConceptRef[] {
  const candidateConcepts = new Set(conceptIds(candidate, lexicon));
  const ids = [...new Set(conceptIds(seeker, lexicon))].filter((id) => candidateConcepts.has(id));
  const languages = [seeker.language, candidate.language];
  return ids
    .flatMap((id) => {
      const concept = lexicon.concept(id);
      return concept && languages.every((language) => !foundByPartOfName(concept, language))
        ? [{ id: concept.id, label: concept.label }]
        : [];
    })
    .slice(0, MAX_CONCEPTS);
}

/**
 * A label of several words that analyses to one ("e-Health" → health) is found by any text that names the part:
 * a text about health is not about e-Health.
 */
function foundByPartOfName(concept: Concept, language: Language): boolean {
  const label = labelIn(concept.label, language)?.replace(/\(.*?\)/g, ' ');
  return label !== undefined && words(label).length > 1 && analyse(label, language).length === 1;
}

function labelIn(label: ConceptLabel, language: string): string | undefined {
  return Object.entries(label).find(([key]) => key === language)?.[1];
}

/** A concept's label in a language, English where the thesaurus has none in that language (es, eu). */
export function conceptLabel(label: ConceptLabel, language: string): string {
  return labelIn(label, language) ?? label.en;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
