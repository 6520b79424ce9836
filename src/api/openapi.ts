// The OpenAPI 3.1 document is generated from the route schemas, which are also what validates input.
import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import type { App } from '../app-types.ts';
import type { Config } from '../config.ts';

export function openApiOptions(config: Config): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Helemaal Digitaal API',
        version: '1.0.0',
        description:
          'Challenges, solutions and matches of the Flemish Helemaal Digitaal platform. Errors have the shape {"error": {"id", "message", "fields"}}; the id is stable, the message follows Accept-Language (nl, fr, en).',
      },
      servers: [{ url: config.baseUrl }],
      components: {
        securitySchemes: {
          session: { type: 'http', scheme: 'bearer', description: 'A session token from POST /api/v1/sessions.' },
          apiKey: {
            type: 'apiKey',
            in: 'header',
            name: 'X-API-Key',
            description:
              'An API key for a machine client, issued by an admin (/admin/api-keys); it carries its own rate limit on the public read routes.',
          },
          apiKeyAuthorization: {
            type: 'apiKey',
            in: 'header',
            name: 'Authorization',
            description: 'The same API key as "ApiKey <key>".',
          },
        },
      },
    },
    // Only the JSON API belongs in the document; pages and static files do not.
    transform: ({ schema, url }) => ({
      schema: (url.startsWith('/api/v1') ? schema : { ...schema, hide: true }) as never,
      url,
    }),
  };
}

export function openApiRoutes(app: App): void {
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
