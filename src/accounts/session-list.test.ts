import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, createPerson, formSession, type Harness, type TestPerson } from '../test-support/harness.ts';
import { FORM_HEADERS, formBody } from './test-fixtures.ts';

const PASSWORD = 'correct horse battery staple';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

let harness: Harness;

before(async () => {
  harness = await startHarness({ authRateLimitPerMinute: 1000 });
});

after(async () => {
  await harness.close();
});

async function loginFrom(person: TestPerson, userAgent: string): Promise<string> {
  const response = await harness.app.inject({
    method: 'POST',
    url: '/api/v1/sessions',
    headers: { 'user-agent': userAgent },
    payload: { email: person.email, password: PASSWORD },
  });
  return response.json().token;
}

async function post(url: string, session: string) {
  const { csrf, cookies } = await formSession(harness.app, '/account/sessions', session);
  return harness.app.inject({
    method: 'POST',
    url,
    headers: FORM_HEADERS,
    cookies,
    payload: formBody({ _csrf: csrf }),
  });
}

const works = async (token: string) =>
  (await harness.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } })).statusCode === 200;

describe('the sessions page', () => {
  test('lists the live sessions with their browser, marks this one, and leaves out ended ones', async () => {
    const person = await createPerson(harness.db, 'member');
    const firefox = await loginFrom(person, FIREFOX);
    const ended = await loginFrom(person, 'Ended/1.0');
    await harness.app.inject({
      method: 'DELETE',
      url: '/api/v1/sessions/current',
      headers: { authorization: `Bearer ${ended}` },
    });
    const page = await harness.app.inject({ url: '/account/sessions', cookies: { hd_session: firefox } });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Firefox\/128\.0<strong> \(Deze sessie\)<\/strong>/);
    assert.doesNotMatch(page.body, /Ended\/1\.0/);
    assert.equal([...page.body.matchAll(/action="\/account\/sessions\/[0-9a-f]{64}\/revoke"/g)].length, 2);
  });

  test('ends another session of the person, which then no longer works', async () => {
    const person = await createPerson(harness.db, 'member');
    const mine = await loginFrom(person, FIREFOX);
    const other = await loginFrom(person, 'Other/2.0');
    const page = await harness.app.inject({ url: '/account/sessions', cookies: { hd_session: mine } });
    const otherId = /Other\/2\.0[\s\S]*?action="\/account\/sessions\/([0-9a-f]{64})\/revoke"/.exec(page.body)?.[1];
    assert.ok(otherId);
    const revoked = await post(`/account/sessions/${otherId}/revoke`, mine);
    assert.equal(revoked.headers.location, '/account/sessions?revoked=1');
    assert.equal(await works(other), false);
    assert.equal(await works(mine), true);
    const audit = await harness.db
      .selectFrom('audit_events')
      .select('action')
      .where('object_id', '=', person.id)
      .where('action', '=', 'session.revoked')
      .execute();
    assert.equal(audit.length, 1);
  });

  test('refuses to end a session of someone else', async () => {
    const person = await createPerson(harness.db, 'member');
    const stranger = await createPerson(harness.db, 'member');
    const strangerSession = await loginFrom(stranger, FIREFOX);
    const { id } = await harness.db
      .selectFrom('sessions')
      .select('id')
      .where('person_id', '=', stranger.id)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    const response = await post(`/account/sessions/${id}/revoke`, person.token);
    assert.equal(response.statusCode, 404);
    assert.equal(await works(strangerSession), true);
  });

  test('logs out everywhere, this session included', async () => {
    const person = await createPerson(harness.db, 'member');
    const first = await loginFrom(person, FIREFOX);
    const second = await loginFrom(person, 'Other/2.0');
    const response = await post('/account/sessions/revoke-all', first);
    assert.equal(response.headers.location, '/');
    assert.equal(await works(first), false);
    assert.equal(await works(second), false);
    assert.equal(await works(person.token), false);
    const audit = await harness.db
      .selectFrom('audit_events')
      .select('action')
      .where('object_id', '=', person.id)
      .where('action', '=', 'person.sessions_revoked')
      .execute();
    assert.equal(audit.length, 1);
  });

  test('sends a visitor to the login page', async () => {
    const response = await harness.app.inject({ url: '/account/sessions' });
    assert.equal(response.headers.location, '/login?next=%2Faccount%2Fsessions');
  });
});
