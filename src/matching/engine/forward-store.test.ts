import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ForwardStore } from './forward-store.ts';

interface Doc {
  terms: number[];
  packed: number[];
  pairs: number[];
}

function read(store: ForwardStore, doc: number): Doc {
  const count = store.decode(doc);
  return {
    terms: [...store.decodedTerms.subarray(0, count)],
    packed: [...store.decodedPacked.subarray(0, count)],
    pairs: [...store.pairs(doc)],
  };
}

/** A document with `size` terms and about as many pairs, its values telling documents apart. */
function documentOf(seed: number, size: number): Doc {
  const terms = Array.from({ length: size }, (_, i) => seed * 1000 + i);
  const packed = terms.map((term) => (((term % 7) << 16) | ((term % 11) + 1)) >>> 0);
  const pairs = Array.from({ length: Math.max(0, size - 1) }, (_, i) => (0xffffff00 + seed * 7 + i) >>> 0);
  return { terms, packed, pairs };
}

function append(store: ForwardStore, doc: Doc): number {
  return store.append(Int32Array.from(doc.terms), Uint32Array.from(doc.packed), Uint32Array.from(doc.pairs));
}

test('documents read back as stored, numbered in order of adding', () => {
  const store = new ForwardStore();
  const docs = [documentOf(1, 3), documentOf(2, 0), documentOf(3, 5)];
  assert.deepEqual(
    docs.map((doc) => append(store, doc)),
    [0, 1, 2],
  );
  assert.equal(store.size, 3);
  docs.forEach((doc, number) => assert.deepEqual(read(store, number), doc));
});

test('every term id, packed frequency and pair hash reads back exactly, whatever its size (random documents)', () => {
  const docArb = fc.record({
    entries: fc.uniqueArray(
      fc.tuple(
        fc.integer({ min: 0, max: 0x7fffffff }),
        fc.oneof(
          fc.integer({ min: 0, max: 0xffffffff }), // any title and body
          fc.integer({ min: 0, max: 0x7fff }), // body only, one unit
          fc.constantFrom(0x8000, 0x7fff0000, 0x7ffe0000, 0xffff0000, 0xffffffff),
        ),
      ),
      { selector: ([term]) => term, maxLength: 40 },
    ),
    pairs: fc
      .array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 20 })
      .map((p) => [...new Set(p)].sort((a, b) => a - b)),
  });
  fc.assert(
    fc.property(fc.array(docArb, { minLength: 1, maxLength: 30 }), (docs) => {
      const store = new ForwardStore({ chunkUnits: 256, firstChunkUnits: 32 });
      for (const { entries, pairs } of docs)
        store.append(
          entries.map(([term]) => term),
          entries.map(([, packed]) => packed),
          pairs,
        );
      docs.forEach(({ entries, pairs }, number) => {
        const sorted = [...entries].sort((a, b) => a[0] - b[0]);
        assert.deepEqual(read(store, number), {
          terms: sorted.map(([term]) => term),
          packed: sorted.map(([, packed]) => packed),
          pairs,
        });
      });
    }),
    { numRuns: 200 },
  );
});

test('terms given out of order read back in increasing order, each with its own frequencies', () => {
  const store = new ForwardStore();
  store.append([40, 3, 70000, 12], [4, 3, 0x50001, 2], []);
  assert.deepEqual(read(store, 0), { terms: [3, 12, 40, 70000], packed: [3, 2, 4, 0x50001], pairs: [] });
});

test('many documents fill several chunks, none spanning two', () => {
  const store = new ForwardStore({ chunkUnits: 128, firstChunkUnits: 32 });
  const docs = Array.from({ length: 200 }, (_, i) => documentOf(i, i % 9));
  docs.forEach((doc) => append(store, doc));
  docs.forEach((doc, number) => assert.deepEqual(read(store, number), doc));
  const chunks = new Set(docs.map((_, number) => store.chunkOfDocument(number)));
  assert.ok(chunks.size > 10);
  assert.ok(store.chunkLengths.every((length) => length <= 128));
});

test('chunks grow from the first size to the largest, so a small store stays small', () => {
  const store = new ForwardStore({ chunkUnits: 128, firstChunkUnits: 16 });
  for (let i = 0; i < 60; i += 1) append(store, documentOf(i, 2));
  assert.deepEqual(store.chunkLengths.slice(0, 4), [16, 32, 64, 128]);
  assert.ok(store.chunkLengths.slice(4).every((length) => length === 128));
});

test('a document larger than a chunk gets a chunk of its own, and later documents still share one', () => {
  const store = new ForwardStore({ chunkUnits: 64, firstChunkUnits: 64 });
  const small = documentOf(1, 3);
  const large = documentOf(2, 40);
  const after = documentOf(3, 2);
  [small, large, after].forEach((doc) => append(store, doc));
  assert.deepEqual(read(store, 1), large);
  assert.notEqual(store.chunkOfDocument(1), store.chunkOfDocument(0));
  assert.equal(store.chunkOfDocument(2), store.chunkOfDocument(0));
  assert.deepEqual(read(store, 0), small);
  assert.deepEqual(read(store, 2), after);
});

test('compacting keeps the given documents, renumbered in the order given, and frees the rest', () => {
  const store = new ForwardStore({ chunkUnits: 128, firstChunkUnits: 32 });
  const docs = Array.from({ length: 50 }, (_, i) => documentOf(i, 1 + (i % 6)));
  docs.forEach((doc) => append(store, doc));
  const kept = docs.map((_, number) => number).filter((number) => number % 3 === 0);
  const compacted = store.compacted(kept);
  assert.equal(compacted.size, kept.length);
  kept.forEach((old, number) => assert.deepEqual(read(compacted, number), docs[old]));
  assert.ok(compacted.allocatedBytes < store.allocatedBytes);
});

test('a typical document takes four bytes a term besides its pairs, half of two 32-bit words', () => {
  // 51 documents of 100 terms with small gaps and body-only frequencies: 2 units a term, so the first 50 take
  // 10,000 units and the last one's worst-case reservation (5 units a term) just fits in a chunk of 10,500. At
  // 4 units a term only 26 would fit.
  const store = new ForwardStore({ chunkUnits: 10_500, firstChunkUnits: 10_500 });
  const terms = Array.from({ length: 100 }, (_, i) => 50 + 37 * i);
  for (let doc = 0; doc < 51; doc += 1)
    store.append(
      terms,
      terms.map((t) => 8 * (1 + (t % 3))),
      [],
    );
  assert.deepEqual(store.chunkLengths, [10_500]);
  assert.equal(store.chunkOfDocument(50), 0);
});
