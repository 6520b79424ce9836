// The OpenAPI 3.1 document is generated from the route schemas, which are also what validates input;
// operation-rules.ts adds what each operation's documentation derives from its route.
import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import type { App } from '../app-types.ts';
import type { Config } from '../config.ts';
import { SESSION_COOKIE } from '../accounts/session.ts';
import { documentedSchema } from './operation-rules.ts';

const TAGS: [string, string][] = [
  ['accounts', 'Registration, login and logout, the second factor, e-mail verification and password resets.'],
  ['organisations', 'Organisation profiles, their members and requests to join them.'],
  [
    'challenges',
    'Challenges of care providers, schools, municipalities and companies: posting, review and their lifecycle.',
  ],
  ['solutions', 'Digital solutions of companies, start-ups and knowledge institutions: posting, review and archiving.'],
  ['matches', 'The matching engine: challenges and solutions that fit each other, ranked and explained.'],
  [
    'match records',
    'Matches people act on: applications, introduction requests, proposals, decisions, outcomes, and the ambassador’s work queue.',
  ],
  [
    'conversations',
    'Messages between the sides of an accepted match, and their moderation by the curating ambassador.',
  ],
  [
    'meetings',
    'Meetings between the sides of an accepted match: proposed slots, the pick, the invitation, how it went.',
  ],
  ['matchmaking', 'Matchmaking days: events, registration, meeting requests, the schedule and personal agendas.'],
  [
    'calls',
    'Open calls on published challenges: market consultations, requests for information and calls for pilots, with their review and public questions and answers.',
  ],
  ['notifications', 'What happened to what a person follows or takes part in, and how it is e-mailed.'],
  ['follows', 'Following items, sectors, spearheads and organisations; saved searches; who may ask for contact.'],
  ['privacy', 'A person’s rights under the GDPR: a copy of their data and erasure of their account.'],
  ['audit', 'The append-only log of what admins, ambassadors and members changed.'],
  ['api-keys', 'Keys for machine clients of the public read routes, issued and revoked by admins.'],
  ['exports', 'CSV downloads of everything a signed-in member may read.'],
  ['imports', 'Bulk import of solutions and their organisations from CSV, JSON or publiccode.yml.'],
  ['federation', 'Exchange of published items with the platforms of partner regions.'],
  ['indicators', 'Monthly figures about challenges and matches, public and for ambassadors.'],
];

export function openApiOptions(config: Config): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Helemaal Digitaal API',
        version: '1.0.0',
        description:
          'Challenges, solutions and matches of the Flemish Helemaal Digitaal platform. Errors have the shape {"error": {"id", "message", "fields"}}; the id is stable, the message follows Accept-Language (nl, fr, en).',
        contact: { name: 'Helemaal Digitaal', url: `${config.baseUrl}/api/docs` },
        license: { name: 'European Union Public Licence 1.2', identifier: 'EUPL-1.2' },
      },
      servers: [{ url: config.baseUrl }],
      tags: TAGS.map(([name, description]) => ({ name, description })),
      components: {
        securitySchemes: {
          session: { type: 'http', scheme: 'bearer', description: 'A session token from POST /api/v1/sessions.' },
          sessionCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description:
              'The session cookie the web pages set at login; with it, writes also need the CSRF token of the pages.',
          },
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
    transform: ({ schema, url, route }) => ({
      schema: url.startsWith('/api/v1') ? documentedSchema(route, schema) : ({ ...schema, hide: true } as never),
      url,
    }),
  };
}

export function openApiRoutes(app: App): void {
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
