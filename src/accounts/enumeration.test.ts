// Nobody can find out from the login or password-reset answers whether an address has an account:
// an unknown address, a wrong password and a locked account get the same status and body.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, createPerson, type Harness } from '../test-support/harness.ts';
import { LOCK_AFTER } from './lockout.ts';

let harness: Harness;

before(async () => {
  harness = await startHarness({ authRateLimitPerMinute: 1000 });
});

after(async () => {
  await harness.close();
});

const login = (email: string, password: string) =>
  harness.app.inject({
    method: 'POST',
    url: '/api/v1/sessions',
    payload: { email, password },
    headers: { 'accept-language': 'en' },
  });

const unknownAddress = () => `nobody-${Date.now()}-${Math.random()}@test.example`;

describe('answers that do not reveal whether an account exists', () => {
  test('logging in with an unknown address, a wrong password or a locked account gets the same 401 and body', async () => {
    const person = await createPerson(harness.db, 'member');
    const lockedPerson = await createPerson(harness.db, 'member');
    for (let i = 0; i < LOCK_AFTER; i += 1) await login(lockedPerson.email, `wrong password ${i}`);
    const answers = [
      await login(unknownAddress(), 'correct horse battery staple'),
      await login(person.email, 'not the right password'),
      await login(lockedPerson.email, 'correct horse battery staple'),
    ];
    assert.deepEqual(
      answers.map((a) => a.statusCode),
      [401, 401, 401],
    );
    assert.equal(new Set(answers.map((a) => a.body)).size, 1, answers.map((a) => a.body).join('\n'));
    assert.equal(answers[0]?.json().error.id, 'invalid_credentials');
  });

  test('asking for a password reset gets the same 202 and body for a known and an unknown address', async () => {
    const person = await createPerson(harness.db, 'member');
    const ask = (email: string) =>
      harness.app.inject({ method: 'POST', url: '/api/v1/password-resets', payload: { email } });
    const known = await ask(person.email);
    const unknown = await ask(unknownAddress());
    assert.equal(known.statusCode, 202);
    assert.equal(unknown.statusCode, 202);
    assert.equal(known.body, unknown.body);
  });

  test('a failed login for an unknown address is audited without creating anything else', async () => {
    const email = unknownAddress();
    await login(email, 'whatever password here');
    const people = await harness.db.selectFrom('people').select('id').where('email', '=', email).execute();
    assert.equal(people.length, 0);
    const audit = await harness.db
      .selectFrom('audit_events')
      .select('action')
      .where('object_id', '=', email.toLowerCase())
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['login.failed_unknown_email'],
    );
  });
});
