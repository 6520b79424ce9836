// Selecting the best scores: a bounded min-heap for the final top k, and the k-th largest value of a set as the
// score a document must beat to enter the top k (the threshold of early termination).
import type { Hit } from './types.ts';

/**
 * Fixed-size min-heap keeping the best hits seen: a higher score is better, and among equal scores the lower
 * document number, so the result does not depend on the order documents are offered in.
 */
export class MinHeap {
  private readonly docs: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(private readonly capacity: number) {
    this.docs = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
  }

  /** Whether (doc, score) would enter the heap. */
  admits(doc: number, score: number): boolean {
    if (this.size < this.capacity) return true;
    return worse(this.scores[0]!, this.docs[0]!, score, doc);
  }

  offer(doc: number, score: number): void {
    if (!this.admits(doc, score)) return;
    if (this.size < this.capacity) {
      this.docs[this.size] = doc;
      this.scores[this.size] = score;
      this.size += 1;
      this.siftUp(this.size - 1);
    } else {
      this.docs[0] = doc;
      this.scores[0] = score;
      this.siftDown(0);
    }
  }

  sorted(): Hit[] {
    const hits: Hit[] = [];
    for (let i = 0; i < this.size; i += 1) hits.push({ doc: this.docs[i]!, score: this.scores[i]! });
    return hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  private below(a: number, b: number): boolean {
    return worse(this.scores[a]!, this.docs[a]!, this.scores[b]!, this.docs[b]!);
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.below(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < this.size && this.below(left, smallest)) smallest = left;
      if (right < this.size && this.below(right, smallest)) smallest = right;
      if (smallest === i) return;
      this.swap(i, smallest);
      i = smallest;
    }
  }

  private swap(a: number, b: number): void {
    const { docs, scores } = this;
    const doc = docs[a]!;
    docs[a] = docs[b]!;
    docs[b] = doc;
    const score = scores[a]!;
    scores[a] = scores[b]!;
    scores[b] = score;
  }
}

/** Whether hit (scoreA, docA) ranks below hit (scoreB, docB). */
function worse(scoreA: number, docA: number, scoreB: number, docB: number): boolean {
  return scoreA < scoreB || (scoreA === scoreB && docA > docB);
}

/** The k-th largest of values[0, n) (1-based k), or -Infinity when there are fewer; reorders `values`. */
export function kthLargest(values: Float64Array, n: number, k: number): number {
  if (k <= 0 || n < k) return -Infinity;
  let low = 0;
  let high = n - 1;
  const target = k - 1; // position in descending order
  while (low < high) {
    const pivot = values[(low + high) >>> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i]! > pivot) i += 1;
      while (values[j]! < pivot) j -= 1;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else return values[target]!;
  }
  return values[target]!;
}
