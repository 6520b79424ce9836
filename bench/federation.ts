// npm run bench:federation [-- --items 1000]
// Federation over LDES between two live instances on 127.0.0.1, each on a database of its own (PGlite in
// memory, or fresh databases on the PostgreSQL server in DATABASE_URL): region A imports N published
// solutions, its ldes-members consumer records them as members, and region B follows A's stream: the
// first sync (every page read, checked and applied), a sync with nothing new, and one after A changed
// ten items. One JSON line per step.
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { importCatalogue } from '../src/imports/service.ts';
import { readCatalogue } from '../src/imports/files.ts';
import { sampleRows, toCsv } from '../src/imports/sample.ts';
import { syncPartner } from '../src/federation/sync.ts';
import { registerPartner, startInstance } from '../src/federation/test-support.ts';

const { values } = parseArgs({ options: { items: { type: 'string', default: '1000' } } });
const items = Number(values.items);

async function timed<T>(step: string, task: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await task();
  const ms = Math.round(performance.now() - started);
  console.log(JSON.stringify({ step, ms, load: Number((loadavg()[0] ?? 0).toFixed(1)), result }));
  return result;
}

const a = await startInstance('Regio A');
const b = await startInstance('Regio B');
await Promise.all([a.h.services.matching.engine(), b.h.services.matching.engine()]);
/** The generated catalogue as the import reads it from a file. */
function catalogue(changed = 0) {
  const sample = sampleRows(items).map((row, i) =>
    i < changed ? { ...row, description: `${row.description} Bijgewerkt.` } : row,
  );
  const read = readCatalogue(toCsv(sample), 'csv');
  if ('problem' in read) throw new Error(JSON.stringify(read.problem));
  return read.rows;
}
await timed('A imports the solutions', async () => {
  const outcome = await importCatalogue(a.h.services, null, catalogue());
  if (!outcome.ok) throw new Error(`the generated catalogue was refused: ${JSON.stringify(outcome).slice(0, 300)}`);
  return outcome.summary;
});
await timed('A records them as LDES members', async () => {
  await a.h.services.events.settled();
  const { count } = await a.h.db
    .selectFrom('ldes_members')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return { members: Number(count), pageSize: a.h.services.config.ldesPageSize };
});
const partner = await registerPartner(b, 'Regio A', `${a.url}/ldes/items`);
await timed('B: first sync', () => syncPartner(b.h.services, partner));
await timed('B: sync, nothing new', () => syncPartner(b.h.services, partner));
await timed('A changes ten items', async () => {
  const outcome = await importCatalogue(a.h.services, null, catalogue(10));
  await a.h.services.events.settled();
  return outcome.ok ? outcome.summary : 'refused';
});
await timed('B: sync after ten changes', () => syncPartner(b.h.services, partner));
await b.h.close();
await a.h.close();
