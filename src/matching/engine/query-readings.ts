// A search query of a few words rarely says which language it is in ("loneliness", "telewerk", "soledad mayores"),
// and guessing one reading loses the others. So each word is read in every language the engine knows: its stem in
// each, that language's translations into the English pivot, and, read as English, the words of the other languages
// that translate into it (a Dutch document about "eenzaamheid" carries its own stem, not every English word for
// it). All readings of a word are alternatives of one query group: a reading that no document uses adds nothing,
// one that documents use adds its weight.
import {
  analyse,
  foldDiacritics,
  isStopWord,
  KNOWN_LANGUAGES,
  stem,
  type KnownLanguage,
  type Language,
  type Token,
} from './text.ts';
import { expandToken } from './token-expansion.ts';
import type { Lexicon } from './lexicon.ts';
import type { Alternative, AnalysedText, AnalysisTools, QueryGroup, QueryReadings } from './types.ts';

/** Reads the query in every known language (its words without the stop words of any of them). */
export function readingsOf(title: string, text: string): QueryReadings {
  return { languages: KNOWN_LANGUAGES, title: analyse(title, 'other'), body: analyse(text, 'other') };
}

/** The query's words as the engine analyses a text of no particular language, with their readings. */
export function readQuery(title: string, text: string): AnalysedText {
  const readings = readingsOf(title, text);
  return { language: 'other', title: readings.title, body: readings.body, readings };
}

/** One group per word with the alternatives of all its readings, and one per Dutch compound part. */
export function readingGroups(readings: QueryReadings, tools: AnalysisTools): QueryGroup[] {
  const groups = new Map<string, QueryGroup>();
  const add = (key: string, weight: number, alternatives: Alternative[], surface?: string) => {
    const group = groups.get(key);
    if (group) group.weight += weight;
    else groups.set(key, { weight, alternatives, surface });
  };
  const fields: [Token[], number][] = [
    [readings.title, tools.weights.queryTitleWeight],
    [readings.body, 1],
  ];
  for (const [tokens, fieldWeight] of fields) {
    for (const token of tokens) {
      const weight = token.qualifier ? fieldWeight * tools.weights.qualifierWeight : fieldWeight;
      const { own, parts } = readWord(token.surface, readings.languages, tools);
      if (own.length === 0) continue;
      add(`word:${token.surface}`, weight, own, token.surface);
      for (const part of parts) add(`part:${part[0]!.term}`, weight * tools.weights.partWeight, part);
    }
  }
  // As in queryGroups: a repeated word counts less than linearly.
  return [...groups.values()].map((g) => ({ ...g, weight: g.weight <= 1 ? g.weight : 1 + Math.log(g.weight) }));
}

/** A word's alternatives over all its readings (the best weight per term), and its compound parts. */
export function readWord(
  surface: string,
  languages: readonly KnownLanguage[],
  tools: AnalysisTools,
): { own: Alternative[]; parts: Alternative[][] } {
  const own = new Map<string, number>();
  const keep = (alternatives: Alternative[], scale = 1) => {
    for (const { term, weight } of alternatives) own.set(term, Math.max(own.get(term) ?? 0, weight * scale));
  };
  const parts: Alternative[][] = [];
  for (const language of languages) {
    if (isStopWord(surface, language)) continue;
    const token = { surface, stem: stem(surface, language), position: 0 };
    const expanded = expandToken(token, language, tools);
    keep(expanded.own.slice(0, 1));
    keep(expanded.own.slice(1), senseShare(expanded.own.slice(1)));
    parts.push(...expanded.parts);
    if (language !== PIVOT) continue;
    for (const reading of englishReadings(surface, token.stem)) {
      keep([{ term: reading.stem, weight: 1 }]);
      // Only an English word brings the words translating into it: "mayores" read as English is no "mayor".
      if (wordList(tools.lexicon, PIVOT).has(reading.word))
        keep(intoOtherLanguages(reading.stem, tools.lexicon, languages));
    }
  }
  if (parts.length === 0 && languages.includes('nl')) {
    const tail = knownTail(surface, tools.lexicon);
    if (tail) parts.push(expandToken({ surface: tail, stem: stem(tail, 'nl'), position: 0 }, 'nl', tools).own);
  }
  return { own: [...own].map(([term, weight]) => ({ term, weight })), parts };
}

const PIVOT: KnownLanguage = 'en';
/**
 * A word with many translations is split over its senses: a document word translating into several of them
 * (Dutch "oud" → old, stale, former, ex) would otherwise score as several matches of one query word.
 */
function senseShare(translations: Alternative[]): number {
  const total = translations.reduce((sum, t) => sum + t.weight, 0);
  return total > 1 ? 1 / total : 1;
}

/**
 * The English words (and their stems) a word stands for. Snowball keeps the "li" of "-liness" nouns ("loneliness" →
 * "loneli") but drops it from their adjectives ("lonely" → "lone"), which the dictionaries list; both are read.
 */
function englishReadings(surface: string, ownStem: string): { word: string; stem: string }[] {
  const readings = [{ word: foldDiacritics(surface), stem: ownStem }];
  if (!surface.endsWith('liness') || surface.length < 9) return readings;
  const adjective = `${surface.slice(0, -'iness'.length)}y`;
  return [...readings, { word: adjective, stem: stem(adjective, PIVOT) }];
}

/** Stems of the other languages' words that translate into this English stem, with the translation's weight. */
function intoOtherLanguages(englishStem: string, lexicon: Lexicon, languages: readonly KnownLanguage[]): Alternative[] {
  return (reverseLexicon(lexicon).get(englishStem) ?? []).filter((r) => languages.includes(r.language));
}

interface Reverse extends Alternative {
  language: KnownLanguage;
}
const reverseLexicons = new WeakMap<Lexicon, Map<string, Reverse[]>>();

/** English stem → the words translating into it, as their own stems; built from the lexicon's word lists once. */
function reverseLexicon(lexicon: Lexicon): Map<string, Reverse[]> {
  let reverse = reverseLexicons.get(lexicon);
  if (reverse) return reverse;
  const best = new Map<string, Map<string, Reverse>>();
  for (const language of KNOWN_LANGUAGES) {
    if (language === PIVOT) continue;
    for (const word of wordList(lexicon, language)) {
      const wordStem = stem(word, language);
      for (const { term, weight } of lexicon.translate(language, word, wordStem)) {
        const byTerm = best.get(term) ?? new Map<string, Reverse>();
        const key = `${language}:${wordStem}`;
        if ((byTerm.get(key)?.weight ?? 0) < weight) byTerm.set(key, { term: wordStem, weight, language });
        best.set(term, byTerm);
      }
    }
  }
  reverse = new Map([...best].map(([term, byStem]) => [term, [...byStem.values()]]));
  reverseLexicons.set(lexicon, reverse);
  return reverse;
}

function wordList(lexicon: Lexicon, language: Language): ReadonlySet<string> {
  return (lexicon.words as Partial<Record<Language, ReadonlySet<string>>>)[language] ?? new Set();
}

const MIN_HEAD = 3;
const MIN_TAIL = 4;

/**
 * The longest known Dutch word a word no language knows ends in: the head of a Dutch compound is its last part, so
 * an unlisted compound ("telewerk") still says what it is about ("werk"). Only for the query: a document's
 * unknown words are matched as written.
 */
function knownTail(surface: string, lexicon: Lexicon): string | undefined {
  const folded = foldDiacritics(surface);
  if (KNOWN_LANGUAGES.some((language) => wordList(lexicon, language).has(folded))) return undefined;
  for (let start = MIN_HEAD; folded.length - start >= MIN_TAIL; start += 1) {
    const tail = folded.slice(start);
    if (wordList(lexicon, 'nl').has(tail)) return tail;
  }
  return undefined;
}
