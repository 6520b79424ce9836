import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseText, conceptIds } from './analysis.ts';
import { loadLexicon } from '../lexicon/load.ts';

const lexicon = loadLexicon(); // the real lexicon: the collisions tested here come from its labels

test('a one-word concept label counts only as that word or its plural in its own language', () => {
  const concepts = (text: string, language: 'nl' | 'fr' | 'en') =>
    conceptIds(analyseText(text, '', lexicon, language), lexicon).map((id) => lexicon.concept(id)!.label.en);
  const dutch = concepts('Bewoners videobellen zonder account. De leerlingen en de leerkracht.', 'nl');
  assert.ok(
    !dutch.includes('accounting') && !dutch.includes('accountant'),
    'a Dutch "account" is not English accounting',
  );
  assert.ok(dutch.includes('pupil') && dutch.includes('teacher'), 'leerlingen is the plural of the label leerling');
  const french = concepts('Les communes gèrent les permis.', 'fr');
  assert.ok(french.includes('municipality'), 'communes is the plural of the label commune');
  assert.ok(!french.includes('Communism'), '"communes" and "communisme" share a stem, not a meaning');
});

test('a label of several words is found by its stems, inflected as the text has it', () => {
  const ids = conceptIds(
    analyseText('Toepassingen van kunstmatige intelligentie in de zorg', '', lexicon, 'nl'),
    lexicon,
  );
  assert.ok(ids.map((id) => lexicon.concept(id)!.label.en).includes('artificial intelligence'));
});
