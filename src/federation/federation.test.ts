// Federation between two live instances of the platform on 127.0.0.1 over LDES: region B follows
// region A's stream of published items, shows and matches them, follows edits and withdrawals, resumes
// where it stopped without applying anything twice, and survives A going down.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { challengeInput, solutionInput } from '../test-support/items.ts';
import { publishItem, registerPartner, startInstance, type Instance } from './test-support.ts';
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
  // Small pages, so B walks several of them and the open one keeps growing.
  a.h.services.config.ldesPageSize = 2;
  aOnB = await registerPartner(b, 'Brainport (NL)', `${a.url}/ldes/items`);
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

/** B follows A, once A's stream holds every change made so far. */
async function syncOnB(): Promise<SyncOutcome> {
  if (!aIsDown) await a.h.services.events.settled();
  const response = await b.h.app.inject({
    method: 'POST',
    url: `/api/v1/federation/partners/${aOnB}/sync`,
    headers: b.admin.auth,
  });
  assert.equal(response.statusCode, 200, response.body);
  return response.json() as SyncOutcome;
}

async function localCopy(instance: Instance, kind: 'challenges' | 'solutions', remoteId: string): Promise<string> {
  const row = await instance.h.db
    .selectFrom('federated_items')
    .select('local_id')
    .where('remote_id', '=', `${a.url}/${kind}/${remoteId}`)
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

  const page = await b.h.app.inject({ method: 'GET', url: `/solutions/${await localCopy(b, 'solutions', aSolution)}` });
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

test('a copy carries the item’s fields and its organisation’s kind, SME flag and country', async () => {
  const copy = await b.h.db
    .selectFrom('solutions')
    .innerJoin('organisations', 'organisations.id', 'solutions.provider_organisation_id')
    .where('solutions.id', '=', await localCopy(b, 'solutions', aSolution))
    .select(['technologies', 'spearheads', 'pricing', 'organisations.kind', 'organisations.is_sme', 'country'])
    .executeTakeFirstOrThrow();
  const original = await a.h.db
    .selectFrom('solutions')
    .innerJoin('organisations', 'organisations.id', 'solutions.provider_organisation_id')
    .where('solutions.id', '=', aSolution)
    .select(['technologies', 'spearheads', 'pricing', 'organisations.kind', 'organisations.is_sme', 'country'])
    .executeTakeFirstOrThrow();
  assert.deepEqual(copy, original);
});

test('items copied from a partner stay out of this platform’s open data, feeds and LDES', async () => {
  await b.h.services.events.settled();
  for (const url of [
    '/opendata/solutions.csv',
    '/opendata/catalog.ttl',
    '/feeds/solutions.atom',
    '/opendata/challenges.csv',
    '/feeds/challenges.atom',
    '/ldes/items/pages/0',
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
  assert.ok(ids.includes(await localCopy(b, 'solutions', aSolution)), 'the solution from A is among the matches');
});

test('what B reads from A’s stream carries public fields only, no contact details', async () => {
  const response = await fetch(`${a.url}/ldes/items/pages/0`, { headers: { accept: 'text/turtle' } });
  assert.equal(response.status, 200);
  const text = await response.text();
  assert.ok(text.includes(SOLUTION_TITLE));
  for (const secret of [a.member.email, 'test.example', 'reviewNote', 'review_note', 'createdBy', 'streetAddress']) {
    assert.ok(!text.includes(secret), `"${secret}" must not travel`);
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

test('B resumes from the page where it stopped: syncing again or after more pages applies nothing twice', async () => {
  const count = async () =>
    Number(
      (
        await b.h.db
          .selectFrom('solutions')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const before = await count();
  assert.deepEqual(await syncOnB(), { ok: true, created: 0, updated: 0, withdrawn: 0, error: null });
  const place = await b.h.db
    .selectFrom('ldes_followers')
    .selectAll()
    .where('partner_id', '=', aOnB)
    .executeTakeFirstOrThrow();
  assert.equal(place.page_url, `${a.url}/ldes/items/pages/1`, 'three members on pages of two: B stands on page 1');

  await publishItem(a, 'solutions', solutionInput({ title: 'Tweede oplossing uit Eindhoven voor de zorg' }));
  await publishItem(a, 'solutions', solutionInput({ title: 'Derde oplossing uit Eindhoven voor de zorg' }));
  assert.deepEqual(await syncOnB(), { ok: true, created: 2, updated: 0, withdrawn: 0, error: null });
  assert.equal(await count(), before + 2);
  const federated = await b.h.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('action', 'in', ['solution.federated', 'challenge.federated'])
    .executeTakeFirstOrThrow();
  assert.equal(Number(federated.n), 5, 'five versions on A, each applied once on B');
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
  const copy = await localCopy(b, 'solutions', aSolution);
  const local = await b.h.db
    .selectFrom('challenges')
    .select('id')
    .where('title', '=', 'Valdetectie bij ouderen die alleen wonen')
    .executeTakeFirstOrThrow();
  const matches = await b.h.app.inject({ method: 'GET', url: `/api/v1/challenges/${local.id}/matches` });
  assert.ok(!(matches.json() as { items: Array<{ id: string }> }).items.some((item) => item.id === copy));
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
