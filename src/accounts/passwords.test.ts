import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { hashPassword, passwordProblems, verifyAgainstNothing, verifyPassword } from './passwords.ts';

const messages = (password: string, email = 'an.peeters@voorbeeld.be', personal: string[] = []) =>
  passwordProblems(password, email, personal).map((p) => p.message);
const OWN = ['Lieve Vandenbroucke', 'Zorgnet Kempen vzw'];

describe('password policy', () => {
  test('accepts a long, uncommon password', () => {
    assert.deepEqual(messages('fiets paraplu avond 7'), []);
  });

  test('refuses a password shorter than 12 characters', () => {
    assert.deepEqual(messages('kort123!'), ['field.too_short']);
  });

  test('refuses common passwords, Dutch ones included, also with digits and symbols added', () => {
    for (const common of [
      'wachtwoord123',
      'Wachtwoord2024!',
      'welkomwelkom',
      'azertyuiop12',
      'password1234',
      '123456789012',
      'aaaaaaaaaaaa',
    ]) {
      assert.deepEqual(messages(common), ['account.password_too_common'], common);
    }
  });

  test('refuses common Dutch, French and English passwords, accents, digits and symbols aside', () => {
    for (const common of [
      'Paswoord-2025!',
      'Vlaanderen1830',
      'motdepasse2024',
      'Soleil!Soleil!',
      'Bienvenue123!',
      'iloveyou1234',
      'Sunshine2025!',
      'Brussel@2024!',
      'Liège2024!!!',
    ]) {
      assert.deepEqual(messages(common), ['account.password_too_common'], common);
    }
  });

  test('refuses passwords made of two or three common words', () => {
    for (const common of [
      'welkomwachtwoord',
      'zomerliefde2024',
      'Bonjour Soleil 1',
      'letmein-admin-99',
      'voetbal clubbrugge',
    ]) {
      assert.deepEqual(messages(common), ['account.password_too_common'], common);
    }
  });

  test('accepts a passphrase of uncommon words', () => {
    for (const good of [
      'blauwe fiets onder de linde',
      'correct horse battery staple',
      'chaise rouge près du fleuve',
      'fiets paraplu avond 7',
    ]) {
      assert.deepEqual(messages(good, 'an.peeters@voorbeeld.be', OWN), [], good);
    }
  });

  test("refuses a password made of the person's name or their organisation's name", () => {
    for (const personal of [
      'Vandenbroucke2024!',
      'LieveVandenbroucke',
      'Lieve.Lieve.2025',
      'zorgnetkempen!!1',
      'Kempen-Zorgnet-2025',
      'welkom Lieve 2025',
      'xx-vandenbroucke-xx',
    ]) {
      assert.deepEqual(messages(personal, 'lv@voorbeeld.be', OWN), ['account.password_contains_name'], personal);
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
