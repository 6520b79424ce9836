// The engines compared by bench/match.ts, behind one small interface.
import MiniSearch from 'minisearch';
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import { PGlite } from '@electric-sql/pglite';
import { MatchEngine } from '../src/matching/engine/index.ts';
import { loadLexicon } from '../src/matching/lexicon/load.ts';
import type { CorpusDoc } from './data.ts';

/**
 * How a query reaches the engine: 'match' as a challenge matched to solutions (long texts), 'catalogue' as the
 * catalogues' search box (`q=`, short queries). The peers have one way only and ignore it.
 */
export type QueryMode = 'match' | 'catalogue';

export interface BenchEngine {
  index(docs: CorpusDoc[]): Promise<void>;
  search(query: string, limit: number, mode: QueryMode): Promise<string[]>;
  close?(): Promise<void>;
}

/**
 * Ours: each query is a challenge (title only), the corpus its candidate solutions; in 'catalogue' mode the query
 * goes through the search the catalogues use (`MatchingService.search`: typo tolerant, solutions only).
 */
function helemaal(): BenchEngine {
  const engine = new MatchEngine(loadLexicon());
  return {
    async index(docs) {
      for (const d of docs) engine.upsert({ id: d.id, kind: 'solution', title: d.title, text: d.text });
      engine.settle(); // postings are appended in batches: the last batch belongs to the index time
    },
    async search(query, limit, mode) {
      if (mode === 'catalogue') return engine.search(query, { kind: 'solution', limit, fuzzy: true }).map((r) => r.id);
      return engine
        .matchesFor({ id: '', kind: 'challenge', title: query, text: '' }, { kind: 'solution', limit })
        .map((r) => r.id);
    },
  };
}

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Plain BM25 (k1 1.2, b 0.75, lower-cased alphanumeric tokens, title and text as one field, no stemming). */
function bm25(): BenchEngine {
  const postings = new Map<string, [number, number][]>();
  const lengths: number[] = [];
  const ids: string[] = [];
  let average = 0;
  return {
    async index(docs) {
      for (const d of docs) {
        const doc = ids.length;
        ids.push(d.id);
        const words = tokens(`${d.title} ${d.text}`);
        lengths.push(words.length);
        const counts = new Map<string, number>();
        for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
        for (const [w, tf] of counts) {
          const list = postings.get(w) ?? [];
          list.push([doc, tf]);
          postings.set(w, list);
        }
      }
      average = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
    },
    async search(query, limit) {
      const scores = new Map<number, number>();
      for (const w of new Set(tokens(query))) {
        const list = postings.get(w);
        if (!list) continue;
        const idf = Math.log(1 + (ids.length - list.length + 0.5) / (list.length + 0.5));
        for (const [doc, tf] of list) {
          const norm = tf + 1.2 * (1 - 0.75 + (0.75 * lengths[doc]!) / average);
          scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * 2.2) / norm);
        }
      }
      return [...scores]
        .sort((a, b) => b[1] - a[1])
        .slice(0, limit)
        .map(([doc]) => ids[doc]!);
    },
  };
}

/** MiniSearch with its documented defaults (BM25+, k 1.2, b 0.7, d 0.5; OR of terms), fields title and text. */
function minisearch(): BenchEngine {
  const index = new MiniSearch<CorpusDoc>({ fields: ['title', 'text'], idField: 'id' });
  return {
    async index(docs) {
      index.addAll(docs);
    },
    async search(query, limit) {
      return index
        .search(query)
        .slice(0, limit)
        .map((r) => String(r.id));
    },
  };
}

/** Orama with its defaults (BM25, k1 1.2, b 0.75, d 0.5; English tokenizer, no stemming), schema title + text. */
async function orama(): Promise<BenchEngine> {
  const db = create({ schema: { id: 'string', title: 'string', text: 'string' } as const });
  return {
    async index(docs) {
      await insertMultiple(db, docs, 1000);
    },
    async search(query, limit) {
      const result = await oramaSearch(db, { term: query, properties: ['title', 'text'], limit });
      return result.hits.map((h) => String(h.document.id));
    },
  };
}

/** PostgreSQL full text search in PGlite: 'english' config, query words OR-ed, ranked by ts_rank_cd, GIN index. */
async function postgresFts(): Promise<BenchEngine> {
  const db = await PGlite.create();
  await db.exec(`create table docs (id text primary key, tsv tsvector not null);`);
  return {
    async index(docs) {
      for (let i = 0; i < docs.length; i += 500) {
        const batch = docs.slice(i, i + 500);
        await db.query(
          `insert into docs (id, tsv) select d.id, setweight(to_tsvector('english', d.title), 'A') || to_tsvector('english', d.text)
           from jsonb_to_recordset($1::jsonb) as d(id text, title text, text text)`,
          [JSON.stringify(batch)],
        );
      }
      await db.exec(`create index docs_tsv on docs using gin (tsv); analyze docs;`);
    },
    async search(query, limit) {
      const words = tokens(query);
      if (words.length === 0) return [];
      const result = await db.query<{ id: string }>(
        `with q as (select to_tsquery('english', $1) as q)
         select id from docs, q where tsv @@ q.q order by ts_rank_cd(tsv, q.q) desc limit $2`,
        [words.map((w) => `'${w}'`).join(' | '), limit],
      );
      return result.rows.map((r) => r.id);
    },
    async close() {
      await db.close();
    },
  };
}

export const ENGINES: Record<string, () => BenchEngine | Promise<BenchEngine>> = {
  helemaal,
  'postgres-fts': postgresFts,
  minisearch,
  orama,
  bm25,
};
