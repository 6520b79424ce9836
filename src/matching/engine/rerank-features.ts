// Features of a candidate for the learned re-ranker (rerank.ts): the scores of the passes before, how the query's
// words occur in the document's title and body, how much of the query it covers. Each is relative to what the
// query could reach (its score bound, its total idf), so one set of weights serves a three-word call title and a
// long challenge text, a one-line sentence and a two-page project alike.
import type { DocumentTerms, InvertedIndex } from './inverted-index.ts';
import type { Hit } from './types.ts';
import type { TermGroup } from './forward-scoring.ts';
import { proximityScore, type QueryPair } from './proximity.ts';
import { FREQUENCY_STEPS } from './analysis.ts';

/** The features in the order of each candidate's vector (and of the weights file). */
export const FEATURE_NAMES = [
  'text', // the engine's score before re-ranking (feedback and proximity included) over its bound
  'firstPass', // BM25F of the query as given (no feedback) over its bound
  'titleMatch', // BM25 of the query against the title alone, over the bound
  'bodyMatch', // BM25 of the query against the body alone, over the bound
  'coverage', // share of the query's idf (weight × idf per group) the document contains anywhere
  'titleCoverage', // share of the query's idf the document's title contains
  'proximity', // share of the query's weighted word pairs found side by side
  'titleShare', // share of the document's title made of query words
  'rank', // 1 / log2(rank + 2) of the position before re-ranking
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** What the passes before re-ranking found out about a query. */
export interface QueryEvidence {
  /** The query's own groups as scored (no feedback terms). */
  groups: readonly TermGroup[];
  /** The hits of the first pass (the query as given), by document. */
  firstPass: ReadonlyMap<number, number>;
  pairs: readonly QueryPair[];
  k1: number;
}

/** One vector per hit (hits in the engine's order, `bound` that of their scores). */
export function candidateFeatures(
  index: InvertedIndex,
  evidence: QueryEvidence,
  hits: readonly Hit[],
  bound: number,
): Float64Array[] {
  const { groups, k1 } = evidence;
  const queryBound = groups.reduce((sum, g) => sum + g.factor * (k1 + 1), 0);
  const queryIdf = groups.reduce((sum, g) => sum + g.factor, 0);
  const pairTotal = evidence.pairs.reduce((sum, p) => sum + p.weight, 0);
  const share = (value: number, total: number) => (total > 0 ? value / total : 0);
  return hits.map((hit, rank) => {
    const terms = index.documentTerms(hit.doc);
    const match = fieldMatch(terms, groups, k1);
    const vector = new Float64Array(FEATURE_NAMES.length);
    vector[0] = share(hit.score, bound);
    vector[1] = share(evidence.firstPass.get(hit.doc) ?? 0, queryBound);
    vector[2] = share(match.title, queryBound);
    vector[3] = share(match.body, queryBound);
    vector[4] = share(match.covered, queryIdf);
    vector[5] = share(match.titleCovered, queryIdf);
    vector[6] = share(proximityScore(index.pairsOf(hit.doc), evidence.pairs), pairTotal);
    vector[7] = Math.min(1, share(match.titleWords, terms.titleLength));
    vector[8] = 1 / Math.log2(rank + 2);
    return vector;
  });
}

interface FieldMatch {
  title: number;
  body: number;
  covered: number;
  titleCovered: number;
  titleWords: number;
}

/** Per field BM25 of the query groups in one document, and the idf the document covers. */
export function fieldMatch(terms: DocumentTerms, groups: readonly TermGroup[], k1: number): FieldMatch {
  const result: FieldMatch = { title: 0, body: 0, covered: 0, titleCovered: 0, titleWords: 0 };
  const saturated = (tf: number) => (tf * (k1 + 1)) / (tf + k1);
  for (const group of groups) {
    let title = 0; // packed units (1/FREQUENCY_STEPS of a word), weighted by each alternative's weight
    let body = 0;
    for (const { termId, weight } of group.alternatives) {
      const at = find(terms.termIds, termId);
      if (at < 0) continue;
      const packed = terms.packed[at]!;
      title += weight * (packed >>> 16);
      body += weight * (packed & 0xffff);
    }
    if (title + body === 0) continue;
    result.covered += group.factor;
    result.body += group.factor * saturated(body * terms.bodyNorm);
    if (title === 0) continue;
    result.titleCovered += group.factor;
    result.title += group.factor * saturated(title * terms.titleNorm);
    result.titleWords += title / FREQUENCY_STEPS;
  }
  return result;
}

/** Position of `value` in the increasing `sorted`, or -1. */
function find(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const item = sorted[middle]!;
    if (item === value) return middle;
    if (item < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
