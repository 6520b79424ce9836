// Apertium's bilingual lemma pairs as lexicon pairs towards English (directly, or through Spanish).
import type { KnownLanguage } from '../../src/matching/engine/text.ts';
import { readBilingual } from './apertium.ts';
import { addPair, combineDirections, composeThrough, contentWords, type Pairs } from './pairs.ts';

export type ApertiumWords = Record<'es' | 'eu' | 'fr' | 'en', Set<string>>;

/** One-word source lemmas → their target's content words (at most three), each at 1 / their number. */
function lemmaPairs(
  path: string,
  from: KnownLanguage,
  to: KnownLanguage,
  reverse: boolean,
  words?: ApertiumWords,
): Pairs {
  const pairs: Pairs = new Map();
  for (const { source, target } of readBilingual(path)) {
    const sources = contentWords(source, from);
    const targets = contentWords(target, to);
    if (sources.length !== 1 || targets.length === 0 || targets.length > 3) continue;
    if (words && from in words) words[from as keyof ApertiumWords].add(sources[0]!);
    if (words && to in words) for (const t of targets) words[to as keyof ApertiumWords].add(t);
    for (const t of targets) {
      // Reversed, only one-word targets (as for FreeDict): a phrase's word does not mean the whole phrase.
      if (reverse) {
        if (targets.length === 1) addPair(pairs, t, sources[0]!, 1);
      } else addPair(pairs, sources[0]!, t, 1 / targets.length);
    }
  }
  return pairs;
}

/** `language` → English from the pair's two directions (the reverse one, where Debian has it, confirms). */
export function apertiumToEnglish(
  forwardPath: string,
  backwardPath: string | undefined,
  language: KnownLanguage,
  words: ApertiumWords,
): Pairs {
  const forward = lemmaPairs(forwardPath, language, 'en', false, words);
  const backward = backwardPath ? lemmaPairs(backwardPath, 'en', language, true) : new Map();
  return combineDirections(forward, backward);
}

/** `language` → `pivot` → English at half weight, for the words `into` has no pair for yet. */
export function apertiumComposed(
  path: string,
  language: KnownLanguage,
  pivot: KnownLanguage,
  pivotToEnglish: Pairs,
  words: ApertiumWords,
  into: Pairs = new Map(),
): Pairs {
  composeThrough(lemmaPairs(path, language, pivot, false, words), pivotToEnglish, into);
  return into;
}
