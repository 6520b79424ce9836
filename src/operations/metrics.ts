// Prometheus metrics at GET /metrics, one registry per application: tests build many applications
// in one process, and each must count only its own requests.
//
// What other code calls, always with the application buildApp returned:
//   recordJobRun(app, job, outcome, seconds)  a scheduled job ran ('succeeded' | 'failed' | 'skipped'):
//       hd_job_run_duration_seconds{job,outcome}, and hd_job_last_success_timestamp_seconds{job}
//   observeEventLag(app, consumer, seconds)   how far a consumer of the event outbox is behind (the age of
//       the oldest event it has not handled, 0 when it is up to date): hd_event_delivery_lag_seconds{consumer}
//   onCollect(app, fn)                        fn (may be async) runs before every scrape, e.g. to read the
//       outbox's lag from the database and observeEventLag it; a failing fn is logged, the scrape goes on
//   watchMatchingIndex(app, engine)           once the matching engine is built: hd_matching_index_documents{kind}
// The application itself counts hd_http_request_duration_seconds{method,route,status_code} (route is the
// route's pattern, never the address with its ids), hd_emails_total{outcome} and the process's default
// metrics (memory, CPU, event loop, garbage collection).
//
// Who may read: with METRICS_TOKEN set, only `Authorization: Bearer <token>` (401 otherwise). Without it,
// only the machine itself: a loopback client address on a request no proxy relayed (no Forwarded,
// X-Forwarded-For or X-Real-IP header), 403 otherwise; a public service never shows its metrics to the
// internet by default. Refusals are plain text for the scraper, never the login page people are sent to.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { App } from '../app-types.ts';
import type { Config } from '../config.ts';
import type { DocumentKind, MatchEngine } from '../matching/engine/index.ts';
import { mailDeliveries } from '../notifications/mailer.ts';
import { errors, type AppError } from '../shared/errors.ts';

export type JobOutcome = 'succeeded' | 'failed' | 'skipped';

interface Metrics {
  registry: Registry;
  jobDuration: Histogram<'job' | 'outcome'>;
  jobLastSuccess: Gauge<'job'>;
  eventLag: Gauge<'consumer'>;
  collectors: (() => unknown)[];
}

const METRICS = Symbol('metrics');
const KINDS: DocumentKind[] = ['challenge', 'solution'];
const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip'];

/** The application's metrics; buildApp registers them before any other code can ask. */
function metricsOf(app: App): Metrics {
  const metrics = (app as unknown as Record<symbol, Metrics | undefined>)[METRICS];
  if (!metrics) throw new Error('this application has no metrics: registerMetrics was not called');
  return metrics;
}

export function recordJobRun(app: App, job: string, outcome: JobOutcome, seconds: number): void {
  const metrics = metricsOf(app);
  metrics.jobDuration.observe({ job, outcome }, seconds);
  if (outcome === 'succeeded') metrics.jobLastSuccess.set({ job }, Date.now() / 1000);
}

export function observeEventLag(app: App, consumer: string, seconds: number): void {
  metricsOf(app).eventLag.set({ consumer }, seconds);
}

export function onCollect(app: App, collect: () => unknown): void {
  metricsOf(app).collectors.push(collect);
}

/** Reports the engine's documents per kind from now on; asking the service would build an engine nobody needs yet. */
export function watchMatchingIndex(app: App, engine: Pick<MatchEngine, 'size'>): void {
  new Gauge({
    name: 'hd_matching_index_documents',
    help: 'Documents in the matching engine, by kind',
    labelNames: ['kind'],
    registers: [metricsOf(app).registry],
    collect() {
      for (const kind of KINDS) this.set({ kind }, engine.size(kind));
    },
  });
}

export function registerMetrics(app: App, config: Config): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const metrics: Metrics = {
    registry,
    jobDuration: new Histogram({
      name: 'hd_job_run_duration_seconds',
      help: 'Runs of scheduled jobs and how long they took, by job and outcome',
      labelNames: ['job', 'outcome'],
      buckets: [0.1, 0.5, 1, 5, 15, 60, 300, 900],
      registers: [registry],
    }),
    jobLastSuccess: new Gauge({
      name: 'hd_job_last_success_timestamp_seconds',
      help: 'When each job last succeeded (Unix time)',
      labelNames: ['job'],
      registers: [registry],
    }),
    eventLag: new Gauge({
      name: 'hd_event_delivery_lag_seconds',
      help: 'Age of the oldest event a consumer has not handled yet',
      labelNames: ['consumer'],
      registers: [registry],
    }),
    collectors: [],
  };
  app.decorate(METRICS, metrics);
  countEmails(registry);
  timeRequests(app, registry);
  const token = config.metricsToken;
  app.get('/metrics', async (request, reply) => {
    const refusal = token ? bearerRefusal(request, token) : localRefusal(request);
    if (refusal) return refuse(request, reply, refusal);
    await runCollectors(app, metrics.collectors);
    return reply
      .header('cache-control', 'no-store')
      .type(registry.contentType)
      .send(await registry.metrics());
  });
}

function timeRequests(app: App, registry: Registry): void {
  const duration = new Histogram({
    name: 'hd_http_request_duration_seconds',
    help: 'Time to answer HTTP requests, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    duration.observe({ method: request.method, route, status_code: reply.statusCode }, reply.elapsedTime / 1000);
  });
}

/** Counted by the mailer for the whole process; every application's registry shows the same figures. */
function countEmails(registry: Registry): void {
  new Counter({
    name: 'hd_emails_total',
    help: 'E-mails handed to the SMTP server (sent), refused or undeliverable (failed), or only logged without SMTP_URL',
    labelNames: ['outcome'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [outcome, count] of Object.entries(mailDeliveries())) this.inc({ outcome }, count);
    },
  });
}

async function runCollectors(app: App, collectors: (() => unknown)[]): Promise<void> {
  const results = await Promise.allSettled(collectors.map(async (collect) => collect()));
  for (const result of results)
    if (result.status === 'rejected') app.log.warn({ err: result.reason }, 'a metrics collector failed');
}

const digest = (text: string) => createHash('sha256').update(text).digest();

function bearerRefusal(request: FastifyRequest, token: string): AppError | null {
  const given = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  // Compared as digests: equal lengths, and no timing that tells how much of a guess was right.
  return given !== undefined && timingSafeEqual(digest(given), digest(token)) ? null : errors.unauthenticated();
}

function localRefusal(request: FastifyRequest): AppError | null {
  const loopback = request.ip === '::1' || /^(::ffff:)?127\./.test(request.ip);
  const relayed = PROXY_HEADERS.some((name) => request.headers[name] !== undefined);
  return loopback && !relayed ? null : errors.forbidden();
}

function refuse(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  if (error.status === 401) reply.header('www-authenticate', 'Bearer realm="metrics"');
  return reply
    .status(error.status)
    .header('cache-control', 'no-store')
    .type('text/plain; charset=utf-8')
    .send(`${error.id}: ${request.translator.t(error.messageKey)}\n`);
}
