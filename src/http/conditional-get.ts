// Conditional GET (RFC 9110 §13) for the documents everyone shares: open data, feeds, the LDES. The ETag is a
// hash of the body, so it changes with any change a reader could see, an item leaving included;
// Last-Modified is the caller's: when what the document shows last changed, which must count an item
// leaving too (the items still there cannot date it). A reader that already has the document gets 304.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

const PUBLIC_CACHE = 'public, max-age=300';

const entityTag = (body: string): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** The tags of an If-None-Match list, weak ones compared as strong ones (the weak comparison GET uses). */
const listedTags = (header: string): string[] => header.split(',').map((tag) => tag.trim().replace(/^W\//, ''));

/** HTTP dates have whole seconds, so the comparison drops the milliseconds. */
const wholeSeconds = (date: Date): number => Math.floor(date.getTime() / 1000) * 1000;

function unchanged(request: FastifyRequest, tag: string, lastModified: Date): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  // If-Modified-Since counts only without If-None-Match (RFC 9110 §13.2.2).
  if (ifNoneMatch !== undefined) return ifNoneMatch.trim() === '*' || listedTags(ifNoneMatch).includes(tag);
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && wholeSeconds(lastModified) <= since;
}

/** Sends the document with its validators, or 304 without a body when the reader's copy is current. */
export function sendCurrent(
  request: FastifyRequest,
  reply: FastifyReply,
  body: string,
  lastModified: Date,
): FastifyReply {
  const tag = entityTag(body);
  reply.header('cache-control', PUBLIC_CACHE).header('etag', tag).header('last-modified', lastModified.toUTCString());
  if (unchanged(request, tag, lastModified)) return reply.code(304).send();
  return reply.send(body);
}
