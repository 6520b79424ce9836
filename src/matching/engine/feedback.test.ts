import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedbackWeights } from './feedback.ts';

test('feedback documents are weighted by their relevance odds, exp(score), summing to one', () => {
  const weights = feedbackWeights([12, 12, 11]);
  const e = Math.E;
  assert.ok(Math.abs(weights[0]! - e / (2 * e + 1)) < 1e-12);
  assert.equal(weights[0], weights[1]);
  assert.ok(Math.abs(weights.reduce((a, b) => a + b, 0) - 1) < 1e-12);
});

test('a clear winner of the first pass lends nearly all feedback terms', () => {
  const [winner] = feedbackWeights([40, 33, 32]);
  assert.ok(winner! > 0.99);
});

test('feedback weights do not overflow on large scores', () => {
  const weights = feedbackWeights([2000, 1999.5]);
  assert.ok(weights.every((w) => Number.isFinite(w) && w > 0));
});
