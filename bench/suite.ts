// npm run bench:match -- --suite [--engines a,b] [--sets a,b] [--dir DIR] [--json FILE]
// Runs every labelled set of ../shared/benchmarks (dev split) and the short-query version of each Tatoeba set
// (bench/short-queries.ts) with every engine, each engine of each set in its own child process (bench/match.ts),
// then prints the markdown for BENCHMARKS.md: one table (nDCG@10 per engine, the best peer, our ratio to it, our
// p50/p95, issue 16's target and whether it is met) and the machine and date. Progress goes to stderr, so stdout
// is exactly what to paste (`npm run -s bench:match -- --suite > table.md`).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface EngineResult {
  engine: string;
  error?: string;
  queries?: number;
  docs?: number;
  'ndcg@10'?: number;
  p50_ms?: number;
  p95_ms?: number;
  [metric: string]: unknown;
}

interface Target {
  ndcg: number;
  ratio?: number;
}
interface BenchSet {
  name: string;
  corpus: string;
  target?: Target;
  queryLanguage?: string;
}

const OURS = 'helemaal';
const REPOSITORY = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_DIR = join(REPOSITORY, '..', 'shared', 'benchmarks');

// Issue 16's targets (nDCG@10 on the dev split); the query side's language picks the short queries' stop words.
const SETS: readonly BenchSet[] = [
  { name: 'cordis-he', corpus: 'corpus.jsonl.gz', target: { ndcg: 0.73, ratio: 1.15 } },
  { name: 'tatoeba-nld-eng', corpus: 'corpus.dev.jsonl', target: { ndcg: 0.78 }, queryLanguage: 'nl' },
  { name: 'tatoeba-eng-nld', corpus: 'corpus.dev.jsonl', target: { ndcg: 0.78 }, queryLanguage: 'en' },
  { name: 'tatoeba-fra-eng', corpus: 'corpus.dev.jsonl', target: { ndcg: 0.72 }, queryLanguage: 'fr' },
  { name: 'tatoeba-eng-fra', corpus: 'corpus.dev.jsonl', target: { ndcg: 0.72 }, queryLanguage: 'en' },
  { name: 'tatoeba-spa-eng', corpus: 'corpus.dev.jsonl', target: { ndcg: 0.62 }, queryLanguage: 'es' },
  { name: 'tatoeba-eus-eng', corpus: 'corpus.dev.jsonl', target: { ndcg: 0.42 }, queryLanguage: 'eu' },
];

/** One row of the table: a set, or a set's short queries, with every engine's result. */
interface Row {
  label: string;
  set: BenchSet;
  short: boolean;
  results: EngineResult[];
}

export interface SuiteOptions {
  engines: string[];
  sets?: string[];
  dir?: string;
  json?: string;
}

export async function runSuite(
  options: SuiteOptions,
  runChild: (args: readonly string[], engine: string) => EngineResult,
): Promise<void> {
  const dir = options.dir ?? DEFAULT_DIR;
  const unknown = (options.sets ?? []).filter((name) => !SETS.some((s) => s.name === name));
  if (unknown.length > 0)
    throw new Error(`unknown set ${unknown.join(', ')}; known: ${SETS.map((s) => s.name).join(', ')}`);
  const chosen = SETS.filter((s) => !options.sets || options.sets.includes(s.name));
  const plan: Omit<Row, 'results'>[] = [
    ...chosen.map((set) => ({ label: set.name, set, short: false })),
    ...chosen.filter((set) => set.queryLanguage).map((set) => ({ label: `${set.name} short`, set, short: true })),
  ];
  const started = new Date();
  const loads: number[] = [];
  const rows: Row[] = [];
  for (const step of plan) {
    const args = [
      '--corpus',
      join(dir, step.set.name, step.set.corpus),
      '--queries',
      join(dir, step.set.name, 'queries.dev.jsonl'),
      '--qrels',
      join(dir, step.set.name, 'qrels.dev.tsv'),
      ...(step.short ? ['--short', step.set.queryLanguage!] : []),
    ];
    const results = options.engines.map((engine) => {
      loads.push(loadavg()[0]!);
      const result = { ...runChild(args, engine), set: step.label };
      console.error(JSON.stringify(result));
      return result;
    });
    rows.push({ ...step, results });
  }
  const finished = new Date();
  const markdown = `${table(rows, options.engines)}\n\n${machine(started, finished, loads)}\n`;
  if (options.json) {
    writeFileSync(
      options.json,
      `${JSON.stringify({ started, finished, engines: options.engines, results: rows.flatMap((r) => r.results), markdown }, null, 2)}\n`,
    );
  }
  process.stdout.write(markdown);
}

function table(rows: readonly Row[], engines: readonly string[]): string {
  const header = [
    'set',
    'queries / docs',
    ...engines,
    'best peer',
    'ours / best peer',
    `p50 / p95 ms (${OURS})`,
    'target',
    'met',
  ];
  const lines = [header, header.map(() => '---'), ...rows.map((row) => cells(row, engines))];
  return lines.map((cellsOfLine) => `| ${cellsOfLine.join(' | ')} |`).join('\n');
}

function cells(row: Row, engines: readonly string[]): string[] {
  const byEngine = new Map(row.results.map((r) => [r.engine, r]));
  const ours = byEngine.get(OURS);
  const best = bestPeer(row.results);
  const ratio = ours?.['ndcg@10'] !== undefined && best ? ours['ndcg@10'] / best.ndcg : undefined;
  const sizes = row.results.find((r) => r.queries !== undefined);
  return [
    row.label,
    sizes ? `${sizes.queries} / ${sizes.docs}` : '',
    ...engines.map((engine) => score(byEngine.get(engine))),
    best ? `${best.engine} ${best.ndcg.toFixed(3)}` : '—',
    ratio !== undefined ? `${ratio.toFixed(2)}×` : '—',
    ours?.p50_ms !== undefined ? `${ours.p50_ms.toFixed(2)} / ${ours.p95_ms!.toFixed(2)}` : '—',
    row.short || !row.set.target ? '—' : describe(row.set.target),
    row.short || !row.set.target ? '—' : verdict(row.set.target, ours?.['ndcg@10'], ratio),
  ];
}

function score(result: EngineResult | undefined): string {
  if (!result) return '';
  return result.error ? 'error' : result['ndcg@10']!.toFixed(3);
}

function bestPeer(results: readonly EngineResult[]): { engine: string; ndcg: number } | undefined {
  let best: { engine: string; ndcg: number } | undefined;
  for (const r of results) {
    const ndcg = r['ndcg@10'];
    if (r.engine === OURS || ndcg === undefined) continue;
    if (!best || ndcg > best.ndcg) best = { engine: r.engine, ndcg };
  }
  return best;
}

function describe(target: Target): string {
  return target.ratio ? `≥ ${target.ndcg} and ≥ ${target.ratio}× best peer` : `≥ ${target.ndcg}`;
}

/** "met" only when every part of the target was measured and reached; a ratio without peers is not measured. */
function verdict(target: Target, ndcg: number | undefined, ratio: number | undefined): string {
  if (ndcg === undefined) return 'not measured';
  // Compared as printed (three decimals), so a printed 0.730 never reads "not met" against 0.73.
  const ndcgMet = Number(ndcg.toFixed(3)) >= target.ndcg;
  if (!target.ratio) return ndcgMet ? 'met' : 'not met';
  if (ratio === undefined) return ndcgMet ? `nDCG met, ratio not measured (no peers)` : 'not met';
  return ndcgMet && Number(ratio.toFixed(2)) >= target.ratio ? 'met' : 'not met';
}

function machine(started: Date, finished: Date, loads: readonly number[]): string {
  const cpu = cpus();
  const time = (d: Date) => d.toISOString().slice(11, 16);
  const load = `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`;
  return (
    `Machine and date: ${cpu.length} cores, ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, ` +
    `Node ${process.version}, ${started.toISOString().slice(0, 10)} ${time(started)}–${time(finished)} UTC, ` +
    `load average ${load} (1 min, sampled before each engine), ${revision()}.`
  );
}

/** The commit measured, and whether the engine's sources differed from it (others may be editing the tree). */
function revision(): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: REPOSITORY, encoding: 'utf8' }).trim();
  try {
    const dirty = git('status', '--porcelain', '--', 'src', 'bench') !== '';
    return `commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes in src/ or bench/' : ''}`;
  } catch {
    return 'commit unknown';
  }
}
