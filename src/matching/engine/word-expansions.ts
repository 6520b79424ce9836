// The analyser's word cache with its values flat: per word, the term id it is indexed under and its index terms
// (ids with weights), all words' terms in two shared pools. One object and two small typed arrays per word cost
// several hundred bytes each (tens of megabytes for a large vocabulary), the pools eight bytes per term.
import { grow } from './postings.ts';
import { WordCache } from './word-cache.ts';

/** A word's index terms as the analyser computes them: main is -1 for a word with no terms (stop words). */
export interface WordTerms {
  main: number;
  ids: readonly number[];
  weights: readonly number[];
}

export class WordExpansions {
  private readonly words = new WordCache();
  /** Per entry: the term id the word is indexed under (-1: none). */
  mains = new Int32Array(1024);
  /** Entry e's terms are ids[starts[e], starts[e + 1]) with weights at the same positions. */
  starts = new Int32Array(1025);
  ids = new Int32Array(1024);
  weights = new Float32Array(1024);

  /** Forgets every word once `limit` are stored, so a long-lived analyser stays bounded. */
  constructor(private readonly limit: number) {}

  /** The entry of text[start, end) (whose hash is `hash`), or undefined. */
  find(text: string, start: number, end: number, hash: number): number | undefined {
    return this.words.find(text, start, end, hash);
  }

  /** Stores the word's terms; returns its entry. */
  set(word: string, hash: number, terms: WordTerms): number {
    if (this.words.size >= this.limit) this.words.clear();
    const entry = this.words.set(word, hash);
    const from = this.starts[entry]!;
    const to = from + terms.ids.length;
    this.ensureRoom(entry + 1, to);
    this.mains[entry] = terms.main;
    this.ids.set(terms.ids, from);
    this.weights.set(terms.weights, from);
    this.starts[entry + 1] = to;
    return entry;
  }

  /** The words stored, in entry order (for typo correction against the words documents use). */
  entries(): readonly string[] {
    return this.words.entries();
  }

  private ensureRoom(entries: number, terms: number): void {
    if (entries > this.mains.length) {
      this.mains = grow(this.mains, 2 * this.mains.length);
      this.starts = grow(this.starts, this.mains.length + 1);
    }
    if (terms > this.ids.length) {
      const capacity = Math.max(terms, 2 * this.ids.length);
      this.ids = grow(this.ids, capacity);
      this.weights = grow(this.weights, capacity);
    }
  }
}
