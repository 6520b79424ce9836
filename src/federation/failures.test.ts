// Following a partner's LDES when things go wrong: a partner that is down, slow, or answers garbage
// changes nothing of what was applied before and leaves the follower where it was; the error is
// recorded and the partner retried later with growing back-off. A sync that stops half-way resumes
// where it stopped, applying nothing twice. Fake partners on 127.0.0.1 serve a hand-written stream.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, createPerson, type Harness, type TestPerson } from '../test-support/harness.ts';
import {
  answer,
  challengeVersion,
  closedPort,
  fakePartner,
  STREAM,
  streamPage,
  tombstone,
  type FakePartner,
  type Handler,
} from './test-support.ts';
import { DEFAULT_SYNC_OPTIONS, syncDuePartners, syncPartner, type SyncOptions } from './sync.ts';
import { backoffDelay, BACKOFF_CAP_MS } from './backoff.ts';

let h: Harness;
let admin: TestPerson;
const fakes: FakePartner[] = [];
let clock = new Date('2026-03-02T09:00:00Z');
const OPTIONS: SyncOptions = { ...DEFAULT_SYNC_OPTIONS, timeoutMs: 5_000, random: () => 0.5 };
const PAGE = (n: number) => `/ldes/items/pages/${n}`;
const T1 = '2026-03-01T10:00:00.000Z';
const T2 = '2026-03-01T11:00:00.000Z';
const T3 = '2026-03-01T12:00:00.000Z';

before(async () => {
  h = await startHarness();
  h.services.now = () => clock;
  admin = await createPerson(h.db, 'admin');
  // As the server does before it listens: loading the lexicon later would stall the fake partners’ 5 s timeouts.
  await h.services.matching.engine();
});
after(async () => {
  for (const fake of fakes) await fake.close();
  await h.close();
});

async function partnerServing(pages: Record<number, Handler>): Promise<{ id: string; fake: FakePartner }> {
  const routes: Record<string, Handler> = { '/ldes/items': answer(200, STREAM) };
  for (const [n, handler] of Object.entries(pages)) routes[PAGE(Number(n))] = handler;
  const fake = await fakePartner(routes);
  fakes.push(fake);
  const response = await h.app.inject({
    method: 'POST',
    url: '/api/v1/federation/partners',
    headers: admin.auth,
    payload: { name: `Fake ${fakes.length}`, ldesUrl: `${fake.url}/ldes/items` },
  });
  assert.equal(response.statusCode, 201, response.body);
  return { id: (response.json() as { id: string }).id, fake };
}

async function federatedTitles(partnerId: string): Promise<string[]> {
  const rows = await h.db
    .selectFrom('federated_items')
    .innerJoin('challenges', 'challenges.id', 'federated_items.local_id')
    .where('federated_items.partner_id', '=', partnerId)
    .where('federated_items.withdrawn', '=', false)
    .select('challenges.title')
    .orderBy('challenges.title')
    .execute();
  return rows.map((row) => row.title);
}

const partnerRow = (id: string) =>
  h.db.selectFrom('federation_partners').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const followerRow = (id: string) =>
  h.db
    .selectFrom('ldes_followers')
    .select(['page_url', 'members_seen'])
    .where('partner_id', '=', id)
    .executeTakeFirst();
const version = (member: number, item: string, title: string, time = T1) =>
  challengeVersion({ member, item, title, time });

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

test('a partner failing on page 2 keeps page 1 applied, records the error, and the next sync resumes at page 2', async () => {
  const { id, fake } = await partnerServing({
    0: answer(200, streamPage(0, [version(0, 'c1', 'Eerste uitdaging van de partner')], true)),
    1: answer(500, 'boom', 'text/plain'),
  });
  const failed = await syncPartner(h.services, id, OPTIONS);
  assert.deepEqual(failed, {
    ok: false,
    created: 1,
    updated: 0,
    withdrawn: 0,
    error: `${fake.url}/ldes/items/pages/1: partner answered HTTP 500`,
  });
  assert.deepEqual(await federatedTitles(id), ['Eerste uitdaging van de partner'], 'page 1 stays applied');
  assert.deepEqual(await followerRow(id), { page_url: `${fake.url}${PAGE(1)}`, members_seen: [] });
  const partner = await partnerRow(id);
  assert.equal(partner.status, 'failing');
  assert.equal(partner.failure_count, 1);
  assert.equal(partner.last_error, failed.error);
  assert.equal(partner.next_attempt_at.getTime(), clock.getTime() + backoffDelay(1, OPTIONS.random));

  fake.routes.set(PAGE(1), answer(200, streamPage(1, [version(1, 'c2', 'Tweede uitdaging, tweede pagina', T2)])));
  fake.requests.length = 0;
  assert.deepEqual(await syncPartner(h.services, id, OPTIONS), {
    ok: true,
    created: 1,
    updated: 0,
    withdrawn: 0,
    error: null,
  });
  assert.deepEqual(fake.requests, [PAGE(1)], 'neither the stream nor page 1 is read again');
  assert.deepEqual(await federatedTitles(id), ['Eerste uitdaging van de partner', 'Tweede uitdaging, tweede pagina']);
  const audit = await h.db
    .selectFrom('audit_events')
    .select('action')
    .where('object_id', '=', id)
    .orderBy('id')
    .execute();
  assert.deepEqual(
    audit.map((row) => row.action),
    ['federation.partner_registered', 'federation.sync_failed', 'federation.synced'],
  );
});

test('on the open page only members added since the last sync are applied, and a restart applies nothing twice', async () => {
  const first = version(0, 'c1', 'Uitdaging op de open pagina');
  const { id, fake } = await partnerServing({ 0: answer(200, streamPage(0, [first])) });
  assert.equal((await syncPartner(h.services, id, OPTIONS)).created, 1);
  assert.deepEqual(await followerRow(id), {
    page_url: `${fake.url}${PAGE(0)}`,
    members_seen: [`${fake.url}/ldes/items/members/0`],
  });
  assert.deepEqual(
    await syncPartner(h.services, id, OPTIONS),
    { ok: true, created: 0, updated: 0, withdrawn: 0, error: null },
    'the same page again applies nothing',
  );

  const edited = version(1, 'c1', 'Uitdaging op de open pagina, bijgewerkt', T2);
  fake.routes.set(PAGE(0), answer(200, streamPage(0, [first, edited, version(2, 'c2', 'Nieuwe uitdaging', T2)])));
  assert.deepEqual(await syncPartner(h.services, id, OPTIONS), {
    ok: true,
    created: 1,
    updated: 1,
    withdrawn: 0,
    error: null,
  });
  assert.deepEqual(await federatedTitles(id), ['Nieuwe uitdaging', 'Uitdaging op de open pagina, bijgewerkt']);

  fake.routes.set(PAGE(0), answer(200, streamPage(0, [first, edited, version(2, 'c2', 'Nieuwe uitdaging', T2)], true)));
  fake.routes.set(PAGE(1), answer(200, streamPage(1, [tombstone(3, 'c2', T3)])));
  assert.deepEqual(await syncPartner(h.services, id, OPTIONS), {
    ok: true,
    created: 0,
    updated: 0,
    withdrawn: 1,
    error: null,
  });
  assert.deepEqual(await federatedTitles(id), ['Uitdaging op de open pagina, bijgewerkt']);
  const federated = await h.db
    .selectFrom('audit_events')
    .select('action')
    .where('action', 'in', ['challenge.federated', 'challenge.federation_withdrawn'])
    .where('after', '@>', JSON.stringify({ partner: id }) as never)
    .execute();
  assert.equal(federated.length, 4, 'four members, each applied once');
});

test('a member once applied is never applied again, even if the partner later serves it changed (members are immutable)', async () => {
  const { id, fake } = await partnerServing({
    0: answer(200, streamPage(0, [version(0, 'c1', 'Zoals eerst gelezen')])),
  });
  assert.equal((await syncPartner(h.services, id, OPTIONS)).created, 1);
  fake.routes.set(PAGE(0), answer(200, streamPage(0, [version(0, 'c1', 'Achteraf herschreven', T2)])));
  assert.deepEqual(await syncPartner(h.services, id, OPTIONS), {
    ok: true,
    created: 0,
    updated: 0,
    withdrawn: 0,
    error: null,
  });
  assert.deepEqual(await federatedTitles(id), ['Zoals eerst gelezen']);
});

test('an older version read again (the follower forgot its place) does not undo a newer one', async () => {
  const pages = [version(0, 'c1', 'Oude titel'), version(1, 'c1', 'Nieuwe titel', T2)];
  const { id } = await partnerServing({ 0: answer(200, streamPage(0, pages)) });
  assert.equal((await syncPartner(h.services, id, OPTIONS)).created, 1);
  await h.db.deleteFrom('ldes_followers').where('partner_id', '=', id).execute();
  assert.deepEqual(await syncPartner(h.services, id, OPTIONS), {
    ok: true,
    created: 0,
    updated: 0,
    withdrawn: 0,
    error: null,
  });
  assert.deepEqual(await federatedTitles(id), ['Nieuwe titel']);
});

test('a closed version withdraws the copy; a tombstone or closed version of an unknown item changes nothing', async () => {
  const { id } = await partnerServing({
    0: answer(
      200,
      streamPage(0, [
        version(0, 'c1', 'Uitdaging die gesloten wordt'),
        challengeVersion({ member: 1, item: 'c1', title: 'Uitdaging die gesloten wordt', time: T2, status: 'closed' }),
        challengeVersion({ member: 2, item: 'c9', title: 'Nooit gezien en al gesloten', time: T2, status: 'closed' }),
        tombstone(3, 'c8', T3),
      ]),
    ),
  });
  assert.deepEqual(await syncPartner(h.services, id, OPTIONS), {
    ok: true,
    created: 1,
    updated: 0,
    withdrawn: 1,
    error: null,
  });
  const rows = await h.db
    .selectFrom('federated_items')
    .innerJoin('challenges', 'challenges.id', 'federated_items.local_id')
    .where('partner_id', '=', id)
    .select(['remote_id', 'withdrawn', 'challenges.status'])
    .execute();
  assert.equal(rows.length, 1);
  assert.deepEqual([rows[0]?.withdrawn, rows[0]?.status], [true, 'closed']);
});

test('garbage, invalid members, dangerous links, non-streams, dropped connections and silence change nothing', async () => {
  const good = version(0, 'c1', 'Goede uitdaging van eerder');
  const cases: Array<[Handler, RegExp]> = [
    [answer(200, '{"challenges": []}', 'application/json'), /answer is not Turtle \(application\/json\)/],
    [answer(200, '@prefix tree: <oops . <a> <b> '), /answer is not valid Turtle/],
    [
      answer(200, streamPage(0, [good, version(1, 'c2', 'kort')])),
      /member .*\/members\/1 does not describe an item as expected \(title\)/,
    ],
    [
      answer(
        200,
        streamPage(0, [
          good,
          challengeVersion({
            member: 1,
            item: 'c2',
            title: 'Een link die script uitvoert',
            time: T2,
            url: 'javascript:alert(1)',
          }),
        ]),
      ),
      /does not describe an item as expected \(url\)/,
    ],
    [
      answer(200, streamPage(0, [good, '<{base}/ldes/items> <https://w3id.org/tree#member> <{base}/x> .'])),
      /has no dcterms:isVersionOf/,
    ],
    [
      (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/turtle' });
        response.write('@prefix tree: <https://w3id.org/tree#> .\n<a> tree:member');
        response.destroy();
      },
      /partner unreachable|not valid Turtle/,
    ],
    [() => undefined, /no answer within 5 s/],
  ];
  for (const [handler, expected] of cases) {
    const { id, fake } = await partnerServing({ 0: answer(200, streamPage(0, [good])) });
    assert.equal((await syncPartner(h.services, id, OPTIONS)).ok, true);
    const place = await followerRow(id);
    fake.routes.set(PAGE(0), handler);
    const outcome = await syncPartner(h.services, id, OPTIONS);
    assert.equal(outcome.ok, false);
    assert.match(outcome.error ?? '', expected);
    assert.deepEqual(await federatedTitles(id), ['Goede uitdaging van eerder']);
    assert.deepEqual(await followerRow(id), place, 'the follower stays where it was');
    assert.match((await partnerRow(id)).last_error ?? '', expected);
  }
});

test('an address that is not an LDES, and pages that go round in a circle, are refused', async () => {
  const { id, fake } = await partnerServing({});
  fake.routes.set('/ldes/items', answer(200, '<{base}/x> <{base}/y> "z" .'));
  assert.match((await syncPartner(h.services, id, OPTIONS)).error ?? '', /not an LDES/);

  const looping = await partnerServing({
    0: answer(200, streamPage(0, [version(0, 'c1', 'Uitdaging in een kringloop')], true)),
    1: answer(
      200,
      streamPage(1, []).replace('.\n', `.\n<{base}${PAGE(1)}> tree:relation [ tree:node <{base}${PAGE(0)}> ] .\n`),
    ),
  });
  const outcome = await syncPartner(h.services, looping.id, OPTIONS);
  assert.match(outcome.error ?? '', /go round in a circle/);
});

test('a page on another site is not fetched, nor is a redirect followed', async () => {
  const elsewhere = await fakePartner({ [PAGE(1)]: answer(200, streamPage(1, [version(1, 'c2', 'Van elders')])) });
  fakes.push(elsewhere);
  const { id } = await partnerServing({
    0: answer(
      200,
      streamPage(0, [version(0, 'c1', 'Uitdaging met een verwijzing naar elders')], true).replace(
        `tree:node <{base}${PAGE(1)}>`,
        `tree:node <${elsewhere.url}${PAGE(1)}>`,
      ),
    ),
  });
  const outcome = await syncPartner(h.services, id, OPTIONS);
  assert.match(outcome.error ?? '', /a page on another site \(http:\/\/127\.0\.0\.1:\d+\), which is not followed/);
  assert.deepEqual(elsewhere.requests, [], 'the other site was never asked');
  assert.deepEqual(await federatedTitles(id), [], 'the page pointing elsewhere was not applied');

  const redirecting = await partnerServing({
    0: (_request, response) => {
      response.writeHead(302, { location: `${elsewhere.url}${PAGE(1)}` }).end();
    },
  });
  assert.match(
    (await syncPartner(h.services, redirecting.id, OPTIONS)).error ?? '',
    /a redirect, which is not followed/,
  );
  assert.deepEqual(elsewhere.requests, []);
});

test('a partner that is down is retried only when due, with growing back-off, and recovers', async () => {
  const down = await closedPort();
  const registered = await h.app.inject({
    method: 'POST',
    url: '/api/v1/federation/partners',
    headers: admin.auth,
    payload: { name: 'Offline regio', ldesUrl: `${down}/ldes/items` },
  });
  const id = (registered.json() as { id: string }).id;
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

  const fake = await fakePartner({
    '/ldes/items': answer(200, STREAM),
    [PAGE(0)]: answer(200, streamPage(0, [version(0, 'c1', 'Eindelijk bereikbaar')])),
  });
  fakes.push(fake);
  await h.db
    .updateTable('federation_partners')
    .set({ ldes_url: `${fake.url}/ldes/items` })
    .where('id', '=', id)
    .execute();
  const [outcome] = await syncDuePartners(h.services, OPTIONS);
  assert.deepEqual(outcome, { ok: true, created: 1, updated: 0, withdrawn: 0, error: null });
  const partner = await partnerRow(id);
  assert.deepEqual([partner.status, partner.failure_count, partner.last_error], ['ok', 0, null]);
  assert.equal(partner.next_attempt_at.getTime(), clock.getTime() + OPTIONS.intervalMs);
});
