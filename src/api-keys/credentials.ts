// API keys are checked on every route, before anything else reads the request: a key that is unknown,
// revoked or blank is refused with 401 whatever header, scheme or case carries it, so a caller who
// presents a key is never served as anonymous. Authentication schemes are case-insensitive (RFC 9110).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { createTranslator, negotiateLocale } from '../i18n/translator.ts';
import { isAppError, type AppError } from '../shared/errors.ts';
import { authenticateApiKey, KEY_PREFIX, type ApiClient } from './service.ts';

const clients = new WeakMap<FastifyRequest, ApiClient>();

export function apiClientOf(request: FastifyRequest): ApiClient | null {
  return clients.get(request) ?? null;
}

function authorization(request: FastifyRequest): { scheme: string; credentials: string } | null {
  const header = request.headers.authorization;
  if (header === undefined) return null;
  const match = /^\s*(\S+)(?:\s+([\s\S]*))?$/.exec(header);
  return match ? { scheme: match[1] ?? '', credentials: (match[2] ?? '').trim() } : { scheme: '', credentials: '' };
}

// A session token is 43 base64url characters (32 random bytes), so about one in 262,144 begins with the
// key prefix by chance; a key is longer (prefix and 43 characters), so that exact length stays a session.
const SESSION_TOKEN = /^[A-Za-z0-9_-]{43}$/;

function keyShaped(value: string): boolean {
  return value.startsWith(KEY_PREFIX) && !SESSION_TOKEN.test(value);
}

/**
 * Every key the request presents: `X-API-Key`, `Authorization: ApiKey <key>` in any case, and anything
 * shaped like a key (`hd_…`) after any other scheme, Bearer included, or none.
 */
export function presentedApiKeys(request: FastifyRequest): string[] {
  const keys = new Set<string>();
  const header = request.headers['x-api-key'];
  if (header !== undefined) keys.add([header].flat().join(',').trim());
  const given = authorization(request);
  if (given?.scheme.toLowerCase() === 'apikey') keys.add(given.credentials);
  else if (given && keyShaped(given.credentials)) keys.add(given.credentials);
  else if (given && keyShaped(given.scheme) && given.credentials === '') keys.add(given.scheme);
  return [...keys];
}

/** Sessions are read from `Bearer <token>`; a client writing `bearer` or `BEARER` means the same. */
function normaliseBearer(request: FastifyRequest): void {
  const given = authorization(request);
  if (given && given.scheme !== 'Bearer' && given.scheme.toLowerCase() === 'bearer')
    request.headers.authorization = `Bearer ${given.credentials}`;
}

function refuse(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  // The reader's language is set later in the request; a machine client states it per request.
  const t = createTranslator(negotiateLocale(undefined, request.headers['accept-language']));
  return reply.status(error.status).send({ error: { id: error.id, message: t.t(error.messageKey), fields: [] } });
}

/** The first hook of every request: a presented key must be valid before any route, cache or limit runs. */
export function registerApiKeyCheck(app: App, services: Services): void {
  app.addHook('onRequest', async (request, reply) => {
    normaliseBearer(request);
    for (const key of presentedApiKeys(request)) {
      try {
        clients.set(request, await authenticateApiKey(services, key));
      } catch (error) {
        if (isAppError(error)) return refuse(request, reply, error);
        throw error;
      }
    }
    return undefined;
  });
}
