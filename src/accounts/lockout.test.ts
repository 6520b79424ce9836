import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, createPerson, formSession, type Harness } from '../test-support/harness.ts';
import { startMailbox, linkIn, type Mailbox } from '../test-support/mailbox.ts';
import { FORM_HEADERS, formBody } from './test-fixtures.ts';
import { LOCK_AFTER, LOCK_MINUTES } from './lockout.ts';

const PASSWORD = 'correct horse battery staple';

let harness: Harness;
let mailbox: Mailbox;
let clock = Date.now();

before(async () => {
  mailbox = await startMailbox();
  harness = await startHarness({ authRateLimitPerMinute: 1000 }, mailbox.mailer);
  harness.services.now = () => new Date(clock);
});

after(async () => {
  await harness.close();
  await mailbox.close();
});

const apiLogin = (email: string, password: string) =>
  harness.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email, password } });

async function failTimes(email: string, times: number): Promise<void> {
  for (let i = 0; i < times; i += 1) assert.equal((await apiLogin(email, `wrong password ${i}`)).statusCode, 401);
}

describe('account lockout after repeated wrong passwords', () => {
  test(`locks the account at the ${LOCK_AFTER}th wrong password, even for the right one, and e-mails the person`, async () => {
    const person = await createPerson(harness.db, 'member');
    await failTimes(person.email, LOCK_AFTER - 1);
    assert.equal((await apiLogin(person.email, 'one more wrong password')).statusCode, 401);
    const locked = await apiLogin(person.email, PASSWORD);
    assert.equal(locked.statusCode, 401);
    assert.equal(locked.json().error.id, 'invalid_credentials');
    const mail = await mailbox.next(person.email);
    assert.match(mail.subject, /tijdelijk vergrendeld/);
    assert.equal(linkIn(mail.text, '/password/forgot').pathname, '/password/forgot');
    const audit = await harness.db
      .selectFrom('audit_events')
      .select('action')
      .where('object_id', '=', person.id)
      .execute();
    assert.equal(audit.filter((e) => e.action === 'person.login_failed').length, LOCK_AFTER);
    assert.equal(audit.filter((e) => e.action === 'person.locked').length, 1);
    assert.ok(!JSON.stringify(audit).includes('wrong password'), 'no password in the audit log');
  });

  test("answers a locked account on the login page exactly as an unknown address, in the reader's language", async () => {
    const person = await createPerson(harness.db, 'member');
    await failTimes(person.email, LOCK_AFTER);
    const { csrf, cookies } = await formSession(harness.app, '/login?lang=fr');
    const page = await harness.app.inject({
      method: 'POST',
      url: '/login',
      headers: FORM_HEADERS,
      cookies: { ...cookies, hd_lang: 'fr' },
      payload: formBody({ email: person.email, password: PASSWORD, _csrf: csrf }),
    });
    const unknown = await harness.app.inject({
      method: 'POST',
      url: '/login',
      headers: FORM_HEADERS,
      cookies: { ...cookies, hd_lang: 'fr' },
      payload: formBody({ email: `inconnu-${Date.now()}@test.example`, password: PASSWORD, _csrf: csrf }),
    });
    assert.equal(page.statusCode, 401);
    assert.equal(unknown.statusCode, 401);
    assert.match(page.body, /le compte est verrouillé pendant 15 minutes/);
    const message = (body: string) => /<div class="error-summary"[\s\S]*?<\/div>/.exec(body)?.[0];
    assert.equal(message(page.body), message(unknown.body));
  });

  test('opens again when the lock has run out', async () => {
    const person = await createPerson(harness.db, 'member');
    await failTimes(person.email, LOCK_AFTER);
    clock += (LOCK_MINUTES + 1) * 60_000;
    assert.equal((await apiLogin(person.email, PASSWORD)).statusCode, 201);
  });

  test('does not count wrong passwords older than the window', async () => {
    const person = await createPerson(harness.db, 'member');
    await failTimes(person.email, LOCK_AFTER - 1);
    clock += 16 * 60_000;
    await failTimes(person.email, 1);
    assert.equal((await apiLogin(person.email, PASSWORD)).statusCode, 201);
  });

  test('locks one account without touching another', async () => {
    const locked = await createPerson(harness.db, 'member');
    const other = await createPerson(harness.db, 'member');
    await failTimes(locked.email, LOCK_AFTER);
    assert.equal((await apiLogin(other.email, PASSWORD)).statusCode, 201);
  });

  test('opens a locked account when the person chooses a new password with the e-mailed link', async () => {
    const person = await createPerson(harness.db, 'member');
    await failTimes(person.email, LOCK_AFTER);
    await mailbox.next(person.email);
    await harness.app.inject({ method: 'POST', url: '/api/v1/password-resets', payload: { email: person.email } });
    const token = linkIn((await mailbox.next(person.email)).text, '/password/reset').searchParams.get('token');
    const newPassword = 'een heel nieuw wachtwoord voor morgen';
    const reset = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/password-resets/confirm',
      payload: { token, password: newPassword },
    });
    assert.equal(reset.statusCode, 204);
    assert.equal((await apiLogin(person.email, newPassword)).statusCode, 201);
  });
});
