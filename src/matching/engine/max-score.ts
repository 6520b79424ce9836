// Exact top-k scoring of a query with MaxScore-style early termination (Turtle & Flood), term at a time.
// Groups are scored most valuable first. Once the groups still to come could together add less than the k-th
// best score so far, no document they alone contain can reach the top k: from then on only the documents already
// found are scored, each looked up in the remaining posting lists, and dropped as soon as even the remaining
// groups cannot lift it to the k-th best score. The result is exactly that of scoring every posting.
import { grow, MAX_PACKED, seek } from './postings.ts';
import { kthLargest, MinHeap } from './top-k.ts';
import type { PostingList } from './postings.ts';
import type { Hit } from './types.ts';

export interface ScoredGroup {
  lists: { list: PostingList; weight: number }[];
  /** weight × idf: the group adds factor × saturated frequency to a document's score. */
  factor: number;
  /** The most the group can add to any document's score. */
  ceiling: number;
}

/** Per document number: BM25F length norms of both fields (folded with boost and step) and whether it is live. */
export interface Norms {
  titleNorm: Float32Array;
  bodyNorm: Float32Array;
  alive: Uint8Array;
}

// Accumulators are 32-bit floats, so each addition rounds; pruning keeps this relative slack so that rounding
// never drops a document exact arithmetic would keep.
const SLACK = 1e-5;
/** A list at most this many times longer than the candidate set is scanned rather than sought in. */
export const CANDIDATE_SCAN_RATIO = 8;
/** The k-th best score is selected again only among at most this many times k candidates (see prune). */
const RESELECT_FACTOR = 8;
// Marks in `seen`: found so far, and still a candidate once pruning has started.
const FOUND = 1;
const CANDIDATE = 2;

export class QueryScorer {
  private accumulator = new Float32Array(0);
  private groupFrequency = new Float32Array(0);
  private seen = new Uint8Array(0);
  private touched = new Int32Array(0);
  private touchedCount = 0;
  private candidates = new Int32Array(0);
  private candidateCount = 0;
  private values = new Float64Array(0);
  private positions = new Int32Array(0);
  private threshold = -Infinity; // a lower bound on the k-th best score once pruning has started (see prune)
  private candidatesSorted = true;

  /** `scanRatio`: see CANDIDATE_SCAN_RATIO (tests set 0 or Infinity to check each way of finding candidates). */
  constructor(
    private readonly k1: number,
    private readonly scanRatio = CANDIDATE_SCAN_RATIO,
  ) {}

  /**
   * The best `limit` accepted live documents for groups sorted by descending ceiling. `exhaustive` scores every
   * posting without pruning (the reference the pruned result must equal).
   */
  topK(
    groups: readonly ScoredGroup[],
    limit: number,
    norms: Norms,
    accept?: (doc: number) => boolean,
    exhaustive = false,
  ): Hit[] {
    this.ensureCapacity(norms.alive.length);
    const remaining = new Float64Array(groups.length + 1);
    for (let g = groups.length - 1; g >= 0; g -= 1) remaining[g] = remaining[g + 1]! + groups[g]!.ceiling;
    let g = 0;
    let pruning = false;
    let best = 0;
    while (g < groups.length && !pruning) {
      best = Math.max(best, this.addEverywhere(groups[g]!, norms));
      g += 1;
      // The k-th best score can only be above what is left when the best one is.
      pruning =
        !exhaustive &&
        g < groups.length &&
        remaining[g]! < best * (1 - SLACK) &&
        this.atLeast(limit, remaining[g]! / (1 - SLACK), norms, accept);
    }
    let hits: Hit[];
    if (pruning) {
      this.selectCandidates(limit, remaining[g]!, norms, accept);
      for (; g < groups.length; g += 1) {
        this.addToCandidates(groups[g]!, norms);
        this.prune(limit, remaining[g + 1]!);
      }
      hits = this.best(this.candidates, this.candidateCount, limit, norms);
    } else {
      hits = this.best(this.touched, this.touchedCount, limit, norms, accept);
    }
    this.reset();
    return hits;
  }

  /** Adds a group to every document in its lists; returns the highest score among them. */
  private addEverywhere(group: ScoredGroup, norms: Norms): number {
    const { titleNorm, bodyNorm } = norms;
    const k1 = this.k1;
    const { accumulator, seen, touched } = this;
    let best = 0;
    if (isPlain(group)) {
      const { docs, packed, length } = group.lists[0]!.list;
      const factor = group.factor;
      for (let i = 0; i < length; i += 1) {
        const doc = docs[i]!;
        if (seen[doc] === 0) {
          seen[doc] = FOUND;
          touched[this.touchedCount++] = doc;
        }
        const p = packed[i]!;
        const tf = (p >>> 16) * titleNorm[doc]! + (p & MAX_PACKED) * bodyNorm[doc]!;
        const score = (accumulator[doc]! += (factor * tf * (k1 + 1)) / (tf + k1));
        if (score > best) best = score;
      }
      return best;
    }
    const groupDocs: number[] = [];
    for (const { list, weight } of group.lists) {
      const { docs, packed, length } = list;
      for (let i = 0; i < length; i += 1) {
        const doc = docs[i]!;
        const p = packed[i]!;
        if (this.groupFrequency[doc] === 0) groupDocs.push(doc);
        this.groupFrequency[doc]! += weight * ((p >>> 16) * titleNorm[doc]! + (p & MAX_PACKED) * bodyNorm[doc]!);
      }
    }
    for (const doc of groupDocs) {
      const score = this.addSaturated(doc, group.factor);
      if (seen[doc] === 0) {
        seen[doc] = FOUND;
        touched[this.touchedCount++] = doc;
      }
      if (score > best) best = score;
    }
    return best;
  }

  /** Adds a group to the candidates only (see candidatePositions for how each is found in a list). */
  private addToCandidates(group: ScoredGroup, norms: Norms): void {
    const { titleNorm, bodyNorm } = norms;
    const { candidates, candidateCount, groupFrequency } = this;
    if (isPlain(group)) {
      this.addPlainToCandidates(group.lists[0]!.list, group.factor, norms);
      return;
    }
    for (const { list, weight } of group.lists) {
      const { docs, packed } = list;
      const count = this.candidatePositions(list);
      for (let i = 0; i < count; i += 1) {
        const position = this.positions[i]!;
        const doc = docs[position]!;
        const p = packed[position]!;
        groupFrequency[doc]! += weight * ((p >>> 16) * titleNorm[doc]! + (p & MAX_PACKED) * bodyNorm[doc]!);
      }
    }
    for (let c = 0; c < candidateCount; c += 1) {
      const doc = candidates[c]!;
      if (groupFrequency[doc] !== 0) this.addSaturated(doc, group.factor);
    }
  }

  /** As addToCandidates for a plain group, with the very arithmetic of addEverywhere (identical scores). */
  private addPlainToCandidates(list: PostingList, factor: number, norms: Norms): void {
    const { titleNorm, bodyNorm } = norms;
    const { accumulator, positions } = this;
    const { docs, packed } = list;
    const k1 = this.k1;
    const count = this.candidatePositions(list);
    for (let i = 0; i < count; i += 1) {
      const position = positions[i]!;
      const doc = docs[position]!;
      const p = packed[position]!;
      const tf = (p >>> 16) * titleNorm[doc]! + (p & MAX_PACKED) * bodyNorm[doc]!;
      accumulator[doc]! += (factor * tf * (k1 + 1)) / (tf + k1);
    }
  }

  /**
   * Fills `positions` with the list positions of the candidates it contains, in list order; returns how many.
   * Few candidates against a long list are found by seeking (a logarithm each, in document order); many are found
   * by one pass over the list checking each posting's candidate mark, which costs less than tens of thousands of
   * seeks.
   */
  private candidatePositions(list: PostingList): number {
    const { docs, length } = list;
    const { candidates, candidateCount, positions, seen } = this;
    let count = 0;
    if (length <= this.scanRatio * candidateCount) {
      for (let i = 0; i < length; i += 1) if (seen[docs[i]!] === CANDIDATE) positions[count++] = i;
      return count;
    }
    if (!this.candidatesSorted) {
      candidates.subarray(0, candidateCount).sort();
      this.candidatesSorted = true;
    }
    let position = 0;
    for (let c = 0; c < candidateCount; c += 1) {
      const doc = candidates[c]!;
      position = seek(docs, length, position, doc);
      if (position === length) break;
      if (docs[position] === doc) positions[count++] = position;
    }
    return count;
  }

  /** Adds factor × saturated(collected group frequency) to the document and clears the frequency. */
  private addSaturated(doc: number, factor: number): number {
    const tf = this.groupFrequency[doc]!;
    this.groupFrequency[doc] = 0;
    return (this.accumulator[doc]! += (factor * tf * (this.k1 + 1)) / (tf + this.k1));
  }

  /**
   * Whether at least `k` accepted live documents found so far score above `value`, i.e. the k-th best does: a
   * count that stops at k, cheaper than finding the k-th best score itself.
   */
  private atLeast(k: number, value: number, norms: Norms, accept?: (doc: number) => boolean): boolean {
    let count = 0;
    for (let t = 0; t < this.touchedCount && count < k; t += 1) {
      const doc = this.touched[t]!;
      if (this.accumulator[doc]! > value && norms.alive[doc] === 1 && (!accept || accept(doc))) count += 1;
    }
    return count >= k;
  }

  /**
   * Candidates: accepted live documents found so far that the remaining groups could lift into the top k, in the
   * order they were found. Pruning starts only once k documents score above `remaining`, so the k-th best score is
   * found among those alone. Seeking needs them in document order; they are sorted only if it comes to that (see
   * candidatePositions), since most are found by scanning.
   */
  private selectCandidates(limit: number, remaining: number, norms: Norms, accept?: (doc: number) => boolean): void {
    const { accumulator, seen, touched, values, candidates } = this;
    const alive = norms.alive;
    let count = 0;
    for (let t = 0; t < this.touchedCount; t += 1) {
      const doc = touched[t]!;
      if (accumulator[doc]! > remaining && alive[doc] === 1 && (!accept || accept(doc)))
        values[count++] = accumulator[doc]!;
    }
    const threshold = kthLargest(values, count, limit) * (1 - SLACK);
    this.threshold = threshold;
    let kept = 0;
    for (let t = 0; t < this.touchedCount; t += 1) {
      const doc = touched[t]!;
      if (accumulator[doc]! + remaining >= threshold && alive[doc] === 1 && (!accept || accept(doc))) {
        candidates[kept++] = doc;
        seen[doc] = CANDIDATE;
      }
    }
    this.candidateCount = kept;
    this.candidatesSorted = false;
  }

  /**
   * Drops candidates whose score plus everything still to come stays below the k-th best (order kept). Scores only
   * grow, so the k-th best found earlier is still a lower bound: it is found again (a selection over every
   * candidate) only once the candidates are few, and until then the bound from before prunes for free.
   */
  private prune(limit: number, remaining: number): void {
    const { candidates, accumulator, seen } = this;
    if (this.candidateCount <= RESELECT_FACTOR * limit) {
      for (let c = 0; c < this.candidateCount; c += 1) this.values[c] = accumulator[candidates[c]!]!;
      this.threshold = Math.max(this.threshold, kthLargest(this.values, this.candidateCount, limit) * (1 - SLACK));
    }
    const threshold = this.threshold;
    if (threshold === -Infinity) return;
    let kept = 0;
    for (let c = 0; c < this.candidateCount; c += 1) {
      const doc = candidates[c]!;
      if (accumulator[doc]! + remaining >= threshold) candidates[kept++] = doc;
      else seen[doc] = FOUND;
    }
    this.candidateCount = kept;
  }

  private best(docs: Int32Array, count: number, limit: number, norms: Norms, accept?: (doc: number) => boolean): Hit[] {
    const heap = new MinHeap(limit);
    for (let i = 0; i < count; i += 1) {
      const doc = docs[i]!;
      const score = this.accumulator[doc]!;
      if (!heap.admits(doc, score) || norms.alive[doc] === 0 || (accept && !accept(doc))) continue;
      heap.offer(doc, score);
    }
    return heap.sorted();
  }

  private reset(): void {
    for (let t = 0; t < this.touchedCount; t += 1) {
      const doc = this.touched[t]!;
      this.accumulator[doc] = 0;
      this.seen[doc] = 0;
    }
    this.touchedCount = 0;
    this.candidateCount = 0;
    this.threshold = -Infinity;
  }

  private ensureCapacity(size: number): void {
    if (size <= this.seen.length) return;
    this.accumulator = grow(this.accumulator, size);
    this.groupFrequency = grow(this.groupFrequency, size);
    this.seen = grow(this.seen, size);
    this.touched = grow(this.touched, size);
    this.candidates = grow(this.candidates, size);
    this.values = grow(this.values, size);
    this.positions = grow(this.positions, size);
  }
}

/** One list with weight 1 (most groups): scored without collecting a group frequency first. */
function isPlain(group: ScoredGroup): boolean {
  return group.lists.length === 1 && group.lists[0]!.weight === 1;
}
