// npm run bench:indicators -- --items 100000 --repeats 15
// Fills a database (in-memory PGlite, or the PostgreSQL server in DATABASE_URL) with N challenges,
// N solutions and N matches spread over two years (and a matchmaking day a week), then times the indicators page, its CSV and the
// full dashboard through the real HTTP application (Fastify inject), with and without filters.
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { cpus, loadavg } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { startHarness, createPerson } from '../src/test-support/harness.ts';
import type { Database } from '../src/db/database.ts';

const { values } = parseArgs({
  options: { items: { type: 'string', default: '100000' }, repeats: { type: 'string', default: '15' } },
});
const items = Number(values.items);
const repeats = Number(values.repeats);
const BATCH = 20_000;

/** Inserts rows FROM..TO of a generated table in batches, so no single statement holds them all. */
async function batched(db: Database, statement: (from: number, to: number) => ReturnType<typeof sql>): Promise<void> {
  for (let from = 1; from <= items; from += BATCH) await statement(from, Math.min(items, from + BATCH - 1)).execute(db);
}

async function fill(db: Database, ambassadorIds: string[]): Promise<void> {
  const organisations = Math.max(10, Math.floor(items / 20));
  await sql`INSERT INTO organisations (name, kind, is_sme, enterprise_number, municipality)
    SELECT 'Organisatie ' || i, 'company', i % 3 <> 0, 'BENCH' || i, 'Gent' FROM generate_series(1, ${organisations}::integer) i`.execute(
    db,
  );
  await sql`CREATE TEMP TABLE bench_org AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM organisations`.execute(
    db,
  );
  const ambassadors = sql.raw(`ARRAY[${ambassadorIds.map((id) => `'${id}'::uuid`).join(',')}]`);
  // Published at one of 730 days back, spread over regions, sectors, spearheads, statuses and classifications.
  await batched(
    db,
    (
      from,
      to,
    ) => sql`INSERT INTO challenges (title, description, sectors, spearheads, region, language, urgency, classification, status,
      owner_organisation_id, assigned_ambassador_id, submitted_at, published_at)
    SELECT 'Uitdaging ' || i, 'Beschrijving ' || i,
      ARRAY[(ARRAY['care','education','government','mobility','retail','energy'])[1 + i % 6]], ARRAY[1 + i % 9],
      (ARRAY['BE21','BE22','BE23','BE24','BE25','BE2','BE10','NL','ES21'])[1 + i % 9], 'nl', 'medium',
      CASE WHEN i % 10 = 0 THEN 'internal' ELSE 'public' END,
      (ARRAY['published','matched','in_progress','solved','closed','expired'])[1 + (i / 7) % 6],
      o.id, (${ambassadors})[1 + i % ${ambassadorIds.length}::integer],
      now() - (i % 730) * interval '1 day' - interval '1 hour', now() - (i % 730) * interval '1 day'
    FROM generate_series(${from}::integer, ${to}::integer) i JOIN bench_org o ON o.n = 1 + i % ${organisations}::integer`,
  );
  await batched(
    db,
    (
      from,
      to,
    ) => sql`INSERT INTO solutions (title, description, kind, pricing, language, status, provider_organisation_id, published_at)
    SELECT 'Oplossing ' || i, 'Beschrijving ' || i, 'service', 'paid', 'nl', 'published', o.id, now() - interval '800 days'
    FROM generate_series(${from}::integer, ${to}::integer) i JOIN bench_org o ON o.n = 1 + (i * 7) % ${organisations}::integer`,
  );
  await sql`CREATE TEMP TABLE bench_challenge AS SELECT id, published_at, row_number() OVER (ORDER BY id) AS n FROM challenges`.execute(
    db,
  );
  await sql`CREATE TEMP TABLE bench_solution AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM solutions`.execute(
    db,
  );
  // Two in three matches accepted by both sides, 0 to 39 days after publication.
  await batched(
    db,
    (
      from,
      to,
    ) => sql`INSERT INTO matches (challenge_id, solution_id, origin, status, challenge_accepted_at, solution_accepted_at)
    SELECT c.id, s.id, 'engine', CASE WHEN i % 3 = 0 THEN 'suggested' ELSE 'accepted' END,
      CASE WHEN i % 3 = 0 THEN NULL ELSE c.published_at + (i % 40) * interval '1 day' END,
      CASE WHEN i % 3 = 0 THEN NULL ELSE c.published_at + (i % 40) * interval '1 day' END
    FROM generate_series(${from}::integer, ${to}::integer) i
    JOIN bench_challenge c ON c.n = i JOIN bench_solution s ON s.n = 1 + (i * 13) % ${items}::integer`,
  );
  await sql`INSERT INTO match_events (match_id, action, occurred_at)
    SELECT id, 'pilot', challenge_accepted_at + interval '20 days' FROM matches WHERE challenge_accepted_at IS NOT NULL AND (hashtext(id::text) % 3) = 0`.execute(
    db,
  );
  await sql`INSERT INTO match_events (match_id, action, occurred_at)
    SELECT id, 'deployed', challenge_accepted_at + interval '60 days' FROM matches WHERE challenge_accepted_at IS NOT NULL AND (hashtext(id::text) % 7) = 0`.execute(
    db,
  );
  await fillEvents(db, ambassadorIds[0] ?? null);
  await sql`ANALYZE`.execute(db);
}

/**
 * A matchmaking day a week over the two years (N / 1,000 of them), each with 100 participants of distinct
 * organisations and 50 placed meetings; one accepted match in a hundred came from an event.
 */
async function fillEvents(db: Database, organiser: string | null): Promise<void> {
  const events = Math.max(1, Math.floor(items / 1000));
  await sql`INSERT INTO people (email, display_name, role, locale)
    SELECT 'deelnemer' || i || '@bench.example', 'Deelnemer ' || i, 'member', 'nl' FROM generate_series(1, 100) i`.execute(
    db,
  );
  await sql`INSERT INTO matchmaking_events (name, starts_at, ends_at, slot_minutes, table_count, address,
      registration_deadline, sectors, spearheads, created_by)
    SELECT 'Matchmakingdag ' || i, now() - (i * 7) * interval '1 day', now() - (i * 7) * interval '1 day' + interval '3 hours',
      20, 50, 'Gent', now() - (i * 7 + 3) * interval '1 day',
      ARRAY[(ARRAY['care','education','government','mobility','retail','energy'])[1 + i % 6]], ARRAY[1 + i % 9], ${organiser}::uuid
    FROM generate_series(1, ${events}::integer) i`.execute(db);
  await sql`INSERT INTO matchmaking_participants (event_id, organisation_id, person_id)
    SELECT e.id, o.id, p.id FROM matchmaking_events e
      CROSS JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM people WHERE email LIKE '%@bench.example') p
      JOIN bench_org o ON o.n = 1 + (p.n * 31 + hashtext(e.id::text) % 97 + 97) % ${Math.max(10, Math.floor(items / 20))}::integer`.execute(
    db,
  );
  await sql`INSERT INTO matchmaking_requests (event_id, from_participant, to_participant, reason, status, slot, table_number,
      placed_by, attendance)
    SELECT a.event_id, a.id, b.id, 'Kennismaking', 'accepted', a.n % 9, a.n, 'scheduler',
      CASE WHEN a.n % 10 = 0 THEN 'no_show' END
    FROM (SELECT id, event_id, row_number() OVER (PARTITION BY event_id ORDER BY id) AS n FROM matchmaking_participants) a
    JOIN (SELECT id, event_id, row_number() OVER (PARTITION BY event_id ORDER BY id) AS n FROM matchmaking_participants) b
      ON b.event_id = a.event_id AND b.n = a.n + 50
    WHERE a.n <= 50`.execute(db);
  await sql`INSERT INTO match_events (match_id, action, note, occurred_at)
    SELECT id, 'event', 'Matchmakingdag', challenge_accepted_at FROM matches
    WHERE challenge_accepted_at IS NOT NULL AND (hashtext(id::text) % 100) = 0`.execute(db);
}

/** Processes of the PostgreSQL server on this port (its postmaster and the backends it started), on Linux. */
function serverProcesses(port: string): string[] {
  const pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  const read = (pid: string, file: string) => {
    try {
      return readFileSync(`/proc/${pid}/${file}`, 'utf8');
    } catch {
      return '';
    }
  };
  const postmaster = pids.find(
    (pid) =>
      read(pid, 'cmdline').split('\0').join(' ').includes(`-p ${port}`) && read(pid, 'comm').trim() === 'postgres',
  );
  if (!postmaster) return [];
  return [postmaster, ...pids.filter((pid) => read(pid, 'stat').split(') ')[1]?.split(' ')[1] === postmaster)];
}

/** CPU milliseconds the database server has used so far (clock ticks of 10 ms), or null on PGlite. */
function serverCpuMs(port: string | null): number | null {
  if (!port) return null;
  let ticks = 0;
  for (const pid of serverProcesses(port)) {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  }
  return ticks * 10;
}

const PG_PORT = process.env.DATABASE_URL?.startsWith('postgres')
  ? new URL(process.env.DATABASE_URL).port || '5432'
  : null;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const h = await startHarness();
const ambassador = await createPerson(h.db, 'ambassador');
const others = await Promise.all([1, 2, 3, 4].map(() => createPerson(h.db, 'ambassador')));
const loadStarted = performance.now();
await fill(h.db, [ambassador.id, ...others.map((p) => p.id)]);
const loadMs = Math.round(performance.now() - loadStarted);

const FILTERS = 'region=BE2&sector=care&spearhead=1';
const cases: [string, string, string | undefined][] = [
  ['public page, last 12 months', '/indicators', undefined],
  ['public page, filtered (Flanders, care, spearhead 1)', `/indicators?${FILTERS}`, undefined],
  ['public page, 24 months', '/indicators?from=2024-12&to=2026-11', undefined],
  ['CSV, last 12 months', '/indicators.csv', undefined],
  ['full dashboard, last 12 months', '/admin/indicators', ambassador.token],
  ['full dashboard, filtered by ambassador', `/admin/indicators?ambassador=${ambassador.id}`, ambassador.token],
];
// Wall time, and this process's CPU time: on PGlite that includes the database's own work, and on
// a shared machine it shows the cost of a request apart from the waiting for a core.
// On PostgreSQL the server's CPU time (its processes in /proc) is measured as well.
const results: Record<
  string,
  { medianMs: number; minMs: number; maxMs: number; medianCpuMs: number; medianServerCpuMs: number | null }
> = {};
for (const [name, url, token] of cases) {
  const samples: number[] = [];
  const cpu: number[] = [];
  const serverCpu: number[] = [];
  for (let i = 0; i < repeats + 2; i += 1) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const serverStarted = serverCpuMs(PG_PORT);
    const response = await h.app.inject({ url, cookies: token ? { hd_session: token } : {} });
    if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
    const used = process.cpuUsage(cpuStarted);
    const serverEnded = serverCpuMs(PG_PORT);
    if (i < 2) continue;
    samples.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
    if (serverStarted !== null && serverEnded !== null) serverCpu.push(serverEnded - serverStarted);
  }
  results[name] = {
    medianMs: Math.round(median(samples)),
    minMs: Math.round(Math.min(...samples)),
    maxMs: Math.round(Math.max(...samples)),
    medianCpuMs: Math.round(median(cpu)),
    medianServerCpuMs: serverCpu.length ? Math.round(median(serverCpu)) : null,
  };
}
console.log(
  JSON.stringify(
    {
      items,
      repeats,
      loadMs,
      results,
      database: process.env.DATABASE_URL?.startsWith('postgres') ? 'postgresql' : 'pglite (memory)',
      node: process.version,
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      loadavg: loadavg().map((l) => Math.round(l * 10) / 10),
    },
    null,
    2,
  ),
);
await h.close();
