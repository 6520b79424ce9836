// Pages are rendered on the server by preact-render-to-string, which escapes every value by default.
import { renderToString } from 'preact-render-to-string';
import type { VNode } from 'preact';
import type { FastifyReply } from 'fastify';

export function sendPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .send(`<!doctype html>${renderToString(page)}`);
}
