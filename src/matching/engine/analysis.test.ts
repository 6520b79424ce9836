import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseText, queryGroups } from './analysis.ts';
import type { AnalysisWeights } from './types.ts';
import { CompoundSplitter } from './compounds.ts';
import { Lexicon } from './lexicon.ts';

const lexicon = new Lexicon();
const weights: AnalysisWeights = {
  partWeight: 0.5,
  translationWeight: 1,
  conceptWeight: 0,
  queryTitleWeight: 1,
  qualifierWeight: 0.5,
};
const tools = { lexicon, splitter: new CompoundSplitter([]), weights };

function groupWeights(title: string): Map<string, number> {
  const groups = queryGroups(analyseText(title, '', lexicon, 'en'), tools);
  return new Map(groups.map((g) => [g.alternatives[0]!.term, g.weight]));
}

test('a query word in brackets counts qualifierWeight, the subject fully', () => {
  const byTerm = groupWeights('Robotics for manufacturing (pilot)');
  assert.equal(byTerm.get('robot'), 1);
  assert.equal(byTerm.get('manufactur'), 1);
  assert.equal(byTerm.get('pilot'), 0.5);
});

test('a word both in the subject and in brackets adds up both weights', () => {
  const byTerm = groupWeights('Energy storage (energy)');
  assert.equal(byTerm.get('energi'), 1 + Math.log(1.5));
});
