import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, detectLanguage, foldDiacritics, normalise, stem, unifySpelling } from './text.ts';

test('detects Dutch, English and French from their frequent words', () => {
  assert.equal(
    detectLanguage('Wij zoeken een oplossing voor de eenzaamheid van ouderen in het woonzorgcentrum.'),
    'nl',
  );
  assert.equal(detectLanguage('We are looking for a tool that helps teachers with remote teaching.'), 'en');
  assert.equal(detectLanguage('Nous cherchons une solution pour les soins aux personnes âgées dans la commune.'), 'fr');
  assert.equal(detectLanguage('12345'), 'other');
});

test('tells Spanish and Basque from French and Dutch although they share words such as de, en and que', () => {
  assert.equal(detectLanguage('Parece que la escuela de mi hija necesita ordenadores nuevos.'), 'es');
  assert.equal(detectLanguage('Creo que el hospital de la ciudad busca una solución.'), 'es');
  assert.equal(detectLanguage('Gure eskolak ordenagailu berriak behar ditu eta ez dago dirurik.'), 'eu');
  assert.equal(detectLanguage('Je pense que la commune en a besoin.'), 'fr');
  assert.equal(detectLanguage('Ik denk dat de school en de gemeente dat willen.'), 'nl');
});

test('a word known in a language counts half as much as a stop word of another', () => {
  const vocabularies = { es: new Set(['hospital', 'ciudad']), en: new Set([]) };
  assert.equal(detectLanguage('the hospital', vocabularies), 'en');
  assert.equal(detectLanguage('hospital ciudad', vocabularies), 'es');
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
  assert.deepEqual(
    tokens.map((t) => t.surface),
    ['zorg', 'ouderen'],
  );
  assert.deepEqual(
    tokens.map((t) => t.position),
    [0, 3],
  );
});

test('British and American spellings of an English word share one stem', () => {
  const pairs = [
    ['optimisation', 'optimization'],
    ['organised', 'organized'],
    ['electrolysers', 'electrolyzers'],
    ['behaviour', 'behavior'],
    ['neighbourhoods', 'neighborhoods'],
    ['dialogue', 'dialog'],
    ['kilometres', 'kilometers'],
    ['ageing', 'aging'],
    ['programme', 'program'],
    ['centre', 'center'],
    ['paediatric', 'pediatric'],
    ['anaemia', 'anemia'],
  ];
  for (const [british, american] of pairs)
    assert.equal(stem(british!, 'en'), stem(american!, 'en'), `${british} / ${american}`);
});

test('spelling unification leaves words with a single spelling alone', () => {
  for (const word of [
    'expertise',
    'promise',
    'precise',
    'enterprise',
    'size',
    'citizen',
    'horizon',
    'four',
    'contour',
    'rogue',
    'aerial',
  ]) {
    assert.equal(unifySpelling(word), word);
  }
  assert.notEqual(stem('labour', 'en'), stem('label', 'en'));
});

test('spelling is unified in English only: the French centre stays centre', () => {
  assert.equal(stem('centre', 'en'), stem('center', 'en'));
  assert.notEqual(stem('centre', 'fr'), stem('center', 'fr'));
});

test('words in brackets are marked as qualifiers', () => {
  const tokens = analyse('Manufacturing in SMEs (Made in Europe Partnership) [IA] for industry', 'en');
  const qualifiers = tokens.filter((t) => t.qualifier).map((t) => t.surface);
  assert.deepEqual(qualifiers, ['made', 'europe', 'partnership', 'ia']);
  assert.deepEqual(
    tokens.filter((t) => !t.qualifier).map((t) => t.surface),
    ['manufacturing', 'smes', 'industry'],
  );
});
