// Access to the public read API (lists and single items of challenges and solutions): a machine
// client presents its API key and gets its own rate limit; people with a session keep the
// ordinary read limit; anonymous callers are counted per address, with a lower limit. One
// counter per caller is shared by all public read routes.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { errors } from '../shared/errors.ts';
import { readLimit } from '../http/rate-limits.ts';
import { ErrorBody } from '../http/schemas.ts';
import { apiClientOf } from './credentials.ts';

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

const hooksPerApp = new WeakMap<App, Hook[]>();

function callerKey(request: FastifyRequest): string {
  const client = apiClientOf(request);
  if (client) return `api-key:${client.id}`;
  return request.viewer ? `person:${request.viewer.id}` : `address:${request.ip}`;
}

function limitFor(services: Services, request: FastifyRequest): number {
  const client = apiClientOf(request);
  if (client) return client.rateLimitPerMinute;
  return request.viewer ? readLimit.max : services.config.anonymousApiRateLimitPerMinute;
}

/**
 * The onRequest hooks of every public read route, built once per application. The caller's key was
 * checked before (credentials.ts); the allow-list exempts by address, as on every other limit.
 */
export function publicReadAccess(app: App, services: Services): Hook[] {
  const existing = hooksPerApp.get(app);
  if (existing) return existing;
  const limiter = app.createRateLimit({
    timeWindow: 60_000,
    keyGenerator: callerKey,
    max: (request) => limitFor(services, request),
  });
  const limit: Hook = async (request, reply) => {
    const result = await limiter(request);
    if (result.isAllowed) return;
    reply
      .header('x-ratelimit-limit', result.max)
      .header('x-ratelimit-remaining', result.remaining)
      .header('x-ratelimit-reset', result.ttlInSeconds);
    if (result.isExceeded) {
      reply.header('retry-after', result.ttlInSeconds);
      throw errors.tooManyRequests();
    }
  };
  const hooks = [limit];
  hooksPerApp.set(app, hooks);
  return hooks;
}

/** OpenAPI: the public read routes take an API key, a session, or nothing at all. */
export const publicReadSecurity: Record<string, string[]>[] = [
  {},
  { apiKey: [] },
  { apiKeyAuthorization: [] },
  { session: [] },
];
export const publicReadFailures = { 401: ErrorBody, 429: ErrorBody };
