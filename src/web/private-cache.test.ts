// What a signed-in person or an API client receives must not be kept by a browser's or proxy's
// cache; what every anonymous reader shares keeps its caching.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createPerson, type Harness, type TestPerson } from '../test-support/harness.ts';
import { challengeInput } from '../test-support/items.ts';
import { startWorld, type World } from '../test-support/matches-world.ts';

let w: World;
let h: Harness;
let matchId: string;
let confidentialId: string;
let internalId: string;

before(async () => {
  w = await startWorld();
  h = w.h;
  const applied = await h.app.inject({
    method: 'POST',
    url: '/api/v1/matches/applications',
    headers: w.provider.auth,
    payload: { challengeId: w.challengeId, solutionId: w.solutionId },
  });
  assert.equal(applied.statusCode, 201, applied.body);
  matchId = applied.json().id;
  const create = async (classification: string) =>
    (
      await h.app.inject({
        method: 'POST',
        url: '/api/v1/challenges',
        headers: w.careHome.auth,
        payload: challengeInput({ classification }),
      })
    ).json().id as string;
  confidentialId = await create('confidential');
  internalId = await create('internal');
});
after(() => h.close());

const get = (url: string, who?: TestPerson, headers: Record<string, string> = {}) =>
  h.app.inject({ url, headers: { ...headers, ...(who ? { cookie: `hd_session=${who.token}` } : {}) } });
const apiGet = (url: string, who: TestPerson) => h.app.inject({ url, headers: who.auth });

test('private pages of a signed-in person carry Cache-Control: no-store', async () => {
  for (const url of [
    '/account',
    '/my',
    '/notifications',
    `/matches/${matchId}`,
    '/account/sessions',
    `/challenges/${confidentialId}`,
    `/challenges/${internalId}`,
    '/challenges',
    '/',
  ]) {
    const page = await get(url, w.careHome);
    assert.equal(page.statusCode, 200, url);
    assert.equal(page.headers['cache-control'], 'no-store', url);
  }
});

test('private API answers carry Cache-Control: no-store', async () => {
  for (const url of [
    '/api/v1/me',
    '/api/v1/me/export',
    `/api/v1/matches/${matchId}`,
    `/api/v1/matches?challengeId=${w.challengeId}`,
    `/api/v1/challenges/${confidentialId}`,
    `/api/v1/challenges/${internalId}`,
    '/api/v1/exports/challenges.csv',
    '/api/v1/challenges',
  ]) {
    const answer = await apiGet(url, w.careHome);
    assert.equal(answer.statusCode, 200, url);
    assert.equal(answer.headers['cache-control'], 'no-store', url);
  }
});

test('an anonymous page that hands out a CSRF cookie with its form is not cached', async () => {
  const page = await get('/login');
  assert.ok(page.headers['set-cookie']);
  assert.equal(page.headers['cache-control'], 'no-store');
});

test('refusals and writes of a signed-in person are not cached either', async () => {
  const refused = await apiGet(`/api/v1/challenges/${confidentialId}`, w.stranger);
  assert.equal(refused.statusCode, 404);
  assert.equal(refused.headers['cache-control'], 'no-store');
  const login = await h.app.inject({
    method: 'POST',
    url: '/api/v1/sessions',
    payload: { email: w.careHome.email, password: 'correct horse battery staple' },
  });
  assert.equal(login.statusCode, 201);
  assert.equal(login.headers['cache-control'], 'no-store', 'the answer holds a session token');
});

test('answers to an API-key client carry Cache-Control: no-store', async () => {
  const admin = await createPerson(h.db, 'admin');
  const issued = await h.app.inject({
    method: 'POST',
    url: '/api/v1/api-keys',
    headers: admin.auth,
    payload: { clientName: 'Dashboard', rateLimitPerMinute: 100 },
  });
  assert.equal(issued.statusCode, 201, issued.body);
  assert.equal(issued.headers['cache-control'], 'no-store', 'the answer holds the key');
  const answer = await h.app.inject({ url: '/api/v1/challenges', headers: { 'x-api-key': issued.json().key } });
  assert.equal(answer.statusCode, 200);
  assert.equal(answer.headers['cache-control'], 'no-store');
});

test('shared public answers keep their caching: anonymous pages are not no-store, public data stays public', async () => {
  for (const url of ['/', '/challenges', '/solutions', '/api/v1/challenges', `/api/v1/challenges/${w.challengeId}`]) {
    const answer = await get(url);
    assert.equal(answer.statusCode, 200, url);
    assert.equal(answer.headers['cache-control'], undefined, url);
  }
  for (const url of ['/api/v1/indicators', '/feeds/challenges.atom', '/opendata/challenges.csv']) {
    assert.equal((await get(url)).headers['cache-control'], 'public, max-age=300', url);
    assert.equal(
      (await get(url, w.careHome)).headers['cache-control'],
      'public, max-age=300',
      `${url}, the same for everyone`,
    );
  }
});
