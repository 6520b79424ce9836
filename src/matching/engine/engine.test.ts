import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MatchEngine, type MatchDocument } from './index.ts';
import { loadLexicon } from '../lexicon/load.ts';

const lexicon = loadLexicon(); // once for the file: it is the slow part

function solution(id: string, title: string, text: string, extra: Partial<MatchDocument> = {}): MatchDocument {
  return { id, kind: 'solution', title, text, ...extra };
}
function challenge(id: string, title: string, text: string, extra: Partial<MatchDocument> = {}): MatchDocument {
  return { id, kind: 'challenge', title, text, ...extra };
}

function engineWith(docs: MatchDocument[]): MatchEngine {
  const engine = new MatchEngine(lexicon);
  for (const doc of docs) engine.upsert(doc);
  return engine;
}

const catalogue = [
  solution(
    's-tablet',
    'Tablet voor zorg voor ouderen',
    'Een eenvoudige tablet waarmee ouderen in het woonzorgcentrum videobellen met familie.',
    { language: 'nl' },
  ),
  solution(
    's-lessen',
    'Platform voor onderwijs op afstand',
    'Leerkrachten geven les op afstand met live video en opdrachten voor leerlingen.',
    { language: 'nl' },
  ),
  solution(
    's-parking',
    'Slimme parkeersensoren',
    'Sensoren tonen vrije parkeerplaatsen in het centrum van de gemeente.',
    { language: 'nl' },
  ),
  solution(
    's-energy',
    'Energy monitoring for schools',
    'Smart meters and a dashboard that help schools reduce their energy use.',
    { language: 'en' },
  ),
];

test('ranks the solution sharing the rare words of a challenge first', () => {
  const engine = engineWith(catalogue);
  const results = engine.matchesFor(
    challenge('c1', 'Vrije parkeerplaatsen vinden', 'Bezoekers zoeken lang naar een parkeerplaats in het centrum.'),
    { kind: 'solution' },
  );
  assert.equal(results[0]!.id, 's-parking');
  assert.ok(results[0]!.score > 0 && results[0]!.score <= 1);
  assert.ok(
    results.every((r, i) => i === 0 || results[i - 1]!.score >= r.score),
    'sorted by score',
  );
});

test('finds a solution about zorg voor ouderen for a challenge about ouderenzorg', () => {
  const engine = engineWith(catalogue);
  const results = engine.matchesFor(challenge('c2', 'Digitale ouderenzorg', 'Wij willen de ouderenzorg verbeteren.'), {
    kind: 'solution',
  });
  assert.equal(results[0]!.id, 's-tablet');
  assert.ok(results[0]!.explanation.sharedTerms.includes('zorg'));
});

test('finds a solution about onderwijs op afstand for a challenge about afstandsonderwijs', () => {
  const engine = engineWith(catalogue);
  const results = engine.matchesFor(
    challenge('c3', 'Afstandsonderwijs', 'Een school zoekt een oplossing voor afstandsonderwijs.'),
    { kind: 'solution' },
  );
  assert.equal(results[0]!.id, 's-lessen');
});

test('a Dutch challenge finds an English solution', () => {
  const engine = engineWith([
    solution(
      'en-energy',
      'Energy monitoring for schools',
      'Smart meters and a dashboard help schools reduce their energy consumption.',
    ),
    solution(
      'en-loneliness',
      'Video calls against loneliness',
      'Elderly people in care homes keep in touch with their family through simple video calls.',
    ),
    solution('en-traffic', 'Traffic counting cameras', 'Cameras count bicycles and cars on busy roads.'),
  ]);
  const results = engine.matchesFor(
    challenge(
      'c4',
      'Eenzaamheid bij ouderen',
      'Onze bewoners voelen zich eenzaam; wij zoeken videobellen met de familie.',
      { language: 'nl' },
    ),
    { kind: 'solution' },
  );
  assert.equal(results[0]!.id, 'en-loneliness');
  const { explanation } = results[0]!;
  assert.deepEqual(explanation.languages, ['nl', 'en']);
  assert.equal(explanation.sameLanguage, false);
  assert.ok(explanation.translatedTerms.length > 0, 'explains the match by translated words');
});

test('a French challenge finds the fitting solution in Dutch or English', () => {
  const engine = engineWith(catalogue);
  const results = engine.matchesFor(
    challenge(
      'c5',
      'Économie d’énergie dans les écoles',
      'Nous voulons réduire la consommation d’énergie de nos écoles.',
      { language: 'fr' },
    ),
    { kind: 'solution' },
  );
  assert.equal(results[0]!.id, 's-energy');
});

test('explanations name shared words, languages and both scores', () => {
  const engine = engineWith(catalogue);
  const [best] = engine.matchesFor(challenge('c6', 'Slimme sensoren voor parkeerplaatsen', 'In de gemeente.'), {
    kind: 'solution',
  });
  const explanation = best!.explanation;
  assert.ok(explanation.sharedTerms.includes('parkeerplaatsen'));
  assert.ok(explanation.sharedTerms.includes('sensoren'));
  assert.deepEqual(explanation.languages, ['nl', 'nl']);
  assert.equal(explanation.sameLanguage, true);
  assert.ok(explanation.textScore > 0 && explanation.textScore <= 1);
  assert.equal(explanation.structureScore, 1, 'a shared language is the only structured signal known here');
  assert.deepEqual(JSON.parse(JSON.stringify(best)).explanation.sharedTerms, explanation.sharedTerms, 'serialises');
});

test('explanations list EuroVoc concepts both documents mention, with labels in three languages', () => {
  const engine = engineWith([
    solution(
      's-ai',
      'Artificial intelligence for municipalities',
      'We apply artificial intelligence to public services.',
    ),
  ]);
  const [best] = engine.matchesFor(
    challenge('c7', 'Kunstmatige intelligentie', 'Hoe kan kunstmatige intelligentie onze diensten helpen?', {
      language: 'nl',
    }),
    { kind: 'solution' },
  );
  const concept = best!.explanation.concepts.find((c) => c.label.en === 'artificial intelligence');
  assert.ok(concept, 'shares the concept artificial intelligence');
  assert.equal(concept.label.nl, 'kunstmatige intelligentie');
});

test('structured fit (sectors, spearheads, regions, maturity) lifts the better-fitting of two equal texts', () => {
  const text = 'A booking system for sports halls with online payment.';
  const engine = engineWith([
    solution('s-far', 'Sports hall booking', text, {
      sectors: ['sport'],
      regions: ['Limburg'],
      spearheads: [2],
      maturity: 4,
    }),
    solution('s-near', 'Sports hall booking', text, {
      sectors: ['sport'],
      regions: ['Antwerpen'],
      spearheads: [5],
      maturity: 8,
    }),
  ]);
  const seeker = challenge('c8', 'Booking sports halls', 'Our municipality wants online booking of sports halls.', {
    sectors: ['sport'],
    regions: ['Antwerpen'],
    spearheads: [5],
    maturity: 7,
  });
  const results = engine.matchesFor(seeker, { kind: 'solution' });
  assert.deepEqual(
    results.map((r) => r.id),
    ['s-near', 's-far'],
  );
  assert.deepEqual(results[0]!.explanation.regions, ['Antwerpen']);
  assert.deepEqual(results[0]!.explanation.spearheads, [5]);
  assert.ok(results[0]!.explanation.structureScore > results[1]!.explanation.structureScore);
});

test('closed and excluded documents are not offered', () => {
  const engine = engineWith([
    challenge('c-open', 'Parking sensors wanted', 'We need parking sensors.'),
    challenge('c-closed', 'Parking sensors wanted', 'We need parking sensors.', { open: false }),
    challenge('c-excluded', 'Parking sensors wanted', 'We need parking sensors.'),
  ]);
  const results = engine.matchesFor(solution('s1', 'Parking sensors', 'Sensors for parking.'), {
    kind: 'challenge',
    excludeIds: ['c-excluded'],
  });
  assert.deepEqual(
    results.map((r) => r.id),
    ['c-open'],
  );
});

test('new, changed and removed documents are matched at once', () => {
  const engine = engineWith(catalogue);
  const seeker = challenge('c9', 'Drones voor inspectie van daken', 'Wij zoeken drones.');
  assert.equal(engine.matchesFor(seeker, { kind: 'solution' }).length, 0);
  engine.upsert(solution('s-drone', 'Drones', 'Drones inspecteren daken.'));
  assert.equal(engine.matchesFor(seeker, { kind: 'solution' })[0]!.id, 's-drone');
  engine.upsert(solution('s-drone', 'Camera', 'Een camera voor de voordeur.'));
  assert.notEqual(engine.matchesFor(seeker, { kind: 'solution' })[0]?.id, 's-drone');
  engine.remove('s-drone');
  assert.equal(engine.has('s-drone'), false);
  assert.equal(engine.size('solution'), catalogue.length);
  assert.equal(engine.size(), catalogue.length);
});

test('stays correct after many removals compact the index', () => {
  const engine = new MatchEngine(lexicon);
  for (let i = 0; i < 3000; i += 1)
    engine.upsert(solution(`s${i}`, `Oplossing ${i}`, i % 2 ? 'parkeersensoren in de stad' : 'energie in scholen'));
  for (let i = 0; i < 2500; i += 1) engine.remove(`s${i}`);
  const results = engine.matchesFor(challenge('c', 'Parkeersensoren', 'Parkeersensoren gezocht'), {
    kind: 'solution',
    limit: 1000,
  });
  assert.equal(engine.size('solution'), 500);
  assert.ok(
    results.every((r) => Number(r.id.slice(1)) >= 2500),
    'no removed document comes back',
  );
  assert.ok(
    results.slice(0, 250).every((r) => Number(r.id.slice(1)) % 2 === 1),
    'the parking documents lead',
  );
});

test('search tolerates typos', () => {
  const engine = engineWith(catalogue);
  assert.equal(engine.search('parkeersensorren')[0]?.id, 's-parking');
  assert.equal(engine.search('afstnd onderwijs', { kind: 'solution' })[0]?.id, 's-lessen');
  assert.equal(engine.search('parkeersensorren', { fuzzy: false }).length, 0);
});

test('search without a kind searches challenges and solutions', () => {
  const engine = engineWith([
    ...catalogue,
    challenge('c-parking', 'Parkeren in het centrum', 'Te weinig parkeerplaatsen.'),
  ]);
  const ids = engine.search('parkeerplaatsen centrum').map((r) => r.id);
  assert.ok(ids.includes('c-parking') && ids.includes('s-parking'));
});

test('search before you post shows similar existing documents of the same kind', () => {
  const engine = engineWith([
    ...catalogue,
    challenge('c-old', 'Tablets voor bewoners van het woonzorgcentrum', 'Videobellen met familie.'),
  ]);
  const similar = engine.similar({
    kind: 'challenge',
    title: 'Videobellen in het woonzorgcentrum',
    text: 'Bewoners willen hun familie zien.',
  });
  assert.deepEqual(
    similar.map((r) => r.id),
    ['c-old'],
  );
});

test('precomputed embedding vectors re-rank candidates with equal texts', () => {
  const text = 'Een app voor buurtwerking.';
  const engine = engineWith([
    solution('s-a', 'Buurt app', text, { vector: Float32Array.from([1, 0]) }),
    solution('s-b', 'Buurt app', text, { vector: Float32Array.from([0, 1]) }),
  ]);
  const results = engine.matchesFor(
    challenge('c', 'Buurt app', 'Buurtwerking', { vector: Float32Array.from([0.1, 1]) }),
    { kind: 'solution' },
  );
  assert.deepEqual(
    results.map((r) => r.id),
    ['s-b', 's-a'],
  );
});

test('a challenge in British spelling finds the solution written in American spelling', () => {
  const engine = engineWith([
    solution(
      'us',
      'Route optimization for electrolyzers',
      'We optimize the behavior of hydrogen electrolyzers in a neighborhood grid.',
      { language: 'en' },
    ),
    solution('other', 'Hydrogen storage tanks', 'Safe tanks store hydrogen for buses in the city grid.', {
      language: 'en',
    }),
  ]);
  const [best] = engine.matchesFor(
    challenge('c-uk', 'Optimisation of electrolysers', 'Optimising their behaviour in the neighbourhood.', {
      language: 'en',
    }),
    { kind: 'solution' },
  );
  assert.equal(best!.id, 'us');
});

test('a bracketed qualifier in a challenge title weighs less than its subject', () => {
  const docs = [
    solution('subject', 'Robots for welding', 'Collaborative robots weld steel parts in small workshops.', {
      language: 'en',
    }),
    solution(
      'qualifier',
      'Partnership network',
      'A partnership network shares good practice; the network grows with each partnership.',
      { language: 'en' },
    ),
    solution('unrelated', 'School meals', 'Healthy meals for pupils.', { language: 'en' }),
  ];
  const best = (qualifierWeight: number) => {
    const engine = new MatchEngine(lexicon, { qualifierWeight });
    for (const doc of docs) engine.upsert(doc);
    return engine.matchesFor(challenge('c-q', 'Welding robots (partnership network)', '', { language: 'en' }), {
      kind: 'solution',
    })[0]!.id;
  };
  assert.equal(best(0.5), 'subject');
  assert.equal(best(1), 'qualifier', 'counted fully, the qualifier would win');
});

test('words that name members of a JavaScript object (constructor, __proto__, toString) are ordinary words', () => {
  const names = Object.getOwnPropertyNames(Object.prototype);
  const text = names.join(' ');
  const docs = (['nl', 'en', 'fr'] as const).map((language) =>
    solution(`s-${language}`, `Over ${names[0]}`, text, { language }),
  );
  const engine = engineWith([...catalogue, ...docs]);
  for (const language of ['nl', 'en', 'fr'] as const) {
    for (const name of names) {
      const results = engine.matchesFor(
        challenge(`c-${language}-${name}`, name, `${name} ${name.toLowerCase()}`, { language }),
        { kind: 'solution' },
      );
      assert.ok(
        results.some((r) => r.id.startsWith('s-') && docs.some((d) => d.id === r.id)),
        `${language}: ${name}`,
      );
    }
  }
  assert.ok(engine.search('constructor').length > 0);
});
