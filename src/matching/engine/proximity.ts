// Proximity: words of the query that stand side by side in a document ("cultural heritage", "public procurement")
// are stronger evidence than the same words scattered. Documents keep a sorted set of hashed word pairs.

/** Content words at most this far apart (one stop word between) form a pair: "cultural and creative". */
const MAX_GAP = 2;

export function pairHash(first: number, second: number): number {
  return (Math.imul(first + 1, 0x9e3779b1) ^ (second + 1)) >>> 0;
}

/** Sorted, distinct pair hashes of one field's content words (term ids with their word positions). */
export function documentPairs(termIds: readonly number[], positions: readonly number[]): Uint32Array {
  const hashes = new Uint32Array(Math.max(0, termIds.length - 1));
  let count = 0;
  for (let i = 0; i + 1 < termIds.length; i += 1) {
    if (positions[i + 1]! - positions[i]! <= MAX_GAP) hashes[count++] = pairHash(termIds[i]!, termIds[i + 1]!);
  }
  return distinctSorted(hashes.subarray(0, count));
}

export function mergePairs(a: Uint32Array, b: Uint32Array): Uint32Array {
  const both = new Uint32Array(a.length + b.length);
  both.set(a);
  both.set(b, a.length);
  return distinctSorted(both);
}

function distinctSorted(hashes: Uint32Array): Uint32Array {
  hashes.sort();
  let count = 0;
  for (let i = 0; i < hashes.length; i += 1) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[count++] = hashes[i]!;
  return hashes.slice(0, count);
}

export interface QueryPair {
  hash: number;
  weight: number;
}

/** Pairs of adjacent query words, each weighted by the mean idf of its words. */
export function queryPairs(
  stems: readonly { termId: number | undefined; position: number }[],
  idf: (termId: number) => number,
): QueryPair[] {
  const pairs: QueryPair[] = [];
  for (let i = 0; i + 1 < stems.length; i += 1) {
    const [a, b] = [stems[i]!, stems[i + 1]!];
    if (a.termId === undefined || b.termId === undefined || b.position - a.position > MAX_GAP) continue;
    pairs.push({ hash: pairHash(a.termId, b.termId), weight: (idf(a.termId) + idf(b.termId)) / 2 });
  }
  return pairs;
}

/** Summed weight of the query pairs the document contains (binary search in its sorted pairs). */
export function proximityScore(documentPairSet: Uint32Array, pairs: readonly QueryPair[]): number {
  let score = 0;
  for (const pair of pairs) if (contains(documentPairSet, pair.hash)) score += pair.weight;
  return score;
}

function contains(sorted: Uint32Array, value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const item = sorted[middle]!;
    if (item === value) return true;
    if (item < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
