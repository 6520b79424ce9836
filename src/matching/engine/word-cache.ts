// An open-addressing hash table from words to values that is probed with a slice of a text and a hash computed
// while scanning, so indexing looks up each word without first copying it out as a string.

const EMPTY = 0;
export const HASH_SEED = 0x811c9dc5;

/** FNV-1a step: hash = step(hash, charCode) for each character of the word. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619);
}

export class WordCache<T> {
  private slots = new Int32Array(1 << 16); // entry index + 1; 0 = empty
  private hashes: number[] = [];
  private words: string[] = [];
  private values: T[] = [];

  constructor(private readonly limit: number) {}

  /** The value stored for text[start, end), whose hash is `hash`, or undefined. */
  find(text: string, start: number, end: number, hash: number): T | undefined {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === EMPTY) return undefined;
      if (this.hashes[entry - 1] === hash && this.sameWord(this.words[entry - 1]!, text, start, end)) return this.values[entry - 1];
    }
  }

  /** The words stored (for typo correction against the words documents actually use). */
  entries(): readonly string[] {
    return this.words;
  }

  valueAt(index: number): T {
    return this.values[index]!;
  }

  set(word: string, hash: number, value: T): void {
    if (this.words.length >= this.limit) this.clear();
    if ((this.words.length + 1) * 2 > this.slots.length) this.resize();
    this.words.push(word);
    this.hashes.push(hash);
    this.values.push(value);
    this.place(hash, this.words.length);
  }

  private sameWord(word: string, text: string, start: number, end: number): boolean {
    if (word.length !== end - start) return false;
    for (let i = 0; i < word.length; i += 1) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
    return true;
  }

  private place(hash: number, entry: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }

  private resize(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.hashes.forEach((hash, i) => this.place(hash, i + 1));
  }

  private clear(): void {
    this.slots.fill(EMPTY);
    this.hashes = [];
    this.words = [];
    this.values = [];
  }
}
