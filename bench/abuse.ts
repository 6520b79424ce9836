// npm run bench:abuse [-- --requests N --seconds S]
// What the worst inputs an anonymous caller may send cost the server, against normal requests of the
// same routes. Starts the platform with its demo content on 127.0.0.1 (PGlite in a temporary folder),
// sends each case's requests one after another (at most N, at most S seconds per case, each request
// given up after 30 s) and prints one JSON line per case: answers by status, p50/p95/max in ms. It
// fails (exit status 1) when a case's p95 exceeds the per-request budget or any answer is a 5xx.
// It talks only to the server it started, and stops by itself.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

const { values } = parseArgs({
  options: { requests: { type: 'string', default: '30' }, seconds: { type: 'string', default: '20' } },
});
const REQUESTS = Math.min(Math.max(Number(values.requests) || 30, 1), 1000);
const CASE_SECONDS = Math.min(Math.max(Number(values.seconds) || 20, 1), 120);
const REQUEST_TIMEOUT_MS = 30_000;
/** The whole run ends by this time whatever happens, server included. */
const HARD_STOP_MS = 15 * 60_000;
const PORT = 4000 + Math.floor(Math.random() * 100);
/** What one anonymous request may cost at the 95th percentile, whatever its input; no input may get a 5xx. */
const BUDGET_P95_MS = 250;
const BASE = `http://127.0.0.1:${PORT}`;

interface Request {
  method?: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

/** A case builds its i-th request; texts vary with i so no cache answers in the server's place. */
interface Case {
  name: string;
  make: (i: number) => Request;
}

interface Row {
  case: string;
  requests: number;
  statuses: Record<string, number>;
  p50: number;
  p95: number;
  max: number;
}

async function startServer(folder: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['bin/helemaal.js', 'serve'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATABASE_URL: `pglite://${folder}`,
      LOG_LEVEL: 'warn',
      SHUTDOWN_GRACE_MS: '0',
      // Every request comes from 127.0.0.1: without this the rate limits, not the work, would be measured.
      RATE_LIMIT_ALLOW_LIST: '127.0.0.1',
      TRUST_PROXY: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (
      await fetch(`${BASE}/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill('SIGKILL');
  throw new Error('the platform did not become ready within 120 s');
}

/** Distinct words of the demo content, so long texts reach real postings (the costly part of a search). */
async function demoWords(): Promise<string[]> {
  const words = new Set<string>();
  for (const kind of ['challenges', 'solutions']) {
    const page = (await (await fetch(`${BASE}/api/v1/${kind}?limit=100`)).json()) as {
      items: Array<{ title: string; description: string }>;
    };
    for (const item of page.items)
      for (const word of `${item.title} ${item.description}`.toLowerCase().match(/\p{L}{4,}/gu) ?? []) words.add(word);
  }
  return [...words];
}

/** Text of exactly `length` characters: demo words with a made-up word every few, which typo tolerance has to look up. */
function textOf(words: string[], length: number, seed: number): string {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < length; i += 1) {
    const word =
      i % 4 === 3
        ? `${words[(i * 7 + seed) % words.length]!.slice(0, 5)}qz${i}`
        : words[(i * 13 + seed) % words.length]!;
    parts.push(word);
    size += word.length + 1;
  }
  return parts.join(' ').padEnd(length, 'x').slice(0, length);
}

/** i written in letters, so a text made unique by it is still one word. */
const lettersOf = (i: number): string =>
  i
    .toString(26)
    .split('')
    .map((d) => String.fromCharCode(97 + parseInt(d, 26)))
    .join('')
    .padStart(4, 'a');

async function timeOne(request: Request): Promise<{ ms: number; status: string }> {
  const started = performance.now();
  try {
    const response = await fetch(`${BASE}${request.path}`, {
      method: request.method ?? 'GET',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      ...(request.body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(request.body) }),
    });
    await response.arrayBuffer();
    return { ms: performance.now() - started, status: String(response.status) };
  } catch {
    return { ms: performance.now() - started, status: 'timeout' };
  }
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (ms: number): number => Math.round(ms * 10) / 10;

async function measure(item: Case): Promise<Row> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  const deadline = performance.now() + CASE_SECONDS * 1000;
  while (times.length < REQUESTS && performance.now() < deadline) {
    const { ms, status } = await timeOne(item.make(times.length));
    times.push(ms);
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
  times.sort((a, b) => a - b);
  return {
    case: item.name,
    requests: times.length,
    statuses,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    max: round(times.at(-1) ?? 0),
  };
}

function cases(words: string[]): Case[] {
  const get = (path: string) => () => ({ path });
  const similar = (title: number, text: number) => (i: number) => ({
    method: 'POST' as const,
    path: '/api/v1/similar',
    body: { kind: 'solution', title: textOf(words, title, i), text: textOf(words, text, i + 1) },
  });
  // One "word" as long as the field allows, starting with known words (what compound splitting works
  // hardest on) and ending in a part unique to the request, so no cache answers for the analysis.
  const oneWord = (length: number, i: number) =>
    `${'ouderenzorg'.repeat(Math.ceil(length / 11)).slice(0, length - 4)}${lettersOf(i)}`;
  const q = (length: number) => (i: number) => encodeURIComponent(textOf(words, length, i));
  return [
    { name: 'normal: GET /api/v1/indicators (last 12 months)', make: get('/api/v1/indicators') },
    {
      name: 'widest accepted: GET /api/v1/indicators, 60 months',
      make: get('/api/v1/indicators?from=2021-07&to=2026-06'),
    },
    {
      name: 'refused: GET /api/v1/indicators?from=0001-01&to=9999-12',
      make: get('/api/v1/indicators?from=0001-01&to=9999-12'),
    },
    { name: 'refused: GET /api/v1/indicators?from=0000-01', make: get('/api/v1/indicators?from=0000-01') },
    {
      name: 'refused: GET /api/v1/indicators?from=2000-01&to=2100-12',
      make: get('/api/v1/indicators?from=2000-01&to=2100-12'),
    },
    {
      name: 'refused: GET /indicators?from=0001-01&to=9999-12 (page)',
      make: get('/indicators?from=0001-01&to=9999-12'),
    },
    {
      name: 'refused: GET /indicators.csv?from=0001-01&to=9999-12',
      make: get('/indicators.csv?from=0001-01&to=9999-12'),
    },
    { name: 'normal: POST /api/v1/similar (title 60, text 400)', make: similar(60, 400) },
    { name: 'largest accepted: POST /api/v1/similar (title 200, text 10,000)', make: similar(200, 10_000) },
    {
      name: 'largest accepted: POST /api/v1/similar (text one 10,000-letter word)',
      make: (i) => ({
        method: 'POST',
        path: '/api/v1/similar',
        body: { kind: 'challenge', title: oneWord(200, i), text: oneWord(10_000, i) },
      }),
    },
    { name: 'refused: POST /api/v1/similar (text 10,001)', make: similar(200, 10_001) },
    {
      name: 'normal: GET /api/v1/challenges?q= (one word)',
      make: (i) => ({ path: `/api/v1/challenges?q=${encodeURIComponent(words[i % words.length]!)}` }),
    },
    {
      name: 'longest accepted: GET /api/v1/challenges?q= (200 characters)',
      make: (i) => ({ path: `/api/v1/challenges?q=${q(200)(i)}` }),
    },
    {
      name: 'longest accepted: GET /api/v1/challenges?q= (one 200-letter word)',
      make: (i) => ({ path: `/api/v1/challenges?q=${oneWord(200, i)}` }),
    },
    {
      name: 'refused: GET /api/v1/challenges?q= (5,000 characters)',
      make: (i) => ({ path: `/api/v1/challenges?q=${q(5_000)(i)}` }),
    },
    {
      name: 'normal: GET /challenges?q= (page, one word)',
      make: (i) => ({ path: `/challenges?q=${encodeURIComponent(words[i % words.length]!)}` }),
    },
    {
      name: 'longest accepted: GET /challenges?q= (page, 200 characters)',
      make: (i) => ({ path: `/challenges?q=${q(200)(i)}` }),
    },
  ];
}

/** The cases over budget: a p95 above BUDGET_P95_MS, or any 5xx answer. */
function overBudget(rows: Row[]): string[] {
  return rows
    .filter((row) => row.p95 > BUDGET_P95_MS || Object.keys(row.statuses).some((status) => status.startsWith('5')))
    .map((row) => `${row.case}: p95 ${row.p95} ms, answers ${JSON.stringify(row.statuses)}`);
}

function table(rows: Row[]): string {
  const lines = ['| case | requests | answers | p50 ms | p95 ms | max ms |', '|---|---|---|---|---|---|'];
  for (const row of rows) {
    const answers = Object.entries(row.statuses)
      .map(([status, count]) => `${count}× ${status}`)
      .join(', ');
    lines.push(`| ${row.case} | ${row.requests} | ${answers} | ${row.p50} | ${row.p95} | ${row.max} |`);
  }
  return lines.join('\n');
}

const folder = mkdtempSync(join(tmpdir(), 'helemaal-abuse-'));
let server: ChildProcess | undefined;
const hardStop = setTimeout(() => {
  console.error(`bench:abuse stopped after ${HARD_STOP_MS / 60_000} minutes`);
  server?.kill('SIGKILL');
  rmSync(folder, { recursive: true, force: true });
  process.exit(1);
}, HARD_STOP_MS);
try {
  server = await startServer(folder);
  const words = await demoWords();
  const rows: Row[] = [];
  for (const item of cases(words)) {
    rows.push(await measure(item));
    console.log(JSON.stringify(rows.at(-1)));
  }
  console.log(`\n${table(rows)}`);
  const over = overBudget(rows);
  console.log(
    over.length === 0
      ? `budget: every case within p95 ${BUDGET_P95_MS} ms, no 5xx`
      : `budget exceeded:\n${over.join('\n')}`,
  );
  if (over.length > 0) process.exitCode = 1;
  console.log(
    JSON.stringify({
      finished: new Date().toISOString(),
      loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
      node: process.version,
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
    }),
  );
} finally {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    // A server stuck in a long request cannot drain: it gets 10 s, then it is killed.
    const stuck = setTimeout(() => server?.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(stuck);
  }
  rmSync(folder, { recursive: true, force: true });
  clearTimeout(hardStop);
}
