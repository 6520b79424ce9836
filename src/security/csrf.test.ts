// The CSRF check fails closed: an unsafe request needs the form's token unless a Bearer session
// token or an API key authenticates it (credentials a browser never attaches by itself). Page routes
// need it whatever the content type and its case; API routes need it when the request carries a
// session cookie or a body a cross-site form can send (form, multipart or plain text, any case).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import {
  startHarness,
  createOrganisation,
  createPerson,
  formSession,
  json,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { challengeInput } from '../test-support/items.ts';

const PASSWORD = 'correct horse battery staple';

let h: Harness;
let member: TestPerson;
let apiKey: string;

before(async () => {
  h = await startHarness({ authRateLimitPerMinute: 1_000 });
  member = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Formulieren bv'));
  const admin = await createPerson(h.db, 'admin');
  const issued = await h.app.inject({
    method: 'POST',
    url: '/api/v1/api-keys',
    headers: admin.auth,
    payload: { clientName: 'CSRF-test', rateLimitPerMinute: 100 },
  });
  apiKey = json<{ key: string }>(issued).key;
});
after(() => h.close());

function assertRefusedForCsrf(response: LightMyRequestResponse, what: string): void {
  assert.equal(response.statusCode, 403, `${what}: ${response.statusCode} ${response.body.slice(0, 200)}`);
  assert.ok(
    !response.cookies.some((c) => c.name === 'hd_session' && c.value !== ''),
    `${what}: no session was started`,
  );
}

const loginForm = () => new URLSearchParams({ email: member.email, password: PASSWORD }).toString();

test('an anonymous login form post with a JSON body and no token is refused', async () => {
  const response = await h.app.inject({
    method: 'POST',
    url: '/login',
    headers: { 'content-type': 'application/json' },
    payload: { email: member.email, password: PASSWORD },
  });
  assertRefusedForCsrf(response, 'JSON');
});

test('an anonymous login form post is refused without a token whatever the case of its content type', async () => {
  for (const type of [
    'Application/X-WWW-Form-Urlencoded',
    'APPLICATION/X-WWW-FORM-URLENCODED',
    'application/x-www-form-urlencoded; charset=UTF-8',
    ' application/x-www-form-urlencoded',
  ]) {
    assertRefusedForCsrf(
      await h.app.inject({ method: 'POST', url: '/login', headers: { 'content-type': type }, payload: loginForm() }),
      type,
    );
  }
});

test('a login post as plain text, as multipart or without a content type logs nobody in without a token', async () => {
  const multipart = `--b\r\nContent-Disposition: form-data; name="email"\r\n\r\n${member.email}\r\n--b\r\nContent-Disposition: form-data; name="password"\r\n\r\n${PASSWORD}\r\n--b--\r\n`;
  const cases: Array<[string, Record<string, string>, string]> = [
    ['text/plain', { 'content-type': 'text/plain' }, loginForm()],
    ['multipart', { 'content-type': 'multipart/form-data; boundary=b' }, multipart],
    ['Multipart, capitalised', { 'content-type': 'Multipart/Form-Data; boundary=b' }, multipart],
    ['no content type', {}, ''],
  ];
  for (const [what, headers, payload] of cases) {
    const response = await h.app.inject({ method: 'POST', url: '/login', headers, payload });
    assert.ok(response.statusCode >= 400 && response.statusCode < 500, `${what}: ${response.statusCode}`);
    assert.ok(
      !response.cookies.some((c) => c.name === 'hd_session' && c.value !== ''),
      `${what}: no session was started`,
    );
  }
});

test('the login form with its token still logs in, as a form and as JSON', async () => {
  const form = await formSession(h.app, '/login');
  const asForm = await h.app.inject({
    method: 'POST',
    url: '/login',
    cookies: form.cookies,
    headers: { 'content-type': 'Application/X-WWW-Form-Urlencoded' },
    payload: `${loginForm()}&_csrf=${encodeURIComponent(form.csrf)}`,
  });
  assert.equal(asForm.statusCode, 303);
  const again = await formSession(h.app, '/login');
  const asJson = await h.app.inject({
    method: 'POST',
    url: '/login',
    cookies: again.cookies,
    headers: { 'content-type': 'application/json' },
    payload: { email: member.email, password: PASSWORD, _csrf: again.csrf },
  });
  assert.equal(asJson.statusCode, 303);
});

test('a page post with a session cookie needs the token whatever its content type', async () => {
  const session = { hd_session: member.token };
  for (const headers of [
    { 'content-type': 'application/json' },
    { 'content-type': 'APPLICATION/X-WWW-FORM-URLENCODED' },
    {},
  ]) {
    const response = await h.app.inject({
      method: 'POST',
      url: '/logout',
      cookies: session,
      headers,
      ...(headers['content-type'] ? { payload: headers['content-type'].includes('json') ? '{}' : 'x=1' } : {}),
    });
    assertRefusedForCsrf(response, JSON.stringify(headers));
  }
  assert.equal(
    (await h.app.inject({ url: '/api/v1/me', headers: member.auth })).statusCode,
    200,
    'the session was not ended',
  );
});

test('an API write with a session cookie and no Bearer token needs the token, whatever the content type', async () => {
  for (const type of ['application/json', 'Application/JSON', 'text/plain']) {
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/v1/challenges',
      cookies: { hd_session: member.token },
      headers: { 'content-type': type },
      payload: JSON.stringify(challengeInput()),
    });
    assert.equal(response.statusCode, 403, type);
    assert.equal(json<{ error: { id: string } }>(response).error.id, 'csrf_failed', type);
  }
});

test('an anonymous API call with a body a cross-site form can send needs the token, in any case', async () => {
  for (const type of ['application/x-www-form-urlencoded', 'Application/X-WWW-Form-Urlencoded', 'TEXT/PLAIN']) {
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      headers: { 'content-type': type },
      payload: loginForm(),
    });
    assert.equal(response.statusCode, 403, type);
    assert.equal(json<{ error: { id: string } }>(response).error.id, 'csrf_failed', type);
  }
});

test('API clients log in with JSON and no cookie, and write with their Bearer token, without a CSRF token', async () => {
  const login = await h.app.inject({
    method: 'POST',
    url: '/api/v1/sessions',
    payload: { email: member.email, password: PASSWORD },
  });
  assert.equal(login.statusCode, 201);
  const token = json<{ token: string }>(login).token;
  const created = await h.app.inject({
    method: 'POST',
    url: '/api/v1/challenges',
    headers: { authorization: `Bearer ${token}` },
    payload: challengeInput(),
  });
  assert.equal(created.statusCode, 201);
  const withCookieToo = await h.app.inject({
    method: 'POST',
    url: '/api/v1/challenges',
    cookies: { hd_session: member.token },
    headers: { authorization: `Bearer ${token}` },
    payload: challengeInput(),
  });
  assert.equal(withCookieToo.statusCode, 201, 'a valid Bearer token authenticates the call, the cookie adds nothing');
});

test('a Bearer token that authenticates nobody does not lift the check', async () => {
  const response = await h.app.inject({
    method: 'POST',
    url: '/logout',
    cookies: { hd_session: member.token },
    headers: { authorization: 'Bearer not-a-session', 'content-type': 'application/x-www-form-urlencoded' },
    payload: 'x=1',
  });
  assertRefusedForCsrf(response, 'unknown Bearer');
  const api = await h.app.inject({
    method: 'POST',
    url: '/api/v1/challenges',
    cookies: { hd_session: member.token },
    headers: { authorization: 'Bearer not-a-session' },
    payload: challengeInput(),
  });
  assert.ok([401, 403].includes(api.statusCode), `API: ${api.statusCode}`);
});

test('a call authenticated by an API key needs no CSRF token, even with a form body', async () => {
  const headers = { 'x-api-key': apiKey, 'content-type': 'application/x-www-form-urlencoded' };
  const response = await h.app.inject({
    method: 'POST',
    url: '/api/v1/similar',
    headers,
    payload: 'kind=solution&title=Videobellen+met+familie',
  });
  assert.equal(response.statusCode, 200, response.body);
  const anonymous = await h.app.inject({
    method: 'POST',
    url: '/api/v1/similar',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: 'kind=solution&title=Videobellen+met+familie',
  });
  assert.equal(anonymous.statusCode, 403);
});
