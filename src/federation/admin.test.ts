// The admin's side of federation: registering a partner on /admin/partners (the key for the partner
// shown once), fetching now, removing with confirmation, and the same through the API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, createPerson, formSession, type Harness, type TestPerson } from '../test-support/harness.ts';
import { answerJson, fakePartner, type FakePartner } from './test-support.ts';
import type { FederationPage } from './schemas.ts';

let h: Harness;
let admin: TestPerson;
let fake: FakePartner;

const EMPTY_PAGE: FederationPage = {
  serverTime: '2026-03-02T08:59:00.000Z',
  challenges: [],
  solutions: [],
  withdrawn: [],
  nextCursor: null,
};
const ONE_SOLUTION: FederationPage = {
  ...EMPTY_PAGE,
  solutions: [
    {
      id: 's1',
      url: 'https://partner.example/solutions/s1',
      updatedAt: '2026-03-01T10:00:00.000Z',
      title: 'Oplossing uit Euskadi voor scholen',
      description: 'Een platform waarmee scholen hun digitale lesmateriaal delen met scholen in andere regio’s.',
      sectors: ['education'],
      spearheads: [1],
      language: 'es',
      status: 'published',
      kind: 'platform',
      technologies: [],
      trl: 8,
      marketStage: null,
      pricing: 'free',
      freeMonths: null,
      regionsServed: ['BE2'],
      languages: ['es', 'en'],
      references: '',
      organisation: { id: 'o1', name: 'Hezkuntza SL', kind: 'company', isSme: true, country: 'ES' },
    },
  ],
};

before(async () => {
  h = await startHarness();
  admin = await createPerson(h.db, 'admin');
  fake = await fakePartner([answerJson(200, ONE_SOLUTION), answerJson(200, EMPTY_PAGE)]);
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

const itemsWithKey = (key: string) =>
  h.app.inject({ method: 'GET', url: '/api/v1/federation/items', headers: { authorization: `Bearer ${key}` } });

let partnerId: string;
let partnerKey: string;

test('an admin registers a partner with the form and is shown, once, the key to give it', async () => {
  const response = await post('/admin/partners', {
    name: 'Euskadi (ES)',
    baseUrl: `${fake.url}/`,
    key: 'the-key-euskadi-gave-us',
  });
  assert.equal(response.statusCode, 200);
  const key = /<code>([A-Za-z0-9_-]{40,})<\/code>/.exec(response.body)?.[1];
  assert.ok(key, 'the new key is on the page');
  partnerKey = key;
  assert.match(response.body, /Partner Euskadi \(ES\) is geregistreerd/);
  const row = await h.db
    .selectFrom('federation_partners')
    .selectAll()
    .where('name', '=', 'Euskadi (ES)')
    .executeTakeFirstOrThrow();
  partnerId = row.id;
  assert.equal(row.base_url, fake.url, 'a trailing slash is dropped');
  assert.notEqual(row.inbound_key_hash, key, 'only a hash of the key is kept');
  assert.equal((await itemsWithKey(key)).statusCode, 200);
  const again = await h.app.inject({ method: 'GET', url: '/admin/partners', cookies: { hd_session: admin.token } });
  assert.ok(!again.body.includes(key), 'the key is not shown again');
  assert.match(again.body, /Euskadi \(ES\)/);
});

test('the form refuses a bad address, a short key and an address already registered, field by field', async () => {
  const invalid = await post('/admin/partners', { name: 'X', baseUrl: 'ftp://elders', key: 'kort' });
  assert.equal(invalid.statusCode, 400);
  assert.match(invalid.body, /class="error-summary"/);
  for (const field of ['name', 'baseUrl', 'key']) assert.match(invalid.body, new RegExp(`id="${field}-error"`));
  const duplicate = await post('/admin/partners', {
    name: 'Euskadi bis',
    baseUrl: fake.url,
    key: 'another-long-enough-key',
  });
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
  const page = await h.app.inject({ method: 'GET', url: `/solutions/${copy.local_id}?lang=en` });
  assert.match(page.body, /Source: Euskadi \(ES\)/);
  assert.match(page.body, /href="https:\/\/partner.example\/solutions\/s1"/);
  const list = await h.app.inject({ method: 'GET', url: '/api/v1/federation/partners', headers: admin.auth });
  assert.deepEqual(
    (list.json() as Array<{ status: string; items: number }>).map((p) => [p.status, p.items]),
    [['ok', 1]],
  );
});

test('removing a partner needs the confirmation, withdraws its items and revokes its key', async () => {
  const unconfirmed = await post(`/admin/partners/${partnerId}/remove`, {});
  assert.equal(unconfirmed.statusCode, 400);
  assert.equal((await itemsWithKey(partnerKey)).statusCode, 200);

  const removed = await post(`/admin/partners/${partnerId}/remove`, { confirm: 'yes' });
  assert.equal(removed.statusCode, 200);
  assert.match(removed.body, /De partner is verwijderd/);
  assert.match(removed.body, /Er zijn nog geen partners geregistreerd/);
  assert.equal((await itemsWithKey(partnerKey)).statusCode, 401);
  const catalogue = await h.app.inject({ method: 'GET', url: '/api/v1/solutions' });
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
    payload: { name: 'Brainport', baseUrl: 'http://127.0.0.1:9', key: 'a-key-of-sixteen-or-more' },
  });
  assert.equal(refused.statusCode, 403);
  const created = await h.app.inject({
    method: 'POST',
    url: '/api/v1/federation/partners',
    headers: admin.auth,
    payload: { name: 'Brainport', baseUrl: 'http://127.0.0.1:9', key: 'a-key-of-sixteen-or-more' },
  });
  assert.equal(created.statusCode, 201);
  const id = (created.json() as { partner: { id: string } }).partner.id;
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
