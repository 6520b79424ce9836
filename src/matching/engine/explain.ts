// Human-readable reasons for a match: the words, translations and concepts two documents share.
import type { Lexicon } from './lexicon.ts';
import type { AnalysedText, AnalysisTools } from './analysis.ts';
import { conceptIds, expandToken } from './analysis.ts';
import type { StructureFit } from './signals.ts';
import type { ConceptRef, MatchExplanation, TranslatedTerm } from './types.ts';
import { isTellingTerm } from './telling-terms.ts';

const MAX_TERMS = 8;
const MAX_CONCEPTS = 5;

export interface ExplainInput {
  seeker: AnalysedText;
  candidate: AnalysedText;
  structure: StructureFit;
  textScore: number;
  /** Rarity of a term in the searched collection, to list the telling words first. */
  idf: (term: string) => number;
}

export function explainMatch(input: ExplainInput, tools: AnalysisTools): MatchExplanation {
  const { seeker, candidate, structure } = input;
  const candidateSurfaces = surfacesByStem(candidate, tools);
  const shared = new Map<string, string>(); // stem → surface in candidate
  const translated = new Map<string, TranslatedTerm & { stem: string }>();
  for (const token of [...seeker.title, ...seeker.body]) {
    const { own, parts } = expandToken(token, seeker.language, tools);
    // A compound shares its parts: "ouderenzorg" shares "zorg" and "ouderen" with "zorg voor ouderen".
    const stems = [token.stem, ...parts.map((part) => part[0]!.term)];
    const direct = stems.filter((stem) => candidateSurfaces.has(stem));
    for (const stem of direct) {
      const surface = candidateSurfaces.get(stem)!;
      if (isTellingTerm(surface)) shared.set(stem, surface);
    }
    if (direct.length > 0) continue;
    for (const alternative of own.slice(1)) {
      const surface = candidateSurfaces.get(alternative.term);
      if (surface && !translated.has(token.surface) && isTellingTerm(token.surface) && isTellingTerm(surface)) translated.set(token.surface, { from: token.surface, to: surface, stem: alternative.term });
    }
  }
  const byRarity = (a: string, b: string) => input.idf(b) - input.idf(a);
  return {
    sharedTerms: [...shared.keys()].sort(byRarity).slice(0, MAX_TERMS).map((stem) => shared.get(stem)!),
    translatedTerms: [...translated.values()].sort((a, b) => byRarity(a.stem, b.stem)).slice(0, MAX_TERMS)
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
  return ids.slice(0, MAX_CONCEPTS).flatMap((id) => {
    const concept = lexicon.concept(id);
    return concept ? [{ id: concept.id, label: concept.label }] : [];
  });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
