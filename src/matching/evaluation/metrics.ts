// Ranking quality metrics over binary relevance judgements (qrels), as in BEIR/TREC.

/** query id → relevant document ids (graded scores above 0 count as relevant). */
export type Qrels = Map<string, Map<string, number>>;

/** nDCG@k with gains from the judgement scores and the ideal ranking of all judged documents. */
export function ndcgAt(k: number, ranked: readonly string[], relevant: ReadonlyMap<string, number>): number {
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    dcg += (relevant.get(id) ?? 0) / Math.log2(i + 2);
  });
  const ideal = [...relevant.values()]
    .filter((g) => g > 0)
    .sort((a, b) => b - a)
    .slice(0, k);
  const idcg = ideal.reduce((sum, gain, i) => sum + gain / Math.log2(i + 2), 0);
  return idcg === 0 ? 0 : dcg / idcg;
}

/** Share of the relevant documents found in the first k. */
export function recallAt(k: number, ranked: readonly string[], relevant: ReadonlyMap<string, number>): number {
  const total = [...relevant.values()].filter((g) => g > 0).length;
  if (total === 0) return 0;
  return ranked.slice(0, k).filter((id) => (relevant.get(id) ?? 0) > 0).length / total;
}

/** Reciprocal rank of the first relevant document within the first k, else 0. */
export function mrrAt(k: number, ranked: readonly string[], relevant: ReadonlyMap<string, number>): number {
  const position = ranked.slice(0, k).findIndex((id) => (relevant.get(id) ?? 0) > 0);
  return position < 0 ? 0 : 1 / (position + 1);
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Value at quantile q (0..1) by nearest rank. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Parses a BEIR qrels TSV (header `query-id corpus-id score`). */
export function parseQrels(tsv: string): Qrels {
  const qrels: Qrels = new Map();
  for (const line of tsv.split('\n').slice(1)) {
    const [query, doc, score] = line.trim().split('\t');
    if (!query || !doc) continue;
    const judged = qrels.get(query) ?? new Map<string, number>();
    judged.set(doc, Number(score ?? 1));
    qrels.set(query, judged);
  }
  return qrels;
}
