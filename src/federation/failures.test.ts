// A partner that is down, slow, or answers garbage: the sync fails as a whole, the data from the
// last good sync stay exactly as they were, the error is recorded and the partner is retried later
// with growing back-off. Fake partners on 127.0.0.1 give the answers a real instance never would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, createPerson, type Harness, type TestPerson } from '../test-support/harness.ts';
import { answerJson, closedPort, fakePartner, type FakePartner, type Handler } from './test-support.ts';
import { DEFAULT_SYNC_OPTIONS, syncDuePartners, syncPartner, type SyncOptions } from './sync.ts';
import { backoffDelay, BACKOFF_CAP_MS } from './backoff.ts';
import type { FederatedChallenge, FederationPage } from './schemas.ts';

let h: Harness;
let admin: TestPerson;
const fakes: FakePartner[] = [];
let clock = new Date('2026-03-02T09:00:00Z');
const OPTIONS: SyncOptions = { ...DEFAULT_SYNC_OPTIONS, timeoutMs: 1_000, random: () => 0.5 };

before(async () => {
  h = await startHarness();
  h.services.now = () => clock;
  admin = await createPerson(h.db, 'admin');
  // As the server does before it listens: loading the lexicon later would stall the fake partners' 1 s timeouts.
  await h.services.matching.engine();
});
after(async () => {
  for (const fake of fakes) await fake.close();
  await h.close();
});

function challenge(id: string, title: string, updatedAt = '2026-03-01T10:00:00.000Z'): FederatedChallenge {
  return {
    id,
    url: `https://partner.example/challenges/${id}`,
    updatedAt,
    title,
    description: 'Een uitdaging van een partnerregio die lang genoeg is om geldig te zijn voor het platform.',
    sectors: ['care'],
    spearheads: [5],
    language: 'nl',
    status: 'published',
    region: 'BE2',
    urgency: 'medium',
    deadline: null,
    durationMonths: 6,
    desiredKinds: ['app'],
    organisation: { id: 'org-1', name: 'Partnerorganisatie', kind: 'company', isSme: true, country: 'NL' },
  };
}

function page(challenges: FederatedChallenge[], nextCursor: string | null = null): FederationPage {
  return { serverTime: '2026-03-02T08:59:00.000Z', challenges, solutions: [], withdrawn: [], nextCursor };
}

async function partnerAnswering(handlers: Handler[]): Promise<{ id: string; fake: FakePartner }> {
  const fake = await fakePartner(handlers);
  fakes.push(fake);
  const response = await h.app.inject({
    method: 'POST',
    url: '/api/v1/federation/partners',
    headers: admin.auth,
    payload: { name: `Fake ${fakes.length}`, baseUrl: fake.url, key: 'a-key-of-sixteen-or-more' },
  });
  assert.equal(response.statusCode, 201, response.body);
  return { id: (response.json() as { partner: { id: string } }).partner.id, fake };
}

async function federatedTitles(partnerId: string): Promise<string[]> {
  const rows = await h.db
    .selectFrom('federated_items')
    .innerJoin('challenges', 'challenges.id', 'federated_items.local_id')
    .where('federated_items.partner_id', '=', partnerId)
    .select('challenges.title')
    .orderBy('challenges.title')
    .execute();
  return rows.map((row) => row.title);
}

const partnerRow = (id: string) =>
  h.db.selectFrom('federation_partners').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

test('the back-off doubles from one minute, with jitter, up to six hours', () => {
  assert.equal(
    backoffDelay(1, () => 0),
    30_000,
  );
  assert.equal(
    backoffDelay(1, () => 0.999_999),
    60_000,
  );
  assert.equal(
    backoffDelay(3, () => 0.5),
    180_000,
  );
  assert.ok(
    backoffDelay(30, () => 0.999_999) <= BACKOFF_CAP_MS && backoffDelay(30, () => 0.999_999) > BACKOFF_CAP_MS - 100,
  );
  assert.equal(
    backoffDelay(30, () => 0),
    BACKOFF_CAP_MS / 2,
  );
});

test('a partner failing mid-sync on page 2 changes nothing, records the error and backs off', async () => {
  const { id, fake } = await partnerAnswering([
    answerJson(200, page([challenge('c1', 'Eerste uitdaging van de partner')])),
    answerJson(200, page([challenge('c2', 'Tweede uitdaging, eerste pagina')], 'next')),
    answerJson(500, { error: 'boom' }),
  ]);
  assert.equal((await syncPartner(h.services, id, OPTIONS)).ok, true);
  assert.deepEqual(await federatedTitles(id), ['Eerste uitdaging van de partner']);

  const outcome = await syncPartner(h.services, id, OPTIONS);
  assert.deepEqual(outcome, {
    ok: false,
    created: 0,
    updated: 0,
    withdrawn: 0,
    error: 'page 2: partner answered HTTP 500',
  });
  assert.deepEqual(
    await federatedTitles(id),
    ['Eerste uitdaging van de partner'],
    'page 1 of the failed sync was not applied',
  );
  const partner = await partnerRow(id);
  assert.equal(partner.status, 'failing');
  assert.equal(partner.failure_count, 1);
  assert.equal(partner.last_error, 'page 2: partner answered HTTP 500');
  assert.equal(partner.next_attempt_at.getTime(), clock.getTime() + backoffDelay(1, OPTIONS.random));
  assert.match(
    fake.requests[1] ?? '',
    /since=2026-03-02T08%3A58%3A00.000Z/,
    'the second sync asks for changes since the first one, with overlap',
  );
  const audit = await h.db
    .selectFrom('audit_events')
    .select('action')
    .where('object_id', '=', id)
    .orderBy('id')
    .execute();
  assert.deepEqual(
    audit.map((row) => row.action),
    ['federation.partner_registered', 'federation.synced', 'federation.sync_failed'],
  );
});

test('garbage, schema-invalid pages, dangerous links, dropped connections and silence are all refused without a change', async () => {
  const invalid = { ...challenge('c9', 'Ongeldige uitdaging'), title: '' };
  const badLink = { ...challenge('c8', 'Een link die script uitvoert'), url: 'javascript:alert(1)' };
  const cases: Array<[Handler, RegExp]> = [
    [answerJson(200, '{"challenges": [ oops'), /page 1: answer is not JSON/],
    [answerJson(200, page([invalid])), /page 1: answer does not follow the federation format \(challenges\)/],
    [answerJson(200, page([badLink])), /does not follow the federation format/],
    [answerJson(200, { hello: 'world' }), /does not follow the federation format/],
    [
      (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('{"serverTime":');
        response.destroy();
      },
      /page 1: partner unreachable|page 1: answer is not JSON/,
    ],
    [() => undefined, /page 1: no answer within 1 s/],
  ];
  for (const [handler, expected] of cases) {
    const { id } = await partnerAnswering([
      answerJson(200, page([challenge('c1', 'Goede uitdaging van eerder')])),
      handler,
    ]);
    assert.equal((await syncPartner(h.services, id, OPTIONS)).ok, true);
    const outcome = await syncPartner(h.services, id, OPTIONS);
    assert.equal(outcome.ok, false);
    assert.match(outcome.error ?? '', expected);
    assert.deepEqual(await federatedTitles(id), ['Goede uitdaging van eerder']);
    assert.match((await partnerRow(id)).last_error ?? '', expected);
  }
});

test('a partner that repeats its cursor forever is cut off', async () => {
  const { id } = await partnerAnswering([answerJson(200, page([challenge('c1', 'Steeds dezelfde pagina')], 'same'))]);
  const outcome = await syncPartner(h.services, id, OPTIONS);
  assert.match(outcome.error ?? '', /repeats a cursor/);
  assert.deepEqual(await federatedTitles(id), []);
});

test('a partner that is down is retried only when due, with growing back-off, and recovers', async () => {
  const down = await closedPort();
  const registered = await h.app.inject({
    method: 'POST',
    url: '/api/v1/federation/partners',
    headers: admin.auth,
    payload: { name: 'Offline regio', baseUrl: down, key: 'a-key-of-sixteen-or-more' },
  });
  const id = (registered.json() as { partner: { id: string } }).partner.id;
  // The fake partners of the tests above are not due for this one.
  await h.db
    .updateTable('federation_partners')
    .set({ next_attempt_at: new Date('2100-01-01T00:00:00Z') })
    .where('id', '!=', id)
    .execute();

  const delays: number[] = [];
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const [outcome] = await syncDuePartners(h.services, OPTIONS);
    assert.match(outcome?.error ?? '', /unreachable \(ECONNREFUSED\)/);
    const partner = await partnerRow(id);
    assert.equal(partner.failure_count, attempt);
    delays.push(partner.next_attempt_at.getTime() - clock.getTime());
    assert.deepEqual(await syncDuePartners(h.services, OPTIONS), [], 'not retried before it is due');
    clock = new Date(partner.next_attempt_at.getTime());
  }
  assert.deepEqual(delays, [45_000, 90_000, 180_000]);

  const fake = await fakePartner([answerJson(200, page([challenge('c1', 'Eindelijk bereikbaar')]))]);
  fakes.push(fake);
  await h.db.updateTable('federation_partners').set({ base_url: fake.url }).where('id', '=', id).execute();
  const [outcome] = await syncDuePartners(h.services, OPTIONS);
  assert.deepEqual(outcome, { ok: true, created: 1, updated: 0, withdrawn: 0, error: null });
  const partner = await partnerRow(id);
  assert.deepEqual([partner.status, partner.failure_count, partner.last_error], ['ok', 0, null]);
  assert.equal(partner.next_attempt_at.getTime(), clock.getTime() + OPTIONS.intervalMs);
});
