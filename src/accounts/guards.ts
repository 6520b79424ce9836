// Authentication hooks for routes, run on request before the body is read or validated: a visitor gets 401 (the API) or is sent to the login page
// (pages, by the error handler); a logged-in person without the role gets 403.
import type { FastifyRequest } from 'fastify';
import type { Services } from '../app-types.ts';
import { errors } from '../shared/errors.ts';
import { isAdmin, isAmbassador } from './viewer.ts';

export async function requireViewer(request: FastifyRequest): Promise<void> {
  if (!request.viewer) throw errors.unauthenticated();
}

export async function requireAmbassador(request: FastifyRequest): Promise<void> {
  if (!request.viewer) throw errors.unauthenticated();
  if (!isAmbassador(request.viewer)) throw errors.forbidden();
}

export async function requireAdmin(request: FastifyRequest): Promise<void> {
  if (!request.viewer) throw errors.unauthenticated();
  if (!isAdmin(request.viewer)) throw errors.forbidden();
}

/** The route-level limit for the routes people can use to guess passwords or flood mailboxes. */
export function authRateLimit(services: Services): { max: number; timeWindow: string } {
  return { max: services.config.authRateLimitPerMinute, timeWindow: '1 minute' };
}
