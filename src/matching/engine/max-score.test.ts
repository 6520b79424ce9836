import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { InvertedIndex, type RankingParams } from './inverted-index.ts';
import type { DocumentVector, QueryGroup } from './types.ts';
import { TermDictionary } from './terms.ts';
import { seek } from './postings.ts';
import { kthLargest } from './top-k.ts';
import { MatchEngine } from './engine.ts';

const PARAMS = { k1: 1.2, titleBoost: 3, titleB: 0.5, bodyB: 0.75 };
const VOCABULARY = 40;

interface Doc {
  terms: [number, number, number][];
  titleLength: number;
  bodyLength: number;
}

// Skewed term choice, as in text: a few words are in most documents, most words in few.
const termArb = fc.integer({ min: 0, max: VOCABULARY * VOCABULARY - 1 }).map((n) => Math.floor(Math.sqrt(n)));
const docArb: fc.Arbitrary<Doc> = fc.record({
  terms: fc.uniqueArray(fc.tuple(termArb, fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 80 })), {
    selector: ([term]) => term,
    minLength: 1,
    maxLength: 12,
  }),
  titleLength: fc.integer({ min: 1, max: 12 }),
  bodyLength: fc.integer({ min: 1, max: 300 }),
});
const groupArb: fc.Arbitrary<QueryGroup> = fc.record({
  weight: fc.oneof(fc.double({ min: 0.05, max: 3, noNaN: true }), fc.constantFrom(0.01, 0.03, 0.1)), // many light groups: pruning sets in
  alternatives: fc.array(fc.record({ term: termArb.map((t) => `t${t}`), weight: fc.constantFrom(1, 0.5, 0.25) }), {
    minLength: 1,
    maxLength: 3,
  }),
});
const caseArb = fc.record({
  docs: fc.array(docArb, { minLength: 1, maxLength: 120 }),
  removed: fc.array(fc.nat(), { maxLength: 10 }),
  groups: fc.array(groupArb, { minLength: 1, maxLength: 25 }),
  limit: fc.integer({ min: 1, max: 30 }),
  refusedEvery: fc.integer({ min: 0, max: 5 }),
});

function indexOf(docs: Doc[], removed: number[], params: RankingParams = PARAMS): InvertedIndex {
  const dictionary = new TermDictionary();
  for (let t = 0; t < VOCABULARY; t += 1) dictionary.intern(`t${t}`);
  const index = new InvertedIndex(params, dictionary);
  docs.forEach((doc, i) => index.add(`d${i}`, vectorOf(doc)));
  for (const r of removed) index.remove(`d${r % docs.length}`);
  return index;
}

function vectorOf(doc: Doc): DocumentVector {
  const terms = doc.terms.filter(([, title, body]) => title + body > 0);
  return {
    termIds: Int32Array.from(terms, ([term]) => term),
    packed: Uint32Array.from(terms, ([, title, body]) => ((title << 16) | body) >>> 0),
    titleLength: doc.titleLength,
    bodyLength: doc.bodyLength,
    pairs: new Uint32Array(0),
  };
}

for (const [way, candidateScanRatio] of [
  ['seeking or scanning by length', undefined],
  ['always seeking', 0],
  ['always scanning', Infinity],
] as const) {
  test(`early termination returns exactly the top k of exhaustive scoring, finding candidates by ${way} (random corpora and queries)`, () => {
    fc.assert(
      fc.property(caseArb, ({ docs, removed, groups, limit, refusedEvery }) => {
        const index = indexOf(docs, removed, { ...PARAMS, candidateScanRatio });
        const accept = refusedEvery === 0 ? undefined : (doc: number) => doc % refusedEvery !== 0;
        const pruned = index.search(groups, limit, accept);
        const exhaustive = index.search(groups, limit, accept, true);
        assert.deepEqual(pruned, exhaustive);
      }),
      { numRuns: 300 },
    );
  });
}

test('scoring among given documents equals exhaustive scoring restricted to them', () => {
  fc.assert(
    fc.property(caseArb, fc.integer({ min: 1, max: 60 }), ({ docs, removed, groups, limit }, depth) => {
      const index = indexOf(docs, removed);
      const among = index.search(groups.slice(0, 2), depth).hits;
      const allowed = new Set(among.map((hit) => hit.doc));
      const restricted = index.search(groups, limit, (doc) => allowed.has(doc), true);
      assert.deepEqual(index.searchAmong(groups, limit, among), restricted);
    }),
    { numRuns: 300 },
  );
});

test('postings appended in batches give the same results as searching after every change', () => {
  fc.assert(
    fc.property(caseArb, fc.integer({ min: 1, max: 10 }), ({ docs, removed, groups, limit }, every) => {
      const bulk = indexOf(docs, removed);
      bulk.settle();
      const dictionary = new TermDictionary();
      for (let t = 0; t < VOCABULARY; t += 1) dictionary.intern(`t${t}`);
      const stepwise = new InvertedIndex(PARAMS, dictionary);
      docs.forEach((doc, i) => {
        stepwise.add(`d${i}`, vectorOf(doc));
        if (i % every === 0) stepwise.search(groups, limit); // posts what was added so far
      });
      for (const r of removed) stepwise.remove(`d${r % docs.length}`);
      assert.deepEqual(stepwise.search(groups, limit), bulk.search(groups, limit));
    }),
    { numRuns: 200 },
  );
});

test('the one document with a rare word beats thousands with only a common word, with and without early termination', () => {
  const dictionary = new TermDictionary();
  const index = new InvertedIndex(PARAMS, dictionary);
  const common = (i: number) => ({
    termIds: Int32Array.of(dictionary.intern('common')),
    packed: Uint32Array.of(8),
    titleLength: 1,
    bodyLength: 50 + (i % 7),
    pairs: new Uint32Array(0),
  });
  for (let i = 0; i < 2000; i += 1) index.add(`c${i}`, common(i));
  index.add('rare', {
    termIds: Int32Array.of(dictionary.intern('rare'), dictionary.intern('common')),
    packed: Uint32Array.of(8 << 16, 8),
    titleLength: 2,
    bodyLength: 50,
    pairs: new Uint32Array(0),
  });
  const groups = [
    { weight: 1, alternatives: [{ term: 'rare', weight: 1 }] },
    { weight: 1, alternatives: [{ term: 'common', weight: 1 }] },
  ];
  const top = index.search(groups, 1);
  assert.equal(index.idOf(top.hits[0]!.doc), 'rare');
  assert.deepEqual(top, index.search(groups, 1, undefined, true));
});

test('seek finds the first position at or after a document number', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.nat(500)).map((a) => Int32Array.from(a).sort()),
      fc.nat(520),
      fc.nat(40),
      (docs, doc, from) => {
        const start = Math.min(from, docs.length);
        let expected = start;
        while (expected < docs.length && docs[expected]! < doc) expected += 1;
        assert.equal(seek(docs, docs.length, start, doc), expected);
      },
    ),
  );
});

test('kthLargest picks the k-th largest value, or -Infinity when there are fewer', () => {
  fc.assert(
    fc.property(
      fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }).map((v) => v + 0)) /* no -0 */,
      fc.integer({ min: 1, max: 40 }),
      (values, k) => {
        const sorted = [...values].sort((a, b) => b - a);
        assert.equal(
          kthLargest(Float64Array.from(values), values.length, k),
          k <= values.length ? sorted[k - 1] : -Infinity,
        );
      },
    ),
  );
});

test('the engine ranks the same with and without early termination (random texts)', () => {
  const words = [
    'data',
    'care',
    'school',
    'energy',
    'robot',
    'sensor',
    'health',
    'water',
    'city',
    'farm',
    'climate',
    'privacy',
  ];
  const textArb = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));
  fc.assert(
    fc.property(
      fc.array(fc.tuple(textArb, textArb), { minLength: 1, maxLength: 60 }),
      textArb,
      fc.integer({ min: 1, max: 15 }),
      (docs, query, limit) => {
        const [pruned, exhaustive] = [true, false].map((earlyTermination) => {
          const engine = new MatchEngine(undefined, { earlyTermination, feedbackCandidates: 8, defaultLanguage: 'en' });
          docs.forEach(([title, text], i) =>
            engine.upsert({ id: `s${i}`, kind: 'solution', title, text, language: 'en' }),
          );
          return engine.matchesFor(
            { id: 'c', kind: 'challenge', title: query, text: '', language: 'en' },
            { kind: 'solution', limit },
          );
        });
        assert.deepEqual(
          pruned!.map((r) => [r.id, r.score]),
          exhaustive!.map((r) => [r.id, r.score]),
        );
      },
    ),
    { numRuns: 100 },
  );
});
