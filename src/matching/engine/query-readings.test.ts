import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readQuery, readWord } from './query-readings.ts';
import { queryGroups } from './analysis.ts';
import type { AnalysisWeights } from './types.ts';
import { CompoundSplitter } from './compounds.ts';
import { loadLexicon } from '../lexicon/load.ts';
import { KNOWN_LANGUAGES } from './text.ts';

const lexicon = loadLexicon();
const weights: AnalysisWeights = {
  partWeight: 0.5,
  translationWeight: 1,
  conceptWeight: 0,
  queryTitleWeight: 1,
  qualifierWeight: 0.5,
};
const tools = { lexicon, splitter: new CompoundSplitter(lexicon.words.nl), weights };
const terms = (word: string) => new Map(readWord(word, KNOWN_LANGUAGES, tools).own.map((a) => [a.term, a.weight]));

test('an English word is also read as the Dutch words translating into it: "lonely" reaches eenzaam(heid)', () => {
  assert.ok(terms('lonely').has('eenzam'));
});

test('an English "-liness" noun is read through its adjective, which the dictionaries translate', () => {
  const loneliness = terms('loneliness');
  assert.equal(loneliness.get('loneli'), 1);
  assert.ok(loneliness.has('lone'));
  assert.ok(loneliness.has('eenzam'));
});

test('a word that is no English word brings no words translating into its English reading: "mayores" is no "mayor"', () => {
  const mayores = terms('mayores');
  assert.ok(mayores.has('elder'), 'its Spanish translations stay');
  assert.equal(mayores.has('burgemeester'), false);
});

test('a Dutch word is read in Dutch too when it is also an English-looking word, and its translations stay', () => {
  const eenzaam = terms('eenzaam');
  assert.equal(eenzaam.get('eenzam'), 1);
  assert.ok(eenzaam.has('lone'));
});

test('the translations of a word with many senses share one weight, its own stem keeps full weight', () => {
  const translated = readWord('oud', ['nl'], tools).own.filter((a) => a.term !== 'oud');
  assert.ok(translated.length > 1);
  assert.ok(translated.reduce((sum, a) => sum + a.weight, 0) <= 1 + 1e-9);
});

test('an unlisted Dutch compound is read through the known word it ends in: "telewerk" → werk', () => {
  const { parts } = readWord('telewerk', KNOWN_LANGUAGES, tools);
  assert.deepEqual(
    parts.map((p) => p[0]!.term),
    ['werk'],
  );
  assert.ok(parts[0]!.some((a) => a.term === 'work'));
});

test('a known word gets no guessed tail part', () => {
  assert.deepEqual(readWord('eenzaamheid', KNOWN_LANGUAGES, tools).parts, []);
});

test('a query keeps one group per content word and leaves out the stop words of every language', () => {
  const groups = queryGroups(readQuery('solitude des personnes âgées', ''), tools);
  assert.deepEqual(
    groups.filter((g) => g.surface).map((g) => g.surface),
    ['solitude', 'personnes', 'âgées'],
  );
});
