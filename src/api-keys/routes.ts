// The admin API for API keys: list, issue (the key is in the answer, once) and revoke.
import type { App, Services } from '../app-types.ts';
import { requireAdmin } from '../http/guards.ts';
import { ErrorBody, IdParams } from '../http/schemas.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { ApiKey, ApiKeyInput, ApiKeyList, IssuedApiKey } from './schemas.ts';
import { issueApiKey, listApiKeys, revokeApiKey } from './service.ts';
import { presentApiKey } from './presenter.ts';
import { apiKeyPages } from './pages.tsx';

const tags = ['api-keys'];
const security = [{ session: [] }];
const failures = { 401: ErrorBody, 403: ErrorBody };

export function apiKeyRoutes(app: App, services: Services): void {
  app.get(
    '/api/v1/api-keys',
    {
      config: { rateLimit: readLimit },
      onRequest: requireAdmin,
      schema: {
        tags,
        security,
        summary: 'Every API key issued, active and revoked (admins)',
        response: { 200: ApiKeyList, ...failures },
      },
    },
    async () => ({ items: (await listApiKeys(services)).map(presentApiKey) }),
  );

  app.post(
    '/api/v1/api-keys',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireAdmin,
      schema: {
        tags,
        security,
        summary: 'Issue an API key for a machine client (admins); the key is in this answer only',
        body: ApiKeyInput,
        response: { 201: IssuedApiKey, 400: ErrorBody, ...failures },
      },
    },
    async (request, reply) => {
      const { row, key } = await issueApiKey(services, request.viewer, request.body);
      return reply.status(201).send({ ...presentApiKey(row), key });
    },
  );

  app.delete(
    '/api/v1/api-keys/:id',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireAdmin,
      schema: {
        tags,
        security,
        summary: 'Revoke an API key (admins); it is kept, marked revoked, for the record',
        params: IdParams,
        response: { 200: ApiKey, 404: ErrorBody, ...failures },
      },
    },
    async (request) => presentApiKey(await revokeApiKey(services, request.viewer, request.params.id)),
  );

  apiKeyPages(app, services);
}
