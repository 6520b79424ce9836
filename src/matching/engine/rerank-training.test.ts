import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coordinateAscent, meanNdcg, ndcgOfScores, type LabelledQuery } from './rerank-training.ts';

/** Candidates [text, signal]: the relevant one is second by text but has the signal. */
function query(id: string): LabelledQuery {
  return { id, set: 'a', features: [Float64Array.of(0.9, 0), Float64Array.of(0.8, 1)], gains: [0, 1], idealGains: [1] };
}

/** Of a guarded set: the relevant candidate leads by text, the signal is on the other one. */
function guardedQuery(id: string): LabelledQuery {
  return {
    id,
    set: 'b',
    guard: true,
    features: [Float64Array.of(0.9, 0), Float64Array.of(0.8, 1)],
    gains: [1, 0],
    idealGains: [1],
  };
}

test('nDCG@10 of scored candidates counts the relevant ones not retrieved in the ideal', () => {
  const q: LabelledQuery = { id: 'q', set: 's', features: [], gains: [1, 0], idealGains: [1, 1] };
  assert.equal(ndcgOfScores(q, [2, 1]), 1 / (1 + 1 / Math.log2(3)));
  assert.equal(ndcgOfScores(q, [1, 2]), 1 / Math.log2(3) / (1 + 1 / Math.log2(3)));
});

test('ties keep the engine order', () => {
  const q: LabelledQuery = { id: 'q', set: 's', features: [], gains: [0, 1], idealGains: [1] };
  assert.ok(ndcgOfScores(q, [1, 1]) < 1);
});

test('coordinate ascent weights a feature that lifts relevant candidates, keeping the text weight at 1', () => {
  const queries = Array.from({ length: 20 }, (_, i) => query(`q${i}`));
  const weights = coordinateAscent(queries);
  assert.equal(weights[0], 1);
  assert.ok(weights[1]! > 0.1);
  assert.equal(meanNdcg(queries, weights), 1);
});

test('coordinate ascent takes no step that makes a guarded set worse', () => {
  const improve = Array.from({ length: 20 }, (_, i) => query(`q${i}`));
  const guarded = Array.from({ length: 5 }, (_, i) => guardedQuery(`g${i}`));
  const before = meanNdcg(guarded, Float64Array.of(1, 0));
  const weights = coordinateAscent([...improve, ...guarded]);
  assert.ok(meanNdcg(guarded, weights) >= before);
  assert.equal(weights[1], 0, 'the only helpful move would cost the guarded set');
});
