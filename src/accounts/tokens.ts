// Session and e-mail tokens: the person holds a random token, the database only its SHA-256 hash,
// so a leaked database cannot be replayed as logins.
import { createHash, randomBytes } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
