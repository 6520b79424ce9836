// The admin's side of federation: registering a partner on /admin/partners by its LDES address,
// fetching now, removing with confirmation, and the same through the API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, createPerson, formSession, type Harness, type TestPerson } from '../test-support/harness.ts';
import { answer, challengeVersion, fakePartner, STREAM, streamPage, type FakePartner } from './test-support.ts';

let h: Harness;
let admin: TestPerson;
let fake: FakePartner;
let ldesUrl: string;

const ONE_CHALLENGE = streamPage(0, [
  challengeVersion({
    member: 0,
    item: 'c1',
    title: 'Uitdaging uit Euskadi voor scholen',
    time: '2026-03-01T10:00:00.000Z',
    url: 'https://partner.example/challenges/c1',
  }),
]);

before(async () => {
  h = await startHarness();
  admin = await createPerson(h.db, 'admin');
  fake = await fakePartner({ '/ldes/items': answer(200, STREAM), '/ldes/items/pages/0': answer(200, ONE_CHALLENGE) });
  ldesUrl = `${fake.url}/ldes/items`;
});
after(async () => {
  await fake.close();
  await h.close();
});

async function post(url: string, fields: Record<string, string>) {
  const { csrf, cookies } = await formSession(h.app, '/admin/partners', admin.token);
  return h.app.inject({
    method: 'POST',
    url,
    cookies,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
  });
}

let partnerId: string;

test('an admin registers a partner by its LDES address with the form; no key changes hands', async () => {
  const response = await post('/admin/partners', { name: 'Euskadi (ES)', ldesUrl: ` ${ldesUrl}` });
  assert.equal(response.statusCode, 200);
  assert.match(response.body, /Partner Euskadi \(ES\) is geregistreerd/);
  assert.doesNotMatch(
    response.body,
    /name="key"|type="password"|<code>[A-Za-z0-9_-]{40,}<\/code>/,
    'no key is shown or asked for',
  );
  const row = await h.db
    .selectFrom('federation_partners')
    .selectAll()
    .where('name', '=', 'Euskadi (ES)')
    .executeTakeFirstOrThrow();
  partnerId = row.id;
  assert.equal(row.ldes_url, ldesUrl);
  const again = await h.app.inject({ method: 'GET', url: '/admin/partners', cookies: { hd_session: admin.token } });
  assert.match(again.body, /Euskadi \(ES\)/);
  assert.ok(again.body.includes(`<code>${ldesUrl}</code>`), 'the list shows the LDES address');
});

test('the form refuses a missing name, a bad address and an address already registered, field by field', async () => {
  const invalid = await post('/admin/partners', { name: 'X', ldesUrl: 'ftp://elders' });
  assert.equal(invalid.statusCode, 400);
  assert.match(invalid.body, /class="error-summary"/);
  for (const field of ['name', 'ldesUrl']) assert.match(invalid.body, new RegExp(`id="${field}-error"`));
  const duplicate = await post('/admin/partners', { name: 'Euskadi bis', ldesUrl });
  assert.equal(duplicate.statusCode, 400);
  assert.match(duplicate.body, /Er is al een partner met dit adres/);
});

test('"fetch now" syncs the partner and reports what changed; its items show their origin', async () => {
  const response = await post(`/admin/partners/${partnerId}/sync`, {});
  assert.equal(response.statusCode, 200);
  assert.match(response.body, /Euskadi \(ES\) opgehaald: 1 nieuw, 0 bijgewerkt, 0 ingetrokken/);
  const copy = await h.db
    .selectFrom('federated_items')
    .select('local_id')
    .where('partner_id', '=', partnerId)
    .executeTakeFirstOrThrow();
  const page = await h.app.inject({ method: 'GET', url: `/challenges/${copy.local_id}?lang=en` });
  assert.match(page.body, /Source: Euskadi \(ES\)/);
  assert.match(page.body, /href="https:\/\/partner.example\/challenges\/c1"/);
  const list = await h.app.inject({ method: 'GET', url: '/api/v1/federation/partners', headers: admin.auth });
  assert.deepEqual(
    (list.json() as Array<{ status: string; items: number }>).map((p) => [p.status, p.items]),
    [['ok', 1]],
  );
});

test('removing a partner needs the confirmation and withdraws its items', async () => {
  const unconfirmed = await post(`/admin/partners/${partnerId}/remove`, {});
  assert.equal(unconfirmed.statusCode, 400);

  const removed = await post(`/admin/partners/${partnerId}/remove`, { confirm: 'yes' });
  assert.equal(removed.statusCode, 200);
  assert.match(removed.body, /De partner is verwijderd/);
  assert.match(removed.body, /Er zijn nog geen partners geregistreerd/);
  const catalogue = await h.app.inject({ method: 'GET', url: '/api/v1/challenges' });
  assert.equal((catalogue.json() as { total: number }).total, 0);
  const audit = await h.db
    .selectFrom('audit_events')
    .select(['action', 'actor_id'])
    .where('object_id', '=', partnerId)
    .orderBy('id')
    .execute();
  assert.deepEqual(
    audit.map((row) => row.action),
    ['federation.partner_registered', 'federation.synced', 'federation.partner_removed'],
  );
  assert.equal(audit.at(-1)?.actor_id, admin.id);
});

test('the API registers and removes partners for admins only', async () => {
  const member = await createPerson(h.db, 'member');
  const refused = await h.app.inject({
    method: 'POST',
    url: '/api/v1/federation/partners',
    headers: member.auth,
    payload: { name: 'Brainport', ldesUrl: 'http://127.0.0.1:9/ldes/items' },
  });
  assert.equal(refused.statusCode, 403);
  const created = await h.app.inject({
    method: 'POST',
    url: '/api/v1/federation/partners',
    headers: admin.auth,
    payload: { name: 'Brainport', ldesUrl: 'http://127.0.0.1:9/ldes/items' },
  });
  assert.equal(created.statusCode, 201);
  const id = (created.json() as { id: string }).id;
  assert.equal(
    (await h.app.inject({ method: 'DELETE', url: `/api/v1/federation/partners/${id}`, headers: member.auth }))
      .statusCode,
    403,
  );
  assert.equal(
    (await h.app.inject({ method: 'DELETE', url: `/api/v1/federation/partners/${id}`, headers: admin.auth }))
      .statusCode,
    204,
  );
  assert.equal(
    (await h.app.inject({ method: 'DELETE', url: `/api/v1/federation/partners/${id}`, headers: admin.auth }))
      .statusCode,
    404,
  );
});
