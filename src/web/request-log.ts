// The request log never holds a secret. One-time links carry their token in the query string
// (password reset, e-mail verification, unsubscribe), the government login returns a code and a
// state, and API clients send keys and session tokens in headers: query values of secret-looking
// names are replaced, and headers are never logged (Fastify's request line has none; fields that
// someone logs by hand are redacted by name).
//
// Every log line of a request carries its id (`requestId`), and the answer carries it in
// `x-request-id`, so a person's report or a proxy's log leads to the lines. A proxy's id is kept
// when it is a short token of safe characters; anything else could forge or garble log lines.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LogController, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import type { App } from '../app-types.ts';

type LoggerOptions = Exclude<FastifyServerOptions['logger'], boolean | undefined>;

/** Where log lines go instead of standard output: a test reads them. */
export interface LogStream {
  write(line: string): void;
}

export const REDACTED = '[redacted]';

// A query parameter whose name says it is a secret, and its value up to the next separator.
const SECRET_PARAMETER =
  /([?&](?:[\w.-]*(?:token|key|secret|password|signature)[\w.-]*|code|state|sig)=)[^&#\s"'<>]*/gi;

/** The text with the value of every secret query parameter in it replaced. */
export function redactSecrets(text: string): string {
  return text.replace(SECRET_PARAMETER, `$1${REDACTED}`);
}

// Field names that hold a secret wherever they are logged, at the top or one level down. Connection
// strings carry their password (smtp://user:pass@…).
const SECRET_NAMES = [
  'password',
  'token',
  'key',
  'apiKey',
  'secret',
  'sessionToken',
  'clientSecret',
  'authorization',
  'cookie',
  'smtpUrl',
  'databaseUrl',
];

const REDACTED_FIELDS = [
  ...SECRET_NAMES,
  ...SECRET_NAMES.map((name) => `*.${name}`),
  'headers["set-cookie"]',
  'headers["x-api-key"]',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
];

/** Fastify's own request line, with the address's secrets replaced. */
function requestLine(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactSecrets(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

export function requestLogOptions(level: string, stream?: LogStream): LoggerOptions {
  return {
    level,
    redact: { paths: REDACTED_FIELDS, censor: REDACTED },
    serializers: { req: requestLine },
    ...(stream ? { stream } : {}),
  };
}

export const REQUEST_ID_HEADER = 'x-request-id';

// Room for a UUID, a proxy's hex or base64url ids and their prefixes; nothing that could break a line.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The id a proxy gave the request when it is a short safe token, otherwise a new one. */
export function requestIdFor(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Fastify's request id options: our check instead of taking the header as it comes, logged as `requestId`. */
export function requestIdOptions() {
  return {
    requestIdHeader: false as const,
    genReqId: requestIdFor,
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
  };
}

/** Every answer names its request, errors and not-found pages included. */
export function echoRequestId(app: App): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
}
