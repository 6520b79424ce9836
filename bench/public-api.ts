// npm run bench:public-api -- --rows 20000
// Times the public read API on N published solutions (in-memory PGlite, requests through Fastify's
// inject, no network): walking every page by cursor against walking by page number, and the cost of
// an API key (hash lookup, usage record, its own rate limit) per request against an anonymous call.
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { cpus } from 'node:os';
import { startHarness, createPerson } from '../src/test-support/harness.ts';
import { readCatalogue } from '../src/imports/files.ts';
import { importCatalogue } from '../src/imports/service.ts';
import { sampleRows, toCsv } from '../src/imports/sample.ts';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '20000' }, calls: { type: 'string', default: '300' } },
});
const count = Number(values.rows);
const calls = Number(values.calls);
const PAGE = 100;

const h = await startHarness({ anonymousApiRateLimitPerMinute: 1_000_000 });
const read = readCatalogue(toCsv(sampleRows(count)), 'csv');
if ('problem' in read) throw new Error(JSON.stringify(read.problem));
const imported = await importCatalogue(h.services, null, read.rows);
if (!imported.ok) throw new Error('the generated catalogue was refused');
const admin = await createPerson(h.db, 'admin');
const issued = await h.app.inject({
  method: 'POST',
  url: '/api/v1/api-keys',
  headers: admin.auth,
  payload: { clientName: 'bench', rateLimitPerMinute: 100_000 },
});
const key = (issued.json() as { key: string }).key;

async function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ ms: number; body: { items: unknown[]; links: { next: string | null } } }> {
  const started = performance.now();
  const response = await h.app.inject({ url, headers });
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return { ms: performance.now() - started, body: response.json() };
}

async function walkByCursor(): Promise<number[]> {
  const times: number[] = [];
  for (let url: string | null = `/api/v1/solutions?limit=${PAGE}`; url; ) {
    const { ms, body } = await get(url);
    times.push(ms);
    url = body.links.next;
  }
  return times;
}

async function walkByPage(): Promise<number[]> {
  const times: number[] = [];
  for (let page = 1; (page - 1) * PAGE < count; page += 1)
    times.push((await get(`/api/v1/solutions?perPage=${PAGE}&page=${page}`)).ms);
  return times;
}

async function median(headers: Record<string, string>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < calls; i += 1) times.push((await get('/api/v1/solutions?limit=20', headers)).ms);
  return round(times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0);
}

const round = (ms: number): number => Math.round(ms * 10) / 10;
const sum = (times: number[]): number => Math.round(times.reduce((a, b) => a + b, 0));

const cursor = await walkByCursor();
const paged = await walkByPage();
console.log(
  JSON.stringify({
    rows: count,
    pageSize: PAGE,
    cursorWalk: {
      pages: cursor.length,
      totalMs: sum(cursor),
      firstPageMs: round(cursor[0] ?? 0),
      lastPageMs: round(cursor.at(-1) ?? 0),
    },
    pageNumberWalk: {
      pages: paged.length,
      totalMs: sum(paged),
      firstPageMs: round(paged[0] ?? 0),
      lastPageMs: round(paged.at(-1) ?? 0),
    },
    medianMsPerCall: { anonymous: await median({}), apiKey: await median({ 'x-api-key': key }) },
    rssMb: Math.round(process.memoryUsage().rss / 1e6),
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
  }),
);
await h.close();
