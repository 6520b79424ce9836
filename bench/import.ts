// npm run bench:import -- --rows 100000
// Generates a member catalogue of N solutions (N/4 organisations) as CSV and times reading it and
// importing it, then importing it again (nothing changes), on an in-memory PGlite database.
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { cpus } from 'node:os';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { EventFlow } from '../src/events/flow.ts';
import { readCatalogue } from '../src/imports/files.ts';
import { importCatalogue } from '../src/imports/service.ts';
import { sampleRows, toCsv } from '../src/imports/sample.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '10000' } } });
const count = Number(values.rows);

async function timed<T>(task: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const result = await task();
  return [result, Math.round(performance.now() - started)];
}

const db = openDatabase('pglite://memory');
await migrateToLatest(db);
const services = { db, now: () => new Date(), events: new EventFlow(db) };
const csv = toCsv(sampleRows(count));
const [read, parseMs] = await timed(() => readCatalogue(csv, 'csv'));
if ('problem' in read) throw new Error(JSON.stringify(read.problem));
const [first, importMs] = await timed(() => importCatalogue(services, null, read.rows));
const [second, reimportMs] = await timed(() => importCatalogue(services, null, read.rows));
if (!first.ok || !second.ok) throw new Error('the generated catalogue was refused');
console.log(
  JSON.stringify({
    rows: count,
    csvBytes: csv.length,
    parseMs,
    importMs,
    rowsPerSecond: Math.round(count / (importMs / 1000)),
    reimportMs,
    first: first.summary,
    second: second.summary,
    rssMb: Math.round(process.memoryUsage().rss / 1e6),
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
  }),
);
await db.destroy();
