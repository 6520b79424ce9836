// A token's alternatives in the shared cross-lingual space: its own stem and English pivot translations, and for a
// Dutch compound each part's likewise. Used to index documents, to build query groups and to explain matches.
import { stem, type Language, type Token } from './text.ts';
import type { Lexicon } from './lexicon.ts';
import type { Alternative, AnalysisTools, AnalysisWeights } from './types.ts';

/** Alternatives a single token stands for: itself and its translations; and its compound parts, likewise. */
export function expandToken(
  token: Token,
  language: Language,
  tools: AnalysisTools,
): { own: Alternative[]; parts: Alternative[][] } {
  const { lexicon, splitter, weights } = tools;
  const own: Alternative[] = [
    { term: token.stem, weight: 1 },
    ...translations(token.surface, token.stem, language, lexicon, weights),
  ];
  const partWords = language === 'nl' ? (splitter.split(token.surface) ?? []) : [];
  const parts = partWords.map((part) => {
    const partStem = stem(part, 'nl');
    return [{ term: partStem, weight: 1 }, ...translations(part, partStem, language, lexicon, weights)];
  });
  return { own, parts };
}

function translations(
  surface: string,
  wordStem: string,
  language: Language,
  lexicon: Lexicon,
  weights: AnalysisWeights,
): Alternative[] {
  return lexicon
    .translate(language, surface, wordStem)
    .filter((t) => t.term !== wordStem)
    .map((t) => ({ term: t.term, weight: t.weight * weights.translationWeight }));
}
