// Open data for anyone: the DCAT-AP catalogue and, per dataset, its items as JSON-LD, Turtle and CSV
// (the open calls' distributions are served by src/calls/publication-routes.ts).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { readLimit } from '../http/rate-limits.ts';
import { toJsonLd, toTurtle, type GraphNode } from './graph.ts';
import { catalogGraph, MEDIA_TYPES, type DatasetName } from './catalog.ts';
import { challengeNode, itemGraph, solutionNode } from './items.ts';
import { challengesCsv, solutionsCsv } from './csv.ts';
import { sendCurrent } from '../http/conditional-get.ts';
import {
  lastPublicCallChange,
  lastPublicChange,
  publishedChallenges,
  publishedSolutions,
  type PublicChallenge,
  type PublicSolution,
} from './service.ts';

type Format = keyof typeof MEDIA_TYPES;
const kindOf = { challenges: 'challenge', solutions: 'solution' } as const;

/**
 * Last-Modified of a dataset: its newest update or its last change, whichever is later, so that an item
 * withdrawn since moves it too; `fallback` when it has neither.
 */
const latest = (rows: { updated_at: Date }[], lastChange: Date | null, fallback: Date): Date =>
  rows.reduce(
    (newest, row) => (row.updated_at > newest ? row.updated_at : newest),
    lastChange ?? (rows.length ? new Date(0) : fallback),
  );

async function send(
  request: FastifyRequest,
  reply: FastifyReply,
  format: Format,
  body: string | Promise<string>,
  modified: Date,
): Promise<FastifyReply> {
  reply.type(`${MEDIA_TYPES[format]}; charset=utf-8`);
  return sendCurrent(request, reply, await body, modified);
}

const graph = (format: 'jsonld' | 'ttl', nodes: GraphNode[]) =>
  format === 'jsonld' ? JSON.stringify(toJsonLd(nodes)) : toTurtle(nodes);

export function openDataRoutes(app: App, services: Services): void {
  const baseUrl = services.config.baseUrl;
  const options = { config: { rateLimit: readLimit }, schema: { hide: true } };
  const challenges = () => publishedChallenges(services);
  const solutions = () => publishedSolutions(services);

  for (const format of ['jsonld', 'ttl'] as const) {
    app.get(`/opendata/catalog.${format}`, options, async (request, reply) => {
      const [c, s, cChange, sChange, callsChange] = await Promise.all([
        challenges(),
        solutions(),
        lastPublicChange(services, 'challenge'),
        lastPublicChange(services, 'solution'),
        lastPublicCallChange(services),
      ]);
      const items = {
        challenges: latest(c, cChange, services.now()),
        solutions: latest(s, sChange, services.now()),
      };
      // Calls live on challenges: while none is open, the calls dataset dates from the challenges'.
      const modified: Record<DatasetName, Date> = { ...items, calls: callsChange ?? items.challenges };
      const newest = new Date(Math.max(...Object.values(modified).map((date) => date.getTime())));
      return send(request, reply, format, graph(format, catalogGraph(baseUrl, modified)), newest);
    });
  }

  /** One dataset's three distributions. */
  function dataset<R extends PublicChallenge | PublicSolution>(
    name: keyof typeof kindOf,
    rows: () => Promise<R[]>,
    node: (baseUrl: string, row: R) => GraphNode,
    csv: (rows: R[]) => string,
  ): void {
    for (const format of ['jsonld', 'ttl', 'csv'] as const) {
      app.get(`/opendata/${name}.${format}`, options, async (request, reply) => {
        const [items, lastChange] = await Promise.all([rows(), lastPublicChange(services, kindOf[name])]);
        const body = format === 'csv' ? csv(items) : graph(format, itemGraph(baseUrl, items, node));
        return send(request, reply, format, body, latest(items, lastChange, services.now()));
      });
    }
  }
  dataset('challenges', challenges, challengeNode, challengesCsv);
  dataset('solutions', solutions, solutionNode, solutionsCsv);
}
