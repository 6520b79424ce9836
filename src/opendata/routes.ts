// Open data for anyone: the DCAT-AP catalogue and, per dataset, its items as JSON-LD, Turtle and CSV.
import type { FastifyReply } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { readLimit } from '../http/rate-limits.ts';
import { toJsonLd, toTurtle, type GraphNode } from './graph.ts';
import { catalogGraph, MEDIA_TYPES, type DatasetName } from './catalog.ts';
import { challengeNode, itemGraph, solutionNode } from './items.ts';
import { challengesCsv, solutionsCsv } from './csv.ts';
import { publicChallenges, publicSolutions } from './repository.ts';

type Format = keyof typeof MEDIA_TYPES;

const latest = (rows: { updated_at: Date }[], fallback: Date): Date =>
  rows.reduce(
    (newest, row) => (row.updated_at > newest ? row.updated_at : newest),
    rows.length ? new Date(0) : fallback,
  );

async function send(reply: FastifyReply, format: Format, body: string | Promise<string>): Promise<FastifyReply> {
  return reply
    .type(`${MEDIA_TYPES[format]}; charset=utf-8`)
    .header('cache-control', 'public, max-age=300')
    .send(await body);
}

async function sendGraph(reply: FastifyReply, format: 'jsonld' | 'ttl', nodes: GraphNode[]): Promise<FastifyReply> {
  return send(reply, format, format === 'jsonld' ? JSON.stringify(toJsonLd(nodes)) : toTurtle(nodes));
}

export function openDataRoutes(app: App, services: Services): void {
  const baseUrl = services.config.baseUrl;
  const options = { config: { rateLimit: readLimit }, schema: { hide: true } };
  const challenges = () => publicChallenges(services.db);
  const solutions = () => publicSolutions(services.db);

  for (const format of ['jsonld', 'ttl'] as const) {
    app.get(`/opendata/catalog.${format}`, options, async (_request, reply) => {
      const [c, s] = await Promise.all([challenges(), solutions()]);
      const modified: Record<DatasetName, Date> = {
        challenges: latest(c, services.now()),
        solutions: latest(s, services.now()),
      };
      return sendGraph(reply, format, catalogGraph(baseUrl, modified));
    });
    app.get(`/opendata/challenges.${format}`, options, async (_request, reply) =>
      sendGraph(reply, format, itemGraph(baseUrl, await challenges(), challengeNode)),
    );
    app.get(`/opendata/solutions.${format}`, options, async (_request, reply) =>
      sendGraph(reply, format, itemGraph(baseUrl, await solutions(), solutionNode)),
    );
  }
  app.get('/opendata/challenges.csv', options, async (_request, reply) =>
    send(reply, 'csv', challengesCsv(await challenges())),
  );
  app.get('/opendata/solutions.csv', options, async (_request, reply) =>
    send(reply, 'csv', solutionsCsv(await solutions())),
  );
}
