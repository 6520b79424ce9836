import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MatchEngine, type MatchDocument } from './index.ts';
import { loadLexicon } from '../lexicon/load.ts';
import { isTellingTerm } from './telling-terms.ts';

const doc = (id: string, kind: MatchDocument['kind'], title: string, text: string): MatchDocument => ({
  id,
  kind,
  title,
  text,
  language: 'nl',
});

test('general words, stop words of any language and numbers are not telling terms; words of substance are', () => {
  for (const word of [
    'grote',
    'per',
    'zien',
    'maken',
    'nieuwe',
    'goed',
    'veel',
    'Nouvelle',
    'the',
    'oplossing',
    '2024',
    'of',
  ])
    assert.equal(isTellingTerm(word), false, word);
  for (const word of ['videobellen', 'tablet', 'woonzorgcentrum', 'app', 'parkeersensoren'])
    assert.equal(isTellingTerm(word), true, word);
});

test('verbs of seeking and aiming in any language are filler, not reasons', () => {
  for (const word of ['zoekt', 'gezocht', 'doel', 'seek', 'aim', 'fights', 'chercher', 'lutter', 'contre'])
    assert.equal(isTellingTerm(word), false, word);
});

test('function words the stop lists miss are filler: zodat, ter, mag, weet, één, alleen, lokale', () => {
  for (const word of ['zodat', 'ter', 'mag', 'weet', 'één', 'alleen', 'lokale', 'only', 'seulement'])
    assert.equal(isTellingTerm(word), false, word);
});

test('a match’s shared terms leave out filler words both texts happen to use', () => {
  const engine = new MatchEngine(loadLexicon());
  engine.upsert(
    doc(
      's',
      'solution',
      'Grote nieuwe tablet om te videobellen',
      'Veel bewoners zien per week hun familie. Met deze goede tablet maken zij makkelijk een videogesprek: videobellen wordt eenvoudig.',
    ),
  );
  const [best] = engine.matchesFor(
    doc(
      'c',
      'challenge',
      'Videobellen met grote tablets',
      'Onze bewoners willen veel vaker hun familie zien. Per afdeling maken we een goed plan voor nieuwe tablets.',
    ),
    { kind: 'solution' },
  );
  assert.ok(best, 'the solution matches');
  const shared = best.explanation.sharedTerms.map((term) => term.toLowerCase());
  assert.ok(shared.includes('videobellen'), shared.join(', '));
  for (const filler of ['grote', 'per', 'zien', 'maken', 'nieuwe', 'goed', 'goede', 'veel'])
    assert.ok(!shared.includes(filler), `${filler} in ${shared.join(', ')}`);
});
