// Federation between two live instances of the platform on 127.0.0.1: region A publishes, region B
// pulls, shows, matches, follows edits and withdrawals, and survives A going down mid-way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { challengeInput, solutionInput } from '../test-support/items.ts';
import { federate, publishItem, startInstance, type Instance } from './test-support.ts';
import { DEFAULT_SYNC_OPTIONS, syncPartner } from './sync.ts';
import type { SyncOutcome } from './schemas.ts';

let a: Instance;
let b: Instance;
let aOnB: string;
let aSolution: string;
let aIsDown = false;

const SOLUTION_TITLE = 'Slimme valdetectie voor thuiswonende ouderen';

before(async () => {
  // One after the other: two platforms starting at once on a busy machine can exceed Fastify's plugin timeout.
  a = await startInstance('Zorgtech Eindhoven');
  b = await startInstance('WZC Ter Linde');
  ({ aOnB } = await federate(a, b, 'Brainport (NL)', 'Vlaanderen'));
  aSolution = await publishItem(
    a,
    'solutions',
    solutionInput({
      title: SOLUTION_TITLE,
      description:
        'Een sensor in de woning herkent een val bij ouderen en verwittigt meteen de mantelzorger of het woonzorgcentrum.',
      technologies: ['sensoren', 'valdetectie'],
      spearheads: [5],
    }),
  );
  await publishItem(
    a,
    'challenges',
    challengeInput({ title: 'Digitale inschrijving voor de kinderopvang in Eindhoven' }),
  );
});

after(async () => {
  await b.h.close();
  if (!aIsDown) await a.h.close();
});

async function syncOnB(): Promise<SyncOutcome> {
  const response = await b.h.app.inject({
    method: 'POST',
    url: `/api/v1/federation/partners/${aOnB}/sync`,
    headers: b.admin.auth,
  });
  assert.equal(response.statusCode, 200, response.body);
  return response.json() as SyncOutcome;
}

async function localCopy(instance: Instance, kind: 'challenge' | 'solution', remoteId: string): Promise<string> {
  const row = await instance.h.db
    .selectFrom('federated_items')
    .select('local_id')
    .where('kind', '=', kind)
    .where('remote_id', '=', remoteId)
    .executeTakeFirstOrThrow();
  return row.local_id;
}

async function titlesOnB(kind: 'challenges' | 'solutions'): Promise<string[]> {
  const response = await b.h.app.inject({ method: 'GET', url: `/api/v1/${kind}?perPage=100` });
  return (response.json() as { items: Array<{ title: string }> }).items.map((item) => item.title);
}

test('items published on A appear on B after a sync, with their origin and a link back', async () => {
  const draft = await a.h.app.inject({
    method: 'POST',
    url: '/api/v1/challenges',
    headers: a.member.auth,
    payload: challengeInput({ title: 'Een concept dat thuis blijft' }),
  });
  assert.equal(draft.statusCode, 201);
  await publishItem(
    a,
    'challenges',
    challengeInput({ title: 'Een interne uitdaging die thuis blijft', classification: 'internal' }),
  );

  const outcome = await syncOnB();
  assert.deepEqual(outcome, { ok: true, created: 2, updated: 0, withdrawn: 0, error: null });
  assert.ok((await titlesOnB('solutions')).includes(SOLUTION_TITLE));
  const challenges = await titlesOnB('challenges');
  assert.ok(challenges.includes('Digitale inschrijving voor de kinderopvang in Eindhoven'));
  assert.ok(
    !challenges.includes('Een concept dat thuis blijft') &&
      !challenges.includes('Een interne uitdaging die thuis blijft'),
  );

  const page = await b.h.app.inject({ method: 'GET', url: `/solutions/${await localCopy(b, 'solution', aSolution)}` });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Bron: Brainport \(NL\)/);
  assert.ok(page.body.includes(`href="${a.url}/solutions/${aSolution}"`), 'links back to the original on A');
  assert.ok(page.body.includes('Zorgtech Eindhoven'), 'shows the organisation behind the item');
  const catalogue = await b.h.app.inject({ method: 'GET', url: '/solutions' });
  assert.match(
    catalogue.body,
    /<span class="badge">Bron: Brainport \(NL\)<\/span>/,
    'the catalogue card names the source',
  );
});

test('items copied from a partner stay out of this platform’s open data and feeds', async () => {
  for (const url of [
    '/opendata/solutions.csv',
    '/opendata/catalog.ttl',
    '/feeds/solutions.atom',
    '/opendata/challenges.csv',
    '/feeds/challenges.atom',
  ]) {
    const response = await b.h.app.inject({ method: 'GET', url });
    assert.equal(response.statusCode, 200, url);
    assert.ok(
      !response.body.includes(SOLUTION_TITLE) && !response.body.includes('Digitale inschrijving voor de kinderopvang'),
      `${url} carries a partner's item`,
    );
  }
  const onA = await a.h.app.inject({ method: 'GET', url: '/opendata/solutions.csv' });
  assert.ok(onA.body.includes(SOLUTION_TITLE), 'the partner itself publishes it');
});

test('federated items are matched like local ones', async () => {
  const local = await publishItem(
    b,
    'challenges',
    challengeInput({
      title: 'Valdetectie bij ouderen die alleen wonen',
      description:
        'Ouderen die alleen wonen vallen soms en liggen dan lang alleen. We zoeken sensoren die een val herkennen en de mantelzorger verwittigen.',
    }),
  );
  const response = await b.h.app.inject({ method: 'GET', url: `/api/v1/challenges/${local}/matches` });
  assert.equal(response.statusCode, 200);
  const ids = (response.json() as { items: Array<{ id: string }> }).items.map((item) => item.id);
  assert.ok(ids.includes(await localCopy(b, 'solution', aSolution)), 'the solution from A is among the matches');
});

test('what partners receive carries public fields only, no contact details', async () => {
  const response = await fetch(`${a.url}/api/v1/federation/items`, {
    headers: { authorization: `Bearer ${await keyOfBOnA()}` },
  });
  assert.equal(response.status, 200);
  const text = await response.text();
  for (const secret of [
    a.member.email,
    'test.example',
    'enterprise',
    'reviewNote',
    'review_note',
    'createdBy',
    'street',
  ]) {
    assert.ok(!text.includes(secret), `"${secret}" must not travel`);
  }
  const body = JSON.parse(text) as { solutions: Array<{ organisation: Record<string, unknown> }> };
  assert.deepEqual(Object.keys(body.solutions[0]?.organisation ?? {}).sort(), [
    'country',
    'id',
    'isSme',
    'kind',
    'name',
  ]);
});

async function keyOfBOnA(): Promise<string> {
  const row = await b.h.db
    .selectFrom('federation_partners')
    .select('outbound_key')
    .where('id', '=', aOnB)
    .executeTakeFirstOrThrow();
  return row.outbound_key;
}

test('a wrong, missing or another instance’s session key is refused with 401', async () => {
  const attempts: Array<Record<string, string>> = [
    { authorization: 'Bearer not-a-partner-key-at-all' },
    {},
    { authorization: `Bearer ${b.member.token}` },
  ];
  for (const headers of attempts) {
    const response = await fetch(`${a.url}/api/v1/federation/items`, { headers });
    assert.equal(response.status, 401);
    assert.equal(((await response.json()) as { error: { id: string } }).error.id, 'unauthenticated');
  }
});

test('an edit on A reaches B at the next sync', async () => {
  const edited = await a.h.app.inject({
    method: 'PATCH',
    url: `/api/v1/solutions/${aSolution}`,
    headers: a.member.auth,
    payload: { title: `${SOLUTION_TITLE} en dwaalpreventie` },
  });
  assert.equal(edited.statusCode, 200, edited.body);
  const outcome = await syncOnB();
  assert.deepEqual(outcome, { ok: true, created: 0, updated: 1, withdrawn: 0, error: null });
  assert.ok((await titlesOnB('solutions')).includes(`${SOLUTION_TITLE} en dwaalpreventie`));
});

test('syncing again, or everything again over many small pages, creates no duplicates', async () => {
  const count = async () =>
    (
      await b.h.db
        .selectFrom('solutions')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
  const before = await count();
  assert.deepEqual(await syncOnB(), { ok: true, created: 0, updated: 0, withdrawn: 0, error: null });
  await b.h.db.updateTable('federation_partners').set({ sync_since: null }).where('id', '=', aOnB).execute();
  await publishItem(a, 'solutions', solutionInput({ title: 'Tweede oplossing uit Eindhoven voor de zorg' }));
  const outcome = await syncPartner(b.h.services, aOnB, { ...DEFAULT_SYNC_OPTIONS, pageSize: 1 });
  assert.deepEqual(outcome, { ok: true, created: 1, updated: 0, withdrawn: 0, error: null });
  assert.equal(Number(await count()), Number(before) + 1);
});

test('a withdrawal on A takes the item out of B’s catalogue and matches', async () => {
  const archived = await a.h.app.inject({
    method: 'POST',
    url: `/api/v1/solutions/${aSolution}/transitions`,
    headers: a.member.auth,
    payload: { action: 'archive' },
  });
  assert.equal(archived.statusCode, 200, archived.body);
  assert.deepEqual(await syncOnB(), { ok: true, created: 0, updated: 0, withdrawn: 1, error: null });
  assert.ok(!(await titlesOnB('solutions')).some((title) => title.startsWith(SOLUTION_TITLE)));
  const copy = await localCopy(b, 'solution', aSolution);
  const local = await b.h.db
    .selectFrom('challenges')
    .select('id')
    .where('title', '=', 'Valdetectie bij ouderen die alleen wonen')
    .executeTakeFirstOrThrow();
  const matches = await b.h.app.inject({ method: 'GET', url: `/api/v1/challenges/${local.id}/matches` });
  assert.ok(!(matches.json() as { items: Array<{ id: string }> }).items.some((item) => item.id === copy));
});

test('items copied from a partner are never served on to other partners', async () => {
  const response = await b.h.app.inject({ method: 'GET', url: '/api/v1/federation/items', headers: b.admin.auth });
  assert.equal(response.statusCode, 200);
  const body = response.json() as { challenges: Array<{ title: string }>; solutions: unknown[]; withdrawn: unknown[] };
  assert.deepEqual(
    body.challenges.map((c) => c.title),
    ['Valdetectie bij ouderen die alleen wonen'],
  );
  assert.deepEqual(body.solutions, []);
  assert.deepEqual(body.withdrawn, []);
});

test('when A goes down, B keeps A’s items, records the error and retries later with back-off', async () => {
  const before = await titlesOnB('challenges');
  await a.h.close();
  aIsDown = true;
  const started = Date.now();
  const outcome = await syncOnB();
  assert.equal(outcome.ok, false);
  assert.match(outcome.error ?? '', /unreachable/);
  assert.deepEqual(await titlesOnB('challenges'), before);
  const partner = await b.h.db
    .selectFrom('federation_partners')
    .selectAll()
    .where('id', '=', aOnB)
    .executeTakeFirstOrThrow();
  assert.equal(partner.status, 'failing');
  assert.equal(partner.failure_count, 1);
  assert.match(partner.last_error ?? '', /unreachable/);
  assert.ok(
    partner.next_attempt_at.getTime() >= started + 30_000,
    'the next attempt waits at least half the first back-off',
  );
  const list = await b.h.app.inject({ method: 'GET', url: '/admin/partners', cookies: { hd_session: b.admin.token } });
  assert.match(list.body, /Mislukt \(1 keer na elkaar\)/);
});
