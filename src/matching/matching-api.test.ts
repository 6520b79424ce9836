import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness,
  createOrganisation,
  createPerson,
  json,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { challengeInput, solutionInput } from '../test-support/items.ts';
import { recordEvent } from '../events/repository.ts';

let h: Harness;
let careHome: TestPerson;
let provider: TestPerson;
let ambassador: TestPerson;

interface MatchBody {
  items: {
    id: string;
    title: string;
    score: number;
    reasons: string[];
    explanation: { sharedTerms: string[]; sameLanguage: boolean };
  }[];
}

async function publish(
  kind: 'challenges' | 'solutions',
  owner: TestPerson,
  input: Record<string, unknown>,
): Promise<string> {
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
}

let challengeId: string;
let videoCalls: string;

before(async () => {
  h = await startHarness();
  careHome = await createPerson(h.db, 'member', await createOrganisation(h.db, 'WZC De Linde'));
  provider = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Beeldlijn bv'));
  ambassador = await createPerson(h.db, 'ambassador');
  videoCalls = await publish('solutions', provider, solutionInput());
  await publish(
    'solutions',
    provider,
    solutionInput({
      title: 'Boekhoudsoftware voor kleine handelaars',
      description: 'Facturen, btw-aangifte en voorraadbeheer in één pakket voor winkels en kmo’s.',
      sectors: ['retail'],
      spearheads: [2],
      kind: 'product',
    }),
  );
  challengeId = await publish(
    'challenges',
    careHome,
    challengeInput({
      title: 'Eenzaamheid in de ouderenzorg doorbreken',
      description:
        'Onze bewoners zien hun kleinkinderen te weinig. We zoeken een manier om vaker met familie te videobellen, ook voor wie geen smartphone kan bedienen.',
    }),
  );
});
after(() => h.close());

test('a challenge about ouderenzorg finds the solution about zorg voor ouderen first, with reasons', async () => {
  const body = json<MatchBody>(await h.app.inject({ url: `/api/v1/challenges/${challengeId}/matches` }));
  assert.equal(body.items[0]?.id, videoCalls);
  assert.ok(body.items[0]!.score > (body.items[1]?.score ?? 0));
  assert.ok(body.items[0]!.reasons.some((r) => r.startsWith('Beide teksten spreken over')));
  assert.ok(body.items[0]!.reasons.some((r) => r.startsWith('Zelfde sector: Zorg en welzijn')));
});

test('explains the match in the caller’s language', async () => {
  const body = json<MatchBody>(
    await h.app.inject({ url: `/api/v1/challenges/${challengeId}/matches`, headers: { 'accept-language': 'en' } }),
  );
  assert.ok(body.items[0]!.reasons.some((r) => r.startsWith('Same sector: Care and welfare')));
});

test('a solution lists the open challenges it fits', async () => {
  const body = json<MatchBody>(await h.app.inject({ url: `/api/v1/solutions/${videoCalls}/matches` }));
  assert.equal(body.items[0]?.id, challengeId);
});

test('a Dutch challenge finds an English solution that fits', async () => {
  const english = await publish(
    'solutions',
    provider,
    solutionInput({
      title: 'Video calling tablet for elderly people in care homes',
      description:
        'A simple tablet with one big button so older residents can make video calls with their grandchildren and family.',
      language: 'en',
      languages: ['en'],
    }),
  );
  const body = json<MatchBody>(await h.app.inject({ url: `/api/v1/challenges/${challengeId}/matches` }));
  const found = body.items.find((m) => m.id === english);
  assert.ok(found, 'the English solution is among the matches');
  assert.equal(found.explanation.sameLanguage, false);
});

test('a newly published solution is matched at once, and an archived one disappears', async () => {
  const fresh = await publish(
    'solutions',
    provider,
    solutionInput({
      title: 'Videobellen met de kleinkinderen voor bewoners',
      description: 'Bewoners bellen hun kleinkinderen en familie met een eenvoudige videobel-app tegen eenzaamheid.',
    }),
  );
  let body = json<MatchBody>(await h.app.inject({ url: `/api/v1/challenges/${challengeId}/matches` }));
  assert.ok(body.items.some((m) => m.id === fresh));
  await h.app.inject({
    method: 'POST',
    url: `/api/v1/solutions/${fresh}/transitions`,
    headers: provider.auth,
    payload: { action: 'archive' },
  });
  body = json<MatchBody>(await h.app.inject({ url: `/api/v1/challenges/${challengeId}/matches` }));
  assert.equal(
    body.items.some((m) => m.id === fresh),
    false,
  );
});

test('a change another instance recorded as an event is in the matches once this instance has read the event', async () => {
  const created = await h.app.inject({
    method: 'POST',
    url: '/api/v1/solutions',
    headers: provider.auth,
    payload: solutionInput({ title: 'Videobellen met familie voor ouderen in het woonzorgcentrum' }),
  });
  const id = created.json().id as string;
  await h.db.transaction().execute(async (tx) => {
    await tx
      .updateTable('solutions')
      .set({ status: 'published', published_at: new Date() })
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, { type: 'item.changed', kind: 'solution', id, status: 'published' });
  });
  await h.services.events.catchUp();
  const matches = await h.services.matching.matchesFor('challenge', challengeId, null);
  assert.ok(matches.some((m) => m.id === id));
});

test('a confidential solution is never shown to a visitor as a match', async () => {
  const secret = await publish(
    'solutions',
    provider,
    solutionInput({ title: 'Vertrouwelijke videobel-oplossing voor ouderen', classification: 'confidential' }),
  );
  const visitor = json<MatchBody>(await h.app.inject({ url: `/api/v1/challenges/${challengeId}/matches` }));
  assert.equal(
    visitor.items.some((m) => m.id === secret),
    false,
  );
  const owner = json<MatchBody>(
    await h.app.inject({ url: `/api/v1/challenges/${challengeId}/matches`, headers: provider.auth }),
  );
  assert.equal(
    owner.items.some((m) => m.id === secret),
    true,
  );
});

test('search before you post shows existing challenges like a draft', async () => {
  const response = await h.app.inject({
    method: 'POST',
    url: '/api/v1/similar',
    payload: { kind: 'challenge', title: 'Videobellen tegen eenzaamheid van ouderen', text: '' },
  });
  assert.equal(json<MatchBody>(response).items[0]?.id, challengeId);
});

test('the catalogue search tolerates a typo', async () => {
  const body = json<{ items: { id: string }[] }>(await h.app.inject({ url: '/api/v1/challenges?q=eenzaamhied' }));
  assert.deepEqual(
    body.items.map((c) => c.id),
    [challengeId],
  );
});

test('the challenge page shows the fitting solutions with their explanation', async () => {
  const page = await h.app.inject({ url: `/challenges/${challengeId}` });
  assert.match(page.body, /<h2 id="matches">Passende oplossingen<\/h2>/);
  assert.match(page.body, /Overeenkomst: \d+&nbsp;%|Overeenkomst: \d+\s?%/);
});

test('explains a same-language match without loose translations and without repeating a term', async () => {
  const body = json<MatchBody>(await h.app.inject({ url: `/api/v1/challenges/${challengeId}/matches` }));
  const top = body.items[0]!;
  assert.equal(
    top.reasons.some((r) => r.startsWith('Over de taalgrens heen')),
    false,
  );
  const shared =
    top.reasons
      .find((r) => r.startsWith('Beide teksten spreken over'))
      ?.split(': ')[1]
      ?.split(', ') ?? [];
  assert.equal(new Set(shared).size, shared.length);
});
