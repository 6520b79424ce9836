import { loadBenchmark } from './data.ts';
import { MatchEngine, DEFAULT_OPTIONS } from '../src/matching/engine/index.ts';
import { loadLexicon } from '../src/matching/lexicon/load.ts';
import { mean, ndcgAt, recallAt, mrrAt } from '../src/matching/evaluation/metrics.ts';
const set = process.argv[2] ?? 'cordis';
const C = set === 'cordis' ? '/work/shared/benchmarks/cordis-he/' : '/work/shared/benchmarks/tatoeba-nld-eng/';
const b = set === 'cordis' ? loadBenchmark(C+'corpus.jsonl.gz', C+'queries.dev.jsonl', C+'qrels.dev.tsv') : loadBenchmark(C+'corpus.dev.jsonl', C+'queries.dev.jsonl', C+'qrels.dev.tsv');
const lex = loadLexicon();
const base = JSON.parse(process.argv[3] ?? '{}');
let t = performance.now();
const engine = new MatchEngine(lex, base);
for (const d of b.corpus) engine.upsert({ id: d.id, kind: 'solution', title: d.title, text: d.text });
console.log('index ms', Math.round(performance.now() - t));
const variants: Record<string, unknown>[] = JSON.parse(process.argv[4] ?? '[{}]');
for (const v of variants) {
  const opts = (engine as any).options; Object.assign(opts, DEFAULT_OPTIONS, base, v);
  for (const k of ['challenge','solution']) (engine as any).indexes[k].normsStale = true;
  const nd: number[] = [], r: number[] = [], m: number[] = [], r100: number[] = [];
  t = performance.now();
  for (const q of b.queries) {
    const ids = engine.matchesFor({ id: '', kind: 'challenge', title: q.text, text: '' }, { kind: 'solution', limit: 100 }).map(x => x.id);
    const rel = b.qrels.get(q.id)!;
    nd.push(ndcgAt(10, ids, rel)); r.push(recallAt(10, ids, rel)); m.push(mrrAt(10, ids, rel)); r100.push(recallAt(100, ids, rel));
  }
  console.log(JSON.stringify(v), 'ndcg', mean(nd).toFixed(4), 'r10', mean(r).toFixed(4), 'r100', mean(r100).toFixed(4), 'mrr', mean(m).toFixed(4), 'ms/q', ((performance.now()-t)/b.queries.length).toFixed(2));
}
