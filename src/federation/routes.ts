// Federation API: partners read our items with their key (GET /api/v1/federation/items; admins may
// read it too, to see what partners get), and admins register, sync and remove partners.
import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { requireAdmin } from '../http/guards.ts';
import { bearerToken } from '../accounts/session.ts';
import { isAdmin } from '../shared/viewer.ts';
import { errors } from '../shared/errors.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { ErrorBody, IdParams } from '../http/schemas.ts';
import { FederationPage, FederationQuery, Partner, PartnerInput, RegisteredPartner, SyncOutcome } from './schemas.ts';
import { partnerForKey, servePage } from './serving.ts';
import { listPartners, registerPartner, removePartner } from './service.ts';
import { syncPartner } from './sync.ts';

/** A partner's key, or an admin's session; anyone else is refused. */
function requirePartnerOrAdmin(services: Services) {
  return async (request: FastifyRequest): Promise<void> => {
    if (request.viewer) {
      if (!isAdmin(request.viewer)) throw errors.forbidden();
      return;
    }
    const key = bearerToken(request);
    if (!key || !(await partnerForKey(services.db, key))) throw errors.unauthenticated();
  };
}

const tags = ['federation'];
const security = [{ session: [] }];

export function federationRoutes(app: App, services: Services): void {
  app.get(
    '/api/v1/federation/items',
    {
      config: { rateLimit: readLimit },
      onRequest: requirePartnerOrAdmin(services),
      schema: {
        tags,
        security,
        querystring: FederationQuery,
        summary:
          'For partner regions (Bearer: the key they were given): our published, public items changed since a moment, and tombstones of withdrawn ones, page by page',
        response: { 200: FederationPage, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => servePage(services.db, services.config.baseUrl, request.query, services.now()),
  );

  app.get(
    '/api/v1/federation/partners',
    {
      config: { rateLimit: readLimit },
      onRequest: requireAdmin,
      schema: {
        tags,
        security,
        summary: 'Registered partner regions and their sync status',
        response: { 200: Type.Array(Partner), 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => listPartners(services, request.viewer),
  );

  app.post(
    '/api/v1/federation/partners',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireAdmin,
      schema: {
        tags,
        security,
        summary: 'Register a partner region; the answer holds the key to give it, shown only once',
        body: PartnerInput,
        response: { 201: RegisteredPartner, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request, reply) => reply.status(201).send(await registerPartner(services, request.viewer, request.body)),
  );

  app.post(
    '/api/v1/federation/partners/:id/sync',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireAdmin,
      schema: {
        tags,
        security,
        summary: 'Fetch a partner’s items now',
        params: IdParams,
        response: { 200: SyncOutcome, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => syncPartner(services, request.params.id),
  );

  app.delete(
    '/api/v1/federation/partners/:id',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireAdmin,
      schema: {
        tags,
        security,
        summary: 'Remove a partner and withdraw its items',
        params: IdParams,
        response: { 204: Type.Null(), 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      await removePartner(services, request.viewer, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
