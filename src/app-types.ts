import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Database } from './db/database.ts';
import type { Config } from './config.ts';
import type { Mailer } from './shared/mail.ts';
import type { Viewer } from './shared/viewer.ts';
import type { Translator } from './i18n/translator.ts';

/** What waits for a signed-in reader, counted once per page for the header. */
export interface Attention {
  matches: number;
  notifications: number;
}

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/**
 * What route modules and services need from the running platform. The event flow (`events`) and the
 * matching index (`matching`) are added where they are defined (events/flow.ts, matching/service.ts),
 * so this contract, which every area imports, imports none of them.
 */
export interface Services {
  db: Database;
  config: Config;
  mailer: Mailer;
  now: () => Date;
  state: { draining: boolean };
}

/** Every route the application serves, for the authorisation matrix and hostile-input tests. */
export interface RouteEntry {
  method: string;
  url: string;
  /** The route's JSON Schemas, for the hostile-input suite to derive near-valid payloads from. */
  schema?: { body?: unknown; querystring?: unknown };
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
  interface FastifyRequest {
    viewer: Viewer | null;
    /** A logged-in person whose session still waits for the second factor. */
    pendingViewer: Viewer | null;
    translator: Translator;
    /** What waits for a signed-in reader, counted once per page for the header; null on the API and for visitors. */
    attention: Attention | null;
  }
  interface FastifyContextConfig {
    /** Pages answer errors with an HTML page, the API with JSON. */
    page?: boolean;
    /** The answer is the same for every anonymous reader in a language, so it may be shared for a few seconds. */
    publicCache?: boolean;
  }
}
