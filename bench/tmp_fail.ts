import { loadBenchmark } from './data.ts';
import { MatchEngine } from '../src/matching/engine/index.ts';
import { loadLexicon } from '../src/matching/lexicon/load.ts';
import { ndcgAt } from '../src/matching/evaluation/metrics.ts';
const C = '/work/shared/benchmarks/cordis-he/';
const b = loadBenchmark(C+'corpus.jsonl.gz', C+'queries.dev.jsonl', C+'qrels.dev.tsv');
const engine = new MatchEngine(loadLexicon(), { feedbackDocs: 5 });
const byId = new Map(b.corpus.map(d => [d.id, d]));
for (const d of b.corpus) engine.upsert({ id: d.id, kind: 'solution', title: d.title, text: d.text });
let n = 0;
for (const q of b.queries) {
  const res = engine.matchesFor({ id: '', kind: 'challenge', title: q.text, text: '' }, { kind: 'solution', limit: 10 });
  const rel = b.qrels.get(q.id)!; const nd = ndcgAt(10, res.map(r => r.id), rel);
  if (nd > 0.3 || n++ > 12) continue;
  console.log(`\n## ${q.text}  ndcg=${nd.toFixed(2)} rel=${rel.size}`);
  for (const r of res.slice(0, 4)) console.log('  got', rel.has(r.id) ? '+' : '-', byId.get(r.id)!.title.slice(0, 90));
  for (const id of [...rel.keys()].slice(0, 3)) console.log('  want', byId.get(id)?.title.slice(0, 90));
}
