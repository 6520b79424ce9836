// Pseudo-relevance feedback (RM3): the best first-pass matches lend their characteristic terms to the query.
// Short queries (a call title, a challenge headline) say little; the documents they find say more.
import type { InvertedIndex } from './inverted-index.ts';
import type { Hit, QueryGroup } from './types.ts';

export interface FeedbackParams {
  /** Documents used for feedback (0 switches feedback off). */
  feedbackDocs: number;
  /** Expansion terms added. */
  feedbackTerms: number;
  /** Share of the final query weight kept by the original query (0..1). */
  originalWeight: number;
  /** Exponent of idf in choosing and weighting expansion terms (0 = classic RM3). */
  feedbackIdf: number;
}

/** The query re-weighted: original groups scaled to `originalWeight`, the expansion terms share the rest. */
export function expandWithFeedback(
  index: InvertedIndex,
  query: QueryGroup[],
  firstPass: Hit[],
  params: FeedbackParams,
): QueryGroup[] {
  const top = firstPass.slice(0, params.feedbackDocs);
  if (top.length === 0 || params.feedbackTerms === 0) return query;
  const relevance = relevanceModel(index, top);
  // Chosen by relevance × idf^feedbackIdf (generic words like "project" top every list), weighted by relevance.
  const ranked = [...relevance].map(([termId, w]) => ({
    termId,
    w,
    telling: w * index.idfOfTerm(termId) ** params.feedbackIdf,
  }));
  const expansion = ranked
    .sort((a, b) => b.telling - a.telling)
    .slice(0, params.feedbackTerms)
    .map(({ termId, w }): [number, number] => [termId, w]);
  const expansionTotal = expansion.reduce((sum, [, w]) => sum + w, 0);
  const queryTotal = query.reduce((sum, g) => sum + g.weight, 0);
  if (expansionTotal === 0 || queryTotal === 0) return query;
  // Expansion weights are relative to the original query's total so scores keep their scale.
  const scale = (queryTotal * (1 - params.originalWeight)) / params.originalWeight / expansionTotal;
  return [
    ...query,
    ...expansion.map(([termId, w]) => ({
      weight: w * scale,
      alternatives: [{ term: index.termName(termId), weight: 1 }],
    })),
  ];
}

/**
 * P(term | relevant) ≈ Σ_d P(d | query) · P(term | d). BM25 estimates the log-odds of relevance (it descends from
 * the binary independence model), so P(d | query) ∝ exp(score): no free temperature, and a clear winner of the
 * first pass lends most of the terms while near-ties share them.
 */
export function feedbackWeights(scores: readonly number[]): number[] {
  const best = Math.max(...scores);
  const odds = scores.map((score) => Math.exp(score - best));
  const total = odds.reduce((a, b) => a + b, 0);
  return odds.map((o) => o / total);
}

function relevanceModel(index: InvertedIndex, top: Hit[]): Map<number, number> {
  const docWeights = feedbackWeights(top.map((hit) => hit.score));
  const model = new Map<number, number>();
  top.forEach((hit, i) => {
    const share = docWeights[i]! / Math.max(1, index.documentLength(hit.doc));
    index.forEachTerm(hit.doc, (termId, frequency) => model.set(termId, (model.get(termId) ?? 0) + share * frequency));
  });
  return model;
}
