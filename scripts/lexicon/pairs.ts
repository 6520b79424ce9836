// Word pairs as the lexicon builder collects them: source word → target word → weight (0–1).
import { foldDiacritics, normalise, isStopWord, type Language } from '../../src/matching/engine/text.ts';

export type Pairs = Map<string, Map<string, number>>;
const MAX_CANDIDATES = 8;

export function addPair(pairs: Pairs, source: string, target: string, weight: number): void {
  if (!source || !target) return;
  const targets = pairs.get(source) ?? new Map<string, number>();
  targets.set(target, Math.max(targets.get(target) ?? 0, weight));
  pairs.set(source, targets);
}

export function clean(word: string): string {
  return foldDiacritics(normalise(word)).replace(/[‐-]/g, '-').trim();
}

/** Single content words of a phrase; empty when it is only stop words. */
export function contentWords(phrase: string, language: Language): string[] {
  return (clean(phrase).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1 && !isStopWord(w, language));
}

/** Near-identical spelling (school/school, spion/spy is not): a cognate is very likely a right translation. */
export function isCognate(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let prefix = 0;
  while (prefix < a.length && a[prefix] === b[prefix]) prefix += 1;
  return prefix >= Math.max(a.length, b.length) - 2;
}

/** Pairs both directions agree on (or cognates) keep full weight; pairs only one lists are damped. */
export function combineDirections(forward: Pairs, backward: Pairs): Pairs {
  const combined: Pairs = new Map();
  for (const source of new Set([...forward.keys(), ...backward.keys()])) {
    const f = forward.get(source) ?? new Map<string, number>();
    const b = backward.get(source) ?? new Map<string, number>();
    for (const target of new Set([...f.keys(), ...b.keys()])) {
      const confirmed = (f.has(target) && b.has(target)) || isCognate(source, target);
      addPair(combined, source, target, confirmed ? 1 : 0.7 * Math.max(f.get(target) ?? 0, b.get(target) ?? 0));
    }
  }
  return combined;
}

/**
 * Source → pivot → target at half weight: for every word, or (`onlyMissing`) for words the direct pairs lack.
 * A pair already there keeps its better weight.
 */
export function composeThrough(toPivot: Pairs, pivotToTarget: Pairs, into: Pairs, onlyMissing = true): void {
  for (const [source, pivots] of toPivot) {
    if (onlyMissing && into.has(source)) continue;
    for (const [pivot, w1] of pivots) {
      for (const [target, w2] of pivotToTarget.get(pivot) ?? []) addPair(into, source, target, 0.5 * w1 * w2);
    }
  }
}

/** Adds every pair of `from` to `into` (the better weight wins). */
export function mergeInto(into: Pairs, from: Pairs): void {
  for (const [source, targets] of from) for (const [target, weight] of targets) addPair(into, source, target, weight);
}

export function compact(pairs: Pairs): Record<string, [string, number][]> {
  const out: Record<string, [string, number][]> = {};
  for (const source of [...pairs.keys()].sort()) {
    const ranked = [...pairs.get(source)!].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES);
    out[source] = ranked.map(([t, w]) => [t, Math.round(w * 100) / 100]);
  }
  return out;
}

/** Known words of a language for the engine's word lists: letters only, three or more. */
export function wordList(words: Iterable<string>): string[] {
  return [...new Set(words)].filter((w) => w.length >= 3 && /^\p{L}+$/u.test(w)).sort();
}
