// Access to the public read API (lists and single items of challenges and solutions): a machine
// client presents its API key and gets its own rate limit; people with a session keep the
// ordinary read limit; anonymous callers are counted per address, with a lower limit. One
// counter per caller is shared by all public read routes.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { errors } from '../shared/errors.ts';
import { readLimit } from '../publication/rate-limits.ts';
import { ErrorBody } from '../publication/schemas.ts';
import { authenticateApiKey, type ApiClient } from './service.ts';

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

const clients = new WeakMap<FastifyRequest, ApiClient>();
const hooksPerApp = new WeakMap<App, Hook[]>();

/** `Authorization: ApiKey <key>` or `X-API-Key: <key>`; a Bearer token is a session, not a key. */
export function presentedApiKey(request: FastifyRequest): string | undefined {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('ApiKey ')) return authorization.slice('ApiKey '.length).trim();
  const header = request.headers['x-api-key'];
  return typeof header === 'string' && header.trim() !== '' ? header.trim() : undefined;
}

export function apiClientOf(request: FastifyRequest): ApiClient | null {
  return clients.get(request) ?? null;
}

function callerKey(request: FastifyRequest): string {
  const client = clients.get(request);
  if (client) return `api-key:${client.id}`;
  return request.viewer ? `person:${request.viewer.id}` : `address:${request.ip}`;
}

function limitFor(services: Services, request: FastifyRequest): number {
  const client = clients.get(request);
  if (client) return client.rateLimitPerMinute;
  return request.viewer ? readLimit.max : services.config.anonymousApiRateLimitPerMinute;
}

/** The onRequest hooks of every public read route, built once per application. */
export function publicReadAccess(app: App, services: Services): Hook[] {
  const existing = hooksPerApp.get(app);
  if (existing) return existing;
  const limiter = app.createRateLimit({ timeWindow: 60_000, keyGenerator: callerKey, max: (request) => limitFor(services, request) });
  const identify: Hook = async (request) => {
    const key = presentedApiKey(request);
    if (key !== undefined) clients.set(request, await authenticateApiKey(services, key));
  };
  const limit: Hook = async (request, reply) => {
    const result = await limiter(request);
    if (result.isAllowed) return;
    reply.header('x-ratelimit-limit', result.max).header('x-ratelimit-remaining', result.remaining).header('x-ratelimit-reset', result.ttlInSeconds);
    if (result.isExceeded) {
      reply.header('retry-after', result.ttlInSeconds);
      throw errors.tooManyRequests();
    }
  };
  const hooks = [identify, limit];
  hooksPerApp.set(app, hooks);
  return hooks;
}

/** OpenAPI: the public read routes take an API key, a session, or nothing at all. */
export const publicReadSecurity: Record<string, string[]>[] = [{}, { apiKey: [] }, { apiKeyAuthorization: [] }, { session: [] }];
export const publicReadFailures = { 401: ErrorBody, 429: ErrorBody };
