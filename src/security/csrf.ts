// Which unsafe requests must carry the form's CSRF token. The check fails closed: only a credential a
// browser never attaches by itself (a Bearer session token that identifies someone, or an API key)
// lifts it. Pages need the token whatever the content type and its case; API routes need it when a
// browser could have sent the request on another site's behalf: with the session cookie, or with a
// body a cross-site form or no-CORS fetch can send.
import type { FastifyRequest } from 'fastify';
import type { App } from '../app-types.ts';
import { bearerToken, SESSION_COOKIE } from '../accounts/session.ts';
import { apiClientOf } from '../api-keys/credentials.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The CORS-safelisted content types: another site can send these without asking first. */
const CROSS_SITE_BODIES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

function mediaType(request: FastifyRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

function authenticatedByHeader(request: FastifyRequest): boolean {
  if (apiClientOf(request)) return true;
  return bearerToken(request) !== undefined && (request.viewer !== null || request.pendingViewer !== null);
}

export function needsCsrfToken(request: FastifyRequest): boolean {
  if (SAFE_METHODS.has(request.method) || authenticatedByHeader(request)) return false;
  const path = request.routeOptions.url ?? request.url;
  if (!path.startsWith('/api/')) return true;
  return request.cookies[SESSION_COOKIE] !== undefined || CROSS_SITE_BODIES.has(mediaType(request));
}

/**
 * Only the upload scope parses multipart bodies (other routes answer 415 first); it attaches the
 * fields, token included, in a later hook and checks the token there (imports/upload.tsx).
 */
function checksItsOwnToken(request: FastifyRequest): boolean {
  return mediaType(request) === 'multipart/form-data' && 'isMultipart' in request;
}

export function registerCsrfCheck(app: App): void {
  app.addHook('preValidation', (request, reply, done) => {
    if (needsCsrfToken(request) && !checksItsOwnToken(request)) return app.csrfProtection(request, reply, done);
    done();
  });
}
