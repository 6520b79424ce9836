// One-click unsubscribe links: a token signed with the cookie secret names the person, so the
// link works without logging in and cannot be forged for someone else.
import { createHmac, timingSafeEqual } from 'node:crypto';

function signature(secret: string, personId: string): string {
  return createHmac('sha256', secret).update(`unsubscribe:${personId}`).digest('base64url');
}

export function unsubscribeToken(secret: string, personId: string): string {
  return `${personId}.${signature(secret, personId)}`;
}

/** The person a token names, or null when it was not signed by us. */
export function personOfToken(secret: string, token: string): string | null {
  const [personId, given] = token.split('.');
  if (!personId || !given) return null;
  const expected = Buffer.from(signature(secret, personId));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? personId : null;
}

export function unsubscribeUrl(baseUrl: string, secret: string, personId: string): string {
  return `${baseUrl}/unsubscribe?token=${encodeURIComponent(unsubscribeToken(secret, personId))}`;
}
