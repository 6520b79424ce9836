// The LDES over HTTP: /ldes/items (the event stream), /ldes/items/pages/:page, each member at
// /ldes/items/members/:member and the members' SHACL shape at /ldes/items/shape, in Turtle or JSON-LD
// (by Accept, or .ttl/.jsonld after a number), with ETag and Last-Modified. A full page and a member never
// change again and are cached for a year as immutable; the open page, the stream and the shape for a poll interval.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { readLimit } from '../http/rate-limits.ts';
import { errors } from '../shared/errors.ts';
import { sendCurrent } from '../http/conditional-get.ts';
import { toJsonLd, toTurtle } from './rdf.ts';
import { eventStream, memberShape, POLLING_INTERVAL, streamMember, streamPage, type LdesDocument } from './service.ts';

type Format = 'ttl' | 'jsonld';
const MEDIA_TYPES: Record<Format, string> = { ttl: 'text/turtle', jsonld: 'application/ld+json' };
const IMMUTABLE = 'public, max-age=31536000, immutable';
const OPEN = `public, max-age=${POLLING_INTERVAL}`;

/** The preferred of Turtle and JSON-LD by the Accept header's q-values; Turtle when equal or unsaid. */
export function negotiate(accept: string | undefined): Format {
  const quality = (type: string): number => {
    let best = 0;
    for (const part of (accept ?? '').split(',')) {
      const [range, ...parameters] = part.trim().split(';');
      if (range !== type && range !== `${type.split('/')[0]}/*` && range !== '*/*') continue;
      const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
      best = Math.max(best, q ? Number(q.slice(2)) || 0 : 1);
    }
    return best;
  };
  return quality(MEDIA_TYPES.jsonld) > quality(MEDIA_TYPES.ttl) && quality(MEDIA_TYPES.jsonld) > 0 ? 'jsonld' : 'ttl';
}

// sendCurrent sets the open data's cache lifetime; an LDES document replaces it as it goes out.
const cacheControl = new WeakMap<FastifyRequest, string>();

async function send(
  request: FastifyRequest,
  reply: FastifyReply,
  format: Format,
  document: LdesDocument,
): Promise<FastifyReply> {
  const body = format === 'jsonld' ? JSON.stringify(toJsonLd(document.quads)) : await toTurtle(document.quads);
  cacheControl.set(request, document.immutable ? IMMUTABLE : OPEN);
  reply.type(`${MEDIA_TYPES[format]}; charset=utf-8`).header('vary', 'Accept');
  return sendCurrent(request, reply, body, document.lastModified);
}

/** A page's or a member's number, with the format's extension or without. */
const NUMBERED = /^(\d{1,9})(?:\.(ttl|jsonld))?$/;

export function ldesRoutes(app: App, services: Services): void {
  const options = {
    config: { rateLimit: readLimit },
    schema: { hide: true },
    onSend: async (request: FastifyRequest, reply: FastifyReply) => {
      const value = cacheControl.get(request);
      if (value) reply.header('cache-control', value);
    },
  };

  app.get('/ldes/items', options, async (request, reply) =>
    send(request, reply, negotiate(request.headers.accept), await eventStream(services)),
  );

  app.get('/ldes/items/shape', options, async (request, reply) =>
    send(request, reply, negotiate(request.headers.accept), memberShape(services)),
  );

  /** A document found by the number in its path's last parameter (`:page`, `:member`). */
  const numbered =
    (name: string, find: (n: number) => Promise<LdesDocument | undefined>) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const match = NUMBERED.exec((request.params as Record<string, string>)[name] ?? '');
      const document = match ? await find(Number(match[1])) : undefined;
      if (!match || !document) throw errors.notFound();
      return send(request, reply, (match[2] as Format | undefined) ?? negotiate(request.headers.accept), document);
    };
  app.get(
    '/ldes/items/pages/:page',
    options,
    numbered('page', (page) => streamPage(services, page)),
  );
  app.get(
    '/ldes/items/members/:member',
    options,
    numbered('member', (member) => streamMember(services, member)),
  );
}
