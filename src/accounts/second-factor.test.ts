import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Secret, TOTP } from 'otpauth';
import { startHarness, createPerson, formSession, type Harness, type TestPerson } from '../test-support/harness.ts';
import { FORM_HEADERS, formBody } from './test-fixtures.ts';
import { tokenHash } from './tokens.ts';

const PASSWORD = 'correct horse battery staple';
const PERIOD_MS = 30_000;

let harness: Harness;

before(async () => {
  harness = await startHarness({ authRateLimitPerMinute: 1000 });
});

after(async () => {
  await harness.close();
});

function sessionCookie(response: { cookies: { name: string; value: string }[] }): string {
  const cookie = response.cookies.find((c) => c.name === 'hd_session');
  assert.ok(cookie, 'a session cookie is set');
  return cookie.value;
}

async function formLogin(email: string, next = '/account') {
  const { csrf, cookies } = await formSession(harness.app, '/login');
  return harness.app.inject({
    method: 'POST',
    url: '/login',
    headers: FORM_HEADERS,
    cookies,
    payload: formBody({ email, password: PASSWORD, next, _csrf: csrf }),
  });
}

async function postForm(url: string, session: string, values: Record<string, string>) {
  const { csrf, cookies } = await formSession(
    harness.app,
    url.startsWith('/login') ? '/login/second-factor' : '/account/two-factor',
    session,
  );
  return harness.app.inject({
    method: 'POST',
    url,
    headers: FORM_HEADERS,
    cookies,
    payload: formBody({ ...values, _csrf: csrf }),
  });
}

/** A code of a later time step than any used so far, as the person's app would show half a minute on. */
function code(secret: string, stepsAhead = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + stepsAhead * PERIOD_MS });
}

/** Logs in with the password, enrols through the pages and returns the secret and recovery codes. */
async function enrol(person: TestPerson): Promise<{ secret: string; recoveryCodes: string[]; session: string }> {
  const session = sessionCookie(await formLogin(person.email));
  const page = await harness.app.inject({ url: '/account/two-factor', cookies: { hd_session: session } });
  const secret = /<code class="secret">([A-Z2-7]+)<\/code>/.exec(page.body)?.[1];
  assert.ok(secret, 'the enrolment page shows the key');
  const confirmed = await postForm('/account/two-factor', session, { code: code(secret), next: '/review' });
  assert.equal(confirmed.statusCode, 200);
  const recoveryCodes = [...confirmed.body.matchAll(/<li><code>([a-z0-9-]+)<\/code><\/li>/g)].map((m) => m[1] ?? '');
  return { secret, recoveryCodes, session };
}

describe('second factor for ambassadors and admins', () => {
  test('sends an ambassador without a second factor from the password login to enrolment', async () => {
    const ambassador = await createPerson(harness.db, 'ambassador');
    const login = await formLogin(ambassador.email, '/review');
    assert.equal(login.headers.location, '/login/second-factor?next=%2Freview');
    const session = sessionCookie(login);
    const verify = await harness.app.inject({
      url: '/login/second-factor?next=%2Freview',
      cookies: { hd_session: session },
    });
    assert.equal(verify.headers.location, '/account/two-factor?next=%2Freview');
    const enrolment = await harness.app.inject({
      url: '/account/two-factor?next=%2Freview',
      cookies: { hd_session: session },
    });
    assert.equal(enrolment.statusCode, 200);
    assert.match(enrolment.body, /<img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+"/);
    assert.match(enrolment.body, /<code class="secret">[A-Z2-7]{32}<\/code>/);
  });

  test('refuses ambassador and admin routes to a session that waits for its second factor', async () => {
    const admin = await createPerson(harness.db, 'admin');
    const session = sessionCookie(await formLogin(admin.email));
    const page = await harness.app.inject({ url: '/admin/audit', cookies: { hd_session: session } });
    assert.equal(page.statusCode, 303);
    assert.equal(page.headers.location, '/login/second-factor?next=%2Fadmin%2Faudit');
    const api = await harness.app.inject({
      url: '/api/v1/audit-events',
      headers: { authorization: `Bearer ${session}` },
    });
    assert.equal(api.statusCode, 403);
    assert.equal(api.json().error.id, 'second_factor_required');
    const member = await harness.app.inject({ url: '/my', cookies: { hd_session: session } });
    assert.equal(member.headers.location, '/login/second-factor?next=%2Fmy');
  });

  test('enrols with a confirmed code, shows ten recovery codes once and makes the session full', async () => {
    const ambassador = await createPerson(harness.db, 'ambassador');
    const { recoveryCodes, session } = await enrol(ambassador);
    assert.equal(recoveryCodes.length, 10);
    assert.equal(new Set(recoveryCodes).size, 10);
    const review = await harness.app.inject({ url: '/review', cookies: { hd_session: session } });
    assert.equal(review.statusCode, 200);
    const stored = await harness.db
      .selectFrom('recovery_codes')
      .select('code_hash')
      .where('person_id', '=', ambassador.id)
      .execute();
    assert.equal(stored.length, 10);
    assert.ok(
      stored.every((row) => !recoveryCodes.some((c) => row.code_hash.includes(c.replace('-', '')))),
      'only hashes are stored',
    );
    const audit = await harness.db
      .selectFrom('audit_events')
      .select(['action', 'after'])
      .where('object_id', '=', ambassador.id)
      .execute();
    assert.ok(audit.some((e) => e.action === 'person.second_factor_enrolled'));
    assert.ok(!JSON.stringify(audit).includes(recoveryCodes[0] ?? 'x'), 'no secret in the audit log');
  });

  test('refuses a wrong enrolment code and keeps the person without a second factor', async () => {
    const admin = await createPerson(harness.db, 'admin');
    const session = sessionCookie(await formLogin(admin.email));
    const wrong = await postForm('/account/two-factor', session, { code: '000000' });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /Deze code klopt niet/);
    const person = await harness.db
      .selectFrom('people')
      .select('totp_enabled_at')
      .where('id', '=', admin.id)
      .executeTakeFirstOrThrow();
    assert.equal(person.totp_enabled_at, null);
  });

  test('asks an enrolled ambassador for the code after the password, and accepts the next code', async () => {
    const ambassador = await createPerson(harness.db, 'ambassador');
    const { secret } = await enrol(ambassador);
    const session = sessionCookie(await formLogin(ambassador.email, '/review'));
    const form = await harness.app.inject({
      url: '/login/second-factor?next=%2Freview',
      cookies: { hd_session: session },
    });
    assert.equal(form.statusCode, 200);
    const verified = await postForm('/login/second-factor', session, { code: code(secret, 1), next: '/review' });
    assert.equal(verified.statusCode, 303);
    assert.equal(verified.headers.location, '/review');
    assert.equal((await harness.app.inject({ url: '/review', cookies: { hd_session: session } })).statusCode, 200);
  });

  test('refuses a code that was already used', async () => {
    const ambassador = await createPerson(harness.db, 'ambassador');
    const { secret } = await enrol(ambassador);
    const first = sessionCookie(await formLogin(ambassador.email));
    const used = code(secret, 1);
    assert.equal((await postForm('/login/second-factor', first, { code: used })).statusCode, 303);
    const second = sessionCookie(await formLogin(ambassador.email));
    const replay = await postForm('/login/second-factor', second, { code: used });
    assert.equal(replay.statusCode, 400);
    assert.equal((await harness.app.inject({ url: '/review', cookies: { hd_session: second } })).statusCode, 303);
  });

  test('accepts each recovery code once instead of the app code', async () => {
    const admin = await createPerson(harness.db, 'admin');
    const { recoveryCodes } = await enrol(admin);
    const recovery = recoveryCodes[3] ?? '';
    const first = sessionCookie(await formLogin(admin.email));
    assert.equal((await postForm('/login/second-factor', first, { code: recovery.toUpperCase() })).statusCode, 303);
    const second = sessionCookie(await formLogin(admin.email));
    assert.equal((await postForm('/login/second-factor', second, { code: recovery })).statusCode, 400);
    const audit = await harness.db
      .selectFrom('audit_events')
      .select('after')
      .where('object_id', '=', admin.id)
      .where('action', '=', 'person.second_factor_verified')
      .execute();
    assert.deepEqual(
      audit.map((e) => e.after),
      [{ method: 'recovery_code' }],
    );
  });

  test('completes an API session with the code and tells the client it was required', async () => {
    const ambassador = await createPerson(harness.db, 'ambassador');
    const { secret } = await enrol(ambassador);
    const login = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: ambassador.email, password: PASSWORD },
    });
    assert.equal(login.json().secondFactorRequired, true);
    const auth = { authorization: `Bearer ${login.json().token}` };
    assert.equal((await harness.app.inject({ url: '/api/v1/me', headers: auth })).statusCode, 403);
    const wrong = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/sessions/current/second-factor',
      headers: auth,
      payload: { code: '123456' },
    });
    assert.equal(wrong.json().error.id, 'invalid_second_factor');
    const right = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/sessions/current/second-factor',
      headers: auth,
      payload: { code: code(secret, 1) },
    });
    assert.equal(right.statusCode, 204);
    assert.equal((await harness.app.inject({ url: '/api/v1/me', headers: auth })).statusCode, 200);
  });

  test('lets a session waiting for its second factor log out from the code page', async () => {
    const ambassador = await createPerson(harness.db, 'ambassador');
    await enrol(ambassador);
    const session = sessionCookie(await formLogin(ambassador.email));
    const { csrf, cookies } = await formSession(harness.app, '/login/second-factor', session);
    const out = await harness.app.inject({
      method: 'POST',
      url: '/logout',
      headers: FORM_HEADERS,
      cookies,
      payload: formBody({ _csrf: csrf }),
    });
    assert.equal(out.statusCode, 303);
    const revoked = await harness.db
      .selectFrom('sessions')
      .select('revoked_at')
      .where('id', '=', tokenHash(session))
      .executeTakeFirstOrThrow();
    assert.ok(revoked.revoked_at);
  });

  test('lets a member log in without a second factor', async () => {
    const member = await createPerson(harness.db, 'member');
    const login = await formLogin(member.email);
    assert.equal(login.headers.location, '/account');
  });
});
