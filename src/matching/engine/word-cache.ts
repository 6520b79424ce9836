// An open-addressing hash table numbering words (entries), probed with a slice of a text and a hash computed
// while scanning, so indexing looks up each word without first copying it out as a string.
// Indexing probes it once per word of every document, so its layout is about memory traffic: each slot holds the
// word's hash next to its entry number, and the words' characters sit in one flat array. A lookup touches one
// slot and one run of characters instead of chasing string objects (the profile showed those cache misses
// costing a quarter of the indexing time).

import { grow } from './postings.ts';

export const HASH_SEED = 0x811c9dc5;

/** FNV-1a step: hash = step(hash, charCode) for each character of the word. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619);
}

const INITIAL_SLOTS = 1 << 16;

/** Numbers each distinct word in the order it is first stored (its entry), for values kept elsewhere by entry. */
export class WordCache {
  private slots = new Int32Array(2 * INITIAL_SLOTS); // per slot: hash, entry index + 1 (0 = empty)
  private hashes = new Int32Array(1024);
  private starts = new Int32Array(1025); // entry i's characters are chars[starts[i], starts[i + 1])
  private chars = new Uint16Array(1 << 16);
  private count = 0;
  private words: string[] | null = null; // the entries as strings, built when asked for

  /** Words stored. */
  get size(): number {
    return this.count;
  }

  /** The entry of text[start, end), whose hash is `hash`, or undefined. */
  find(text: string, start: number, end: number, hash: number): number | undefined {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot + 1]!;
      if (entry === 0) return undefined;
      if (slots[2 * slot] === hash && this.sameWord(entry - 1, text, start, end)) return entry - 1;
    }
  }

  /** The words stored, in entry order (for typo correction against the words documents actually use). */
  entries(): readonly string[] {
    if (this.words === null) {
      const words: string[] = [];
      for (let i = 0; i < this.count; i += 1)
        words.push(String.fromCharCode(...this.chars.subarray(this.starts[i]!, this.starts[i + 1]!)));
      this.words = words;
    }
    return this.words;
  }

  /** Stores a word not stored yet; returns its entry (the number of words stored before it). */
  set(word: string, hash: number): number {
    if ((this.count + 1) * 2 > this.slots.length >> 1) this.resize();
    this.ensureRoom(word.length);
    const start = this.starts[this.count]!;
    for (let i = 0; i < word.length; i += 1) this.chars[start + i] = word.charCodeAt(i);
    this.starts[this.count + 1] = start + word.length;
    this.hashes[this.count] = hash;
    this.count += 1;
    this.words = null;
    this.place(hash, this.count);
    return this.count - 1;
  }

  /** Forgets every word; entries start from 0 again. */
  clear(): void {
    this.slots.fill(0);
    this.starts[0] = 0;
    this.count = 0;
    this.words = null;
  }

  private sameWord(entry: number, text: string, start: number, end: number): boolean {
    const from = this.starts[entry]!;
    if (this.starts[entry + 1]! - from !== end - start) return false;
    const chars = this.chars;
    for (let i = start; i < end; i += 1) if (chars[from + i - start] !== text.charCodeAt(i)) return false;
    return true;
  }

  private place(hash: number, entry: number): void {
    const mask = (this.slots.length >> 1) - 1;
    let slot = hash & mask;
    while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = entry;
  }

  private ensureRoom(wordLength: number): void {
    if (this.count + 2 > this.starts.length) {
      this.starts = grow(this.starts, this.starts.length * 2);
      this.hashes = grow(this.hashes, this.hashes.length * 2);
    }
    const needed = this.starts[this.count]! + wordLength;
    if (needed > this.chars.length) this.chars = grow(this.chars, Math.max(needed, this.chars.length * 2));
  }

  private resize(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let i = 0; i < this.count; i += 1) this.place(this.hashes[i]!, i + 1);
  }
}
