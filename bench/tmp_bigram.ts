import { loadBenchmark } from './data.ts';
import { MatchEngine } from '../src/matching/engine/index.ts';
import { loadLexicon } from '../src/matching/lexicon/load.ts';
import { analyse } from '../src/matching/engine/text.ts';
import { mean, ndcgAt } from '../src/matching/evaluation/metrics.ts';
const C = '/work/shared/benchmarks/cordis-he/';
const b = loadBenchmark(C+'corpus.jsonl.gz', C+'queries.dev.jsonl', C+'qrels.dev.tsv');
const engine = new MatchEngine(loadLexicon(), JSON.parse(process.argv[2] ?? '{}'));
const byId = new Map(b.corpus.map(d => [d.id, d]));
for (const d of b.corpus) engine.upsert({ id: d.id, kind: 'solution', title: d.title, text: d.text });
const bigramCache = new Map<string, Set<string>>();
function bigrams(id: string) { let s = bigramCache.get(id); if (!s) { const d = byId.get(id)!; s = new Set();
  for (const f of [d.title, d.text]) { const t = analyse(f, 'en'); for (let i = 0; i + 1 < t.length; i++) if (t[i+1]!.position - t[i]!.position <= 2) s.add(t[i]!.stem + ' ' + t[i+1]!.stem); }
  bigramCache.set(id, s); } return s; }
const idx = (engine as any).indexes.solution;
const runs = b.queries.map(q => {
  const res = engine.matchesFor({ id: '', kind: 'challenge', title: q.text, text: '' }, { kind: 'solution', limit: 100 });
  const t = analyse(q.text, 'en'); const qb: [string, number][] = [];
  for (let i = 0; i + 1 < t.length; i++) { const w = (idx.idf(idx.df(t[i]!.stem)) + idx.idf(idx.df(t[i+1]!.stem))) / 2; qb.push([t[i]!.stem + ' ' + t[i+1]!.stem, w]); }
  const bound = t.reduce((s, x) => s + idx.idf(idx.df(x.stem)), 0) || 1;
  return { q, res: res.map(r => ({ id: r.id, score: r.score, bonus: qb.reduce((s, [bg, w]) => s + (bigrams(r.id).has(bg) ? w : 0), 0) / bound })) };
});
for (const beta of [0.5, 1, 2, 4]) {
  const nd = runs.map(({ q, res }) => { const ranked = res.map(r => ({ id: r.id, s: r.score + beta * r.bonus * res[0]!.score })).sort((a, b) => b.s - a.s).map(r => r.id); return ndcgAt(10, ranked, b.qrels.get(q.id)!); });
  console.log(beta, mean(nd).toFixed(4));
}
