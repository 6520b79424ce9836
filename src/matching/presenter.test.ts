import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTranslator } from '../i18n/translator.ts';
import { catalogues } from '../i18n/messages.ts';
import type { MatchExplanation } from './engine/index.ts';
import { conceptName, explainMatch } from './presenter.ts';

const explanation: MatchExplanation = {
  sharedTerms: ['videobellen', 'grote', 'per', 'zien', 'maken', 'tablet', 'nieuwe', 'Veel'],
  translatedTerms: [],
  concepts: [
    { id: '1', label: { nl: 'Aarhus (provincie)', en: 'Århus (county)', fr: 'Århus (comté)' } },
    { id: '2', label: { nl: 'VERZORGING', en: 'CARE', fr: 'SOINS' } },
    { id: '3', label: { nl: 'tablet', en: 'tablet', fr: 'tablette' } },
  ],
  sectors: ['care'],
  spearheads: [],
  regions: [],
  sameLanguage: true,
  languages: ['nl', 'nl'],
  textScore: 0.5,
  structureScore: 0.5,
};

test('no message about matches names the thesaurus behind the concepts, in any language', () => {
  for (const [language, messages] of Object.entries(catalogues)) {
    for (const [key, text] of Object.entries(messages))
      if (key.startsWith('match')) assert.doesNotMatch(text, /eurovoc/i, `${language} ${key}`);
  }
});

test('reasons name shared words of substance only, and concepts as a person would', () => {
  const reasons = explainMatch(createTranslator('nl'), explanation);
  assert.equal(reasons[0], 'Beide teksten spreken over: videobellen, tablet');
  assert.equal(reasons[1], 'Beide gaan over: Aarhus, verzorging');
  for (const reason of explainMatch(createTranslator('fr'), explanation))
    assert.doesNotMatch(reason, /EuroVoc|\(comté\)/);
  assert.match(explainMatch(createTranslator('en'), explanation)[1] ?? '', /^Both are about: Århus, care$/);
});

test('a concept is named in the reader’s language, and in English for a reader language the thesaurus lacks (es, eu)', () => {
  const concept = {
    id: '3',
    label: { nl: 'kunstmatige intelligentie', en: 'artificial intelligence', fr: 'intelligence artificielle' },
  };
  assert.deepEqual(
    ['nl', 'fr', 'en', 'es', 'eu'].map((locale) => conceptName(locale, concept)),
    [
      'kunstmatige intelligentie',
      'intelligence artificielle',
      'artificial intelligence',
      'artificial intelligence',
      'artificial intelligence',
    ],
  );
});
