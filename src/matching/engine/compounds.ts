// Dutch compound splitting, so "ouderenzorg" meets "zorg voor ouderen" and "afstandsonderwijs" "onderwijs op afstand".
import { stem } from './text.ts';

const MIN_COMPOUND = 7;
// Longer "words" are no compounds (the longest Dutch ones stay well under this); splitting them costs
// time growing with the square of their length, which a request of one 10,000-letter word would buy.
const MAX_COMPOUND = 60;
const MIN_PART = 4;
// Derivational suffixes are not parts: eenzaam-heid is one word, not "eenzaam" + "heid".
const SUFFIXES = new Set([
  'heid',
  'heden',
  'ingen',
  'lijk',
  'lijke',
  'schap',
  'baar',
  'bare',
  'achtig',
  'isme',
  'iteit',
  'tjes',
  'pjes',
]);
// Linking sounds between parts: afstand-s-onderwijs, boek-en-kast, gemeente-n-huis is covered by the plural "en".
const LINKS = ['', 's', 'en', 'e', 'n'];

export class CompoundSplitter {
  private readonly known: ReadonlySet<string>;
  private readonly knownStems: ReadonlySet<string>;
  private readonly cache = new Map<string, string[] | null>();

  /** words: known Dutch words, lower-case without diacritics. */
  constructor(words: Iterable<string>) {
    const list = [...words].filter((w) => w.length >= MIN_PART);
    this.known = new Set(list);
    this.knownStems = new Set(list.map((w) => stem(w, 'nl')));
  }

  /** The parts of a compound (as written, linking sounds dropped), or null when the word is not one. */
  split(word: string): string[] | null {
    if (word.length < MIN_COMPOUND || word.length > MAX_COMPOUND || this.known.size === 0) return null;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const parts = this.bestSplit(word, 0);
    const result = parts && parts.length > 1 ? parts : null;
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }

  /** Fewest parts wins (a known word is still split); among equals the longest first part. */
  private bestSplit(word: string, depth: number): string[] | null {
    if (depth > 0 && this.isWord(word)) return [word];
    if (depth >= 3) return null;
    let best: string[] | null = null;
    for (let end = word.length - MIN_PART; end >= MIN_PART; end -= 1) {
      const head = word.slice(0, end);
      // Heads must be words as such; only the last part may be inflected (ouderenzorg-en).
      if (!this.known.has(head)) continue;
      for (const link of LINKS) {
        if (!word.startsWith(link, end)) continue;
        const tail = word.slice(end + link.length);
        if (tail.length < MIN_PART) continue;
        const rest = this.bestSplit(tail, depth + 1);
        if (rest && (!best || rest.length + 1 < best.length)) best = [head, ...rest];
      }
    }
    return best;
  }

  private isWord(part: string): boolean {
    return (
      part.length >= MIN_PART &&
      !SUFFIXES.has(part) &&
      (this.known.has(part) || (part.length >= 5 && this.knownStems.has(stem(part, 'nl'))))
    );
  }
}
