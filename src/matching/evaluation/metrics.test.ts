import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mean, mrrAt, ndcgAt, parseQrels, percentile, recallAt } from './metrics.ts';

const relevant = new Map([
  ['a', 1],
  ['b', 1],
]);

test('nDCG@10 is 1 when the relevant documents lead the ranking', () => {
  assert.equal(ndcgAt(10, ['a', 'b', 'x'], relevant), 1);
  assert.equal(ndcgAt(10, ['b', 'a'], relevant), 1);
});

test('nDCG@10 discounts a relevant document by the log of its rank', () => {
  const expected = 1 / Math.log2(3) / (1 + 1 / Math.log2(3));
  assert.ok(
    Math.abs(
      ndcgAt(
        10,
        ['x', 'a', 'y'],
        new Map([
          ['a', 1],
          ['z', 1],
        ]),
      ) -
        1 / Math.log2(3) / (1 + 1 / Math.log2(3)),
    ) < 1e-12,
  );
  assert.ok(Math.abs(ndcgAt(10, ['x', 'a'], relevant) - 1 / Math.log2(3) / (1 + 1 / Math.log2(3))) < 1e-12);
  assert.ok(expected > 0 && expected < 1);
});

test('nDCG@10 ignores relevant documents ranked below 10 and is 0 without any', () => {
  const ranked = ['x0', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8', 'x9', 'a'];
  assert.equal(ndcgAt(10, ranked, relevant), 0);
  assert.equal(ndcgAt(10, ['a'], new Map()), 0);
});

test('recall@k counts the share of relevant documents in the first k', () => {
  assert.equal(recallAt(1, ['a', 'b'], relevant), 0.5);
  assert.equal(recallAt(10, ['x', 'b', 'a'], relevant), 1);
  assert.equal(recallAt(10, ['x'], relevant), 0);
});

test('MRR@10 is the reciprocal rank of the first relevant document', () => {
  assert.equal(mrrAt(10, ['x', 'y', 'b'], relevant), 1 / 3);
  assert.equal(mrrAt(2, ['x', 'y', 'b'], relevant), 0);
});

test('mean and nearest-rank percentiles', () => {
  assert.equal(mean([1, 2, 3]), 2);
  assert.equal(mean([]), 0);
  assert.equal(percentile([5, 1, 4, 2, 3], 0.5), 3);
  assert.equal(
    percentile(
      Array.from({ length: 100 }, (_, i) => i + 1),
      0.95,
    ),
    95,
  );
});

test('qrels are read from a BEIR TSV with a header', () => {
  const qrels = parseQrels('query-id\tcorpus-id\tscore\nq1\td1\t1\nq1\td2\t1\nq2\td3\t1\n');
  assert.deepEqual([...qrels.get('q1')!.keys()], ['d1', 'd2']);
  assert.equal(qrels.get('q2')!.get('d3'), 1);
});
