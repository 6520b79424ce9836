import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowedEdits, corrections, CorrectionVocabulary, editDistance } from './fuzzy.ts';

test('edit distance counts substitutions, insertions, deletions and swaps', () => {
  assert.equal(editDistance('zorg', 'zorg', 2), 0);
  assert.equal(editDistance('zorg', 'zrog', 2), 1);
  assert.equal(editDistance('onderwijs', 'onderwys', 2), 2);
  assert.equal(editDistance('school', 'scool', 2), 1);
});

test('edit distance stops early beyond the maximum', () => {
  assert.equal(editDistance('ouderenzorg', 'kinderopvang', 2), 3);
});

test('short words must be typed exactly; longer ones may have one or two typos', () => {
  assert.equal(allowedEdits(3), 0);
  assert.equal(allowedEdits(6), 1);
  assert.equal(allowedEdits(10), 2);
});

test('corrections prefer the nearest spelling', () => {
  const found = corrections('ouderenzrog', ['ouderenzorg', 'ouderen', 'zorg', '#123']);
  assert.deepEqual(
    found.map((c) => c.term),
    ['ouderenzorg'],
  );
});

test('the correction vocabulary finds the nearest words with the terms they are indexed under, in any language', () => {
  const vocabulary = new CorrectionVocabulary(
    new Map([
      ['eenzaamheid', [1]],
      ['loneliness', [2]],
      ['data', [3, 4]],
      ['eenzaam', [5]],
    ]),
  );
  assert.deepEqual(vocabulary.corrections('eenzaamhied'), [{ termIds: [1], distance: 1 }]);
  assert.deepEqual(vocabulary.corrections('lonelyness'), [{ termIds: [2], distance: 1 }]);
  assert.deepEqual(vocabulary.corrections('dat'), []);
});

test('the correction vocabulary leaves out no word its letter filter could wrongly skip', () => {
  const words = ['ouderenzorg', 'ouderenzrog', 'oudrenzorg', 'ouderenzorgt', 'xuderenzorg', 'kinderopvang'];
  const vocabulary = new CorrectionVocabulary(new Map(words.map((w, i) => [w, [i]])));
  const expected = corrections('ouderenzorg', words, 10).map((c) => c.distance);
  assert.deepEqual(
    vocabulary.corrections('ouderenzorg', 10).map((c) => c.distance),
    expected,
  );
});
