// Password hashing (argon2id, the default algorithm of @node-rs/argon2, with its default costs) and
// the password policy: long enough, not built on a common password, not the person's own e-mail.
import { hash, verify } from '@node-rs/argon2';
import type { FieldProblem } from '../shared/errors.ts';

export const PASSWORD_MIN_LENGTH = 12;

// The most used passwords and words, in Dutch, French and English. A password is refused when its
// letters, with digits and symbols removed, are one of these.
const COMMON_WORDS = new Set([
  'wachtwoord', 'paswoord', 'welkom', 'welkomwelkom', 'geheim', 'geheimpje', 'wachtwoordwachtwoord', 'voetbal',
  'vlaanderen', 'belgie', 'azerty', 'azertyuiop', 'qwerty', 'qwertyuiop', 'password', 'passwordpassword', 'passw',
  'letmein', 'iloveyou', 'welcome', 'admin', 'administrator', 'secret', 'changeme', 'motdepasse', 'bonjour',
  'soleil', 'football', 'monkey', 'dragon', 'sunshine', 'princess', 'abc', 'abcdef', 'abcdefghijkl', 'aaaaaaaaaaaa',
  'helemaaldigitaal', 'loveyou', 'trustno', 'master', 'zaq', 'qazwsx', 'asdfghjkl', 'test', 'testtest',
]);

const COMMON_DIGITS = /^(0123456789|1234567890|9876543210|(\d)\2+)/;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

let dummyHash: Promise<string> | undefined;

/** Spends the time of one real verification, so an unknown e-mail answers as slowly as a wrong password. */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hash('dummy password that matches nothing');
  await verify(await dummyHash, password).catch(() => false);
  return false;
}

function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  const letters = lower.replace(/[^a-z]/g, '');
  if (letters === '') return COMMON_DIGITS.test(lower.replace(/\D/g, ''));
  return COMMON_WORDS.has(letters) || new Set(lower).size <= 2;
}

/** Problems with a new password, tied to the field "password"; the length is also in the schemas. */
export function passwordProblems(password: string, email: string): FieldProblem[] {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return [{ field: 'password', message: 'field.too_short', params: { min: PASSWORD_MIN_LENGTH } }];
  }
  const localPart = email.split('@')[0]?.toLowerCase() ?? '';
  if (localPart.length >= 3 && password.toLowerCase().includes(localPart)) {
    return [{ field: 'password', message: 'account.password_contains_email' }];
  }
  if (isCommon(password)) return [{ field: 'password', message: 'account.password_too_common' }];
  return [];
}
