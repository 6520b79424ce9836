// A call published beyond its page: the open calls as open data (CSV, JSON-LD, Turtle, described in the
// DCAT catalogue of src/opendata) and, for those who manage a call, its eForms E1 notice as JSON or XML.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { requireViewer } from '../http/guards.ts';
import { ErrorBody, IdParams } from '../http/schemas.ts';
import { readLimit } from '../http/rate-limits.ts';
import { sendCurrent } from '../http/conditional-get.ts';
import { toJsonLd, toTurtle } from '../opendata/graph.ts';
import { MEDIA_TYPES } from '../opendata/catalog.ts';
import { callAsE1, publicOpenCalls } from './publication-service.ts';
import { callNode, callsCsv, type PublicCall } from './publication-data.ts';
import { e1Xml } from './eforms-xml.ts';
import { E1Export } from './publication-schemas.ts';

const tags = ['calls'];
type Format = keyof typeof MEDIA_TYPES;

function body(baseUrl: string, format: Format, calls: PublicCall[]): string | Promise<string> {
  if (format === 'csv') return callsCsv(baseUrl, calls);
  const nodes = calls.map((call) => callNode(baseUrl, call));
  return format === 'jsonld' ? JSON.stringify(toJsonLd(nodes)) : toTurtle(nodes);
}

/** Last-Modified: the newest change of a listed call, or now when none is listed. */
const modifiedOf = (calls: PublicCall[], now: Date): Date =>
  calls.length ? new Date(Math.max(...calls.map((c) => c.row.updated_at.getTime()))) : now;

export function callPublicationRoutes(app: App, services: Services): void {
  const baseUrl = services.config.baseUrl;
  for (const format of ['jsonld', 'ttl', 'csv'] as const) {
    app.get(
      `/opendata/calls.${format}`,
      { config: { rateLimit: readLimit }, schema: { hide: true } },
      async (request: FastifyRequest, reply: FastifyReply) => {
        const calls = await publicOpenCalls(services);
        reply.type(`${MEDIA_TYPES[format]}; charset=utf-8`);
        return sendCurrent(request, reply, await body(baseUrl, format, calls), modifiedOf(calls, services.now()));
      },
    );
  }

  const description =
    'The call in the shape of an eForms notice of subtype E1 (voluntary pre-market consultation), by the field ' +
    'ids of the eForms SDK 1.15, for the challenge’s organisation or a curating ambassador to carry into the ' +
    'procurement system. Only what the platform knows is filled in; `toComplete` names the mandatory fields to ' +
    'add. 403 for anyone else who may read the call, 404 for whoever may not.';
  app.get<{ Params: { id: string } }>(
    '/api/v1/calls/:id/eforms-e1',
    {
      onRequest: requireViewer,
      schema: {
        operationId: 'getCallEformsE1',
        tags,
        summary: 'A call as an eForms E1 notice (JSON)',
        description,
        params: IdParams,
        response: { 200: E1Export, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    (request) => callAsE1(services, request.viewer, request.params.id),
  );
  app.get<{ Params: { id: string } }>(
    '/api/v1/calls/:id/eforms-e1.xml',
    {
      onRequest: requireViewer,
      schema: {
        operationId: 'getCallEformsE1Xml',
        tags,
        produces: ['application/xml'],
        summary: 'A call as an eForms E1 notice (XML)',
        description: `${description} As UBL 2.3 XML (PriorInformationNotice), without the fields it cannot fill.`,
        params: IdParams,
        response: { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const xml = e1Xml(await callAsE1(services, request.viewer, request.params.id));
      return reply.type('application/xml; charset=utf-8').send(xml);
    },
  );
}
