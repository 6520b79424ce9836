// Answers meant for one person or one client (a signed-in page, an API call with a session or an
// API key, a login that hands out a token) are marked `no-store`, so no browser history, shared
// proxy or CDN keeps a copy someone else could be served. Routes whose answer is the same for
// everyone mark it `public` themselves (open data, feeds, public indicators) and keep that; the
// answers every anonymous reader shares carry no credentials and stay untouched.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../app-types.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD']);

function identified(request: FastifyRequest): boolean {
  return (
    request.viewer !== null ||
    request.pendingViewer !== null ||
    request.headers.authorization !== undefined ||
    request.headers['x-api-key'] !== undefined
  );
}

/** A route's own `public` marking holds only for a successful read that hands out no cookie. */
function declaredPublic(request: FastifyRequest, reply: FastifyReply): boolean {
  return (
    SAFE_METHODS.has(request.method) &&
    reply.statusCode < 400 &&
    reply.getHeader('set-cookie') === undefined &&
    /^\s*public\b/i.test(String(reply.getHeader('cache-control') ?? ''))
  );
}

function isPrivate(request: FastifyRequest, reply: FastifyReply): boolean {
  return identified(request) || !SAFE_METHODS.has(request.method) || reply.getHeader('set-cookie') !== undefined;
}

export function registerPrivateCache(app: App): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (isPrivate(request, reply) && !declaredPublic(request, reply)) reply.header('cache-control', 'no-store');
    return payload;
  });
}
