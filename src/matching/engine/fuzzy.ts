// Typo tolerance for search: an unknown query word is matched to indexed terms a small edit away.

/** Edits allowed for a word of this length: short words must be exact, or everything matches everything. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transposition), or max+1 once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, previousPrevious[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

export interface Correction {
  term: string;
  distance: number;
}

/** Closest vocabulary terms within the allowed edits, nearest first (at most `limit`). */
export function corrections(word: string, vocabulary: readonly string[], limit = 3): Correction[] {
  const max = allowedEdits(word.length);
  if (max === 0) return [];
  const found: Correction[] = [];
  for (const term of vocabulary) {
    if (term.startsWith('#') || Math.abs(term.length - word.length) > max) continue;
    const distance = editDistance(word, term, max);
    if (distance <= max) found.push({ term, distance });
  }
  return found.sort((a, b) => a.distance - b.distance || a.term.localeCompare(b.term)).slice(0, limit);
}

/**
 * The words documents use, each with the index terms it stands for, grouped by length: a correction only compares
 * words at most the allowed edits longer or shorter, and skips those whose letters differ too much to be that near
 * (an edit changes which letters a word has by at most two), instead of aligning the whole vocabulary of every language.
 */
export class CorrectionVocabulary {
  private readonly byLength = new Map<number, { words: string[]; letters: number[] }>();

  constructor(private readonly terms: ReadonlyMap<string, readonly number[]>) {
    for (const word of terms.keys()) {
      const bucket = this.byLength.get(word.length) ?? { words: [], letters: [] };
      bucket.words.push(word);
      bucket.letters.push(letterSet(word));
      this.byLength.set(word.length, bucket);
    }
  }

  /** The nearest words (at most `limit`) with the term ids each is indexed under. */
  corrections(word: string, limit = 3): { termIds: readonly number[]; distance: number }[] {
    const max = allowedEdits(word.length);
    const letters = letterSet(word);
    const candidates: string[] = [];
    for (let length = word.length - max; length <= word.length + max; length += 1) {
      const bucket = this.byLength.get(length);
      bucket?.words.forEach((candidate, i) => {
        if (bitCount(bucket.letters[i]! ^ letters) <= 2 * max) candidates.push(candidate);
      });
    }
    return corrections(word, candidates, limit).map((c) => ({
      termIds: this.terms.get(c.term)!,
      distance: c.distance,
    }));
  }
}

/** Which letters a word has, folded into 32 bits (a lower bound on edits needs no more). */
function letterSet(word: string): number {
  let set = 0;
  for (let i = 0; i < word.length; i += 1) set |= 1 << (word.charCodeAt(i) % 32);
  return set;
}

function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
