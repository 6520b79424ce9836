// Short queries derived from a labelled set of sentences, for the "one to five words" case of issue 16: someone
// types a few telling words into a catalogue's search box, in their own language, and expects the item written in
// another language.
//
// Derivation (deterministic, no choice by hand):
// - the words of each query sentence are read as the engine reads them (`words` of src/matching/engine/text.ts:
//   lower-cased, split at every character that is not a letter, digit or mark);
// - content words are the words with at least two characters and at least one letter (no numbers: a number is
//   the same in both languages and would make the task trivial; no clitics such as French l' or English 's) that
//   are not stop words of the query side's language (the engine's STOP_WORDS list as exported when the benchmark
//   runs; a language without a list there has no stop words);
// - rarity is document frequency over the set's own query side (each query sentence is one document), so a word
//   frequent in that set ("tom", "no") counts as common even when a stop-word list misses it;
// - each short query is the three rarest distinct content words of its sentence (ties go to the earlier word),
//   written in sentence order; a sentence with only two content words gives those two; a sentence with fewer
//   than two gives no short query and drops out of the short set. The relevant document stays the same.
import { STOP_WORDS, words } from '../src/matching/engine/text.ts';
import type { Query } from './data.ts';

const WORDS_PER_QUERY = 3;
const MIN_WORDS = 2;

/** Stop words of a language by its two-letter code, or none when the engine has no list for it (yet). */
export function stopWordsFor(language: string): ReadonlySet<string> {
  const lists: Readonly<Record<string, ReadonlySet<string> | undefined>> = STOP_WORDS;
  return lists[language] ?? new Set();
}

function contentWords(sentence: string, stopWords: ReadonlySet<string>): string[] {
  const distinct = new Set(words(sentence).filter((w) => w.length >= 2 && /\p{L}/u.test(w) && !stopWords.has(w)));
  return [...distinct];
}

/** The short version of each query (same ids), for queries in `language` (two-letter code). */
export function shortQueries(queries: readonly Query[], language: string): Query[] {
  const stopWords = stopWordsFor(language);
  const perQuery = queries.map((q) => ({ id: q.id, words: contentWords(q.text, stopWords) }));
  const frequency = new Map<string, number>();
  for (const { words: list } of perQuery) for (const w of list) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const short: Query[] = [];
  for (const { id, words: list } of perQuery) {
    if (list.length < MIN_WORDS) continue;
    // Array.prototype.sort is stable, so equally rare words keep their sentence order.
    const rarest = new Set([...list].sort((a, b) => frequency.get(a)! - frequency.get(b)!).slice(0, WORDS_PER_QUERY));
    short.push({ id, text: list.filter((w) => rarest.has(w)).join(' ') });
  }
  return short;
}
