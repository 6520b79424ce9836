import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Database } from './db/database.ts';
import type { Config } from './config.ts';
import type { Mailer } from './notifications/mailer.ts';
import type { Viewer } from './shared/viewer.ts';
import type { Translator } from './i18n/translator.ts';
import type { Attention } from './web/context.ts';
import type { EventFlow } from './events/flow.ts';
import type { MatchingService } from './matching/service.ts';

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** What route modules and services need from the running platform. */
export interface Services {
  db: Database;
  config: Config;
  mailer: Mailer;
  now: () => Date;
  state: { draining: boolean };
  /** The outbox's flow on this instance: services call `afterCommit()` after writing their events. */
  events: EventFlow;
  matching: MatchingService;
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
