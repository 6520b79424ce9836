// GET /solutions/:id/publiccode.yml and /api/v1/solutions/:id/publiccode.yml: a solution anyone may read that is
// public software, as a publiccode.yml file. Read as an anonymous visitor whoever asks, so the file is the same
// for everyone; an unpublished, internal or confidential solution, or one without source address and licence, is 404.
import type { FastifyReply } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { IdParams } from '../http/schemas.ts';
import { ErrorBody } from '../http/schemas.ts';
import { readLimit } from '../http/rate-limits.ts';
import { publicReadAccess, publicReadFailures, publicReadSecurity } from '../api-keys/public-access.ts';
import { readableItem } from '../items/service.ts';
import { errors } from '../shared/errors.ts';
import { pageId } from '../web/form-handling.ts';
import { publiccodeOfSolution, publiccodeYaml } from './to-publiccode.ts';

export const PUBLICCODE_MEDIA_TYPE = 'application/yaml';

async function sendPubliccode(services: Services, id: string, reply: FastifyReply): Promise<string> {
  const solution = await readableItem(services, 'solution', null, id);
  const document = publiccodeOfSolution(solution, `${services.config.baseUrl}/solutions/${id}`);
  if (!document) throw errors.notFound();
  reply
    .type(`${PUBLICCODE_MEDIA_TYPE}; charset=utf-8`)
    .header('content-disposition', 'inline; filename="publiccode.yml"');
  return publiccodeYaml(document);
}

export function publiccodeRoutes(app: App, services: Services): void {
  app.get<{ Params: { id: string } }>(
    '/solutions/:id/publiccode.yml',
    { config: { rateLimit: readLimit }, schema: { hide: true } },
    async (request, reply) => sendPubliccode(services, pageId(request.params.id), reply),
  );
  app.get<{ Params: { id: string } }>(
    '/api/v1/solutions/:id/publiccode.yml',
    {
      onRequest: publicReadAccess(app, services),
      schema: {
        tags: ['solutions'],
        security: publicReadSecurity,
        summary: 'A public software solution as publiccode.yml',
        description:
          'The publiccode.yml (standard version 0.5) of a published, public solution whose references name its source ' +
          'address and licence; 404 for any other solution.',
        params: IdParams,
        produces: [PUBLICCODE_MEDIA_TYPE],
        response: {
          200: {
            description: 'The publiccode.yml file',
            content: { [PUBLICCODE_MEDIA_TYPE]: { schema: { type: 'string' } } },
          },
          404: ErrorBody,
          ...publicReadFailures,
        },
      },
    },
    async (request, reply) => sendPubliccode(services, request.params.id, reply),
  );
}
