import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { hashPassword, passwordProblems, verifyAgainstNothing, verifyPassword } from './passwords.ts';

const messages = (password: string, email = 'an.peeters@voorbeeld.be') => passwordProblems(password, email).map((p) => p.message);

describe('password policy', () => {
  test('accepts a long, uncommon password', () => {
    assert.deepEqual(messages('fiets paraplu avond 7'), []);
  });

  test('refuses a password shorter than 12 characters', () => {
    assert.deepEqual(messages('kort123!'), ['field.too_short']);
  });

  test('refuses common passwords, Dutch ones included, also with digits and symbols added', () => {
    for (const common of ['wachtwoord123', 'Wachtwoord2024!', 'welkomwelkom', 'azertyuiop12', 'password1234', '123456789012', 'aaaaaaaaaaaa']) {
      assert.deepEqual(messages(common), ['account.password_too_common'], common);
    }
  });

  test('refuses a password that contains the local part of the e-mail address', () => {
    assert.deepEqual(messages('mijn an.peeters sleutel'), ['account.password_contains_email']);
    assert.deepEqual(messages('XAN.PEETERSx2026'), ['account.password_contains_email']);
  });
});

describe('password hashing', () => {
  test('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('fiets paraplu avond 7');
    assert.match(hash, /^\$argon2id\$/);
    assert.equal(await verifyPassword(hash, 'fiets paraplu avond 7'), true);
    assert.equal(await verifyPassword(hash, 'fiets paraplu avond 8'), false);
  });

  test('treats a damaged hash as a wrong password and the dummy check as a failure', async () => {
    assert.equal(await verifyPassword('not-a-hash', 'anything at all'), false);
    assert.equal(await verifyAgainstNothing('anything at all'), false);
  });
});
