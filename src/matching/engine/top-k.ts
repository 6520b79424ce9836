// Selecting the best scores: a bounded min-heap for the final top k, and the k-th largest value of a set as the
// score a document must beat to enter the top k (the threshold of early termination).
import type { Hit } from './inverted-index.ts';

/**
 * Fixed-size min-heap keeping the best hits seen: a higher score is better, and among equal scores the lower
 * document number, so the result does not depend on the order documents are offered in.
 */
export class MinHeap {
  private readonly docs: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly capacity: number) {}

  /** Whether (doc, score) would enter the heap. */
  admits(doc: number, score: number): boolean {
    if (this.docs.length < this.capacity) return true;
    return worse(this.scores[0]!, this.docs[0]!, score, doc);
  }

  offer(doc: number, score: number): void {
    if (!this.admits(doc, score)) return;
    if (this.docs.length < this.capacity) {
      this.docs.push(doc);
      this.scores.push(score);
      this.siftUp(this.docs.length - 1);
    } else {
      this.docs[0] = doc;
      this.scores[0] = score;
      this.siftDown(0);
    }
  }

  sorted(): Hit[] {
    return this.docs.map((doc, i) => ({ doc, score: this.scores[i]! })).sort((a, b) => b.score - a.score || a.doc - b.doc);
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
      if (left < this.docs.length && this.below(left, smallest)) smallest = left;
      if (right < this.docs.length && this.below(right, smallest)) smallest = right;
      if (smallest === i) return;
      this.swap(i, smallest);
      i = smallest;
    }
  }

  private swap(a: number, b: number): void {
    [this.docs[a], this.docs[b]] = [this.docs[b]!, this.docs[a]!];
    [this.scores[a], this.scores[b]] = [this.scores[b]!, this.scores[a]!];
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
