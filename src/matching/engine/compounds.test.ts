import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompoundSplitter } from './compounds.ts';

const splitter = new CompoundSplitter([
  'ouderen',
  'zorg',
  'afstand',
  'onderwijs',
  'gemeente',
  'huis',
  'eenzaam',
  'bestand',
  'best',
  'school',
  'gebouw',
]);

test('splits ouderenzorg into ouderen + zorg', () => {
  assert.deepEqual(splitter.split('ouderenzorg'), ['ouderen', 'zorg']);
});

test('drops the linking s of afstandsonderwijs', () => {
  assert.deepEqual(splitter.split('afstandsonderwijs'), ['afstand', 'onderwijs']);
});

test('splits compounds of three parts', () => {
  assert.deepEqual(splitter.split('schoolgebouwonderwijs'), ['school', 'gebouw', 'onderwijs']);
});

test('leaves simple words and derivations whole', () => {
  assert.equal(splitter.split('eenzaamheid'), null);
  assert.equal(splitter.split('bestand'), null);
  assert.equal(splitter.split('zorg'), null);
});
