import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ForwardStore } from './forward-store.ts';

interface Doc { terms: number[]; packed: number[]; pairs: number[] }

function read(store: ForwardStore, doc: number): Doc {
  const chunk = store.chunk(doc);
  const start = store.start(doc);
  const count = store.termCount(doc);
  return {
    terms: [...chunk.subarray(start, start + count)],
    packed: [...chunk.subarray(start + count, start + 2 * count)],
    pairs: [...store.pairs(doc)],
  };
}

/** A document with `size` terms and about as many pairs, its values telling documents apart. */
function documentOf(seed: number, size: number): Doc {
  const terms = Array.from({ length: size }, (_, i) => seed * 1000 + i);
  const packed = terms.map((term) => (((term % 7) << 16) | (term % 11) + 1) >>> 0);
  const pairs = Array.from({ length: Math.max(0, size - 1) }, (_, i) => (0xffffff00 + seed * 7 + i) >>> 0);
  return { terms, packed, pairs };
}

function append(store: ForwardStore, doc: Doc): number {
  return store.append(Int32Array.from(doc.terms), Uint32Array.from(doc.packed), Uint32Array.from(doc.pairs));
}

test('documents read back as stored, numbered in order of adding', () => {
  const store = new ForwardStore();
  const docs = [documentOf(1, 3), documentOf(2, 0), documentOf(3, 5)];
  assert.deepEqual(docs.map((doc) => append(store, doc)), [0, 1, 2]);
  assert.equal(store.size, 3);
  docs.forEach((doc, number) => assert.deepEqual(read(store, number), doc));
});

test('packed frequencies and pair hashes keep their full 32 bits', () => {
  const store = new ForwardStore();
  const doc = { terms: [7], packed: [0xffffffff], pairs: [0x80000001, 0xfffffffe] };
  append(store, doc);
  assert.deepEqual(read(store, 0), doc);
});

test('many documents fill several chunks, none spanning two', () => {
  const store = new ForwardStore({ chunkWords: 64, firstChunkWords: 16 });
  const docs = Array.from({ length: 200 }, (_, i) => documentOf(i, i % 9));
  docs.forEach((doc) => append(store, doc));
  docs.forEach((doc, number) => {
    assert.deepEqual(read(store, number), doc);
    const words = 2 * doc.terms.length + doc.pairs.length;
    assert.ok(store.start(number) + words <= store.chunk(number).length);
  });
  const chunks = new Set(docs.map((_, number) => store.chunk(number)));
  assert.ok(chunks.size > 10);
  assert.ok([...chunks].every((chunk) => chunk.length <= 64));
});

test('chunks grow from the first size to the largest, so a small store stays small', () => {
  const store = new ForwardStore({ chunkWords: 64, firstChunkWords: 8 });
  for (let i = 0; i < 40; i += 1) append(store, documentOf(i, 2));
  const lengths = [...new Set(Array.from({ length: 40 }, (_, doc) => store.chunk(doc)))].map((chunk) => chunk.length);
  assert.deepEqual(lengths.slice(0, 4), [8, 16, 32, 64]);
  assert.ok(lengths.slice(4).every((length) => length === 64));
});

test('a document larger than a chunk gets a chunk of its own, and later documents still share one', () => {
  const store = new ForwardStore({ chunkWords: 32, firstChunkWords: 32 });
  const small = documentOf(1, 3);
  const large = documentOf(2, 40);
  const after = documentOf(3, 2);
  [small, large, after].forEach((doc) => append(store, doc));
  assert.deepEqual(read(store, 1), large);
  assert.equal(store.chunk(1).length, 2 * 40 + 39);
  assert.equal(store.start(1), 0);
  assert.equal(store.chunk(2), store.chunk(0));
  assert.deepEqual(read(store, 0), small);
  assert.deepEqual(read(store, 2), after);
});

test('compacting keeps the given documents, renumbered in the order given, and frees the rest', () => {
  const store = new ForwardStore({ chunkWords: 64, firstChunkWords: 16 });
  const docs = Array.from({ length: 50 }, (_, i) => documentOf(i, 1 + (i % 6)));
  docs.forEach((doc) => append(store, doc));
  const kept = docs.map((_, number) => number).filter((number) => number % 3 === 0);
  const compacted = store.compacted(kept);
  assert.equal(compacted.size, kept.length);
  kept.forEach((old, number) => assert.deepEqual(read(compacted, number), docs[old]));
  assert.ok(compacted.allocatedWords < store.allocatedWords);
});
