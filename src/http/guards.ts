// Authentication hooks for routes, run on request before the body is read or validated: a visitor gets 401 (the API) or is sent to the login page
// (pages, by the error handler); a logged-in person without the role gets 403.
import type { FastifyRequest } from 'fastify';
import type { Services } from '../app-types.ts';
import { errors } from '../shared/errors.ts';
import { isAdmin, isAmbassador } from '../shared/viewer.ts';

/** No viewer: a session waiting for its second factor is sent to give it, anyone else to log in. */
function refuseVisitor(request: FastifyRequest): never {
  throw request.pendingViewer ? errors.secondFactorRequired() : errors.unauthenticated();
}

export async function requireViewer(request: FastifyRequest): Promise<void> {
  if (!request.viewer) refuseVisitor(request);
}

export async function requireAmbassador(request: FastifyRequest): Promise<void> {
  if (!request.viewer) refuseVisitor(request);
  if (!isAmbassador(request.viewer)) throw errors.forbidden();
}

export async function requireAdmin(request: FastifyRequest): Promise<void> {
  if (!request.viewer) refuseVisitor(request);
  if (!isAdmin(request.viewer)) throw errors.forbidden();
}

/** The second-factor pages: a logged-in person, whether or not the second factor is still due. */
export async function requireSession(request: FastifyRequest): Promise<void> {
  if (!request.viewer && !request.pendingViewer) throw errors.unauthenticated();
}

/** The route-level limit for the routes people can use to guess passwords or flood mailboxes. */
export function authRateLimit(services: Services): { max: number; timeWindow: string } {
  return { max: services.config.authRateLimitPerMinute, timeWindow: '1 minute' };
}
