import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MatchEngine, type MatchDocument } from './index.ts';
import { loadLexicon } from '../lexicon/load.ts';
import { FEATURE_NAMES, type FeatureName } from './rerank-features.ts';
import { LinearReranker, trainedReranker, type Reranker } from './rerank.ts';
import trained from './rerank-weights.json' with { type: 'json' };

const lexicon = loadLexicon();

const solutions: MatchDocument[] = [
  // The query's words in the title.
  {
    id: 'title',
    kind: 'solution',
    title: 'Heat pumps for district heating',
    text: 'A project on renewable energy in cities.',
    language: 'en',
  },
  // The same words in the body only, repeated (the title counts thrice, so this one still scores lower).
  {
    id: 'body',
    kind: 'solution',
    title: 'Renewable energy for cities',
    language: 'en',
    text: 'Heat pumps feed district heating networks. Large heat pumps and district heating lower emissions; heat pumps in district heating grids.',
  },
  {
    id: 'other',
    kind: 'solution',
    title: 'Bicycle lanes',
    text: 'Safer bicycle lanes in the city centre.',
    language: 'en',
  },
];
const query: MatchDocument = {
  id: 'q',
  kind: 'challenge',
  title: 'heat pumps for district heating',
  text: '',
  language: 'en',
};

function feature(vector: Float64Array, name: FeatureName): number {
  return vector[FEATURE_NAMES.indexOf(name)]!;
}

/** An engine whose re-ranker records each candidate's features and keeps the order as scored. */
function recordingEngine(): { engine: MatchEngine; seen: Map<string, Float64Array> } {
  const seen = new Map<string, Float64Array>();
  const reranker: Reranker = {
    scores(features, ids) {
      ids.forEach((id, i) => seen.set(id, features[i]!));
      return features.map((vector) => feature(vector, 'text'));
    },
  };
  const engine = new MatchEngine(lexicon, { reranker });
  for (const doc of solutions) engine.upsert(doc);
  return { engine, seen };
}

function weighted(weights: Partial<Record<FeatureName, number>>): MatchEngine {
  const engine = new MatchEngine(lexicon, { reranker: new LinearReranker({ weights: { text: 1, ...weights } }) });
  for (const doc of solutions) engine.upsert(doc);
  return engine;
}

test('features: title and body matches, coverage, title share and rank are measured per field', () => {
  const { engine, seen } = recordingEngine();
  const results = engine.matchesFor(query, { kind: 'solution' });
  const title = seen.get('title')!;
  const body = seen.get('body')!;
  assert.equal(feature(title, 'titleCoverage'), 1, 'every query word is in the title');
  assert.equal(feature(body, 'titleCoverage'), 0, "none of them is in the body document's title");
  assert.equal(feature(title, 'coverage'), 1);
  assert.equal(feature(body, 'coverage'), 1);
  assert.ok(feature(title, 'titleMatch') > 0 && feature(body, 'titleMatch') === 0);
  assert.ok(
    feature(body, 'bodyMatch') > feature(title, 'bodyMatch'),
    'the body document repeats the words in its body',
  );
  assert.equal(feature(title, 'titleShare'), 1, 'its title is all query words (stop words aside)');
  assert.ok(feature(title, 'proximity') > 0, "the query's word pairs stand side by side");
  assert.equal(feature(seen.get(results[0]!.id)!, 'rank'), 1, 'the first candidate has rank feature 1/log2(2)');
  for (const vector of seen.values())
    assert.ok(
      vector.every((x) => x >= 0 && x <= 1),
      'every feature lies in 0..1',
    );
});

test('the text feature is the score the engine ranks by without re-ranking', () => {
  const { engine, seen } = recordingEngine();
  const plain = new MatchEngine(lexicon, { reranker: null });
  for (const doc of solutions) plain.upsert(doc);
  const expected = plain.matchesFor(query, { kind: 'solution' });
  engine.matchesFor(query, { kind: 'solution' });
  // The explanation shows the text score to three decimals.
  for (const result of expected)
    assert.ok(Math.abs(feature(seen.get(result.id)!, 'text') - result.explanation.textScore) <= 0.0005);
});

test('a ranking changes as the weights say: a heavy body-match weight puts the body match first, a heavy title one keeps the title match first', () => {
  const plain = new MatchEngine(lexicon, { reranker: null });
  for (const doc of solutions) plain.upsert(doc);
  assert.equal(plain.matchesFor(query, { kind: 'solution' })[0]!.id, 'title', 'as scored, the title document leads');
  assert.equal(weighted({ bodyMatch: 1 }).matchesFor(query, { kind: 'solution' })[0]!.id, 'body');
  assert.equal(weighted({ titleShare: -1 }).matchesFor(query, { kind: 'solution' })[0]!.id, 'body');
  assert.equal(weighted({ bodyMatch: 1, titleCoverage: 1 }).matchesFor(query, { kind: 'solution' })[0]!.id, 'title');
});

test('re-ranked results stay sorted by a score between 0 and 1', () => {
  const results = weighted({ titleCoverage: 3 }).matchesFor(query, { kind: 'solution' });
  assert.ok(results.every((r) => r.score >= 0 && r.score <= 1));
  assert.ok(results.every((r, i) => i === 0 || results[i - 1]!.score >= r.score));
});

test('the committed weights file is loaded, its text weight is 1 and every name is a feature', () => {
  const reranker = trainedReranker();
  for (const [name, weight] of Object.entries(trained.weights)) {
    assert.equal(reranker.weights[FEATURE_NAMES.indexOf(name as FeatureName)], weight, name);
  }
  assert.equal(reranker.weights[FEATURE_NAMES.indexOf('text')], 1);
});

test('weights naming an unknown feature, or a text weight other than 1, are refused', () => {
  assert.throws(() => new LinearReranker({ weights: { text: 1, colour: 2 } }), /unknown re-ranking features: colour/);
  assert.throws(() => new LinearReranker({ weights: { text: 2 } }), /must be 1/);
});
