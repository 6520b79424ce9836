// The GDPR API: a person downloads all their data, or erases their account.
import { Type } from 'typebox';
import type { App, Services } from '../app-types.ts';
import { authRateLimit, requireViewer } from '../http/guards.ts';
import { readLimit } from '../http/rate-limits.ts';
import { ErrorBody } from '../http/schemas.ts';
import { eraseWithPassword, exportPersonalData } from './service.ts';

export const EraseBody = Type.Object({ password: Type.String({ minLength: 1, maxLength: 200 }) });

export function privacyApiRoutes(app: App, services: Services): void {
  app.get(
    '/api/v1/me/export',
    {
      config: { rateLimit: readLimit },
      onRequest: requireViewer,
      schema: {
        tags: ['privacy'],
        summary: 'All data the platform holds about me, as JSON (GDPR access)',
        response: { 200: Type.Record(Type.String(), Type.Unknown()), 401: ErrorBody },
      },
    },
    async (request, reply) => {
      const data = await exportPersonalData(services.db, request.viewer!.id, services.now());
      const day = services.now().toISOString().slice(0, 10);
      return reply.header('content-disposition', `attachment; filename="helemaal-digitaal-${day}.json"`).send(data);
    },
  );

  app.delete(
    '/api/v1/me',
    {
      config: { rateLimit: authRateLimit(services) },
      onRequest: requireViewer,
      schema: {
        tags: ['privacy'],
        summary: 'Erase my account (GDPR erasure); confirm with the password',
        body: EraseBody,
        response: { 204: Type.Null(), 400: ErrorBody, 401: ErrorBody, 423: ErrorBody },
      },
    },
    async (request, reply) => {
      await eraseWithPassword(services, request.log, request.viewer!.id, request.body.password);
      return reply.code(204).send(null);
    },
  );
}
