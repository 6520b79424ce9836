import { loadBenchmark } from './data.ts';
import { MatchEngine } from '../src/matching/engine/index.ts';
import { loadLexicon } from '../src/matching/lexicon/load.ts';
const C = '/work/shared/benchmarks/cordis-he/';
const b = loadBenchmark(C+'corpus.jsonl.gz', C+'queries.dev.jsonl', C+'qrels.dev.tsv', Number(process.argv[2] ?? 0) || undefined);
const engine = new MatchEngine(loadLexicon(), JSON.parse(process.argv[3] ?? '{}'));
let t = performance.now(); let cpu = process.cpuUsage();
for (const d of b.corpus) engine.upsert({ id: d.id, kind: 'solution', title: d.title, text: d.text });
console.log('index ms', Math.round(performance.now() - t), 'cpu ms', Math.round(process.cpuUsage(cpu).user/1000), 'rss', Math.round(process.memoryUsage().rss/1e6));
for (let round = 0; round < 2; round++) {
  t = performance.now();
  for (const q of b.queries) engine.matchesFor({ id: '', kind: 'challenge', title: q.text, text: '' }, { kind: 'solution', limit: 100 });
  console.log('ms/q', ((performance.now()-t)/b.queries.length).toFixed(2));
}
