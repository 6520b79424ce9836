// The forward index: each document's term ids, packed field frequencies (title << 16 | body) and sorted word-pair
// hashes, for all documents in a few large chunks. Three typed arrays per document cost about as much in object
// headers and array-buffer bookkeeping as in data (300,000 array buffers at 100,000 documents); a chunk holds
// thousands of documents. A document never spans two chunks, so it is read as one run: its terms at
// [start, start + terms), their packed frequencies right after, then its pairs.
import { grow } from './postings.ts';

/** Words of the largest regular chunk (4 MB): a full chunk wastes at most one document's words at its end. */
const CHUNK_WORDS = 1 << 20;
/** Words of the first chunk; later ones double up to CHUNK_WORDS, so a small index stays small. */
const FIRST_CHUNK_WORDS = 1 << 12;

export interface ForwardStoreSizes { chunkWords: number; firstChunkWords: number }

export class ForwardStore {
  private chunks: Uint32Array[] = [];
  private open = -1; // the chunk being filled (documents larger than a chunk get one of their own)
  private used = 0; // words used in the open chunk
  private chunkOf = new Int32Array(64);
  private startOf = new Int32Array(64);
  private termsOf = new Int32Array(64);
  private pairsOf = new Int32Array(64);
  private count = 0;
  private readonly sizes: ForwardStoreSizes;

  constructor(sizes: Partial<ForwardStoreSizes> = {}) {
    this.sizes = { chunkWords: CHUNK_WORDS, firstChunkWords: FIRST_CHUNK_WORDS, ...sizes };
  }

  /** Documents stored, dead ones included until the owner compacts. */
  get size(): number {
    return this.count;
  }

  /** Words allocated, for measuring (used or not). */
  get allocatedWords(): number {
    return this.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  }

  /** Stores a document under the next number (returned); `packed` is parallel to `terms`. */
  append(terms: ArrayLike<number>, packed: ArrayLike<number>, pairs: ArrayLike<number>): number {
    const doc = this.count;
    const words = 2 * terms.length + pairs.length;
    this.ensureDocuments(doc + 1);
    const chunk = this.place(words);
    const start = this.startOf[doc]!;
    const target = this.chunks[chunk]!;
    target.set(terms, start);
    target.set(packed, start + terms.length);
    target.set(pairs, start + 2 * terms.length);
    this.chunkOf[doc] = chunk;
    this.termsOf[doc] = terms.length;
    this.pairsOf[doc] = pairs.length;
    this.count += 1;
    return doc;
  }

  /** The chunk holding the document's words (read from `start(doc)`). */
  chunk(doc: number): Uint32Array {
    return this.chunks[this.chunkOf[doc]!]!;
  }

  start(doc: number): number {
    return this.startOf[doc]!;
  }

  termCount(doc: number): number {
    return this.termsOf[doc]!;
  }

  pairCount(doc: number): number {
    return this.pairsOf[doc]!;
  }

  /** The document's sorted pair hashes, as a view (no copy). */
  pairs(doc: number): Uint32Array {
    const from = this.startOf[doc]! + 2 * this.termsOf[doc]!;
    return this.chunk(doc).subarray(from, from + this.pairsOf[doc]!);
  }

  /** A new store with only the given documents, renumbered 0, 1, … in the order given. */
  compacted(docs: readonly number[]): ForwardStore {
    const store = new ForwardStore(this.sizes);
    for (const doc of docs) {
      const chunk = this.chunk(doc);
      const start = this.startOf[doc]!;
      const terms = this.termsOf[doc]!;
      const end = start + 2 * terms;
      store.append(chunk.subarray(start, start + terms), chunk.subarray(start + terms, end), chunk.subarray(end, end + this.pairsOf[doc]!));
    }
    return store;
  }

  /** Reserves `words` for the next document: sets its start, returns its chunk. */
  private place(words: number): number {
    const doc = this.count;
    if (words > this.sizes.chunkWords) {
      this.chunks.push(new Uint32Array(words));
      this.startOf[doc] = 0;
      return this.chunks.length - 1;
    }
    if (this.open < 0 || this.used + words > this.chunks[this.open]!.length) {
      const previous = this.open < 0 ? 0 : this.chunks[this.open]!.length;
      const length = Math.min(this.sizes.chunkWords, Math.max(this.sizes.firstChunkWords, 2 * previous, words));
      this.chunks.push(new Uint32Array(length));
      this.open = this.chunks.length - 1;
      this.used = 0;
    }
    this.startOf[doc] = this.used;
    this.used += words;
    return this.open;
  }

  private ensureDocuments(size: number): void {
    if (size <= this.chunkOf.length) return;
    const capacity = Math.max(size, this.chunkOf.length * 2);
    this.chunkOf = grow(this.chunkOf, capacity);
    this.startOf = grow(this.startOf, capacity);
    this.termsOf = grow(this.termsOf, capacity);
    this.pairsOf = grow(this.pairsOf, capacity);
  }
}
