// Builds src/matching/lexicon/lexicon.json.gz once from EuroVoc (shared data) and Debian's FreeDict dictionaries.
// Run: node --import tsx scripts/build-lexicon.ts [--eurovoc DIR] [--dictd DIR]
// The output keeps surface words (not stems) so the engine may change its stemmer without rebuilding.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { LexiconData, LexiconConcept } from '../src/matching/engine/lexicon.ts';
import { foldDiacritics, normalise, isStopWord, type Language } from '../src/matching/engine/text.ts';

const { values } = parseArgs({
  options: {
    eurovoc: { type: 'string', default: '/work/shared/data/eurovoc' },
    dictd: { type: 'string', default: '/usr/share/dictd' },
    out: { type: 'string', default: 'src/matching/lexicon/lexicon.json.gz' },
  },
});

type Pairs = Map<string, Map<string, number>>; // source word -> target word -> weight
const MAX_CANDIDATES = 8;

function addPair(pairs: Pairs, source: string, target: string, weight: number): void {
  if (!source || !target) return;
  const targets = pairs.get(source) ?? new Map<string, number>();
  targets.set(target, Math.max(targets.get(target) ?? 0, weight));
  pairs.set(source, targets);
}

function clean(word: string): string {
  return foldDiacritics(normalise(word)).replace(/[‐-]/g, '-').trim();
}

/** Single content words of a phrase; empty when it is only stop words. */
function contentWords(phrase: string, language: Language): string[] {
  return (clean(phrase).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1 && !isStopWord(w, language));
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeDictNumber(text: string): number {
  let value = 0;
  for (const ch of text) value = value * 64 + BASE64.indexOf(ch);
  return value;
}

interface DictEntry { headword: string; senses: string[][] }

/** Reads a dictd dictionary (index + dictzip body) into headword / numbered senses. */
function readDict(name: string): DictEntry[] {
  const body = gunzipSync(readFileSync(join(values.dictd!, `${name}.dict.dz`)));
  const entries: DictEntry[] = [];
  for (const line of readFileSync(join(values.dictd!, `${name}.index`), 'utf8').split('\n')) {
    const [headword, offset, length] = line.split('\t');
    if (!headword || !offset || !length || headword.startsWith('00database')) continue;
    const text = body.subarray(decodeDictNumber(offset), decodeDictNumber(offset) + decodeDictNumber(length)).toString('utf8');
    const senses = text.split('\n').slice(1).map((l) => l.trim()).filter(Boolean)
      .map((l) => l.replace(/^\d+\.\s*/, '').split(/,\s*/).map((t) => t.trim()).filter(Boolean));
    entries.push({ headword, senses });
  }
  return entries;
}

/** Dictionary translations; later senses weigh a little less (FreeDict senses are not ordered by frequency). */
function addDictionary(pairs: Pairs, entries: DictEntry[], from: Language, to: Language, reverse: boolean): void {
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

/** Aligns thesaurus labels only where it is safe: a one-word label (often a Dutch compound) ↔ the other's words. */
function addLabelPairs(pairs: Pairs, source: string, english: string, language: Language): void {
  const from = contentWords(source, language);
  const to = contentWords(english, 'en');
  if (from.length === 1 && to.length > 0 && to.length <= 3) for (const t of to) addPair(pairs, from[0]!, t, 1);
}

/** French → English through Dutch where no direct pair exists. */
function composeThroughDutch(frenchToDutch: Pairs, dutchToEnglish: Pairs, into: Pairs): void {
  for (const [french, dutchTargets] of frenchToDutch) {
    for (const [dutch, w1] of dutchTargets) {
      for (const [english, w2] of dutchToEnglish.get(dutch) ?? []) addPair(into, french, english, 0.5 * w1 * w2);
    }
  }
}

function compact(pairs: Pairs): Record<string, [string, number][]> {
  const out: Record<string, [string, number][]> = {};
  for (const source of [...pairs.keys()].sort()) {
    const ranked = [...pairs.get(source)!].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES);
    out[source] = ranked.map(([t, w]) => [t, Math.round(w * 100) / 100]);
  }
  return out;
}

interface EurovocRecord {
  id: string; prefLabel: { nl: string; en: string; fr: string }; altLabel: { en: string[]; fr: string[] };
}

function readEurovoc(): EurovocRecord[] {
  const text = gunzipSync(readFileSync(join(values.eurovoc!, 'eurovoc_nl_en_fr.jsonl.gz'))).toString('utf8');
  return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as EurovocRecord);
}

/** Near-identical spelling (school/school, spion/spy is not): a cognate is very likely a right translation. */
function isCognate(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let prefix = 0;
  while (prefix < a.length && a[prefix] === b[prefix]) prefix += 1;
  return prefix >= Math.max(a.length, b.length) - 2;
}

/** Pairs both dictionaries agree on (or cognates) keep full weight; pairs only one lists are damped. */
function combineDirections(forward: Pairs, backward: Pairs): Pairs {
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

function translationsBothWays(forwardName: string, backwardName: string, from: Language, to: Language) {
  const forwardEntries = readDict(forwardName);
  const backwardEntries = readDict(backwardName);
  const forward: Pairs = new Map();
  const backward: Pairs = new Map();
  addDictionary(forward, forwardEntries, from, to, false);
  addDictionary(backward, backwardEntries, to, from, true);
  return { pairs: combineDirections(forward, backward), forwardEntries, backwardEntries };
}

function main(): void {
  const { pairs: nlEn, forwardEntries: nldEng, backwardEntries: engNld } =
    translationsBothWays('freedict-nld-eng', 'freedict-eng-nld', 'nl', 'en');
  const { pairs: frNl, forwardEntries: fraNld, backwardEntries: nldFra } = translationsBothWays('freedict-fra-nld', 'freedict-nld-fra', 'fr', 'nl');
  const frEn: Pairs = new Map();

  const eurovoc = readEurovoc();
  const concepts: LexiconConcept[] = [];
  for (const c of eurovoc) {
    addLabelPairs(nlEn, c.prefLabel.nl, c.prefLabel.en, 'nl');
    for (const fr of [c.prefLabel.fr, ...c.altLabel.fr]) addLabelPairs(frEn, fr, c.prefLabel.en, 'fr');
    concepts.push([c.id, c.prefLabel.nl, c.prefLabel.en, c.prefLabel.fr, c.altLabel.en, c.altLabel.fr]);
  }
  composeThroughDutch(frNl, nlEn, frEn);

  const vocabulary = { nl: new Set<string>(), en: new Set<string>(), fr: new Set<string>() };
  const collect = (language: 'nl' | 'en' | 'fr', phrases: Iterable<string>) => {
    for (const phrase of phrases) for (const w of contentWords(phrase, language)) vocabulary[language].add(w);
  };
  const senseWords = (entries: DictEntry[]) => entries.flatMap((e) => e.senses.flat());
  collect('nl', [...nldEng, ...nldFra].map((e) => e.headword));
  collect('nl', senseWords([...engNld, ...fraNld]));
  collect('nl', eurovoc.map((c) => c.prefLabel.nl));
  collect('en', engNld.map((e) => e.headword));
  collect('en', senseWords(nldEng));
  collect('en', eurovoc.flatMap((c) => [c.prefLabel.en, ...c.altLabel.en]));
  collect('fr', fraNld.map((e) => e.headword));
  collect('fr', senseWords(nldFra));
  collect('fr', eurovoc.flatMap((c) => [c.prefLabel.fr, ...c.altLabel.fr]));
  const wordList = (set: Set<string>) => [...set].filter((w) => w.length >= 3 && /^\p{L}+$/u.test(w)).sort();

  const data: LexiconData = {
    version: 1,
    attribution: 'EuroVoc, © European Union (CC BY 4.0); FreeDict nld-eng, eng-nld, nld-fra, fra-nld (GPL-2.0-or-later)',
    translations: { nl: compact(nlEn), fr: compact(frEn) },
    concepts,
    words: { nl: wordList(vocabulary.nl), en: wordList(vocabulary.en), fr: wordList(vocabulary.fr) },
  };
  const json = JSON.stringify(data);
  writeFileSync(values.out!, gzipSync(json, { level: 9 }));
  console.log(`lexicon: ${Object.keys(data.translations.nl).length} nl, ${Object.keys(data.translations.fr).length} fr words, ` +
    `${concepts.length} concepts, ${data.words.nl.length} nl / ${data.words.en.length} en / ${data.words.fr.length} fr words; ` +
    `${json.length} bytes JSON`);
}

main();
