// Password hashing (argon2id, the default algorithm of @node-rs/argon2, with its default costs) and
// the password policy: long enough, not built on common words, not the person's own e-mail, name
// or organisation.
import { hash, verify } from '@node-rs/argon2';
import type { FieldProblem } from '../shared/errors.ts';
import { COMMON_PASSWORD_WORDS } from './common-passwords.ts';

export const PASSWORD_MIN_LENGTH = 12;

const COMMON_WORDS = new Set(COMMON_PASSWORD_WORDS);
// Common words shorter than this are left out when a password is split into known words, so short
// words cannot make a good passphrase look built from common ones. Parts of a name may be shorter ("An").
const MIN_COMMON_PIECE = 3;
const MIN_NAME_PIECE = 2;
// A password that splits into this many known pieces or fewer is refused.
const MAX_PIECES = 3;

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

/** Lower-case letters only, accents removed: "Été-2024!" becomes "ete". */
function lettersOf(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** Whether the letters split into at most MAX_PIECES words of the vocabulary (e.g. "welkomjan"). */
function splitsInto(letters: string, vocabulary: ReadonlySet<string>, minPiece: number): boolean {
  // fewest[i]: the fewest words that make up the first i letters.
  const fewest: number[] = [0, ...Array.from({ length: letters.length }, () => Infinity)];
  for (let end = 1; end <= letters.length; end += 1) {
    for (let start = 0; start <= end - minPiece; start += 1) {
      if (vocabulary.has(letters.slice(start, end)))
        fewest[end] = Math.min(fewest[end] ?? Infinity, (fewest[start] ?? Infinity) + 1);
    }
  }
  return (fewest[letters.length] ?? Infinity) <= MAX_PIECES;
}

function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  const letters = lettersOf(password);
  if (letters === '') return COMMON_DIGITS.test(lower.replace(/\D/g, ''));
  return COMMON_WORDS.has(letters) || new Set(lower).size <= 2 || splitsInto(letters, COMMON_WORDS, MIN_COMMON_PIECE);
}

/** The person's own words: their name and their organisation's, whole and in parts. */
function personalWords(personal: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of personal) {
    for (const part of [text, ...text.split(/[\s.\-_'’,]+/)])
      if (lettersOf(part).length >= MIN_NAME_PIECE) words.add(lettersOf(part));
  }
  return words;
}

/** Contains a long part of a name, or is built from parts of the names, maybe with common words, digits and symbols. */
function isPersonal(password: string, personal: readonly string[]): boolean {
  const letters = lettersOf(password);
  const own = personalWords(personal);
  if ([...own].some((word) => word.length >= 5 && letters.includes(word))) return true;
  return letters !== '' && splitsInto(letters, new Set([...own, ...COMMON_WORDS]), MIN_NAME_PIECE);
}

/**
 * Problems with a new password, tied to the field "password"; the length is also in the schemas.
 * `personal` holds the person's name and their organisation's name, which a password must not be made of.
 */
export function passwordProblems(password: string, email: string, personal: readonly string[] = []): FieldProblem[] {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return [{ field: 'password', message: 'field.too_short', params: { min: PASSWORD_MIN_LENGTH } }];
  }
  const localPart = email.split('@')[0]?.toLowerCase() ?? '';
  if (localPart.length >= 3 && password.toLowerCase().includes(localPart)) {
    return [{ field: 'password', message: 'account.password_contains_email' }];
  }
  if (isCommon(password)) return [{ field: 'password', message: 'account.password_too_common' }];
  if (isPersonal(password, personal)) return [{ field: 'password', message: 'account.password_contains_name' }];
  return [];
}
