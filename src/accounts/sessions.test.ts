import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, createPerson, formSession, type Harness } from '../test-support/harness.ts';
import { FORM_HEADERS, formBody, registration } from './test-fixtures.ts';
import { tokenHash } from './tokens.ts';

// createPerson gives everyone this password.
const PASSWORD = 'correct horse battery staple';

let harness: Harness;

before(async () => {
  harness = await startHarness({ authRateLimitPerMinute: 1000 });
});

after(async () => {
  await harness.close();
});

const apiLogin = (email: string, password: string) =>
  harness.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email, password } });

/** Posts the login form as a browser would, with the next path the login page was opened with. */
async function formLogin(email: string, password: string, next?: string) {
  const { csrf, cookies } = await formSession(harness.app, '/login');
  return harness.app.inject({
    method: 'POST',
    url: '/login',
    headers: FORM_HEADERS,
    cookies,
    payload: formBody({ email, password, next, _csrf: csrf }),
  });
}

describe('logging in and out through the API', () => {
  test('logs in with e-mail and password and uses the token as a Bearer token', async () => {
    const person = await createPerson(harness.db, 'member');
    const response = await apiLogin(person.email.toUpperCase(), PASSWORD);
    assert.equal(response.statusCode, 201);
    const { token, person: shown } = response.json();
    assert.equal(shown.id, person.id);
    assert.equal('passwordHash' in shown, false);
    const me = await harness.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().email, person.email);
  });

  test('answers a wrong password and an unknown e-mail with the same generic error', async () => {
    const person = await createPerson(harness.db, 'member');
    const wrong = await apiLogin(person.email, 'not the right password');
    const unknown = await apiLogin('niemand@voorbeeld.be', PASSWORD);
    assert.equal(wrong.statusCode, 401);
    assert.equal(unknown.statusCode, 401);
    assert.deepEqual(wrong.json(), unknown.json());
    assert.equal(wrong.json().error.id, 'invalid_credentials');
  });

  test('logs out: the session is revoked and its token no longer works', async () => {
    const person = await createPerson(harness.db, 'member');
    const { token } = (await apiLogin(person.email, PASSWORD)).json();
    const auth = { authorization: `Bearer ${token}` };
    const out = await harness.app.inject({ method: 'DELETE', url: '/api/v1/sessions/current', headers: auth });
    assert.equal(out.statusCode, 204);
    assert.equal((await harness.app.inject({ url: '/api/v1/me', headers: auth })).statusCode, 401);
    // The other session of the same person is untouched.
    assert.equal((await harness.app.inject({ url: '/api/v1/me', headers: person.auth })).statusCode, 200);
  });

  test('refuses /api/v1/me and logout without a session', async () => {
    const me = await harness.app.inject({ url: '/api/v1/me' });
    assert.equal(me.statusCode, 401);
    assert.equal(me.json().error.id, 'unauthenticated');
    assert.equal((await harness.app.inject({ method: 'DELETE', url: '/api/v1/sessions/current' })).statusCode, 401);
  });

  test('lists the organisations of the logged-in person after login', async () => {
    const { email, password } = registration() as { email: string; password: string };
    const registered = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      payload: { ...registration(), email, password },
    });
    const response = await apiLogin(email, password);
    assert.deepEqual(response.json().person.organisationIds, registered.json().person.organisationIds);
  });
});

describe('logging in and out through the pages', () => {
  test('logs in through the form and lands on the dashboard', async () => {
    const person = await createPerson(harness.db, 'member');
    const response = await formLogin(person.email, PASSWORD);
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/my');
    const cookie = response.cookies.find((c) => c.name === 'hd_session');
    assert.ok(cookie?.httpOnly);
    assert.equal(cookie.sameSite, 'Lax');
  });

  test('honours a local next path after login', async () => {
    const person = await createPerson(harness.db, 'member');
    const response = await formLogin(person.email, PASSWORD, '/challenges/new?from=login');
    assert.equal(response.headers.location, '/challenges/new?from=login');
  });

  test('carries only a local next path from the address into the login form', async () => {
    const local = await harness.app.inject({ url: '/login?next=%2Fsolutions%3Fq%3Dzorg' });
    assert.match(local.body, /name="next" value="\/solutions\?q=zorg"/);
    const foreign = await harness.app.inject({ url: '/login?next=https%3A%2F%2Fevil.example' });
    assert.match(foreign.body, /name="next" value="\/my"/);
  });

  test('ignores a next address that leads to another site', async () => {
    const person = await createPerson(harness.db, 'member');
    for (const next of ['https://evil.example/', '//evil.example/', '/\\evil.example', 'javascript:alert(1)']) {
      const response = await formLogin(person.email, PASSWORD, next);
      assert.equal(response.headers.location, '/my', next);
    }
  });

  test('shows one generic message for a wrong password or an unknown e-mail, keeping the e-mail', async () => {
    const person = await createPerson(harness.db, 'member');
    const wrong = await formLogin(person.email, 'not the right password');
    const unknown = await formLogin('niemand@voorbeeld.be', 'not the right password');
    for (const response of [wrong, unknown]) {
      assert.equal(response.statusCode, 401);
      assert.match(response.body, /role="alert"[^>]*><p>Dit e-mailadres en wachtwoord horen niet bij elkaar/);
      assert.equal(
        response.cookies.some((c) => c.name === 'hd_session'),
        false,
      );
    }
    assert.match(wrong.body, new RegExp(`value="${person.email}"`));
  });

  test('logs out through the form: the session is revoked and the cookie cleared', async () => {
    const person = await createPerson(harness.db, 'member');
    const login = await formLogin(person.email, PASSWORD);
    const token = login.cookies.find((c) => c.name === 'hd_session')?.value ?? '';
    const { csrf, cookies } = await formSession(harness.app, '/account', token);
    const out = await harness.app.inject({
      method: 'POST',
      url: '/logout',
      headers: FORM_HEADERS,
      cookies,
      payload: formBody({ _csrf: csrf }),
    });
    assert.equal(out.statusCode, 303);
    const cleared = out.cookies.find((c) => c.name === 'hd_session');
    assert.equal(cleared?.value, '');
    const after = await harness.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    assert.equal(after.statusCode, 401);
  });

  test('refuses a logout post without a CSRF token and keeps the session', async () => {
    const person = await createPerson(harness.db, 'member');
    const out = await harness.app.inject({
      method: 'POST',
      url: '/logout',
      headers: FORM_HEADERS,
      cookies: { hd_session: person.token },
      payload: '',
    });
    assert.equal(out.statusCode, 403);
    assert.equal((await harness.app.inject({ url: '/api/v1/me', headers: person.auth })).statusCode, 200);
  });

  test('refuses a login post without a CSRF token', async () => {
    const person = await createPerson(harness.db, 'member');
    const response = await harness.app.inject({
      method: 'POST',
      url: '/login',
      headers: FORM_HEADERS,
      payload: formBody({ email: person.email, password: PASSWORD }),
    });
    assert.equal(response.statusCode, 403);
  });

  test('sends a visitor of the account page to the login page and back', async () => {
    const response = await harness.app.inject({ url: '/account' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/login?next=%2Faccount');
  });
});

describe('rate limits on login, registration and password reset', () => {
  let limited: Harness;

  before(async () => {
    limited = await startHarness({ authRateLimitPerMinute: 3 });
  });

  after(async () => {
    await limited.close();
  });

  test('answers 429 with the stable id rate_limited after too many login attempts from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const response = await limited.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        payload: { email: 'niemand@voorbeeld.be', password: 'not the right password' },
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) assert.equal(response.json().error.id, 'rate_limited');
    }
    assert.deepEqual(statuses, [401, 401, 401, 429]);
  });

  test('limits each address on its own', async () => {
    const response = await limited.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      remoteAddress: '192.0.2.44',
      payload: { email: 'niemand@voorbeeld.be', password: 'not the right password' },
    });
    assert.equal(response.statusCode, 401);
  });

  test('limits registration and password-reset requests too, with a translated page for forms', async () => {
    for (let i = 0; i < 3; i += 1) {
      await limited.app.inject({
        method: 'POST',
        url: '/api/v1/password-resets',
        payload: { email: 'niemand@voorbeeld.be' },
      });
      await limited.app.inject({ method: 'POST', url: '/api/v1/accounts', payload: {} });
    }
    const reset = await limited.app.inject({
      method: 'POST',
      url: '/api/v1/password-resets',
      payload: { email: 'niemand@voorbeeld.be' },
    });
    assert.equal(reset.statusCode, 429);
    assert.equal((await limited.app.inject({ method: 'POST', url: '/api/v1/accounts', payload: {} })).statusCode, 429);
    for (let i = 0; i < 3; i += 1)
      await limited.app.inject({ method: 'POST', url: '/register?lang=fr', headers: FORM_HEADERS, payload: '' });
    const page = await limited.app.inject({
      method: 'POST',
      url: '/register',
      headers: { ...FORM_HEADERS, 'accept-language': 'fr' },
      payload: '',
    });
    assert.equal(page.statusCode, 429);
    assert.match(page.body, /Trop de tentatives/);
  });
});

describe("session lifetimes: an idle timeout and an absolute lifetime, on the platform's clock", () => {
  const MINUTE = 60_000;
  const HOUR = 60 * MINUTE;
  let clocked: Harness;
  let clock = Date.now();
  const at = (ms: number) => {
    clock += ms;
  };

  before(async () => {
    clocked = await startHarness({ authRateLimitPerMinute: 1000 });
    clocked.services.now = () => new Date(clock);
  });

  after(async () => {
    await clocked.close();
  });

  async function login(email: string, keepSignedIn?: boolean): Promise<string> {
    const response = await clocked.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email, password: PASSWORD, ...(keepSignedIn === undefined ? {} : { keepSignedIn }) },
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json().token;
  }
  const me = async (token: string) =>
    (await clocked.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } })).statusCode;
  const lastSeen = async (token: string) =>
    (
      await clocked.db
        .selectFrom('sessions')
        .select('last_used_at')
        .where('id', '=', tokenHash(token))
        .executeTakeFirstOrThrow()
    ).last_used_at?.getTime();

  test('a session unused for 30 minutes ends; every use keeps it alive', async () => {
    const person = await createPerson(clocked.db, 'member');
    const token = await login(person.email);
    at(29 * MINUTE);
    assert.equal(await me(token), 200);
    at(29 * MINUTE);
    assert.equal(await me(token), 200, 'used 29 minutes ago');
    at(31 * MINUTE);
    assert.equal(await me(token), 401, 'unused for 31 minutes');
  });

  test('"keep me signed in" (keepSignedIn in the API) allows 12 hours between uses', async () => {
    const person = await createPerson(clocked.db, 'member');
    const kept = await login(person.email, true);
    const plain = await login(person.email, false);
    at(11 * HOUR);
    assert.equal(await me(kept), 200);
    assert.equal(await me(plain), 401);
  });

  test('a session ends 12 hours after login however often it is used', async () => {
    const person = await createPerson(clocked.db, 'member');
    const plain = await login(person.email);
    const kept = await login(person.email, true);
    for (let used = 0; used < 12 * HOUR - 25 * MINUTE; used += 25 * MINUTE) {
      at(25 * MINUTE);
      assert.equal(await me(plain), 200);
      assert.equal(await me(kept), 200);
    }
    at(25 * MINUTE);
    assert.equal(await me(plain), 401, 'past its absolute lifetime');
    assert.equal(await me(kept), 401, 'past its absolute lifetime, kept signed in or not');
  });

  test('records when a session was last seen at most once a minute, not on every request', async () => {
    const person = await createPerson(clocked.db, 'member');
    const token = await login(person.email);
    const start = await lastSeen(token);
    assert.equal(start, clock);
    at(20_000);
    assert.equal(await me(token), 200);
    assert.equal(await lastSeen(token), start);
    at(50_000);
    assert.equal(await me(token), 200);
    assert.equal(await lastSeen(token), clock);
  });

  test('the login form offers "keep me signed in": a lasting cookie with it, a browser-session cookie without', async () => {
    const person = await createPerson(clocked.db, 'member');
    const formLoginWith = async (extra: Record<string, string>) => {
      const { csrf, cookies } = await formSession(clocked.app, '/login');
      const response = await clocked.app.inject({
        method: 'POST',
        url: '/login',
        headers: FORM_HEADERS,
        cookies,
        payload: formBody({ email: person.email, password: PASSWORD, _csrf: csrf, ...extra }),
      });
      assert.equal(response.statusCode, 303);
      const cookie = response.cookies.find((c) => c.name === 'hd_session');
      assert.ok(cookie);
      return cookie;
    };
    assert.match(
      (await clocked.app.inject({ url: '/login' })).body,
      /<input type="checkbox" id="keepSignedIn" name="keepSignedIn" value="yes"/,
    );
    const kept = await formLoginWith({ keepSignedIn: 'yes' });
    const plain = await formLoginWith({});
    assert.equal(kept.maxAge, 12 * 3600);
    assert.equal(plain.maxAge, undefined);
    assert.equal(plain.expires, undefined);
    at(2 * HOUR);
    assert.equal(await me(kept.value), 200);
    assert.equal(await me(plain.value), 401);
  });

  test('the sessions page lists the live sessions and leaves out those that timed out', async () => {
    const person = await createPerson(clocked.db, 'member');
    const current = await login(person.email, true);
    await clocked.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      headers: { 'user-agent': 'Idle/1.0' },
      payload: { email: person.email, password: PASSWORD },
    });
    await clocked.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      headers: { 'user-agent': 'Kept/1.0' },
      payload: { email: person.email, password: PASSWORD, keepSignedIn: true },
    });
    at(45 * MINUTE);
    const page = await clocked.app.inject({ url: '/account/sessions', cookies: { hd_session: current } });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Kept\/1\.0/);
    assert.doesNotMatch(page.body, /Idle\/1\.0/);
    assert.equal([...page.body.matchAll(/action="\/account\/sessions\/[0-9a-f]{64}\/revoke"/g)].length, 2);
  });
});
