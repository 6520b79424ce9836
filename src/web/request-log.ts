// The request log never holds a secret. One-time links carry their token in the query string
// (password reset, e-mail verification, unsubscribe), the government login returns a code and a
// state, and API clients send keys and session tokens in headers: query values of secret-looking
// names are replaced, and headers are never logged (Fastify's request line has none; fields that
// someone logs by hand are redacted by name).
import type { FastifyRequest, FastifyServerOptions } from 'fastify';

type LoggerOptions = Exclude<FastifyServerOptions['logger'], boolean | undefined>;

/** Where log lines go instead of standard output: a test reads them. */
export interface LogStream {
  write(line: string): void;
}

export const REDACTED = '[redacted]';

// A query parameter whose name says it is a secret, and its value up to the next separator.
const SECRET_PARAMETER = /([?&](?:[\w.-]*(?:token|key|secret|password|signature)[\w.-]*|code|state|sig)=)[^&#\s"'<>]*/gi;

/** The text with the value of every secret query parameter in it replaced. */
export function redactSecrets(text: string): string {
  return text.replace(SECRET_PARAMETER, `$1${REDACTED}`);
}

const REDACTED_FIELDS = [
  'password', 'token', 'key', 'apiKey', 'secret',
  '*.password', '*.token', '*.key', '*.apiKey', '*.secret',
  'headers.authorization', 'headers.cookie', 'headers["set-cookie"]', 'headers["x-api-key"]',
  'req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]', 'res.headers["set-cookie"]',
];

/** Fastify's own request line, with the address's secrets replaced. */
function requestLine(request: FastifyRequest) {
  return { method: request.method, url: redactSecrets(request.url), host: request.host, remoteAddress: request.ip, remotePort: request.socket?.remotePort };
}

export function requestLogOptions(level: string, stream?: LogStream): LoggerOptions {
  return {
    level,
    redact: { paths: REDACTED_FIELDS, censor: REDACTED },
    serializers: { req: requestLine },
    ...(stream ? { stream } : {}),
  };
}
