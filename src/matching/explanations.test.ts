// Match explanations people understand: through the engine with the real lexicon, and through the API and the
// match page in the reader's language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { MatchEngine, type Language, type MatchDocument, type MatchExplanation } from './engine/index.ts';
import { means } from './engine/explain.ts';
import { stem } from './engine/text.ts';
import { loadLexicon } from './lexicon/load.ts';
import { lexiconLoadMilliseconds } from './service.ts';
import {
  startHarness,
  createOrganisation,
  createPerson,
  json,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { challengeInput, solutionInput } from '../test-support/items.ts';

const lexicon = loadLexicon();

/** How the engine explains `candidate`'s match for `seeker`, each a title and a text in its language. */
function explain(seeker: [Language, string, string], candidate: [Language, string, string]): MatchExplanation {
  const engine = new MatchEngine(lexicon);
  const [language, title, text] = candidate;
  engine.upsert({ id: 'candidate', kind: 'solution', language, title, text });
  const query: MatchDocument = {
    id: 'seeker',
    kind: 'challenge',
    language: seeker[0],
    title: seeker[1],
    text: seeker[2],
  };
  const match = engine.matchesFor(query, { kind: 'solution' }).find((result) => result.id === 'candidate');
  assert.ok(match, 'the candidate matches');
  return match.explanation;
}

const pairs = (explanation: MatchExplanation) => explanation.translatedTerms.map(({ from, to }) => `${from} → ${to}`);

test('"zoeken" is never explained as "aim": a one-way side sense next to a two-way "seek" does not count', () => {
  assert.equal(
    means({ surface: 'zoeken', stem: stem('zoeken', 'nl') }, 'nl', stem('aim', 'en'), lexicon, 'aim'),
    false,
  );
  assert.equal(
    means({ surface: 'zoeken', stem: stem('zoeken', 'nl') }, 'nl', stem('seek', 'en'), lexicon, 'seek'),
    true,
  );
  const explanation = explain(
    ['nl', 'Wij zoeken armoede te verminderen', 'De gemeente zoekt een aanpak van armoede en zoeken naar werk.'],
    ['en', 'Fighting poverty', 'Our aim is to reduce poverty: we aim at families in poverty.'],
  );
  assert.deepEqual(
    explanation.translatedTerms.filter((pair) => pair.to === 'aim'),
    [],
    pairs(explanation).join(', '),
  );
});

test('a word’s side senses are not shown: zorg is not "annoyance", ziekenhuis is not "institution" (one word of a thesaurus label)', () => {
  const explanation = explain(
    ['nl', 'Zorg in het ziekenhuis', 'Het ziekenhuis wil de zorg voor patiënten verbeteren.'],
    [
      'en',
      'Annoyance in the institution',
      'Patients of the institution report annoyance about waiting times; the institution listens.',
    ],
  );
  const shown = pairs(explanation);
  for (const wrong of ['zorg → annoyance', 'ziekenhuis → institution'])
    assert.ok(!shown.includes(wrong), `${wrong} in ${shown.join(', ')}`);
});

test('right pairs are still shown, Dutch to English and back: armoede → poverty, werkloosheid → unemployment, eenzame → lonely, ziekenhuis → hospital', () => {
  const toEnglish = pairs(
    explain(
      ['nl', 'Armoede en werkloosheid', 'Eenzame bewoners in armoede; werkloosheid in de wijk; het ziekenhuis helpt.'],
      [
        'en',
        'Poverty and unemployment',
        'Lonely residents living in poverty, unemployment in the district, and the hospital nearby.',
      ],
    ),
  );
  for (const right of ['armoede → poverty', 'werkloosheid → unemployment', 'eenzame → lonely', 'ziekenhuis → hospital'])
    assert.ok(toEnglish.includes(right), `${right} not in ${toEnglish.join(', ')}`);
  const toDutch = pairs(
    explain(
      ['en', 'Poverty and unemployment', 'Lonely residents living in poverty and unemployment.'],
      ['nl', 'Armoede en werkloosheid', 'Eenzame bewoners in armoede en werkloosheid.'],
    ),
  );
  for (const right of ['poverty → armoede', 'unemployment → werkloosheid'])
    assert.ok(toDutch.includes(right), `${right} not in ${toDutch.join(', ')}`);
});

test('French pairs: look-alikes through the Dutch pivot are shown (hôpital → hospital, énergie → energy), a pivot side sense is not (énergie → verve)', () => {
  const shown = pairs(
    explain(
      ['fr', 'L’énergie de l’hôpital', 'Économiser l’énergie à l’hôpital et réduire la pauvreté.'],
      ['en', 'Energy for the hospital', 'The hospital saves energy; less poverty.'],
    ),
  );
  for (const right of ['hôpital → hospital', 'énergie → energy', 'pauvreté → poverty'])
    assert.ok(shown.includes(right), `${right} not in ${shown.join(', ')}`);
  const verve = pairs(
    explain(
      ['fr', 'L’énergie de l’hôpital', 'Économiser l’énergie à l’hôpital.'],
      ['en', 'Verve at the hospital', 'Nurses with verve in the hospital.'],
    ),
  );
  assert.ok(!verve.some((pair) => pair.startsWith('énergie')), verve.join(', '));
});

test('Dutch and French meet through English in a sense both dictionaries confirm: armoede → pauvreté, chauffage → verwarming; not compte → uitleg (account one way only)', () => {
  const shown = pairs(
    explain(['nl', 'Armoede', 'Armoede in de stad.'], ['fr', 'La pauvreté', 'La pauvreté en ville.']),
  );
  assert.ok(shown.includes('armoede → pauvreté'), shown.join(', '));
  const heating = pairs(
    explain(
      ['fr', 'Le chauffage et le compte', 'Le chauffage des écoles et le compte client.'],
      ['nl', 'Verwarming en uitleg', 'De verwarming van scholen, met uitleg.'],
    ),
  );
  assert.ok(heating.includes('chauffage → verwarming'), heating.join(', '));
  assert.ok(!heating.includes('compte → uitleg'), heating.join(', '));
});

test('a Dutch–French pair needs the sense of each word itself, not of another word with its stem: rester is not overheden (stem "over")', () => {
  const shown = pairs(
    explain(
      ['fr', 'Rester chez soi', 'Les personnes âgées veulent rester chez elles.'],
      ['nl', 'Overheden helpen', 'Lokale overheden helpen ouderen thuis.'],
    ),
  );
  assert.ok(!shown.includes('rester → overheden'), shown.join(', '));
});

test('a Dutch–French pair needs the English word among each word’s first senses: juste (right, sixth) is not rechten', () => {
  const shown = pairs(
    explain(
      ['fr', 'Un prix juste', 'Un prix juste pour tous.'],
      ['nl', 'Rechten en prijs', 'De rechten van klanten en een eerlijke prijs.'],
    ),
  );
  assert.ok(!shown.includes('juste → rechten'), shown.join(', '));
});

test('the same word in two languages is a shared word, not a translation; each shared word is named once', () => {
  const explanation = explain(
    ['en', 'Artificial intelligence for transport', 'Intelligence in public transport, transport for all.'],
    ['fr', 'Intelligence artificielle et transport', 'Le transport public avec intelligence artificielle.'],
  );
  assert.ok(explanation.sharedTerms.includes('intelligence'), explanation.sharedTerms.join(', '));
  assert.ok(!explanation.translatedTerms.some((pair) => pair.from === 'intelligence'), pairs(explanation).join(', '));
  assert.equal(new Set(explanation.sharedTerms).size, explanation.sharedTerms.length);
});

test('a concept is not named when the texts only share part of its name: health is not e-Health', () => {
  const explanation = explain(
    ['nl', 'Gezondheid van leerlingen', 'De gezondheid van leerlingen op school.'],
    ['en', 'Health of pupils', 'The health of pupils at school.'],
  );
  const names = explanation.concepts.map((concept) => concept.label.en);
  assert.ok(!names.includes('e-Health'), names.join(', '));
  assert.ok(names.includes('pupil'), names.join(', '));
});

describeThroughTheApi();

/** The API and the match page name a shared concept in the reader's language. */
function describeThroughTheApi(): void {
  let h: Harness;
  let challengeId: string;
  const publish = async (
    kind: 'challenges' | 'solutions',
    owner: TestPerson,
    ambassador: TestPerson,
    input: Record<string, unknown>,
  ) => {
    const created = await h.app.inject({ method: 'POST', url: `/api/v1/${kind}`, headers: owner.auth, payload: input });
    const id = created.json().id as string;
    await h.app.inject({
      method: 'POST',
      url: `/api/v1/${kind}/${id}/transitions`,
      headers: owner.auth,
      payload: { action: 'submit' },
    });
    await h.app.inject({
      method: 'POST',
      url: `/api/v1/${kind}/${id}/transitions`,
      headers: ambassador.auth,
      payload: { action: 'publish' },
    });
    return id;
  };

  before(async () => {
    h = await startHarness();
    const city = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Stad Mechelen'));
    const provider = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Clearview Ltd'));
    const ambassador = await createPerson(h.db, 'ambassador');
    await publish(
      'solutions',
      provider,
      ambassador,
      solutionInput({
        title: 'Artificial intelligence against poverty',
        language: 'en',
        languages: ['en'],
        description: 'Artificial intelligence finds households in poverty that miss the support they are entitled to.',
      }),
    );
    challengeId = await publish(
      'challenges',
      city,
      ambassador,
      challengeInput({
        title: 'Kunstmatige intelligentie tegen armoede',
        description:
          'Wij willen met kunstmatige intelligentie gezinnen in armoede vinden die hun rechten niet opnemen.',
      }),
    );
  });
  after(() => h.close());

  const readers: [string, RegExp][] = [
    ['nl', /^Beide gaan over: .*kunstmatige intelligentie/],
    ['fr', /^Les deux portent sur\u00a0: .*intelligence artificielle/],
    ['en', /^Both are about: .*artificial intelligence/],
  ];
  for (const [locale, concept] of readers) {
    test(`the match API names a shared concept in the ${locale} reader’s language`, async () => {
      const body = json<{ items: { reasons: string[] }[] }>(
        await h.app.inject({
          url: `/api/v1/challenges/${challengeId}/matches`,
          headers: { 'accept-language': locale },
        }),
      );
      const reasons = body.items[0]?.reasons ?? [];
      assert.ok(
        reasons.some((reason) => concept.test(reason)),
        reasons.join(' | '),
      );
    });
  }

  test('once the server’s engine is built, the lexicon’s load time is known for the start-up log', () => {
    const milliseconds = lexiconLoadMilliseconds();
    assert.ok(milliseconds !== undefined && milliseconds > 0, String(milliseconds));
  });

  test('the match page names the shared concept and the pair in the reader’s language', async () => {
    const page = await h.app.inject({ url: `/challenges/${challengeId}`, headers: { 'accept-language': 'fr' } });
    assert.match(page.body, /Les deux portent sur\u00a0: [^<]*intelligence artificielle/);
    assert.match(page.body, /Par-delà la langue\u00a0: [^<]*armoede → poverty/);
  });
}
