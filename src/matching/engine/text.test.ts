import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, detectLanguage, foldDiacritics, normalise, stem } from './text.ts';

test('detects Dutch, English and French from their frequent words', () => {
  assert.equal(detectLanguage('Wij zoeken een oplossing voor de eenzaamheid van ouderen in het woonzorgcentrum.'), 'nl');
  assert.equal(detectLanguage('We are looking for a tool that helps teachers with remote teaching.'), 'en');
  assert.equal(detectLanguage('Nous cherchons une solution pour les soins aux personnes âgées dans la commune.'), 'fr');
  assert.equal(detectLanguage('12345'), 'other');
});

test('a short text without frequent words is recognised by its vocabulary', () => {
  const vocabularies = { en: new Set(['cultur', 'heritag']), nl: new Set(['erfgoed']) };
  assert.equal(detectLanguage('Cultural heritage', vocabularies), 'en');
});

test('normalises the Dutch ĳ ligature, curly apostrophes and diacritics', () => {
  assert.equal(normalise('Bĳzonder’s'), "bijzonder's");
  assert.equal(foldDiacritics('efficiënt numérique één'), 'efficient numerique een');
});

test('stems plural and inflected forms to one term per language', () => {
  assert.equal(stem('scholen', 'nl'), stem('scholen', 'nl'));
  assert.equal(stem('technologies', 'en'), stem('technology', 'en'));
  assert.equal(stem('écoles', 'fr'), stem('école', 'fr'));
  assert.equal(stem('numérique', 'fr'), 'numer');
});

test('analysis drops stop words and keeps positions', () => {
  const tokens = analyse('Zorg voor de ouderen', 'nl');
  assert.deepEqual(tokens.map((t) => t.surface), ['zorg', 'ouderen']);
  assert.deepEqual(tokens.map((t) => t.position), [0, 3]);
});
