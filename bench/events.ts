// node --import tsx bench/events.ts [-- --duration SECONDS --rate CYCLES_PER_SECOND --connections N --poll-ms MS]
// Event throughput and delivery lag of the outbox (issue 17) under the HTTP load test. A child process
// runs the platform with its demo content on 127.0.0.1 (PGlite in a temporary folder, or a fresh
// database on the PostgreSQL server in DATABASE_URL, e.g. under scripts/with-postgres.sh) and records,
// through FlowOptions.onDelivered, each consumer's lag from an event's recording to its own transaction.
// This process loads the catalogue with autocannon while a writer goes through the API: each cycle a
// member posts a challenge, a provider a solution, both are submitted and published, an ambassador
// proposes the pair and both sides accept (9 requests; publications feed the follow and strong-match
// notices, the steps the match-step notices, the acceptance the introductions and the matched challenge).
// Three phases of fixed length: reads alone, reads with the writer, the writer alone; after each the
// flow is left to catch up by itself. One JSON line per phase and per consumer. It exits by itself.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { isEmbedded, openDatabase, openTestDatabase, type Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedDemoContent } from '../src/demo/seed.ts';
import { buildApp } from '../src/app.ts';
import { assembleServices } from '../src/services.ts';
import { createMailer } from '../src/notifications/mailer.ts';
import { consumerStates } from '../src/events/repository.ts';
import { createOrganisation, createPerson } from '../src/test-support/harness.ts';
import { challengeInput, solutionInput } from '../src/test-support/items.ts';
import { demoChallenges, demoSolutions } from '../src/demo/content/index.ts';
import { freePort } from '../src/test-support/server-process.ts';
import type { DomainEvent, SharedConsumer } from '../src/events/types.ts';
import { challengeMatched } from '../src/challenges/matched.ts';
import { introductions } from '../src/introductions/service.ts';
import { matchStepNotices } from '../src/matches/notices.ts';
import { followedItemNotices } from '../src/follows/notices.ts';
import { strongMatchAnnouncements } from '../src/matching/notices.ts';

/** The shared consumers assembleServices registers, to count the events each should be given once. */
const CONSUMERS: SharedConsumer[] = [
  challengeMatched,
  introductions,
  matchStepNotices,
  followedItemNotices,
  strongMatchAnnouncements as SharedConsumer,
];

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '20' },
    rate: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    'poll-ms': { type: 'string', default: '1000' },
    serve: { type: 'boolean', default: false },
  },
});
const SECONDS = Math.min(Math.max(Number(values.duration) || 20, 2), 60);
const CYCLES_PER_SECOND = Math.min(Math.max(Number(values.rate) || 2, 0.1), 20);
const CONNECTIONS = Math.min(Math.max(Number(values.connections) || 10, 1), 50);
/** As src/cli/serve.ts: the timer that picks up other instances' commits and due retries. */
const POLL_MS = Math.max(Number(values['poll-ms']) || 1000, 50);
/** Cycles of the writer in flight at once: a slow server makes the writer fall behind, not pile up. */
const WRITER_CONCURRENCY = 8;
/** How long the flow may take to catch up after a phase before the figures are taken anyway. */
const DRAIN_LIMIT_MS = 30_000;
const HARD_STOP_MS = 5 * 60_000;

interface Actors {
  careHome: string;
  provider: string;
  ambassador: string;
}
interface Delivery {
  consumer: string;
  lagMs: number;
}
interface Written {
  notices: number;
  mails: number;
}
interface PhaseReport {
  events: Record<string, number>;
  handled: Record<string, number>;
  written: Written;
  deliveries: Delivery[];
  drainMs: number;
  caughtUp: boolean;
  failures: number;
  rssMaxMiB: number;
  rssEndMiB: number;
}
type Request = { type: 'mark' } | { type: 'collect' } | { type: 'stop' };

// ---- the platform, in a child process so the load generator does not share its event loop ----

async function openBenchDatabase(): Promise<{ db: Database; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url && !isEmbedded(url)) return openTestDatabase();
  const folder = mkdtempSync(join(tmpdir(), 'helemaal-bench-events-'));
  const db = openDatabase(`pglite://${folder}`);
  return {
    db,
    drop: async () => {
      await db.destroy();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** The writer's people: a care home's member, a provider's member and an ambassador of every spearhead. */
async function benchActors(db: Database): Promise<Actors> {
  const careHome = await createPerson(db, 'member', await createOrganisation(db, 'WZC Benchmark'));
  const provider = await createPerson(db, 'member', await createOrganisation(db, 'Benchmark bv'));
  const ambassador = await createPerson(db, 'ambassador');
  return { careHome: careHome.token, provider: provider.token, ambassador: ambassador.token };
}

/**
 * A fresh PostgreSQL cluster's transaction ids start near 750: they pass 1,000 during the phases, and the
 * outbox's reading order is wrong across such a change in the ids' number of digits (see BENCHMARKS.md).
 * Ids are used up to past 1,100 first so the phases measure the flow, not that.
 */
async function passFirstThousandIds(db: Database): Promise<void> {
  for (
    let id = 0;
    id < 1100;
    id = Number((await sql<{ id: string }>`SELECT pg_current_xact_id()::text AS id`.execute(db)).rows[0]!.id)
  );
}

async function lastPosition(db: Database): Promise<number> {
  const { rows } = await sql<{ position: number | null }>`SELECT max(position) AS position FROM domain_events`.execute(
    db,
  );
  return Number(rows[0]?.position ?? 0);
}

async function eventsSince(db: Database, position: number): Promise<Record<string, number>> {
  const { rows } = await sql<{
    kind: string;
    count: number;
  }>`SELECT type || ' ' || coalesce(payload->>'action', payload->>'status') AS kind, count(*)::int AS count
    FROM domain_events WHERE position > ${position} GROUP BY 1 ORDER BY 1`.execute(db);
  return Object.fromEntries(rows.map((row) => [row.kind, Number(row.count)]));
}

/** How many of the events since `position` each consumer handles: what it should deliver, once each. */
async function handledSince(db: Database, position: number): Promise<Record<string, number>> {
  const { rows } = await sql<{
    type: string;
    payload: Record<string, unknown>;
  }>`SELECT type, payload FROM domain_events WHERE position > ${position}`.execute(db);
  const events = rows.map((row) => ({ type: row.type, ...row.payload }) as DomainEvent);
  return Object.fromEntries(
    CONSUMERS.map((consumer) => [consumer.name, events.filter((event) => consumer.handles(event)).length]),
  );
}

/** What the consumers wrote: notices, and e-mails queued (sent by the flow's e-mail task). */
async function writtenSoFar(db: Database): Promise<Written> {
  const { rows } =
    await sql<Written>`SELECT (SELECT count(*) FROM notifications)::int AS notices, (SELECT count(*) FROM outgoing_mails)::int AS mails`.execute(
      db,
    );
  return rows[0]!;
}

/** Waits, without driving the flow, until every consumer has read every event (or the limit passes). */
async function drained(db: Database): Promise<boolean> {
  const deadline = performance.now() + DRAIN_LIMIT_MS;
  while (performance.now() < deadline) {
    if ((await consumerStates(db)).every((state) => state.behind === 0)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

async function serveForBench(): Promise<void> {
  const port = await freePort();
  const config = loadConfig({
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DEMO_CONTENT: 'on',
    // The load comes from one address: without this the rate limits, not the platform, would be measured.
    RATE_LIMIT_ALLOW_LIST: '127.0.0.1',
  });
  const { db, drop } = await openBenchDatabase();
  await migrateToLatest(db);
  await seedDemoContent(db, new Date(), config.challengeLifetimeDays);
  await passFirstThousandIds(db);
  const actors = await benchActors(db);
  let deliveries: Delivery[] = [];
  const services = assembleServices(db, config, createMailer(null, config.mailFrom, { info() {} }), {
    flow: { onDelivered: (consumer, lagMs) => deliveries.push({ consumer, lagMs }) },
  });
  const app = await buildApp(services);
  await services.matching.engine();
  services.events.start(POLL_MS);
  await app.listen({ port, host: '127.0.0.1' });
  const { rows } = await sql<{ version: string }>`SELECT version()`.execute(db);
  let [mark, before] = [await lastPosition(db), await writtenSoFar(db)];
  let rssMax = 0;
  setInterval(() => {
    rssMax = Math.max(rssMax, process.memoryUsage().rss);
  }, 500).unref();
  process.on(
    'message',
    (request: Request) =>
      void (async () => {
        if (request.type === 'mark') {
          [mark, before, deliveries, rssMax] = [
            await lastPosition(db),
            await writtenSoFar(db),
            [],
            process.memoryUsage().rss,
          ];
          process.send!({ type: 'marked' });
        } else if (request.type === 'collect') {
          const started = performance.now();
          const caughtUp = await drained(db);
          const drainMs = performance.now() - started;
          const { count } = await db
            .selectFrom('event_failures')
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .executeTakeFirstOrThrow();
          const after = await writtenSoFar(db);
          const written = { notices: after.notices - before.notices, mails: after.mails - before.mails };
          const report: PhaseReport = {
            events: await eventsSince(db, mark),
            handled: await handledSince(db, mark),
            written,
            deliveries,
            drainMs,
            caughtUp,
            failures: Number(count),
            rssMaxMiB: mib(Math.max(rssMax, process.memoryUsage().rss)),
            rssEndMiB: mib(process.memoryUsage().rss),
          };
          process.send!({ type: 'collected', report });
        } else {
          await services.events.stop();
          await app.close();
          await drop();
          process.exit(0);
        }
      })(),
  );
  process.send!({ type: 'ready', port, actors, database: rows[0]!.version.split(',')[0] });
}

// ---- the load: autocannon on the catalogue, the writer through the API ----

function mib(bytes: number): number {
  return Math.round(bytes / 2 ** 20);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function summary(values: number[]): { count: number; p50: number; p95: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    max: round(sorted.at(-1) ?? NaN),
  };
}

interface ReadFigures {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/**
 * Anonymous readers of bench:http's catalogue page and match API, by turns (both answers shared between
 * anonymous readers for up to 5 s, and dropped at every write); p95 from every response's time
 * (autocannon reports p97.5, not p95).
 */
function readLoad(base: string, challengeId: string, seconds: number): Promise<ReadFigures> {
  const times: number[] = [];
  const requests = [{ path: '/challenges' }, { path: `/api/v1/challenges/${challengeId}/matches` }];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: base, connections: CONNECTIONS, duration: seconds, requests },
      (error, result) => {
        if (error) return reject(error);
        const sorted = times.sort((a, b) => a - b);
        resolve({
          requestsPerSecond: Math.round(result.requests.total / seconds),
          p50: round(percentile(sorted, 50)),
          p95: round(percentile(sorted, 95)),
          p99: round(percentile(sorted, 99)),
          non2xx: result.non2xx,
          errors: result.errors,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

interface WriteFigures {
  cycles: number;
  cyclesPerSecond: number;
  requests: number;
  refused: Record<string, number>;
  latency: ReturnType<typeof summary>;
}

/** Starts a cycle every 1/rate seconds for `seconds` (at most WRITER_CONCURRENCY at once) and waits for those started. */
async function writeLoad(base: string, actors: Actors, seconds: number, offset: number): Promise<WriteFigures> {
  const times: number[] = [];
  const refused: Record<string, number> = {};
  const call = async (token: string, path: string, body: Record<string, unknown>): Promise<string | undefined> => {
    const started = performance.now();
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    times.push(performance.now() - started);
    const answer = (await response.json()) as { id?: string };
    if (!response.ok) {
      const route = `${path.replace(/[0-9a-f-]{36}/g, ':id')} ${response.status}`;
      refused[route] = (refused[route] ?? 0) + 1;
    }
    return answer.id;
  };
  const publish = async (
    kind: 'challenges' | 'solutions',
    owner: string,
    input: Record<string, unknown>,
  ): Promise<string> => {
    const id = (await call(owner, `/api/v1/${kind}`, input))!;
    await call(owner, `/api/v1/${kind}/${id}/transitions`, { action: 'submit' });
    await call(actors.ambassador, `/api/v1/${kind}/${id}/transitions`, { action: 'publish' });
    return id;
  };
  const cycle = async (n: number): Promise<void> => {
    // The demo content's texts in turn, so items match one another as much as real ones do.
    const c = demoChallenges[n % demoChallenges.length]!;
    const s = demoSolutions[n % demoSolutions.length]!;
    const challengeId = await publish(
      'challenges',
      actors.careHome,
      challengeInput({ title: `${c.title} (${n})`, description: c.description, language: c.language }),
    );
    const solutionId = await publish(
      'solutions',
      actors.provider,
      solutionInput({
        title: `${s.title} (${n})`,
        description: s.description,
        languages: s.languages,
        language: s.languages[0] ?? 'nl',
      }),
    );
    const matchId = (await call(actors.ambassador, '/api/v1/matches/proposals', {
      challengeId,
      solutionId,
      note: 'Benchmark',
    }))!;
    await call(actors.careHome, `/api/v1/matches/${matchId}/decision`, { decision: 'accept' });
    await call(actors.provider, `/api/v1/matches/${matchId}/decision`, { decision: 'accept' });
  };
  const running = new Set<Promise<void>>();
  const start = performance.now();
  let cycles = 0;
  const end = start + seconds * 1000;
  for (let due = start; due < end; due += 1000 / CYCLES_PER_SECOND) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    while (running.size >= WRITER_CONCURRENCY) await Promise.race(running);
    // A writer that fell behind starts nothing after the phase's end: only the cycles in flight finish.
    if (performance.now() >= end) break;
    const started = cycle(offset + cycles).finally(() => running.delete(started));
    running.add(started);
    cycles += 1;
  }
  await Promise.all(running);
  const elapsed = (performance.now() - start) / 1000;
  return {
    cycles,
    cyclesPerSecond: Math.round((cycles / elapsed) * 100) / 100,
    requests: times.length,
    refused,
    latency: summary(times),
  };
}

function ask(child: ChildProcess, request: Request): Promise<{ report?: PhaseReport }> {
  return new Promise((resolve) => {
    child.once('message', resolve);
    child.send(request);
  });
}

interface Target {
  base: string;
  challengeId: string;
  actors: Actors;
}

async function phase(
  child: ChildProcess,
  { base, challengeId, actors }: Target,
  name: string,
  reads: boolean,
  writes: boolean,
  offset: number,
): Promise<{ read?: ReadFigures; cycles: number }> {
  await ask(child, { type: 'mark' });
  const started = performance.now();
  const [read, write] = await Promise.all([
    reads ? readLoad(base, challengeId, SECONDS) : undefined,
    writes ? writeLoad(base, actors, SECONDS, offset) : undefined,
  ]);
  const seconds = (performance.now() - started) / 1000;
  const report = (await ask(child, { type: 'collect' })).report!;
  const byConsumer = new Map<string, number[]>();
  for (const { consumer, lagMs } of report.deliveries)
    byConsumer.set(consumer, [...(byConsumer.get(consumer) ?? []), lagMs]);
  const events = Object.values(report.events).reduce((sum, count) => sum + count, 0);
  const lag = summary(report.deliveries.map((d) => d.lagMs));
  console.log(
    JSON.stringify({
      phase: name,
      seconds: round(seconds),
      read,
      write,
      eventsPerSecond: round(events / seconds),
      deliveriesPerSecond: round(report.deliveries.length / seconds),
      events: report.events,
      written: report.written,
      lagMs: lag,
      caughtUp: report.caughtUp,
      drainMs: Math.round(report.drainMs),
      failures: report.failures,
      rssMaxMiB: report.rssMaxMiB,
      rssEndMiB: report.rssEndMiB,
      loadAverage: loadavg()[0]!.toFixed(1),
    }),
  );
  // More deliveries than handled events would mean a consequence was done twice.
  for (const [consumer, handled] of Object.entries(report.handled)) {
    console.log(JSON.stringify({ phase: name, consumer, handled, lagMs: summary(byConsumer.get(consumer) ?? []) }));
  }
  return { read, cycles: write?.cycles ?? 0 };
}

async function main(): Promise<void> {
  const child = fork(import.meta.filename, ['--serve'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const hardStop = setTimeout(() => {
    child.kill('SIGKILL');
    process.exit(1);
  }, HARD_STOP_MS);
  const ready = await new Promise<{ port: number; actors: Actors; database: string }>((resolve, reject) => {
    child.once('message', resolve as (message: unknown) => void);
    child.once('exit', (code) => reject(new Error(`the platform stopped before it was ready (exit ${code})`)));
  });
  const base = `http://127.0.0.1:${ready.port}`;
  const demo = (await (await fetch(`${base}/api/v1/challenges?limit=1`)).json()) as { items: Array<{ id: string }> };
  const target: Target = { base, challengeId: demo.items[0]!.id, actors: ready.actors };
  console.log(
    JSON.stringify({
      database: ready.database,
      node: process.version,
      seconds: SECONDS,
      cyclesPerSecond: CYCLES_PER_SECOND,
      connections: CONNECTIONS,
      pollMs: POLL_MS,
      started: new Date().toISOString(),
    }),
  );
  try {
    await readLoad(base, target.challengeId, 3); // warm-up: compiled routes, filled caches
    const alone = (await phase(child, target, 'reads', true, false, 0)).read!;
    const shared = await phase(child, target, 'reads + writer', true, true, 0);
    await phase(child, target, 'writer', false, true, shared.cycles);
    const ratio = (a: number, b: number) => Number((a / b).toPrecision(3));
    console.log(
      JSON.stringify({
        readsWithWriterOverAlone: {
          requestsPerSecond: ratio(shared.read!.requestsPerSecond, alone.requestsPerSecond),
          p95: ratio(shared.read!.p95, alone.p95),
        },
      }),
    );
  } finally {
    child.send({ type: 'stop' });
    await new Promise((resolve) => child.once('exit', resolve));
    clearTimeout(hardStop);
  }
}

if (values.serve) await serveForBench();
else await main();
