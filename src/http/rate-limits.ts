// Rate limits per client address, declared first on each route.
import type { FastifyRequest } from 'fastify';

export const readLimit = { max: 600, timeWindow: '1 minute' };
export const writeLimit = { max: 60, timeWindow: '1 minute' };

/**
 * RATE_LIMIT_ALLOW_LIST exempts by the client's address (request.ip, which X-Forwarded-For sets only
 * behind a proxy named in TRUST_PROXY), whatever a limit counts by: an address, a person or a key.
 */
export function allowListed(addresses: string[]): (request: FastifyRequest) => boolean {
  const allowed = new Set(addresses);
  return (request) => allowed.has(request.ip) || allowed.has(request.ip.replace(/^::ffff:/, ''));
}
