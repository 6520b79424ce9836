// Inverted index with BM25F scoring (title and body fields), incremental add/remove and top-k by heap.
// Postings are typed arrays: a doc number and both field frequencies packed in one 32-bit word (1/8 steps),
// so length normalisation is applied at query time and stays right as the collection grows.
import { FREQUENCY_STEPS as STEPS } from './analysis.ts';
import type { TermDictionary } from './terms.ts';

// On a small catalogue every word may add candidates: the speed-up of skipping common words only matters at
// scale, and skipping them there would hide, say, the one English solution among fifty Dutch ones.
const ALWAYS_ADDING_DF = 1000;

/** A document as the index stores it: term ids with both field frequencies packed (title << 16 | body). */
export interface DocumentVector {
  termIds: Int32Array;
  packed: Uint32Array;
  titleLength: number;
  bodyLength: number;
  /** Sorted hashes of adjacent word pairs (see proximity.ts). */
  pairs: Uint32Array;
}
export interface Alternative { term: string; weight: number }
/** One query concept: a word with its alternatives (translations, typo corrections), scored as one term. */
export interface QueryGroup {
  weight: number;
  alternatives: Alternative[];
  /** The word as typed, when the group stands for one (typo correction works on words, not stems). */
  surface?: string | undefined;
}
export interface Hit { doc: number; score: number }
export interface SearchOutcome { hits: Hit[]; bound: number }
export interface RankingParams {
  k1: number;
  titleBoost: number;
  titleB: number;
  bodyB: number;
  /** Share of documents above which a query word only re-scores documents rarer words found. */
  commonShare: number;
}
interface WeightedList { list: PostingList; weight: number }
interface ResolvedGroup { weight: number; lists: WeightedList[]; df: number }

const MAX_PACKED = 0xffff;

class PostingList {
  docs = new Int32Array(4);
  packed = new Uint32Array(4);
  length = 0;
  df = 0; // live documents only

  push(doc: number, packed: number): void {
    if (this.length === this.docs.length) {
      this.docs = grow(this.docs, this.length * 2);
      this.packed = grow(this.packed, this.length * 2);
    }
    this.docs[this.length] = doc;
    this.packed[this.length] = packed;
    this.length += 1;
    this.df += 1;
  }
}

function grow<T extends Int32Array | Uint32Array | Float32Array | Uint8Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
}

export class InvertedIndex {
  private postings: (PostingList | undefined)[] = [];
  private forwardTerms: (Int32Array | null)[] = [];
  private forwardPacked: (Uint32Array | null)[] = [];
  private forwardPairs: (Uint32Array | null)[] = [];
  private readonly ids: string[] = [];
  private readonly docNumbers = new Map<string, number>();
  private titleLength = new Float32Array(1024);
  private bodyLength = new Float32Array(1024);
  private titleNorm = new Float32Array(1024);
  private bodyNorm = new Float32Array(1024);
  private alive = new Uint8Array(1024);
  private accumulator = new Float32Array(1024);
  private groupFrequency = new Float32Array(1024);
  private touched = new Uint8Array(1024);
  private liveCount = 0;
  private totalTitle = 0;
  private totalBody = 0;
  private normsStale = true;

  constructor(private readonly params: RankingParams, private readonly dictionary: TermDictionary) {}

  get size(): number {
    return this.liveCount;
  }

  has(id: string): boolean {
    return this.docNumbers.has(id);
  }

  idOf(doc: number): string {
    return this.ids[doc]!;
  }

  docOf(id: string): number | undefined {
    return this.docNumbers.get(id);
  }

  /** Adds or replaces a document. */
  add(id: string, vector: DocumentVector): void {
    this.remove(id);
    const doc = this.ids.length;
    this.ensureCapacity(doc + 1);
    this.ids.push(id);
    this.docNumbers.set(id, doc);
    for (let i = 0; i < vector.termIds.length; i += 1) this.postingList(vector.termIds[i]!).push(doc, vector.packed[i]!);
    this.forwardTerms[doc] = vector.termIds;
    this.forwardPacked[doc] = vector.packed;
    this.forwardPairs[doc] = vector.pairs;
    this.titleLength[doc] = vector.titleLength;
    this.bodyLength[doc] = vector.bodyLength;
    this.alive[doc] = 1;
    this.liveCount += 1;
    this.totalTitle += vector.titleLength;
    this.totalBody += vector.bodyLength;
    this.normsStale = true;
  }

  /** Tombstones the document; postings are compacted once many documents are dead. */
  remove(id: string): boolean {
    const doc = this.docNumbers.get(id);
    if (doc === undefined) return false;
    this.docNumbers.delete(id);
    for (const term of this.forwardTerms[doc]!) this.postings[term]!.df -= 1;
    this.forwardTerms[doc] = null;
    this.forwardPacked[doc] = null;
    this.forwardPairs[doc] = null;
    this.alive[doc] = 0;
    this.liveCount -= 1;
    this.totalTitle -= this.titleLength[doc]!;
    this.totalBody -= this.bodyLength[doc]!;
    this.normsStale = true;
    const dead = this.ids.length - this.liveCount;
    if (dead > 1000 && dead > this.liveCount / 3) this.compact();
    return true;
  }

  df(term: string): number {
    const id = this.dictionary.lookup(term);
    return id === undefined ? 0 : this.postings[id]?.df ?? 0;
  }

  idf(df: number): number {
    return Math.log(1 + (this.liveCount - df + 0.5) / (df + 0.5));
  }

  /** Terms occurring in at least one live document (for typo tolerance). */
  vocabulary(): string[] {
    return this.dictionary.all().filter((_, id) => (this.postings[id]?.df ?? 0) > 0);
  }

  /** Calls `visit` with each term id of a live document and its field-weighted frequency; used for feedback. */
  forEachTerm(doc: number, visit: (termId: number, frequency: number) => void): void {
    const terms = this.forwardTerms[doc];
    const packed = this.forwardPacked[doc];
    if (!terms || !packed) return;
    for (let i = 0; i < terms.length; i += 1) visit(terms[i]!, this.fieldFrequency(packed[i]!));
  }

  termName(termId: number): string {
    return this.dictionary.name(termId);
  }

  pairsOf(doc: number): Uint32Array {
    return this.forwardPairs[doc] ?? new Uint32Array(0);
  }

  termId(term: string): number | undefined {
    return this.dictionary.lookup(term);
  }

  idfOfTerm(termId: number): number {
    return this.idf(this.postings[termId]?.df ?? 0);
  }

  documentLength(doc: number): number {
    return this.params.titleBoost * this.titleLength[doc]! + this.bodyLength[doc]!;
  }

  /**
   * Scores documents sharing terms with the query; returns the best `limit` accepted ones.
   * Groups are scored rarest first; a common group (in more than `commonShare` of the documents) only adds to
   * documents a rarer group already found. A document with nothing but common words cannot reach the top when
   * rarer words match elsewhere, and skipping it keeps queries fast on large collections.
   */
  search(groups: readonly QueryGroup[], limit: number, accept?: (doc: number) => boolean): SearchOutcome {
    if (this.liveCount === 0 || limit <= 0) return { hits: [], bound: 0 };
    this.refreshNorms();
    const resolved = groups.map((group) => this.resolve(group)).filter((g): g is ResolvedGroup => g !== null);
    resolved.sort((a, b) => a.df - b.df);
    const touchedDocs: number[] = [];
    let bound = 0;
    for (const group of resolved) {
      const addsDocuments = touchedDocs.length === 0 || group.df <= Math.max(this.params.commonShare * this.liveCount, ALWAYS_ADDING_DF);
      const factor = group.weight * this.idf(group.df);
      if (group.lists.length === 1 && group.lists[0]!.weight === 1) {
        this.accumulateSingle(group.lists[0]!.list, factor, touchedDocs, addsDocuments);
      } else {
        this.accumulateGroup(group.lists, factor, touchedDocs, addsDocuments);
      }
      bound += factor * (this.params.k1 + 1);
    }
    const hits = this.topK(touchedDocs, limit, accept);
    for (const doc of touchedDocs) {
      this.accumulator[doc] = 0;
      this.touched[doc] = 0;
    }
    return { hits, bound };
  }

  /** The group's posting lists; its df is the weighted mean of its alternatives' (probabilistic structured query). */
  private resolve(group: QueryGroup): ResolvedGroup | null {
    const lists: WeightedList[] = [];
    for (const alternative of group.alternatives) {
      const id = this.dictionary.lookup(alternative.term);
      const list = id === undefined ? undefined : this.postings[id];
      if (list && list.df > 0 && alternative.weight > 0) lists.push({ list, weight: alternative.weight });
    }
    if (lists.length === 0) return null;
    const total = lists.reduce((sum, l) => sum + l.weight, 0);
    const df = lists.reduce((sum, l) => sum + (l.weight / total) * l.list.df, 0);
    return { weight: group.weight, lists, df };
  }

  private accumulateSingle(list: PostingList, factor: number, touchedDocs: number[], addsDocuments: boolean): void {
    const { docs, packed, length } = list;
    const k1 = this.params.k1;
    for (let i = 0; i < length; i += 1) {
      const doc = docs[i]!;
      if (this.touched[doc] === 0) {
        if (!addsDocuments) continue;
        this.touched[doc] = 1;
        touchedDocs.push(doc);
      }
      const p = packed[i]!;
      const tf = (p >>> 16) * this.titleNorm[doc]! + (p & MAX_PACKED) * this.bodyNorm[doc]!;
      this.accumulator[doc]! += (factor * tf * (k1 + 1)) / (tf + k1);
    }
  }

  private accumulateGroup(lists: WeightedList[], factor: number, touchedDocs: number[], addsDocuments: boolean): void {
    const groupDocs: number[] = [];
    for (const { list, weight } of lists) {
      const { docs, packed, length } = list;
      for (let i = 0; i < length; i += 1) {
        const doc = docs[i]!;
        if (!addsDocuments && this.touched[doc] === 0) continue;
        const p = packed[i]!;
        if (this.groupFrequency[doc] === 0) groupDocs.push(doc);
        this.groupFrequency[doc]! += weight * ((p >>> 16) * this.titleNorm[doc]! + (p & MAX_PACKED) * this.bodyNorm[doc]!);
      }
    }
    const k1 = this.params.k1;
    for (const doc of groupDocs) {
      const tf = this.groupFrequency[doc]!;
      this.groupFrequency[doc] = 0;
      this.accumulator[doc]! += (factor * tf * (k1 + 1)) / (tf + k1);
      if (this.touched[doc] === 0) {
        this.touched[doc] = 1;
        touchedDocs.push(doc);
      }
    }
  }

  private topK(candidates: number[], limit: number, accept?: (doc: number) => boolean): Hit[] {
    const heap = new MinHeap(limit);
    for (const doc of candidates) {
      const score = this.accumulator[doc]!;
      if (score <= heap.floor() || this.alive[doc] === 0 || (accept && !accept(doc))) continue;
      heap.offer(doc, score);
    }
    return heap.sorted();
  }

  private fieldFrequency(packed: number): number {
    return (this.params.titleBoost * (packed >>> 16) + (packed & MAX_PACKED)) / STEPS;
  }

  /** BM25F per-field length normalisation, folded with the title boost and the 1/8 quantisation step. */
  private refreshNorms(): void {
    if (!this.normsStale) return;
    const { titleB, bodyB, titleBoost } = this.params;
    const averageTitle = Math.max(1e-6, this.totalTitle / Math.max(1, this.liveCount));
    const averageBody = Math.max(1e-6, this.totalBody / Math.max(1, this.liveCount));
    for (let doc = 0; doc < this.ids.length; doc += 1) {
      this.titleNorm[doc] = titleBoost / STEPS / (1 - titleB + (titleB * this.titleLength[doc]!) / averageTitle);
      this.bodyNorm[doc] = 1 / STEPS / (1 - bodyB + (bodyB * this.bodyLength[doc]!) / averageBody);
    }
    this.normsStale = false;
  }

  private postingList(term: number): PostingList {
    let list = this.postings[term];
    if (!list) {
      list = new PostingList();
      this.postings[term] = list;
    }
    return list;
  }

  private ensureCapacity(size: number): void {
    if (size <= this.alive.length) return;
    const capacity = Math.max(size, this.alive.length * 2);
    this.titleLength = grow(this.titleLength, capacity);
    this.bodyLength = grow(this.bodyLength, capacity);
    this.titleNorm = grow(this.titleNorm, capacity);
    this.bodyNorm = grow(this.bodyNorm, capacity);
    this.alive = grow(this.alive, capacity);
    this.accumulator = grow(this.accumulator, capacity);
    this.groupFrequency = grow(this.groupFrequency, capacity);
    this.touched = grow(this.touched, capacity);
  }

  /** Renumbers live documents and rebuilds postings without the dead ones. */
  private compact(): void {
    const live = this.ids.map((id, doc) => ({ id, doc })).filter(({ doc }) => this.alive[doc] === 1);
    const forwardTerms = live.map(({ doc }) => this.forwardTerms[doc]!);
    const forwardPacked = live.map(({ doc }) => this.forwardPacked[doc]!);
    const forwardPairs = live.map(({ doc }) => this.forwardPairs[doc]!);
    const titleLength = live.map(({ doc }) => this.titleLength[doc]!);
    const bodyLength = live.map(({ doc }) => this.bodyLength[doc]!);
    this.postings = [];
    this.ids.length = 0;
    this.docNumbers.clear();
    this.alive.fill(0);
    live.forEach(({ id }, doc) => {
      this.ids.push(id);
      this.docNumbers.set(id, doc);
      this.alive[doc] = 1;
      this.titleLength[doc] = titleLength[doc]!;
      this.bodyLength[doc] = bodyLength[doc]!;
      const terms = forwardTerms[doc]!;
      const packed = forwardPacked[doc]!;
      for (let i = 0; i < terms.length; i += 1) this.postingList(terms[i]!).push(doc, packed[i]!);
    });
    this.forwardTerms = forwardTerms;
    this.forwardPacked = forwardPacked;
    this.forwardPairs = forwardPairs;
    this.normsStale = true;
  }
}

/** Fixed-size min-heap keeping the best scores seen. */
class MinHeap {
  private readonly docs: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly capacity: number) {}

  floor(): number {
    return this.docs.length < this.capacity ? -Infinity : this.scores[0]!;
  }

  offer(doc: number, score: number): void {
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

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.scores[parent]! <= this.scores[i]!) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < this.docs.length && this.scores[left]! < this.scores[smallest]!) smallest = left;
      if (right < this.docs.length && this.scores[right]! < this.scores[smallest]!) smallest = right;
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
