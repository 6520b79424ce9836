// The forward index: each document's term ids, packed field frequencies (title << 16 | body) and sorted word-pair
// hashes, for all documents in a few large chunks of 16-bit units. Three typed arrays per document cost about as
// much in object headers and array-buffer bookkeeping as in data; a chunk holds thousands of documents, and a
// document never spans two. A document is laid out as its pairs (32-bit, at an even unit so they can be read as a
// Uint32Array view), then its terms in increasing id order, each as the gap from the previous id and its packed
// frequencies, in one to three units each (see writeTerm): about 4 bytes a term instead of 8, the largest part of
// the index after the posting lists.
import { grow } from './postings.ts';

/** Units of the largest regular chunk (4 MB): a full chunk wastes at most one document's units at its end. */
const CHUNK_UNITS = 1 << 21;
/** Units of the first chunk; later ones double up to CHUNK_UNITS, so a small index stays small. */
const FIRST_CHUNK_UNITS = 1 << 13;
/** Most units a term can take: a gap of two units and packed frequencies of three. */
const MAX_TERM_UNITS = 5;
const HIGH_BIT = 0x8000;
const ESCAPE = 0xffff;

export interface ForwardStoreSizes {
  chunkUnits: number;
  firstChunkUnits: number;
}

export class ForwardStore {
  /** The terms and packed frequencies of the document last decoded (see decode). */
  decodedTerms = new Int32Array(256);
  decodedPacked = new Uint32Array(256);
  private chunks: Uint16Array[] = [];
  private open = -1; // the chunk being filled (documents larger than a chunk get one of their own)
  private used = 0; // units used in the open chunk
  private chunkOf = new Int32Array(64);
  private startOf = new Int32Array(64);
  private termsOf = new Int32Array(64);
  private pairsOf = new Int32Array(64);
  private count = 0;
  private readonly sizes: ForwardStoreSizes;

  constructor(sizes: Partial<ForwardStoreSizes> = {}) {
    this.sizes = { chunkUnits: CHUNK_UNITS, firstChunkUnits: FIRST_CHUNK_UNITS, ...sizes };
  }

  /** Documents stored, dead ones included until the owner compacts. */
  get size(): number {
    return this.count;
  }

  /** Bytes allocated, for measuring (used or not). */
  get allocatedBytes(): number {
    return this.chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  }

  /** Stores a document under the next number (returned); `packed` is parallel to `terms`, term ids are distinct. */
  append(terms: ArrayLike<number>, packed: ArrayLike<number>, pairs: ArrayLike<number>): number {
    const doc = this.count;
    this.ensureDocuments(doc + 1);
    const pairUnits = 2 * pairs.length;
    const chunkIndex = this.place(pairUnits + MAX_TERM_UNITS * terms.length);
    const chunk = this.chunks[chunkIndex]!;
    const start = this.startOf[doc]!;
    new Uint32Array(chunk.buffer, chunk.byteOffset + 2 * start, pairs.length).set(pairs);
    let at = start + pairUnits;
    const order = increasingOrder(terms);
    let previous = 0;
    for (let k = 0; k < terms.length; k += 1) {
      const i = order ? order[k]! : k;
      at = writeTerm(chunk, at, terms[i]! - previous, packed[i]!);
      previous = terms[i]!;
    }
    if (chunkIndex === this.open) this.used = at;
    this.chunkOf[doc] = chunkIndex;
    this.termsOf[doc] = terms.length;
    this.pairsOf[doc] = pairs.length;
    this.count += 1;
    return doc;
  }

  /** Decodes the document's terms (increasing ids) into decodedTerms and decodedPacked; returns how many. */
  decode(doc: number): number {
    const count = this.termsOf[doc]!;
    if (count > this.decodedTerms.length) {
      this.decodedTerms = new Int32Array(count);
      this.decodedPacked = new Uint32Array(count);
    }
    const { decodedTerms, decodedPacked } = this;
    const chunk = this.chunks[this.chunkOf[doc]!]!;
    let at = this.startOf[doc]! + 2 * this.pairsOf[doc]!;
    let term = 0;
    for (let i = 0; i < count; i += 1) {
      const gap = chunk[at++]!;
      term += gap < HIGH_BIT ? gap : ((gap & ~HIGH_BIT) << 16) | chunk[at++]!;
      decodedTerms[i] = term;
      const first = chunk[at++]!;
      if (first < HIGH_BIT) decodedPacked[i] = first;
      else if (first !== ESCAPE) decodedPacked[i] = (((first & ~HIGH_BIT) << 16) | chunk[at++]!) >>> 0;
      else {
        decodedPacked[i] = ((chunk[at]! << 16) | chunk[at + 1]!) >>> 0;
        at += 2;
      }
    }
    return count;
  }

  /** Which chunk holds the document, and each chunk's length in units: for measuring and tests. */
  chunkOfDocument(doc: number): number {
    return this.chunkOf[doc]!;
  }

  get chunkLengths(): number[] {
    return this.chunks.map((chunk) => chunk.length);
  }

  termCount(doc: number): number {
    return this.termsOf[doc]!;
  }

  /** The document's sorted pair hashes, as a view (no copy). */
  pairs(doc: number): Uint32Array {
    const chunk = this.chunks[this.chunkOf[doc]!]!;
    return new Uint32Array(chunk.buffer, chunk.byteOffset + 2 * this.startOf[doc]!, this.pairsOf[doc]!);
  }

  /** A new store with only the given documents, renumbered 0, 1, … in the order given. */
  compacted(docs: readonly number[]): ForwardStore {
    const store = new ForwardStore(this.sizes);
    for (const doc of docs) {
      const count = this.decode(doc);
      store.append(this.decodedTerms.subarray(0, count), this.decodedPacked.subarray(0, count), this.pairs(doc));
    }
    return store;
  }

  /** Reserves up to `units` (even) for the next document: sets its start, returns its chunk. */
  private place(units: number): number {
    const doc = this.count;
    if (units > this.sizes.chunkUnits) {
      this.chunks.push(new Uint16Array(units));
      this.startOf[doc] = 0;
      return this.chunks.length - 1;
    }
    const start = this.used + (this.used & 1); // pairs start at an even unit: 4-byte aligned
    if (this.open < 0 || start + units > this.chunks[this.open]!.length) {
      const previous = this.open < 0 ? 0 : this.chunks[this.open]!.length;
      const length = Math.min(this.sizes.chunkUnits, Math.max(this.sizes.firstChunkUnits, 2 * previous, units));
      this.chunks.push(new Uint16Array(length));
      this.open = this.chunks.length - 1;
      this.startOf[doc] = 0;
      return this.open;
    }
    this.startOf[doc] = start;
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

/**
 * Writes one term at `at`; returns the next free unit. The gap takes one unit below 2^15, else two (high bit set).
 * Packed frequencies take one unit for a body-only frequency below 2^15 (most terms), two for a title frequency
 * below 2^15 - 1 (high bit set), else three behind an escape unit.
 */
function writeTerm(chunk: Uint16Array, at: number, gap: number, packed: number): number {
  if (gap < HIGH_BIT) chunk[at++] = gap;
  else {
    chunk[at++] = HIGH_BIT | (gap >>> 16);
    chunk[at++] = gap & 0xffff;
  }
  const title = packed >>> 16;
  const body = packed & 0xffff;
  if (title === 0 && body < HIGH_BIT) chunk[at++] = body;
  else if (title < ESCAPE - HIGH_BIT) {
    chunk[at++] = HIGH_BIT | title;
    chunk[at++] = body;
  } else {
    chunk[at++] = ESCAPE;
    chunk[at++] = title;
    chunk[at++] = body;
  }
  return at;
}

/** Positions of `terms` by increasing value, or null when they are in order already (as the analyser gives them). */
function increasingOrder(terms: ArrayLike<number>): number[] | null {
  for (let i = 1; i < terms.length; i += 1) {
    if (terms[i]! < terms[i - 1]!)
      return Array.from({ length: terms.length }, (_, k) => k).sort((a, b) => terms[a]! - terms[b]!);
  }
  return null;
}
