// Posting lists as growable typed arrays: document numbers in increasing order, each with both field frequencies
// packed in one 32-bit word (title << 16 | body, in 1/8 steps).
import type { DecodedDocuments } from './types.ts';

export const MAX_PACKED = 0xffff;

export class PostingList {
  docs: Int32Array = new Int32Array(0);
  packed: Uint32Array = new Uint32Array(0);
  length = 0;
  df = 0; // live documents only
  /** Largest length-normalised frequency in the list, valid for the norms of `ceilingVersion` (see search). */
  ceilingFrequency = 0;
  ceilingVersion = -1;

  /** Appends postings of documents numbered above any already in the list. */
  append(docs: Int32Array, packed: Uint32Array): void {
    const needed = this.length + docs.length;
    if (needed > this.docs.length) {
      const capacity = Math.max(needed, this.docs.length * 2);
      this.docs = grow(this.docs, capacity);
      this.packed = grow(this.packed, capacity);
    }
    this.docs.set(docs, this.length);
    this.packed.set(packed, this.length);
    this.length = needed;
    this.df += docs.length;
  }

  /** Takes the postings of an empty list as they are (views, no copy); appending later copies them out. */
  adopt(docs: Int32Array, packed: Uint32Array): void {
    this.docs = docs;
    this.packed = packed;
    this.length = docs.length;
    this.df += docs.length;
  }
}

export function grow<T extends Int32Array | Uint32Array | Float32Array | Float64Array | Uint8Array | Uint16Array>(
  array: T,
  size: number,
): T {
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
}

/**
 * The first position at or after `from` whose document is ≥ `doc` (galloping, then binary search), so checking
 * a few candidates against a long list costs a logarithm per candidate instead of a pass over the list.
 */
export function seek(docs: Int32Array, length: number, from: number, doc: number): number {
  if (from >= length || docs[from]! >= doc) return from;
  let low = from;
  let step = 1;
  let high = from + 1;
  while (high < length && docs[high]! < doc) {
    low = high;
    step *= 2;
    high = from + step;
  }
  if (high > length) high = length;
  // Invariant: docs[low] < doc, and docs[high] ≥ doc or high = length.
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (docs[middle]! < doc) low = middle;
    else high = middle;
  }
  return high;
}

/**
 * Appends whole documents (numbered above any already posted, in increasing order) to the posting lists, term by
 * term: a counting sort by term first, so each list is extended once per batch with one copy. Appending posting by
 * posting instead jumps between thousands of lists, and those cache misses were most of the indexing time.
 * A list that was empty keeps its run of the sorted batch as it is: after a bulk load every list is a view on one
 * pair of buffers, instead of tens of thousands of small buffers grown by doubling (their bookkeeping, spare room
 * and the allocator's fragments cost more memory than many lists' data).
 */
export function appendDocuments(
  postings: (PostingList | undefined)[],
  docs: readonly number[],
  forward: DecodedDocuments,
): void {
  let total = 0;
  let counts = new Int32Array(1024); // counts[term + 1]: the term's postings in this batch; summed into run starts
  for (const doc of docs) {
    const count = forward.decode(doc);
    const terms = forward.decodedTerms;
    total += count;
    if (count > 0 && terms[count - 1]! + 2 > counts.length)
      counts = grow(counts, Math.max(2 * counts.length, terms[count - 1]! + 2));
    for (let i = 0; i < count; i += 1) counts[terms[i]! + 1]! += 1;
  }
  const starts = counts;
  for (let term = 1; term < starts.length; term += 1) starts[term]! += starts[term - 1]!;
  const next = starts.slice();
  const sortedDocs = new Int32Array(total);
  const sortedPacked = new Uint32Array(total);
  for (const doc of docs) {
    const count = forward.decode(doc);
    const { decodedTerms, decodedPacked } = forward;
    for (let i = 0; i < count; i += 1) {
      const at = next[decodedTerms[i]!]!++;
      sortedDocs[at] = doc;
      sortedPacked[at] = decodedPacked[i]!;
    }
  }
  for (let term = 0; term + 1 < starts.length; term += 1) {
    const from = starts[term]!;
    const to = starts[term + 1]!;
    if (from === to) continue;
    let list = postings[term];
    if (!list) postings[term] = list = new PostingList();
    if (list.length === 0) list.adopt(sortedDocs.subarray(from, to), sortedPacked.subarray(from, to));
    else list.append(sortedDocs.subarray(from, to), sortedPacked.subarray(from, to));
  }
}
