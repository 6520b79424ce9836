// The lines `serve` writes outside a request (start-up, its instances, a lost database connection, e-mails logged
// instead of sent) are pino entries like the request log's, from the same options: Fastify makes the logger, as pino
// comes with Fastify and is no dependency of its own here.
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { type LogStream, requestLogOptions } from '../web/request-log.ts';

export type ProcessLog = FastifyBaseLogger;

/** A logger at LOG_LEVEL writing JSON lines to standard output (or to `stream`, for a test). */
export function processLog(level: string, stream?: LogStream): ProcessLog {
  return Fastify({ logger: requestLogOptions(level, stream) }).log;
}
