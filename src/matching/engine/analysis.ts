// Turns a document into weighted index terms and a query into term groups, in a shared cross-lingual space:
// own-language stems, Dutch compound parts, English pivot translations and EuroVoc concept ids.
import {
  analyse,
  detectLanguage,
  isStopWord,
  normalise,
  stem,
  wordCharacter,
  type Language,
  type Token,
} from './text.ts';
import { HASH_SEED, hashStep } from './word-cache.ts';
import { WordExpansions, type WordTerms } from './word-expansions.ts';
import { documentPairs, mergePairs } from './proximity.ts';
import type { ConceptWord, Lexicon } from './lexicon.ts';
import type { TermDictionary } from './terms.ts';
import type { AnalysedText, AnalysisTools, Alternative, DocumentVector, QueryGroup } from './types.ts';
import { readingGroups } from './query-readings.ts';
import { expandToken } from './token-expansion.ts';
import { CorrectionVocabulary } from './fuzzy.ts';

export const CONCEPT_PREFIX = '#';

export function analyseText(title: string, text: string, lexicon: Lexicon, language?: Language): AnalysedText {
  const resolved = language ?? detectLanguage(`${title}\n${text}`, lexicon.vocabularies);
  return { language: resolved, title: analyse(title, resolved), body: analyse(text, resolved) };
}

export function conceptIds(analysed: AnalysedText, lexicon: Lexicon): string[] {
  return [
    ...lexicon.findConcepts(analysed.title, analysed.language),
    ...lexicon.findConcepts(analysed.body, analysed.language),
  ];
}

const NO_TERMS: WordTerms = { main: -1, ids: [], weights: [] };
const NO_WORDS: readonly string[] = [];
const CACHE_LIMIT = 300_000;
const STEPS = 8; // frequency resolution of the index: weights like 0.5 or 0.25 (parts, translations) stay exact
export const FREQUENCY_STEPS = STEPS;
// Enough text to recognise a language; detecting on whole documents would cost as much as indexing them.
const DETECTION_SAMPLE = 400;

/**
 * Builds index vectors for documents. Each distinct word is expanded once per language and cached by term ids,
 * so indexing a document costs one hash-table probe per word.
 */
export class DocumentAnalyser {
  private readonly caches = new Map<Language, WordExpansions>();
  private titleScratch = new Float32Array(1024);
  private bodyScratch = new Float32Array(1024);
  private readonly touched: number[] = [];
  private readonly vocabularies = new Map<
    string,
    { sources: readonly (readonly string[])[]; vocabulary: CorrectionVocabulary }
  >();

  constructor(
    private readonly tools: AnalysisTools,
    private readonly dictionary: TermDictionary,
  ) {}

  detect(title: string, text: string): Language {
    return detectLanguage(`${title}\n${text.slice(0, DETECTION_SAMPLE)}`, this.tools.lexicon.vocabularies);
  }

  vector(title: string, text: string, language: Language): DocumentVector {
    const titleField = this.field(title, language, true);
    const bodyField = this.field(text, language, false);
    const termIds = Int32Array.from(this.touched.splice(0)).sort(); // increasing: the forward index stores gaps
    const packed = new Uint32Array(termIds.length);
    termIds.forEach((id, i) => {
      packed[i] = ((quantise(this.titleScratch[id]!) << 16) | quantise(this.bodyScratch[id]!)) >>> 0;
      this.titleScratch[id] = 0;
      this.bodyScratch[id] = 0;
    });
    const pairs = mergePairs(titleField.pairs, bodyField.pairs);
    return { termIds, packed, titleLength: titleField.length, bodyLength: bodyField.length, pairs };
  }

  /** Adds one field's term weights to its scratch array; returns its length in content words and word pairs. */
  private field(text: string, language: Language, isTitle: boolean): { length: number; pairs: Uint32Array } {
    const normalised = normalise(text);
    const cache = this.cache(language);
    const conceptWords: ConceptWord[] = [];
    const mainIds: number[] = [];
    const positions: number[] = [];
    const conceptsScore = this.tools.weights.conceptWeight > 0;
    let position = 0;
    let length = 0;
    let start = -1;
    let hash = HASH_SEED;
    for (let i = 0; i <= normalised.length; i += 1) {
      const code = i < normalised.length ? normalised.charCodeAt(i) : 32;
      if (wordCharacter[code] === 1) {
        if (start < 0) {
          start = i;
          hash = HASH_SEED;
        }
        hash = hashStep(hash, code);
        continue;
      }
      if (start < 0) continue;
      let entry = cache.find(normalised, start, i, hash);
      if (entry === undefined) {
        const word = normalised.slice(start, i);
        entry = cache.set(word, hash, this.expand(word, language));
      }
      const wordStart = start;
      start = -1;
      position += 1;
      const main = cache.mains[entry]!;
      if (main < 0) continue;
      length += 1;
      mainIds.push(main);
      positions.push(position);
      const { ids, weights, starts } = cache;
      for (let j = starts[entry]!; j < starts[entry + 1]!; j += 1) this.add(ids[j]!, weights[j]!, isTitle);
      if (conceptsScore)
        conceptWords.push({ stem: this.dictionary.name(main), surface: normalised.slice(wordStart, i) });
    }
    if (conceptsScore) {
      for (const id of this.tools.lexicon.findConcepts(conceptWords, language)) {
        this.add(this.dictionary.intern(CONCEPT_PREFIX + id), this.tools.weights.conceptWeight, isTitle);
      }
    }
    return { length, pairs: documentPairs(mainIds, positions) };
  }

  /**
   * The words documents in these languages use, for typo correction; built again only once documents brought new
   * words (the word caches' lists are the same arrays until then).
   */
  knownWords(languages: readonly Language[]): CorrectionVocabulary {
    const sources = languages.map((language) => this.caches.get(language)?.entries() ?? NO_WORDS);
    const key = languages.join(' ');
    const cached = this.vocabularies.get(key);
    if (cached?.sources.every((source, i) => source === sources[i])) return cached.vocabulary;
    const terms = new Map<string, number[]>();
    languages.forEach((language, i) => {
      const cache = this.caches.get(language)!;
      sources[i]!.forEach((word, entry) => {
        const main = cache.mains[entry]!;
        if (main < 0) return;
        const termIds = terms.get(word) ?? [];
        if (!termIds.includes(main)) termIds.push(main);
        terms.set(word, termIds);
      });
    });
    const vocabulary = new CorrectionVocabulary(terms);
    this.vocabularies.set(key, { sources, vocabulary });
    return vocabulary;
  }

  private add(id: number, weight: number, isTitle: boolean): void {
    if (id >= this.titleScratch.length) this.growScratch(id + 1);
    if (this.titleScratch[id] === 0 && this.bodyScratch[id] === 0) this.touched.push(id);
    if (isTitle) this.titleScratch[id]! += weight;
    else this.bodyScratch[id]! += weight;
  }

  private growScratch(size: number): void {
    const capacity = Math.max(size, this.titleScratch.length * 2);
    const title = new Float32Array(capacity);
    const body = new Float32Array(capacity);
    title.set(this.titleScratch);
    body.set(this.bodyScratch);
    this.titleScratch = title;
    this.bodyScratch = body;
  }

  private cache(language: Language): WordExpansions {
    let cache = this.caches.get(language);
    if (!cache) this.caches.set(language, (cache = new WordExpansions(CACHE_LIMIT)));
    return cache;
  }

  private expand(word: string, language: Language): WordTerms {
    if (word.length < 2 || isStopWord(word, language)) return NO_TERMS;
    const token = { surface: word, stem: stem(word, language), position: 0 };
    const weights = new Map<number, number>();
    const add = (term: string, weight: number) => {
      const id = this.dictionary.intern(term);
      weights.set(id, (weights.get(id) ?? 0) + weight);
    };
    const { own, parts } = expandToken(token, language, this.tools);
    for (const alternative of own) add(alternative.term, alternative.weight);
    for (const part of parts)
      for (const alternative of part) add(alternative.term, alternative.weight * this.tools.weights.partWeight);
    return { main: this.dictionary.intern(token.stem), ids: [...weights.keys()], weights: [...weights.values()] };
  }
}

function quantise(value: number): number {
  return Math.min(0xffff, Math.round(value * STEPS));
}

/** Query groups: one per distinct word (with its translations), one per compound part, one per concept. */
export function queryGroups(analysed: AnalysedText, tools: AnalysisTools): QueryGroup[] {
  if (analysed.readings) return readingGroups(analysed.readings, tools);
  const groups = new Map<string, QueryGroup>();
  const add = (key: string, weight: number, alternatives: Alternative[], surface?: string) => {
    const group = groups.get(key);
    if (group) group.weight += weight;
    else groups.set(key, { weight, alternatives, surface });
  };
  const { weights } = tools;
  const fields: [Token[], number][] = [
    [analysed.title, weights.queryTitleWeight],
    [analysed.body, 1],
  ];
  for (const [tokens, fieldWeight] of fields) {
    for (const token of tokens) {
      const { own, parts } = expandToken(token, analysed.language, tools);
      const weight = token.qualifier ? fieldWeight * weights.qualifierWeight : fieldWeight;
      add(token.stem, weight, own, token.surface);
      for (const part of parts) add(part[0]!.term, weight * weights.partWeight, part);
    }
    if (weights.conceptWeight === 0) continue;
    for (const id of tools.lexicon.findConcepts(tokens, analysed.language)) {
      add(CONCEPT_PREFIX + id, fieldWeight * weights.conceptWeight, [{ term: CONCEPT_PREFIX + id, weight: 1 }]);
    }
  }
  // Repeated words count less than linearly: a long text repeating a word is not that much more about it.
  return [...groups.values()].map((g) => ({ ...g, weight: g.weight <= 1 ? g.weight : 1 + Math.log(g.weight) }));
}
