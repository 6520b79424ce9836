// Loads a BEIR-style benchmark (corpus, queries, qrels); optionally repeats the corpus to a target size.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileLines } from '../src/shared/lines.ts';
import { parseQrels, type Qrels } from '../src/matching/evaluation/metrics.ts';

export interface CorpusDoc {
  id: string;
  title: string;
  text: string;
}
export interface Query {
  id: string;
  text: string;
}
export interface Benchmark {
  corpus: CorpusDoc[];
  queries: Query[];
  qrels: Qrels;
}

function readText(path: string): string {
  const raw = readFileSync(path);
  return path.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
}

function jsonLines<T>(path: string): T[] {
  return readText(path)
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/**
 * Only queries with judgements are evaluated (as BEIR does). The corpus is read line by line: reading it whole
 * held the unzipped file, its text and every line at once, about 200 MB that stayed in the process's RSS and
 * were counted against every engine's memory.
 */
export async function loadBenchmark(
  corpusPath: string,
  queriesPath: string,
  qrelsPath: string,
  scale?: number,
): Promise<Benchmark> {
  const base: CorpusDoc[] = [];
  for await (const line of fileLines(corpusPath)) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { _id: string; title?: string; text?: string };
    base.push({ id: String(d._id), title: d.title ?? '', text: d.text ?? '' });
  }
  const qrels = parseQrels(readText(qrelsPath));
  const queries = jsonLines<{ _id: string; text: string }>(queriesPath)
    .map((q) => ({ id: String(q._id), text: q.text }))
    .filter((q) => qrels.has(q.id));
  return { corpus: scale ? scaled(base, scale) : base, queries, qrels };
}

/** Repeats the corpus with fresh ids (sharing the text strings) until it has `size` documents. */
function scaled(base: CorpusDoc[], size: number): CorpusDoc[] {
  const docs = base.slice(0, size);
  for (let copy = 1; docs.length < size; copy += 1) {
    for (const doc of base) {
      if (docs.length >= size) break;
      docs.push({ id: `${doc.id}~${copy}`, title: doc.title, text: doc.text });
    }
  }
  return docs;
}
