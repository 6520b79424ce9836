import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness,
  createOrganisation,
  createPerson,
  formSession,
  json,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { challengeInput, solutionInput } from '../test-support/items.ts';
import { hashApiKey } from './service.ts';
import { tokenHash } from '../accounts/tokens.ts';

const ANONYMOUS_LIMIT = 4;

let h: Harness;
let admin: TestPerson;
let member: TestPerson;
let addressCounter = 0;
let challengeId: string;
let solutionId: string;

before(async () => {
  h = await startHarness({ anonymousApiRateLimitPerMinute: ANONYMOUS_LIMIT });
  admin = await createPerson(h.db, 'admin');
  member = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Sleutelhouders bv'));
  const ambassador = await createPerson(h.db, 'ambassador');
  const publish = async (kind: 'challenges' | 'solutions', input: Record<string, unknown>): Promise<string> => {
    const id = json<{ id: string }>(
      await h.app.inject({ method: 'POST', url: `/api/v1/${kind}`, headers: member.auth, payload: input }),
    ).id;
    await h.app.inject({
      method: 'POST',
      url: `/api/v1/${kind}/${id}/transitions`,
      headers: member.auth,
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
  challengeId = await publish('challenges', challengeInput());
  solutionId = await publish('solutions', solutionInput());
});
after(() => h.close());

/** Each test calls from an address of its own, so the per-address counters do not mix. */
function freshAddress(): string {
  addressCounter += 1;
  return `10.9.0.${addressCounter}`;
}

type Issued = {
  id: string;
  key: string;
  keyPrefix: string;
  clientName: string;
  rateLimitPerMinute: number;
  lastUsedAt: string | null;
};

async function issue(clientName: string, rateLimitPerMinute: number): Promise<Issued> {
  const response = await h.app.inject({
    method: 'POST',
    url: '/api/v1/api-keys',
    headers: admin.auth,
    payload: { clientName, rateLimitPerMinute },
  });
  assert.equal(response.statusCode, 201, response.body);
  return json<Issued>(response);
}

function read(url: string, headers: Record<string, string>, remoteAddress = freshAddress()) {
  return h.app.inject({ method: 'GET', url, headers, remoteAddress });
}

test('an admin issues a key: the key is in the answer once, stored only as a hash, and the issue is audited', async () => {
  const issued = await issue('Dashboard VLAIO', 120);
  assert.match(issued.key, /^hd_[A-Za-z0-9_-]{43}$/);
  assert.equal(issued.keyPrefix, issued.key.slice(0, 10));
  const stored = await h.db.selectFrom('api_keys').selectAll().where('id', '=', issued.id).executeTakeFirstOrThrow();
  assert.equal(stored.key_hash, hashApiKey(issued.key));
  assert.ok(!JSON.stringify(stored).includes(issued.key));
  const listed = json<{ items: Record<string, unknown>[] }>(
    await h.app.inject({ url: '/api/v1/api-keys', headers: admin.auth }),
  );
  const entry = listed.items.find((k) => k.id === issued.id);
  assert.equal(entry?.clientName, 'Dashboard VLAIO');
  assert.equal(entry && 'key' in entry, false);
  const audit = await h.db
    .selectFrom('audit_events')
    .select(['actor_id', 'after'])
    .where('action', '=', 'api_key.issue')
    .where('object_id', '=', issued.id)
    .executeTakeFirstOrThrow();
  assert.equal(audit.actor_id, admin.id);
  assert.ok(!JSON.stringify(audit.after).includes(issued.key));
});

test('a client reads the public API with its key in either header, and the key’s last use is recorded', async () => {
  const issued = await issue('Partnerportaal', 100);
  const viaAuthorization = await read('/api/v1/challenges', { authorization: `ApiKey ${issued.key}` });
  assert.equal(viaAuthorization.statusCode, 200, viaAuthorization.body);
  const viaHeader = await read('/api/v1/solutions', { 'x-api-key': issued.key });
  assert.equal(viaHeader.statusCode, 200);
  assert.equal(viaHeader.headers['x-ratelimit-limit'], '100');
  const stored = await h.db
    .selectFrom('api_keys')
    .select('last_used_at')
    .where('id', '=', issued.id)
    .executeTakeFirstOrThrow();
  assert.ok(stored.last_used_at instanceof Date);
});

test('an unknown key is refused with 401 and a clear error instead of being treated as anonymous', async () => {
  const response = await read('/api/v1/challenges', {
    'x-api-key': 'hd_not-a-key-that-exists',
    'accept-language': 'en',
  });
  assert.equal(response.statusCode, 401);
  const { error } = json<{ error: { id: string; message: string } }>(response);
  assert.equal(error.id, 'invalid_api_key');
  assert.match(error.message, /unknown or revoked/);
});

test('a revoked key is refused at once; revoking is audited and the key stays listed as revoked', async () => {
  const issued = await issue('Oud dashboard', 50);
  assert.equal((await read('/api/v1/challenges', { 'x-api-key': issued.key })).statusCode, 200);
  const revoked = await h.app.inject({ method: 'DELETE', url: `/api/v1/api-keys/${issued.id}`, headers: admin.auth });
  assert.equal(revoked.statusCode, 200);
  assert.ok(json<{ revokedAt: string | null }>(revoked).revokedAt);
  const refused = await read('/api/v1/challenges', { authorization: `ApiKey ${issued.key}` });
  assert.equal(refused.statusCode, 401);
  assert.equal(json<{ error: { id: string } }>(refused).error.id, 'invalid_api_key');
  const audited = await h.db
    .selectFrom('audit_events')
    .select('actor_id')
    .where('action', '=', 'api_key.revoke')
    .where('object_id', '=', issued.id)
    .execute();
  assert.deepEqual(
    audited.map((a) => a.actor_id),
    [admin.id],
  );
});

test('each key has its own limit, counted over all public read routes together, whatever the address', async () => {
  const small = await issue('Kleine client', 3);
  const other = await issue('Andere client', 3);
  const headers = { 'x-api-key': small.key };
  assert.equal((await read('/api/v1/challenges', headers)).statusCode, 200);
  assert.equal((await read('/api/v1/solutions', headers)).statusCode, 200);
  assert.equal((await read('/api/v1/challenges?limit=5', headers)).statusCode, 200);
  const limited = await read('/api/v1/solutions', headers);
  assert.equal(limited.statusCode, 429);
  assert.equal(json<{ error: { id: string } }>(limited).error.id, 'rate_limited');
  assert.ok(Number(limited.headers['retry-after']) > 0);
  assert.equal((await read('/api/v1/challenges', { 'x-api-key': other.key })).statusCode, 200);
});

test('anonymous callers are counted per address with the lower default limit; a key lifts it', async () => {
  const address = freshAddress();
  for (let i = 0; i < ANONYMOUS_LIMIT; i += 1)
    assert.equal((await read('/api/v1/challenges', {}, address)).statusCode, 200);
  assert.equal((await read('/api/v1/challenges', {}, address)).statusCode, 429);
  assert.equal((await read('/api/v1/challenges', {}, freshAddress())).statusCode, 200);
  const issued = await issue('Client achter hetzelfde adres', 100);
  assert.equal((await read('/api/v1/challenges', { 'x-api-key': issued.key }, address)).statusCode, 200);
});

test('a member may not issue keys', async () => {
  const response = await h.app.inject({
    method: 'POST',
    url: '/api/v1/api-keys',
    headers: member.auth,
    payload: { clientName: 'Zelfbediening', rateLimitPerMinute: 10 },
  });
  assert.equal(response.statusCode, 403);
});

test('on the admin page a key is issued and shown once, and revoked only after a confirmation page', async () => {
  const session = await formSession(h.app, '/admin/api-keys', admin.token);
  const post = (url: string, fields: Record<string, string>) =>
    h.app.inject({
      method: 'POST',
      url,
      cookies: session.cookies,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: session.csrf, ...fields }).toString(),
    });
  const invalid = await post('/admin/api-keys', { clientName: '', rateLimitPerMinute: '0' });
  assert.equal(invalid.statusCode, 400);
  assert.match(invalid.body, /href="#clientName"/);
  const issued = await post('/admin/api-keys', { clientName: 'Paginaclient', rateLimitPerMinute: '30' });
  assert.equal(issued.statusCode, 200);
  const key = /id="issued-key">([^<]+)</.exec(issued.body)?.[1] ?? '';
  assert.match(key, /^hd_/);
  const list = await h.app.inject({ url: '/admin/api-keys', cookies: session.cookies });
  assert.ok(list.body.includes('Paginaclient'));
  assert.ok(!list.body.includes(key), 'the key is not shown again');
  const row = await h.db
    .selectFrom('api_keys')
    .select('id')
    .where('client_name', '=', 'Paginaclient')
    .executeTakeFirstOrThrow();
  const confirmation = await h.app.inject({ url: `/admin/api-keys/${row.id}/revoke`, cookies: session.cookies });
  assert.equal(confirmation.statusCode, 200);
  assert.match(confirmation.body, /Paginaclient/);
  assert.equal(
    (await read('/api/v1/challenges', { 'x-api-key': key })).statusCode,
    200,
    'viewing the confirmation revokes nothing',
  );
  const revoked = await post(`/admin/api-keys/${row.id}/revoke`, {});
  assert.equal(revoked.statusCode, 200);
  assert.equal((await read('/api/v1/challenges', { 'x-api-key': key })).statusCode, 401);
});

async function revokedKey(name: string): Promise<string> {
  const issued = await issue(name, 100);
  assert.equal(
    (await h.app.inject({ method: 'DELETE', url: `/api/v1/api-keys/${issued.id}`, headers: admin.auth })).statusCode,
    200,
  );
  return issued.key;
}

function assertRefused(response: Awaited<ReturnType<typeof read>>, what: string): void {
  assert.equal(response.statusCode, 401, `${what}: ${response.statusCode} ${response.body.slice(0, 200)}`);
  assert.equal(json<{ error: { id: string } }>(response).error.id, 'invalid_api_key', what);
}

test('an unknown or revoked key is refused whatever the scheme and its case: Bearer, bearer, apikey, APIKEY', async () => {
  const revoked = await revokedKey('Ingetrokken client');
  for (const key of ['hd_not-a-key-that-exists', revoked]) {
    for (const scheme of ['Bearer', 'bearer', 'BEARER', 'ApiKey', 'apikey', 'APIKEY', 'Apikey']) {
      assertRefused(
        await read('/api/v1/challenges', { authorization: `${scheme} ${key}` }),
        `${scheme} ${key.slice(0, 8)}`,
      );
    }
    assertRefused(await read('/api/v1/challenges', { 'x-api-key': key }), 'X-API-Key');
  }
});

test('a blank key is refused rather than read as anonymous', async () => {
  assertRefused(await read('/api/v1/challenges', { authorization: 'ApiKey ' }), 'ApiKey without a key');
  assertRefused(await read('/api/v1/challenges', { 'x-api-key': ' ' }), 'blank X-API-Key');
});

test('a valid key works whatever the case of its scheme, and as a Bearer token', async () => {
  const issued = await issue('Hoofdletterongevoelig', 77);
  for (const authorization of [
    `apikey ${issued.key}`,
    `APIKEY ${issued.key}`,
    `Bearer ${issued.key}`,
    `bearer ${issued.key}`,
  ]) {
    const response = await read('/api/v1/solutions', { authorization });
    assert.equal(response.statusCode, 200, authorization.split(' ')[0]);
    assert.equal(
      response.headers['x-ratelimit-limit'],
      '77',
      `${authorization.split(' ')[0]} counts on the key's own limit`,
    );
  }
});

test('a revoked key reads no public data: matches, similar items, indicators, open data and feeds', async () => {
  const revoked = await revokedKey('Oude datahaler');
  const routes = [
    `/api/v1/challenges/${challengeId}`,
    `/api/v1/solutions/${solutionId}`,
    `/api/v1/challenges/${challengeId}/matches`,
    `/api/v1/solutions/${solutionId}/matches`,
    '/api/v1/indicators',
    '/indicators.csv',
    '/opendata/catalog.jsonld',
    '/opendata/catalog.ttl',
    '/opendata/challenges.jsonld',
    '/opendata/solutions.ttl',
    '/opendata/challenges.csv',
    '/opendata/solutions.csv',
    '/feeds/challenges.atom',
    '/feeds/solutions.atom',
  ];
  for (const url of routes) {
    assert.equal((await read(url, {})).statusCode, 200, `${url} is public without a key`);
    const presentations: Record<string, string>[] = [
      { 'x-api-key': revoked },
      { authorization: `ApiKey ${revoked}` },
      { authorization: `Bearer ${revoked}` },
    ];
    for (const headers of presentations) {
      assertRefused(await read(url, headers), `${url} with ${Object.keys(headers)[0]}`);
    }
  }
  const similar = await h.app.inject({
    method: 'POST',
    url: '/api/v1/similar',
    headers: { 'x-api-key': revoked },
    payload: { kind: 'solution', title: 'Videobellen', text: '' },
  });
  assertRefused(similar, 'POST /api/v1/similar');
});

test('a session Bearer token still identifies its person next to the key check', async () => {
  const response = await h.app.inject({ url: '/api/v1/me', headers: { authorization: `bearer ${member.token}` } });
  assert.equal(response.statusCode, 200);
  assert.equal(json<{ id: string }>(response).id, member.id);
});

test('a session token that happens to begin like a key (hd_) still identifies its person: only the full shape of a key is read as one', async () => {
  const person = await createPerson(h.db, 'member');
  const token = `hd_${'s'.repeat(40)}`;
  await h.db
    .updateTable('sessions')
    .set({ id: tokenHash(token) })
    .where('id', '=', tokenHash(person.token))
    .execute();
  const response = await h.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
  assert.equal(response.statusCode, 200, response.body);
  assert.equal(json<{ id: string }>(response).id, person.id);
});
