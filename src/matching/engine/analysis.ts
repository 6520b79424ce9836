// Turns a document into weighted index terms and a query into term groups, in a shared cross-lingual space:
// own-language stems, Dutch compound parts, English pivot translations and EuroVoc concept ids.
import { analyse, detectLanguage, type Language, type Token } from './text.ts';
import type { Lexicon } from './lexicon.ts';
import type { CompoundSplitter } from './compounds.ts';
import type { Alternative, IndexedTerms, QueryGroup } from './inverted-index.ts';

export interface AnalysisWeights {
  /** Weight of each part of a Dutch compound next to the compound itself. */
  partWeight: number;
  /** Scale of English translations of non-English words. */
  translationWeight: number;
  /** Weight of a EuroVoc concept found in the text. */
  conceptWeight: number;
  /** How much a query's title words count relative to its body words. */
  queryTitleWeight: number;
}

export interface AnalysisTools { lexicon: Lexicon; splitter: CompoundSplitter; weights: AnalysisWeights }

export interface AnalysedText {
  language: Language;
  title: Token[];
  body: Token[];
}

export const CONCEPT_PREFIX = '#';

export function analyseText(title: string, text: string, lexicon: Lexicon, language?: Language): AnalysedText {
  const resolved = language ?? detectLanguage(`${title}\n${text}`, lexicon.vocabularies);
  return { language: resolved, title: analyse(title, resolved), body: analyse(text, resolved) };
}

/** Alternatives a single token stands for: itself, its compound parts, their translations. */
export function expandToken(token: Token, language: Language, tools: AnalysisTools): { own: Alternative[]; parts: Alternative[][] } {
  const { lexicon, splitter, weights } = tools;
  const own: Alternative[] = [{ term: token.stem, weight: 1 }, ...translations(token.surface, token.stem, language, lexicon, weights)];
  const partWords = language === 'nl' ? splitter.split(token.surface) ?? [] : [];
  const parts = partWords.map((part) => {
    const partStem = analyse(part, 'nl')[0]?.stem ?? part;
    return [{ term: partStem, weight: 1 }, ...translations(part, partStem, language, lexicon, weights)];
  });
  return { own, parts };
}

function translations(surface: string, wordStem: string, language: Language, lexicon: Lexicon, weights: AnalysisWeights): Alternative[] {
  return lexicon.translate(language, surface, wordStem)
    .filter((t) => t.term !== wordStem)
    .map((t) => ({ term: t.term, weight: t.weight * weights.translationWeight }));
}

export function conceptIds(analysed: AnalysedText, lexicon: Lexicon): string[] {
  return [...lexicon.findConcepts(analysed.title), ...lexicon.findConcepts(analysed.body)];
}

/** Index terms per field; every alternative of a token adds its weight to that term's frequency. */
export function documentTerms(analysed: AnalysedText, tools: AnalysisTools): IndexedTerms {
  return {
    title: fieldTerms(analysed.title, analysed.language, tools),
    body: fieldTerms(analysed.body, analysed.language, tools),
    titleLength: analysed.title.length,
    bodyLength: analysed.body.length,
  };
}

function fieldTerms(tokens: Token[], language: Language, tools: AnalysisTools): Map<string, number> {
  const terms = new Map<string, number>();
  const add = (term: string, weight: number) => terms.set(term, (terms.get(term) ?? 0) + weight);
  const expands = language === 'nl' || language === 'fr';
  for (const token of tokens) {
    if (!expands) {
      add(token.stem, 1); // fast path: English (the pivot) and other languages have no expansion
      continue;
    }
    const { own, parts } = expandToken(token, language, tools);
    for (const alternative of own) add(alternative.term, alternative.weight);
    for (const part of parts) for (const alternative of part) add(alternative.term, alternative.weight * tools.weights.partWeight);
  }
  for (const id of tools.lexicon.findConcepts(tokens)) add(CONCEPT_PREFIX + id, tools.weights.conceptWeight);
  return terms;
}

/** Query groups: one per distinct word (with its translations), one per compound part, one per concept. */
export function queryGroups(analysed: AnalysedText, tools: AnalysisTools): QueryGroup[] {
  const groups = new Map<string, { weight: number; alternatives: Alternative[] }>();
  const add = (key: string, weight: number, alternatives: Alternative[]) => {
    const group = groups.get(key);
    if (group) group.weight += weight;
    else groups.set(key, { weight, alternatives });
  };
  const { weights } = tools;
  const fields: [Token[], number][] = [[analysed.title, weights.queryTitleWeight], [analysed.body, 1]];
  for (const [tokens, fieldWeight] of fields) {
    for (const token of tokens) {
      const { own, parts } = expandToken(token, analysed.language, tools);
      add(token.stem, fieldWeight, own);
      for (const part of parts) add(part[0]!.term, fieldWeight * weights.partWeight, part);
    }
    for (const id of tools.lexicon.findConcepts(tokens)) {
      add(CONCEPT_PREFIX + id, fieldWeight * weights.conceptWeight, [{ term: CONCEPT_PREFIX + id, weight: 1 }]);
    }
  }
  // Repeated words count less than linearly: a long text repeating a word is not that much more about it.
  return [...groups.values()].map((g) => ({ weight: g.weight <= 1 ? g.weight : 1 + Math.log(g.weight), alternatives: g.alternatives }));
}
