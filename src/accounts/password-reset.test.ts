import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, formSession, type Harness } from '../test-support/harness.ts';
import { startMailbox, linkIn, type Mailbox } from '../test-support/mailbox.ts';
import { FORM_HEADERS, formBody, registration, rowCounts } from './test-fixtures.ts';

const NEW_PASSWORD = 'groene trein naar de kust';

let harness: Harness;
let mailbox: Mailbox;

before(async () => {
  mailbox = await startMailbox();
  harness = await startHarness({ baseUrl: 'http://hd.test', authRateLimitPerMinute: 1000 }, mailbox.mailer);
});

after(async () => {
  await harness.close();
  await mailbox.close();
});

/** A registered person whose verification e-mail has been read already. */
async function registeredPerson(locale = 'nl'): Promise<{ email: string; password: string; token: string }> {
  const payload = registration({ locale });
  const response = await harness.app.inject({ method: 'POST', url: '/api/v1/accounts', payload });
  assert.equal(response.statusCode, 201);
  await mailbox.next(String(payload.email));
  return { email: String(payload.email), password: String(payload.password), token: response.json().token };
}

async function postForm(url: string, values: Record<string, unknown>, pageUrl = url) {
  const { csrf, cookies } = await formSession(harness.app, pageUrl);
  return harness.app.inject({
    method: 'POST',
    url,
    headers: FORM_HEADERS,
    cookies,
    payload: formBody({ ...values, _csrf: csrf }),
  });
}

async function resetLink(email: string): Promise<URL> {
  const forgot = await postForm('/password/forgot', { email });
  assert.equal(forgot.statusCode, 200);
  return linkIn((await mailbox.next(email)).text, '/password/reset');
}

const statusOf = async (token: string) =>
  (await harness.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } })).statusCode;

describe('asking for a password reset', () => {
  test('does not reveal whether an e-mail is registered on password reset', async () => {
    const { email } = await registeredPerson();
    const known = await postForm('/password/forgot', { email });
    const unknown = await postForm('/password/forgot', { email: 'niemand.hier@voorbeeld.be' });
    assert.equal(known.statusCode, 200);
    assert.equal(unknown.statusCode, 200);
    assert.equal(known.body, unknown.body);
    const apiKnown = await harness.app.inject({ method: 'POST', url: '/api/v1/password-resets', payload: { email } });
    const apiUnknown = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/password-resets',
      payload: { email: 'niemand.hier@voorbeeld.be' },
    });
    assert.equal(apiKnown.statusCode, 202);
    assert.deepEqual(apiKnown.json(), apiUnknown.json());
    await mailbox.next(email);
    await mailbox.next(email);
    assert.deepEqual(mailbox.to('niemand.hier@voorbeeld.be'), []);
  });

  test('sends a reset link valid for one hour, in the person’s language', async () => {
    const { email } = await registeredPerson('en');
    await harness.app.inject({ method: 'POST', url: '/api/v1/password-resets', payload: { email } });
    const mail = await mailbox.next(email);
    assert.equal(mail.subject, 'New password for Helemaal Digitaal');
    assert.match(mail.html, /href="http:\/\/hd\.test\/password\/reset\?token=/);
    const token = await harness.db
      .selectFrom('account_tokens')
      .selectAll()
      .where('purpose', '=', 'reset_password')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(Math.round((token.expires_at.getTime() - token.created_at.getTime()) / 60_000), 60);
  });

  test('re-renders the form for a malformed e-mail address', async () => {
    const response = await postForm('/password/forgot', { email: 'geen-adres' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /id="email-error"/);
  });
});

describe('choosing a new password with the link', () => {
  test('resets the password with the e-mailed link and revokes every session', async () => {
    const person = await registeredPerson();
    const second = (
      await harness.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        payload: { email: person.email, password: person.password },
      })
    ).json().token;
    const link = await resetLink(person.email);
    const form = await harness.app.inject({ url: `${link.pathname}${link.search}` });
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /Nieuw wachtwoord kiezen/);

    const token = link.searchParams.get('token');
    const done = await postForm('/password/reset', { token, password: NEW_PASSWORD }, `${link.pathname}${link.search}`);
    assert.equal(done.statusCode, 200);
    assert.match(done.body, /Uw wachtwoord is gewijzigd/);

    assert.equal(await statusOf(person.token), 401);
    assert.equal(await statusOf(second), 401);
    const oldLogin = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: person.email, password: person.password },
    });
    assert.equal(oldLogin.statusCode, 401);
    const newLogin = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: person.email, password: NEW_PASSWORD },
    });
    assert.equal(newLogin.statusCode, 201);
    assert.equal(newLogin.json().person.emailVerified, true, 'following the link proves the mailbox');

    const audit = await harness.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'person.password_reset')
      .execute();
    assert.equal(audit.length, 1);
    assert.doesNotMatch(JSON.stringify(audit), /argon2/);
  });

  test('refuses a used, unknown or expired reset link with a clear page', async () => {
    const person = await registeredPerson();
    const link = await resetLink(person.email);
    const token = link.searchParams.get('token');
    assert.equal(
      (await postForm('/password/reset', { token, password: NEW_PASSWORD }, `${link.pathname}${link.search}`))
        .statusCode,
      200,
    );
    const reused = await harness.app.inject({ url: `${link.pathname}${link.search}` });
    assert.equal(reused.statusCode, 400);
    assert.match(reused.body, /Link niet geldig/);
    assert.equal(
      (await harness.app.inject({ url: '/password/reset?token=onbekend-token-0123456789' })).statusCode,
      400,
    );

    const fresh = await resetLink(person.email);
    const realNow = harness.services.now;
    harness.services.now = () => new Date(Date.now() + 61 * 60_000);
    try {
      assert.equal((await harness.app.inject({ url: `${fresh.pathname}${fresh.search}` })).statusCode, 400);
    } finally {
      harness.services.now = realNow;
    }
  });

  test('keeps the link usable when the new password is refused', async () => {
    const person = await registeredPerson();
    const link = await resetLink(person.email);
    const token = link.searchParams.get('token');
    const before = await rowCounts(harness.db);
    const refused = await postForm(
      '/password/reset',
      { token, password: 'wachtwoord1234' },
      `${link.pathname}${link.search}`,
    );
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /Dit wachtwoord wordt te vaak gebruikt/);
    assert.deepEqual(await rowCounts(harness.db), before);
    assert.equal(await statusOf(person.token), 200, 'a refused reset revokes nothing');
    const accepted = await postForm(
      '/password/reset',
      { token, password: NEW_PASSWORD },
      `${link.pathname}${link.search}`,
    );
    assert.equal(accepted.statusCode, 200);
  });

  test('resets the password through the API, once per token', async () => {
    const person = await registeredPerson();
    await harness.app.inject({ method: 'POST', url: '/api/v1/password-resets', payload: { email: person.email } });
    const token = linkIn((await mailbox.next(person.email)).text, '/password/reset').searchParams.get('token');
    const first = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/password-resets/confirm',
      payload: { token, password: NEW_PASSWORD },
    });
    assert.equal(first.statusCode, 204);
    assert.equal(await statusOf(person.token), 401);
    const again = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/password-resets/confirm',
      payload: { token, password: 'nog een ander lang wachtwoord' },
    });
    assert.equal(again.statusCode, 400);
    assert.equal(again.json().error.id, 'invalid_token');
  });

  test('retires older reset links once one has been used', async () => {
    const person = await registeredPerson();
    const older = await resetLink(person.email);
    const newer = await resetLink(person.email);
    const used = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/password-resets/confirm',
      payload: { token: newer.searchParams.get('token'), password: NEW_PASSWORD },
    });
    assert.equal(used.statusCode, 204);
    const stale = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/password-resets/confirm',
      payload: { token: older.searchParams.get('token'), password: 'nog een ander lang wachtwoord' },
    });
    assert.equal(stale.statusCode, 400);
  });
});
