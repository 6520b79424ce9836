// Federation API for admins: register a partner region by its LDES address, follow it now, remove it.
// Partners read our items from our own LDES (/ldes/items), which anyone may read: no route of ours
// serves them anything else.
import { Type } from 'typebox';
import type { App, Services } from '../app-types.ts';
import { requireAdmin } from '../http/guards.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { ErrorBody, IdParams } from '../http/schemas.ts';
import { Partner, PartnerInput, SyncOutcome } from './schemas.ts';
import { listPartners, registerPartner, removePartner } from './service.ts';
import { syncPartner } from './sync.ts';

// Security and the standard failures in the API document follow from the admin guard (src/api/operation-rules.ts).
const tags = ['federation'];

export function federationRoutes(app: App, services: Services): void {
  app.get(
    '/api/v1/federation/partners',
    {
      config: { rateLimit: readLimit },
      onRequest: requireAdmin,
      schema: {
        operationId: 'listFederationPartners',
        tags,
        summary: 'List partner regions',
        description:
          'The partner regions this platform follows, each with its LDES address, sync status, last success, next attempt, last error and the number of its items shown here. Admins only.',
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
        operationId: 'registerFederationPartner',
        tags,
        summary: 'Register a partner region',
        description:
          'Registers a partner region by the address of its LDES of published items (its /ldes/items). The platform follows that stream from its first page at the next sync. Admins only.',
        body: PartnerInput,
        response: { 201: Partner, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
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
        operationId: 'syncFederationPartner',
        tags,
        summary: 'Follow a partner’s LDES now',
        description:
          'Reads the partner’s LDES from where the last sync stopped up to its newest page and applies the new members. The answer counts the copies created, updated and withdrawn; when a page fails, `ok` is false, `error` says why, and the pages before it stay applied. Admins only.',
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
        operationId: 'removeFederationPartner',
        tags,
        summary: 'Remove a partner region',
        description:
          'Stops following the partner and withdraws the copies of its items (closed or archived, their match history kept). Admins only.',
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
