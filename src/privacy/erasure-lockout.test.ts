// Erasing an account asks for the password; wrong guesses there count towards the account lockout
// exactly like wrong passwords at login, so a stolen session cannot be used to guess the password.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, createPerson, formSession, type Harness } from '../test-support/harness.ts';
import { startMailbox, type Mailbox } from '../test-support/mailbox.ts';
import { FORM_HEADERS, formBody } from '../accounts/test-fixtures.ts';
import { LOCK_AFTER } from '../accounts/lockout.ts';

const PASSWORD = 'correct horse battery staple';
let harness: Harness;
let mailbox: Mailbox;

before(async () => {
  mailbox = await startMailbox();
  harness = await startHarness({ authRateLimitPerMinute: 1000 }, mailbox.mailer);
});
after(async () => {
  await harness.close();
  await mailbox.close();
});

const erase = (auth: { authorization: string }, password: string) =>
  harness.app.inject({ method: 'DELETE', url: '/api/v1/me', headers: auth, payload: { password } });
const apiLogin = (email: string, password: string) =>
  harness.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email, password } });
const stillThere = async (id: string) =>
  (await harness.db.selectFrom('people').select('display_name').where('id', '=', id).executeTakeFirstOrThrow())
    .display_name !== '[erased]';

test(`after ${LOCK_AFTER} wrong passwords on DELETE /api/v1/me the right one is refused too, and login is locked`, async () => {
  const person = await createPerson(harness.db, 'member');
  for (let i = 0; i < LOCK_AFTER; i += 1) assert.equal((await erase(person.auth, `wrong guess ${i}`)).statusCode, 401);
  const locked = await erase(person.auth, PASSWORD);
  assert.equal(locked.statusCode, 423);
  assert.equal(locked.json().error.id, 'account_locked');
  assert.equal(await stillThere(person.id), true);
  const login = await apiLogin(person.email, PASSWORD);
  assert.equal(login.statusCode, 401);
  assert.equal(login.json().error.id, 'invalid_credentials');
  assert.match((await mailbox.next(person.email)).subject, /tijdelijk vergrendeld/);
});

test('the account deletion page counts wrong passwords towards the same lockout and says the account is locked', async () => {
  const person = await createPerson(harness.db, 'member');
  const post = async (password: string) => {
    const { csrf, cookies } = await formSession(harness.app, '/account/privacy', person.token);
    return harness.app.inject({
      method: 'POST',
      url: '/account/delete',
      headers: FORM_HEADERS,
      cookies,
      payload: formBody({ password, confirm: 'yes', _csrf: csrf }),
    });
  };
  for (let i = 0; i < LOCK_AFTER; i += 1) assert.equal((await post(`wrong guess ${i}`)).statusCode, 400);
  const locked = await post(PASSWORD);
  assert.equal(locked.statusCode, 423);
  assert.match(locked.body, /Dit account is 15 minuten vergrendeld/);
  assert.equal(await stillThere(person.id), true);
  assert.equal((await apiLogin(person.email, PASSWORD)).statusCode, 401);
});

test('the right password still erases an account that is not locked', async () => {
  const person = await createPerson(harness.db, 'member');
  assert.equal((await erase(person.auth, 'one wrong guess')).statusCode, 401);
  assert.equal((await erase(person.auth, PASSWORD)).statusCode, 204);
  assert.equal(await stillThere(person.id), false);
});
