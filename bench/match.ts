// npm run bench:match -- --corpus FILE[.gz] --queries FILE --qrels FILE [--engines a,b] [--scale N] [--short LANG]
// npm run bench:match -- --suite [--engines a,b] [--sets a,b] [--dir DIR] [--json FILE]   (see bench/suite.ts)
// Each engine runs in its own child process, so its rss is its own; one JSON line per engine. --short LANG turns
// the queries (in language LANG, two letters) into short queries (bench/short-queries.ts) searched as the
// catalogues search.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { loadBenchmark } from './data.ts';
import { ENGINES } from './engines.ts';
import { shortQueries } from './short-queries.ts';
import { runSuite, type EngineResult } from './suite.ts';
import { mean, mrrAt, ndcgAt, percentile, recallAt } from '../src/matching/evaluation/metrics.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    queries: { type: 'string' },
    qrels: { type: 'string' },
    engines: { type: 'string', default: 'helemaal,postgres-fts,minisearch,orama,bm25' },
    scale: { type: 'string' },
    short: { type: 'string' },
    suite: { type: 'boolean', default: false },
    sets: { type: 'string' },
    dir: { type: 'string' },
    json: { type: 'string' },
    child: { type: 'string' },
  },
});

async function runEngine(name: string): Promise<Record<string, unknown>> {
  const make = ENGINES[name];
  if (!make) throw new Error(`unknown engine ${name}; known: ${Object.keys(ENGINES).join(', ')}`);
  const scale = values.scale ? Number(values.scale) : undefined;
  const loaded = await loadBenchmark(values.corpus!, values.queries!, values.qrels!, scale);
  const { corpus, qrels } = loaded;
  const queries = values.short ? shortQueries(loaded.queries, values.short) : loaded.queries;
  const mode = values.short ? 'catalogue' : 'match';
  const rssBefore = process.memoryUsage().rss;
  const setupStarted = performance.now();
  const engine = await make(); // loads the lexicon (helemaal) or starts the database (postgres-fts)
  const setupMs = performance.now() - setupStarted;
  const started = performance.now();
  const indexCpu = process.cpuUsage();
  await engine.index(corpus);
  const indexMs = performance.now() - started;
  const indexCpuMs = cpuMs(indexCpu);
  const rssIndexed = process.memoryUsage().rss;
  const times: number[] = [];
  const cpuTimes: number[] = []; // CPU time per query: robust when other processes share the machine
  const ndcg: number[] = [];
  const r10: number[] = [];
  const r100: number[] = [];
  const mrr: number[] = [];
  for (const query of queries) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const ranked = await engine.search(query.text, 100, mode);
    times.push(performance.now() - t);
    cpuTimes.push(cpuMs(cpu));
    const relevant = qrels.get(query.id)!;
    ndcg.push(ndcgAt(10, ranked, relevant));
    r10.push(recallAt(10, ranked, relevant));
    r100.push(recallAt(100, ranked, relevant));
    mrr.push(mrrAt(10, ranked, relevant));
  }
  await engine.close?.();
  const round = (v: number, digits = 4) => Number(v.toFixed(digits));
  return {
    engine: name,
    queries: queries.length,
    docs: corpus.length,
    'ndcg@10': round(mean(ndcg)),
    'recall@10': round(mean(r10)),
    'recall@100': round(mean(r100)),
    'mrr@10': round(mean(mrr)),
    setup_ms: Math.round(setupMs),
    index_ms: Math.round(indexMs),
    p50_ms: round(percentile(times, 0.5), 3),
    p95_ms: round(percentile(times, 0.95), 3),
    index_cpu_ms: Math.round(indexCpuMs),
    p50_cpu_ms: round(percentile(cpuTimes, 0.5), 3),
    p95_cpu_ms: round(percentile(cpuTimes, 0.95), 3),
    rss_mb: Math.round(process.memoryUsage().rss / 1e6),
    rss_index_delta_mb: Math.round((rssIndexed - rssBefore) / 1e6),
    cpu_user_s: round(process.cpuUsage().user / 1e6, 1),
  };
}

/** User + system CPU milliseconds of this process since `since` (all its threads, so GC is included). */
function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** Runs one engine in a child process of this script with `args`; its JSON line, or the error. */
function runChild(args: readonly string[], name: string): EngineResult {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), ...args, '--child', name],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    },
  );
  if (child.status !== 0) return { engine: name, error: `exited with ${child.status ?? child.signal}` };
  return JSON.parse(child.stdout) as EngineResult;
}

function engineNames(): string[] {
  return values
    .engines!.split(',')
    .map((e) => e.trim())
    .filter(Boolean);
}

const USAGE = `usage: npm run bench:match -- --corpus FILE[.gz] --queries FILE --qrels FILE [--engines a,b,...] [--scale N] [--short LANG]
       npm run bench:match -- --suite [--engines a,b,...] [--sets a,b,...] [--dir DIR] [--json FILE]`;

if (values.child) console.log(JSON.stringify(await runEngine(values.child)));
else if (values.suite) {
  await runSuite(
    { engines: engineNames(), sets: values.sets?.split(','), dir: values.dir, json: values.json },
    runChild,
  );
} else if (!values.corpus || !values.queries || !values.qrels) {
  console.error(USAGE);
  process.exit(2);
} else {
  const args = process.argv.slice(2);
  for (const name of engineNames()) console.log(JSON.stringify(runChild(args, name)));
}
