// Reads Debian's FreeDict dictionaries (dictd format: an index and a dictzip body in /usr/share/dictd).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Language } from '../../src/matching/engine/text.ts';
import { addPair, combineDirections, contentWords, type Pairs } from './pairs.ts';

export interface DictEntry {
  headword: string;
  senses: string[][];
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeDictNumber(text: string): number {
  let value = 0;
  for (const ch of text) value = value * 64 + BASE64.indexOf(ch);
  return value;
}

/** Headwords and their numbered senses (each a list of translations) of the dictionary `name`. */
export function readDict(directory: string, name: string): DictEntry[] {
  const body = gunzipSync(readFileSync(join(directory, `${name}.dict.dz`)));
  const entries: DictEntry[] = [];
  for (const line of readFileSync(join(directory, `${name}.index`), 'utf8').split('\n')) {
    const [headword, offset, length] = line.split('\t');
    if (!headword || !offset || !length || headword.startsWith('00database')) continue;
    const start = decodeDictNumber(offset);
    const text = body.subarray(start, start + decodeDictNumber(length)).toString('utf8');
    const senses = text
      .split('\n')
      .slice(1)
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) =>
        l
          .replace(/^\d+\.\s*/, '')
          .split(/[,;]\s*/)
          .map((t) => t.replace(/\(.*?\)/g, '').trim())
          .filter(Boolean),
      );
    entries.push({ headword, senses });
  }
  return entries;
}

/** Dictionary translations; later senses weigh a little less (FreeDict senses are not ordered by frequency). */
export function addDictionary(
  pairs: Pairs,
  entries: DictEntry[],
  from: Language,
  to: Language,
  reverse: boolean,
): void {
  for (const { headword, senses } of entries) {
    const heads = contentWords(headword, from);
    if (heads.length !== 1 || /\s/.test(headword.trim())) continue;
    senses.forEach((sense, index) => {
      const weight = 1 / (1 + 0.15 * index);
      for (const target of sense) {
        const targets = contentWords(target, to);
        // Reversed, only one-word targets: "carefully" → "met zorg" must not make zorg mean carefully.
        if (targets.length === 0 || targets.length > 3 || (reverse && /\s/.test(target.trim()))) continue;
        for (const t of targets) {
          if (reverse) addPair(pairs, t, heads[0]!, (0.7 * weight) / targets.length);
          else addPair(pairs, heads[0]!, t, weight / targets.length);
        }
      }
    });
  }
}

/** Pairs from a dictionary and its reverse (either may be missing), weighted by whether both agree. */
export function translationsBothWays(
  directory: string,
  forwardName: string | undefined,
  backwardName: string | undefined,
  from: Language,
  to: Language,
): { pairs: Pairs; entries: { forward: DictEntry[]; backward: DictEntry[] } } {
  const forwardEntries = forwardName ? readDict(directory, forwardName) : [];
  const backwardEntries = backwardName ? readDict(directory, backwardName) : [];
  const forward: Pairs = new Map();
  const backward: Pairs = new Map();
  addDictionary(forward, forwardEntries, from, to, false);
  addDictionary(backward, backwardEntries, to, from, true);
  return {
    pairs: combineDirections(forward, backward),
    entries: { forward: forwardEntries, backward: backwardEntries },
  };
}
