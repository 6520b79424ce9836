// Learning the re-ranker's weights (used by scripts/train-reranker.ts): coordinate ascent on mean nDCG@10 (Metzler
// & Croft, "Linear feature-based models for information retrieval", 2007). One weight at a time is moved to the
// value that most raises the mean nDCG@10 of the training queries, for a few rounds; the weight of feature 0 (the
// engine's own score) stays 1, which fixes the scale. Direct search on the measure itself, as it is what we report.
// Queries of guarded sets are not optimised for: a move that would make one of those sets worse is not taken, so
// the weights serve one kind of query (long call titles) without costing another (short sentences).

/** A query's candidates in the engine's order: feature vectors, their relevance gains, and all judged gains. */
export interface LabelledQuery {
  id: string;
  set: string;
  features: Float64Array[];
  gains: number[];
  /** Gains of every relevant document, found or not (the ideal ranking). */
  idealGains: number[];
  /** Of a set the weights must not make worse, rather than one they are chosen to improve. */
  guard?: boolean;
}

const CUTOFF = 10;
/** Moves tried for a weight, both ways: from fine to coarse. */
const STEPS = [0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1];
const ROUNDS = 8;
/** A move must gain at least this much mean nDCG to count (noise on a few hundred queries is larger). */
const MIN_GAIN = 1e-4;

/** nDCG@10 of the candidates ordered by score (ties keep the engine's order). */
export function ndcgOfScores(query: LabelledQuery, scores: ArrayLike<number>): number {
  const idcg = idealDcg(query);
  if (idcg === 0) return 0;
  // The best ten by insertion: cheaper than sorting every candidate, and this runs thousands of times per query.
  const best: number[] = [];
  for (let c = 0; c < scores.length; c += 1) {
    if (best.length === CUTOFF && !(scores[c]! > scores[best[CUTOFF - 1]!]!)) continue;
    let at = Math.min(best.length, CUTOFF - 1);
    best[at] = c;
    while (at > 0 && scores[c]! > scores[best[at - 1]!]!) {
      best[at] = best[at - 1]!;
      best[at - 1] = c;
      at -= 1;
    }
  }
  return best.reduce((sum, c, rank) => sum + query.gains[c]! / Math.log2(rank + 2), 0) / idcg;
}

const idealCache = new WeakMap<LabelledQuery, number>();

function idealDcg(query: LabelledQuery): number {
  let idcg = idealCache.get(query);
  if (idcg === undefined) {
    const ideal = [...query.idealGains].sort((a, b) => b - a).slice(0, CUTOFF);
    idcg = ideal.reduce((sum, gain, i) => sum + gain / Math.log2(i + 2), 0);
    idealCache.set(query, idcg);
  }
  return idcg;
}

export function scoresOf(query: LabelledQuery, weights: Float64Array): Float64Array {
  return Float64Array.from(query.features, (vector) => vector.reduce((sum, x, i) => sum + weights[i]! * x, 0));
}

export function meanNdcg(queries: readonly LabelledQuery[], weights: Float64Array): number {
  if (queries.length === 0) return 0;
  return queries.reduce((sum, q) => sum + ndcgOfScores(q, scoresOf(q, weights)), 0) / queries.length;
}

/**
 * Weights (feature 0 fixed at 1, the others starting at 0) that maximise the mean nDCG@10 of the queries to
 * improve, moving no weight in a way that lowers the summed nDCG@10 of a guarded set below where it started.
 */
export function coordinateAscent(queries: readonly LabelledQuery[]): Float64Array {
  const dimensions = queries.find((q) => q.features.length > 0)?.features[0]?.length ?? 1;
  const weights = new Float64Array(dimensions);
  weights[0] = 1;
  const useful = queries.filter((q) => q.gains.some((g) => g > 0)); // the others score 0 whatever the order
  const scores = useful.map((q) => scoresOf(q, weights));
  const guarded = [...new Set(useful.filter((q) => q.guard).map((q) => q.set))];
  const moved = new Float64Array(Math.max(0, ...useful.map((q) => q.features.length)));
  // The objective's sum (key '') and each guarded set's sum of nDCG@10, with one weight moved by delta.
  const evaluate = (feature: number, delta: number) => {
    const sums = new Map<string, number>();
    useful.forEach((q, k) => {
      const candidates = q.features.length;
      for (let c = 0; c < candidates; c += 1) moved[c] = scores[k]![c]! + delta * q.features[c]![feature]!;
      const key = q.guard ? q.set : '';
      sums.set(key, (sums.get(key) ?? 0) + ndcgOfScores(q, moved.subarray(0, candidates)));
    });
    return sums;
  };
  const start = evaluate(0, 0);
  const allowed = (sums: Map<string, number>) => guarded.every((set) => sums.get(set)! >= start.get(set)!);
  const margin = MIN_GAIN * useful.filter((q) => !q.guard).length;
  let best = start.get('') ?? 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const before = best;
    for (let feature = 1; feature < dimensions; feature += 1) {
      let move = 0;
      for (const step of STEPS) {
        for (const delta of [step, -step]) {
          const sums = evaluate(feature, delta);
          const value = sums.get('') ?? 0;
          if (value > best + margin && allowed(sums)) [best, move] = [value, delta];
        }
      }
      if (move === 0) continue;
      weights[feature]! += move;
      useful.forEach((q, k) => q.features.forEach((vector, c) => (scores[k]![c]! += move * vector[feature]!)));
    }
    if (best - before <= margin) break;
  }
  return weights;
}
