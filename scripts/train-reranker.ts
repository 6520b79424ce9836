// Trains the engine's re-ranker (src/matching/engine/rerank.ts) on labelled benchmarks and writes its weights.
//   node --import tsx --max-old-space-size=4096 scripts/train-reranker.ts \
//     --set CORPUS,QUERIES,QRELS [--set ...] [--folds 5] [--write]
// The first set is the one the weights are chosen for; the others are guarded: no weight may make them worse.
// Each set's queries are matched as the benchmark does (bench/engines.ts: a challenge with the query as its title,
// the corpus its solutions) with a re-ranker that only records each candidate's features. The weights are found
// by coordinate ascent on mean nDCG@10 (Metzler & Croft 2007), the weight of 'text' fixed at 1. Cross-validation
// by query (folds drawn from a hash of the query id) gives the out-of-fold figure, the one to trust; --write saves
// the weights trained on all queries to rerank-weights.json.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadBenchmark } from '../bench/data.ts';
import { MatchEngine } from '../src/matching/engine/index.ts';
import { loadLexicon } from '../src/matching/lexicon/load.ts';
import { FEATURE_NAMES } from '../src/matching/engine/rerank-features.ts';
import type { RerankModel } from '../src/matching/engine/rerank.ts';
import { coordinateAscent, meanNdcg, type LabelledQuery } from '../src/matching/engine/rerank-training.ts';

const WEIGHTS_PATH = fileURLToPath(new URL('../src/matching/engine/rerank-weights.json', import.meta.url));

const { values } = parseArgs({
  options: {
    set: { type: 'string', multiple: true },
    folds: { type: 'string', default: '5' },
    write: { type: 'boolean', default: false },
  },
});

/** The queries of one benchmark with their candidates' features, as the engine would re-rank them. */
async function collect(spec: string, guard: boolean): Promise<LabelledQuery[]> {
  const [corpusPath, queriesPath, qrelsPath] = spec.split(',');
  if (!corpusPath || !queriesPath || !qrelsPath) throw new Error(`--set wants CORPUS,QUERIES,QRELS, got ${spec}`);
  const { corpus, queries, qrels } = await loadBenchmark(corpusPath, queriesPath, qrelsPath);
  let recorded: { features: Float64Array[]; ids: string[] } | undefined;
  const engine = new MatchEngine(loadLexicon(), {
    reranker: {
      scores(features, ids) {
        recorded = { features: [...features], ids: [...ids] };
        return features.map((vector) => vector[0]!); // the order as scored
      },
    },
  });
  for (const d of corpus) engine.upsert({ id: d.id, kind: 'solution', title: d.title, text: d.text });
  engine.settle();
  return queries.map((query) => {
    recorded = undefined;
    engine.matchesFor({ id: '', kind: 'challenge', title: query.text, text: '' }, { kind: 'solution', limit: 100 });
    const relevant = qrels.get(query.id)!;
    const candidates = recorded ?? { features: [], ids: [] };
    return {
      id: query.id,
      set: spec,
      guard,
      features: candidates.features,
      gains: candidates.ids.map((id) => relevant.get(id) ?? 0),
      idealGains: [...relevant.values()].filter((g) => g > 0),
    };
  });
}

/** Fold of a query: a hash of its id, so folds do not depend on file order. */
function foldOf(id: string, folds: number): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return (hash >>> 0) % folds;
}

/** The queries file of a set, from the benchmarks folder on. */
function queriesName(spec: string): string {
  return spec.split(',')[1]!.replace(/^.*benchmarks\//, '');
}

function weightsRecord(weights: Float64Array): Record<string, number> {
  return Object.fromEntries(
    FEATURE_NAMES.map((name, i) => [name, Number(weights[i]!.toFixed(4))]).filter(([, w]) => w !== 0),
  );
}

const sets = values.set ?? [];
if (sets.length === 0) {
  console.error('usage: scripts/train-reranker.ts --set CORPUS,QUERIES,QRELS [--set ...] [--folds 5] [--write]');
  process.exit(2);
}
const queries = (await Promise.all(sets.map((spec, i) => collect(spec, i > 0)))).flat();
const folds = Number(values.folds);
const baseline = Float64Array.from(FEATURE_NAMES, (name) => (name === 'text' ? 1 : 0));
const outOfFold = new Map<string, number>();
for (let fold = 0; fold < folds; fold += 1) {
  const training = queries.filter((q) => foldOf(q.id, folds) !== fold);
  const held = queries.filter((q) => foldOf(q.id, folds) === fold);
  const weights = coordinateAscent(training);
  for (const q of held) outOfFold.set(`${q.set}\t${q.id}`, meanNdcg([q], weights));
  console.log(JSON.stringify({ fold, weights: weightsRecord(weights) }));
}
const all = coordinateAscent(queries);
for (const spec of sets) {
  const ofSet = queries.filter((q) => q.set === spec);
  const oof = ofSet.reduce((sum, q) => sum + outOfFold.get(`${q.set}\t${q.id}`)!, 0) / ofSet.length;
  const figures = { baseline: meanNdcg(ofSet, baseline), inSample: meanNdcg(ofSet, all), outOfFold: oof };
  console.log(
    JSON.stringify({
      set: spec,
      queries: ofSet.length,
      'ndcg@10': Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Number(v.toFixed(4))])),
    }),
  );
}
const model: RerankModel = {
  method: `coordinate ascent on mean nDCG@10, ${folds}-fold cross-validation by query (scripts/train-reranker.ts)`,
  trainedOn: queriesName(sets[0]!),
  guarded: sets.slice(1).map(queriesName),
  weights: weightsRecord(all),
};
console.log(JSON.stringify(model));
if (values.write) writeFileSync(WEIGHTS_PATH, `${JSON.stringify(model, null, 2)}\n`);
