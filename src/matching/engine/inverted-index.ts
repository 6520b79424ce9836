// Inverted index with BM25F scoring (title and body fields), incremental add/remove and exact top-k with early
// termination.
// Postings are typed arrays: a doc number and both field frequencies packed in one 32-bit word (1/8 steps),
// so length normalisation is applied at query time and stays right as the collection grows.
import { FREQUENCY_STEPS } from './analysis.ts';
import { appendDocuments, grow, MAX_PACKED, type PostingList } from './postings.ts';
import { QueryScorer, type Norms, type ScoredGroup } from './max-score.ts';
import { ForwardScorer, type TermGroup } from './forward-scoring.ts';
import { ForwardStore } from './forward-store.ts';
import type { TermDictionary } from './terms.ts';
import type { DocumentVector, Hit, QueryGroup } from './types.ts';

export interface DocumentTerms {
  termIds: Int32Array;
  packed: Uint32Array;
  titleNorm: number;
  bodyNorm: number;
  titleLength: number;
  bodyLength: number;
}
export interface SearchOutcome {
  hits: Hit[];
  bound: number;
}
export interface RankingParams {
  k1: number;
  titleBoost: number;
  titleB: number;
  bodyB: number;
  /** How early termination finds candidates in a list (see max-score.ts); the default suits every size. */
  candidateScanRatio?: number;
}

interface WeightedList {
  list: PostingList;
  weight: number;
  termId: number;
}
interface ResolvedGroup extends ScoredGroup {
  df: number;
  lists: WeightedList[];
}

function termGroup(group: ResolvedGroup): TermGroup {
  const plain = group.lists.length === 1 && group.lists[0]!.weight === 1;
  return { alternatives: group.lists.map(({ termId, weight }) => ({ termId, weight })), factor: group.factor, plain };
}

export class InvertedIndex {
  private postings: (PostingList | undefined)[] = [];
  private forward = new ForwardStore(); // documents' terms, packed frequencies and pairs; dead ones until compact
  private readonly ids: string[] = [];
  private readonly docNumbers = new Map<string, number>();
  private titleLength = new Float32Array(1024);
  private bodyLength = new Float32Array(1024);
  private titleNorm = new Float32Array(1024);
  private bodyNorm = new Float32Array(1024);
  private alive = new Uint8Array(1024);
  private liveCount = 0;
  private totalTitle = 0;
  private totalBody = 0;
  private normsStale = true;
  private normsVersion = 0;
  // Added documents not yet in the posting lists: all of a bulk load are posted in one batch (see appendDocuments).
  private unposted: number[] = [];
  private readonly scorer: QueryScorer;
  private readonly forwardScorer: ForwardScorer;

  constructor(
    private readonly params: RankingParams,
    private readonly dictionary: TermDictionary,
  ) {
    this.scorer = new QueryScorer(params.k1, params.candidateScanRatio);
    this.forwardScorer = new ForwardScorer(params.k1);
  }

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
    this.unposted.push(doc);
    this.forward.append(vector.termIds, vector.packed, vector.pairs);
    this.titleLength[doc] = vector.titleLength;
    this.bodyLength[doc] = vector.bodyLength;
    this.alive[doc] = 1;
    this.liveCount += 1;
    this.totalTitle += vector.titleLength;
    this.totalBody += vector.bodyLength;
    this.normsStale = true;
  }

  /**
   * Does deferred work now (unposted documents, length norms, each list's largest frequency), e.g. after a bulk
   * load, instead of in the queries that would otherwise meet it first.
   */
  settle(): void {
    const postings = this.lists();
    this.refreshNorms();
    for (const list of postings) if (list) this.ceilingFrequency(list);
  }

  /** Tombstones the document; postings are compacted once many documents are dead. */
  remove(id: string): boolean {
    const doc = this.docNumbers.get(id);
    if (doc === undefined) return false;
    this.docNumbers.delete(id);
    const postings = this.lists();
    const count = this.forward.decode(doc);
    for (let i = 0; i < count; i += 1) postings[this.forward.decodedTerms[i]!]!.df -= 1;
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
    return id === undefined ? 0 : (this.lists()[id]?.df ?? 0);
  }

  idf(df: number): number {
    return Math.log(1 + (this.liveCount - df + 0.5) / (df + 0.5));
  }

  /** Terms occurring in at least one live document (for typo tolerance). */
  vocabulary(): string[] {
    const postings = this.lists();
    return this.dictionary.all().filter((_, id) => (postings[id]?.df ?? 0) > 0);
  }

  /** Calls `visit` with each term id of a live document and its field-weighted frequency; used for feedback. */
  forEachTerm(doc: number, visit: (termId: number, frequency: number) => void): void {
    if (this.alive[doc] !== 1) return;
    const count = this.forward.decode(doc);
    const { decodedTerms, decodedPacked } = this.forward;
    for (let i = 0; i < count; i += 1) visit(decodedTerms[i]!, this.fieldFrequency(decodedPacked[i]!));
  }

  termName(termId: number): string {
    return this.dictionary.name(termId);
  }

  pairsOf(doc: number): Uint32Array {
    return this.alive[doc] === 1 ? this.forward.pairs(doc) : new Uint32Array(0);
  }

  termId(term: string): number | undefined {
    return this.dictionary.lookup(term);
  }

  idfOfTerm(termId: number): number {
    return this.idf(this.lists()[termId]?.df ?? 0);
  }

  /** The query groups as search scores them (factor = weight × idf, alternatives by term id), for re-ranking. */
  scoredGroups(groups: readonly QueryGroup[]): TermGroup[] {
    if (this.liveCount === 0) return [];
    this.refreshNorms();
    return groups
      .map((group) => this.resolve(group))
      .filter((g): g is ResolvedGroup => g !== null)
      .map(termGroup);
  }

  /**
   * A live document's terms (increasing ids) and packed field frequencies (title << 16 | body, in 1/8 steps), as
   * views valid until the next decode; with its BM25F length norms of both fields (as in scoring) and its lengths.
   */
  documentTerms(doc: number): DocumentTerms {
    this.refreshNorms();
    const count = this.forward.decode(doc);
    return {
      termIds: this.forward.decodedTerms.subarray(0, count),
      packed: this.forward.decodedPacked.subarray(0, count),
      titleNorm: this.titleNorm[doc]!,
      bodyNorm: this.bodyNorm[doc]!,
      titleLength: this.titleLength[doc]!,
      bodyLength: this.bodyLength[doc]!,
    };
  }

  documentLength(doc: number): number {
    return this.params.titleBoost * this.titleLength[doc]! + this.bodyLength[doc]!;
  }

  /**
   * Scores documents sharing terms with the query; returns the best `limit` accepted ones, exactly (early
   * termination only skips work that cannot change them, see max-score.ts). `exhaustive` scores every posting.
   */
  search(
    groups: readonly QueryGroup[],
    limit: number,
    accept?: (doc: number) => boolean,
    exhaustive = false,
  ): SearchOutcome {
    return this.scoreWith(groups, (resolved, norms) => this.scorer.topK(resolved, limit, norms, accept, exhaustive));
  }

  /**
   * As search, over the given documents only (hits of an earlier search, hence accepted and live), scored from
   * their own term lists (see forward-scoring.ts).
   */
  searchAmong(groups: readonly QueryGroup[], limit: number, among: readonly Hit[]): SearchOutcome {
    const docs = Int32Array.from(among, (hit) => hit.doc);
    return this.scoreWith(groups, (resolved, norms) =>
      this.forwardScorer.topK(resolved.map(termGroup), limit, norms, docs, this.forward, this.dictionary.size),
    );
  }

  private scoreWith(
    groups: readonly QueryGroup[],
    score: (resolved: ResolvedGroup[], norms: Norms) => Hit[],
  ): SearchOutcome {
    if (this.liveCount === 0) return { hits: [], bound: 0 };
    this.refreshNorms();
    const resolved = groups.map((group) => this.resolve(group)).filter((g): g is ResolvedGroup => g !== null);
    const bound = resolved.reduce((sum, g) => sum + g.factor * (this.params.k1 + 1), 0);
    resolved.sort((a, b) => b.ceiling - a.ceiling || a.df - b.df);
    const norms = { titleNorm: this.titleNorm, bodyNorm: this.bodyNorm, alive: this.alive };
    return { hits: score(resolved, norms), bound };
  }

  /**
   * The group's posting lists; its df is the weighted mean of its alternatives' (probabilistic structured query).
   * Groups without positive weight are left out: scores must only grow as groups are added (see max-score.ts).
   */
  private resolve(group: QueryGroup): ResolvedGroup | null {
    if (!(group.weight > 0)) return null;
    const lists: WeightedList[] = [];
    for (const alternative of group.alternatives) {
      const id = this.dictionary.lookup(alternative.term);
      const list = id === undefined ? undefined : this.lists()[id];
      if (list && list.df > 0 && alternative.weight > 0) lists.push({ list, weight: alternative.weight, termId: id! });
    }
    if (lists.length === 0) return null;
    const total = lists.reduce((sum, l) => sum + l.weight, 0);
    const df = lists.reduce((sum, l) => sum + (l.weight / total) * l.list.df, 0);
    const factor = group.weight * this.idf(df);
    const k1 = this.params.k1;
    const frequency = lists.reduce((sum, l) => sum + l.weight * this.ceilingFrequency(l.list), 0);
    return { lists, df, factor, ceiling: (factor * frequency * (k1 + 1)) / (frequency + k1) };
  }

  /** The largest normalised frequency in a list, kept until the norms change. */
  private ceilingFrequency(list: PostingList): number {
    if (list.ceilingVersion === this.normsVersion) return list.ceilingFrequency;
    const { docs, packed, length } = list;
    let ceiling = 0;
    for (let i = 0; i < length; i += 1) {
      const doc = docs[i]!;
      const p = packed[i]!;
      ceiling = Math.max(ceiling, (p >>> 16) * this.titleNorm[doc]! + (p & MAX_PACKED) * this.bodyNorm[doc]!);
    }
    list.ceilingFrequency = ceiling;
    list.ceilingVersion = this.normsVersion;
    return ceiling;
  }

  private fieldFrequency(packed: number): number {
    return (this.params.titleBoost * (packed >>> 16) + (packed & MAX_PACKED)) / FREQUENCY_STEPS;
  }

  /** BM25F per-field length normalisation, folded with the title boost and the 1/8 quantisation step. */
  private refreshNorms(): void {
    if (!this.normsStale) return;
    const { titleB, bodyB, titleBoost } = this.params;
    const averageTitle = Math.max(1e-6, this.totalTitle / Math.max(1, this.liveCount));
    const averageBody = Math.max(1e-6, this.totalBody / Math.max(1, this.liveCount));
    for (let doc = 0; doc < this.ids.length; doc += 1) {
      this.titleNorm[doc] =
        titleBoost / FREQUENCY_STEPS / (1 - titleB + (titleB * this.titleLength[doc]!) / averageTitle);
      this.bodyNorm[doc] = 1 / FREQUENCY_STEPS / (1 - bodyB + (bodyB * this.bodyLength[doc]!) / averageBody);
    }
    this.normsStale = false;
    this.normsVersion += 1;
  }

  /** The posting lists, with every added document in them. */
  private lists(): (PostingList | undefined)[] {
    if (this.unposted.length > 0) this.post();
    return this.postings;
  }

  private post(): void {
    appendDocuments(this.postings, this.unposted, this.forward);
    this.unposted = [];
  }

  private ensureCapacity(size: number): void {
    if (size <= this.alive.length) return;
    const capacity = Math.max(size, this.alive.length * 2);
    this.titleLength = grow(this.titleLength, capacity);
    this.bodyLength = grow(this.bodyLength, capacity);
    this.titleNorm = grow(this.titleNorm, capacity);
    this.bodyNorm = grow(this.bodyNorm, capacity);
    this.alive = grow(this.alive, capacity);
  }

  /** Renumbers live documents and rebuilds postings without the dead ones. */
  private compact(): void {
    const live = this.ids.map((id, doc) => ({ id, doc })).filter(({ doc }) => this.alive[doc] === 1);
    const forward = this.forward.compacted(live.map(({ doc }) => doc));
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
    });
    this.forward = forward;
    this.unposted = live.map((_, doc) => doc);
    this.post();
    this.normsStale = true;
  }
}
