// TOTP secrets encrypted at rest with AES-256-GCM. The key is derived (HKDF-SHA256) from
// SECRET_KEY; each value carries its own random nonce and is bound to its person's id, so a
// secret copied onto another row does not decrypt. A database dump alone never yields the codes.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const PREFIX = 'v1:';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export function deriveKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'helemaal-digitaal', 'totp-secret v1', 32));
}

export function isSealed(value: string): boolean {
  return value.startsWith(PREFIX);
}

export function seal(key: Buffer, plaintext: string, ownerId: string): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(ownerId));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64url');
}

/** The plaintext; throws when the value was changed or sealed with another key or for another owner. */
export function unseal(key: Buffer, sealed: string, ownerId: string): string {
  if (!isSealed(sealed)) throw new Error('not a sealed value');
  const raw = Buffer.from(sealed.slice(PREFIX.length), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, NONCE_BYTES));
  decipher.setAAD(Buffer.from(ownerId));
  decipher.setAuthTag(raw.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(NONCE_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}
