// Scores a few given documents (the first pass's best, re-ranked by the feedback query) from their own term lists
// instead of seeking each of them in every posting list of the query: a pass over a few hundred short arrays
// instead of thousands of binary searches in long lists. The arithmetic is that of max-score.ts, step for step
// (32-bit accumulators, groups in the same order), so the scores are identical to scoring the postings.
import * as postings from './postings.ts';
import * as topK from './top-k.ts';
import type { Hit } from './types.ts';
import type { Norms } from './max-score.ts';
import type { ForwardStore } from './forward-store.ts';

// Local copies of imported bindings (read per term below; see max-score.ts).
const { grow, MAX_PACKED } = postings;
const { MinHeap } = topK;

/** A query group as max-score.ts scores it, its alternatives named by term id. */
export interface TermGroup {
  alternatives: { termId: number; weight: number }[];
  factor: number;
  /** One alternative with weight 1: its frequency is saturated as is, without a 32-bit group sum first. */
  plain: boolean;
}

export class ForwardScorer {
  private firstAlternative = new Int32Array(0); // per term id: 1 + its first alternative in the query (0: none)
  // Per alternative, numbered in scoring order: the next one with the same term (1 + index, 0: none), its weight,
  // and its packed frequencies in the document being scored (0: absent; a present one is never 0, see below).
  private nextAlternative = new Int32Array(0);
  private weights = new Float64Array(0);
  private alternativePacked = new Uint32Array(0);
  private found = new Int32Array(0);

  constructor(private readonly k1: number) {}

  /** The best `limit` of `docs` (live, accepted) for the groups in scoring order. */
  topK(
    groups: readonly TermGroup[],
    limit: number,
    norms: Norms,
    docs: Int32Array,
    forward: ForwardStore,
    termCount: number,
  ): Hit[] {
    const total = this.register(groups, termCount);
    const heap = new MinHeap(limit);
    for (const doc of docs) heap.offer(doc, this.score(doc, groups, norms, forward));
    this.unregister(groups, total);
    return heap.sorted();
  }

  private score(doc: number, groups: readonly TermGroup[], norms: Norms, forward: ForwardStore): number {
    const foundCount = this.collect(forward.decodedTerms, forward.decodedPacked, forward.decode(doc));
    const titleNorm = norms.titleNorm[doc]!;
    const bodyNorm = norms.bodyNorm[doc]!;
    const k1 = this.k1;
    const { alternativePacked, weights, found } = this;
    // Math.fround after each addition: the 32-bit accumulators of max-score.ts, rounding for rounding.
    let score = 0;
    let a = 0;
    for (let g = 0; g < groups.length; g += 1) {
      const group = groups[g]!;
      const factor = group.factor;
      const count = group.alternatives.length;
      if (group.plain) {
        const p = alternativePacked[a]!;
        if (p !== 0) {
          const tf = (p >>> 16) * titleNorm + (p & MAX_PACKED) * bodyNorm;
          score = Math.fround(score + (factor * tf * (k1 + 1)) / (tf + k1));
        }
        a += 1;
        continue;
      }
      let frequency = 0;
      for (let end = a + count; a < end; a += 1) {
        const p = alternativePacked[a]!;
        if (p !== 0)
          frequency = Math.fround(frequency + weights[a]! * ((p >>> 16) * titleNorm + (p & MAX_PACKED) * bodyNorm));
      }
      if (frequency !== 0) score = Math.fround(score + (factor * frequency * (k1 + 1)) / (frequency + k1));
    }
    for (let f = 0; f < foundCount; f += 1) alternativePacked[found[f]!] = 0;
    return score;
  }

  /**
   * Notes the packed frequencies of every query alternative the document contains; returns how many. A posting
   * whose frequencies rounded to 0 adds nothing, so treating it as absent changes no score.
   */
  private collect(terms: Int32Array, packed: Uint32Array, termCount: number): number {
    const { firstAlternative, nextAlternative, alternativePacked, found } = this;
    const known = firstAlternative.length;
    let count = 0;
    for (let i = 0; i < termCount; i += 1) {
      const term = terms[i]!;
      if (term >= known) continue;
      for (let next = firstAlternative[term]!; next !== 0; next = nextAlternative[next - 1]!) {
        alternativePacked[next - 1] = packed[i]!;
        found[count++] = next - 1;
      }
    }
    return count;
  }

  /** Links each term id to the alternatives (numbered in scoring order) that stand for it. */
  private register(groups: readonly TermGroup[], termCount: number): number {
    if (termCount > this.firstAlternative.length) this.firstAlternative = grow(this.firstAlternative, termCount);
    const total = groups.reduce((sum, group) => sum + group.alternatives.length, 0);
    if (total > this.nextAlternative.length) {
      this.nextAlternative = new Int32Array(total);
      this.weights = new Float64Array(total);
      this.alternativePacked = new Uint32Array(total);
      this.found = new Int32Array(total);
    }
    let a = 0;
    for (const group of groups) {
      for (const { termId, weight } of group.alternatives) {
        this.nextAlternative[a] = this.firstAlternative[termId]!;
        this.firstAlternative[termId] = a + 1;
        this.weights[a] = weight;
        a += 1;
      }
    }
    return total;
  }

  private unregister(groups: readonly TermGroup[], total: number): void {
    for (const group of groups) for (const { termId } of group.alternatives) this.firstAlternative[termId] = 0;
    this.nextAlternative.fill(0, 0, total);
  }
}
