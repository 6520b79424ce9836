// Keeps the matching engine in step with the database: built from it on first use, then following
// the domain events of every instance in their order (the event flow's in-memory cursor).
import type { Database } from '../db/database.ts';
import type { Viewer } from '../shared/viewer.ts';
import { canReadItem, type GuardedItem } from '../items/permissions.ts';
import { LISTED_STATUSES } from '../items/lifecycle.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import type { EventFlow } from '../events/flow.ts';
import { MatchEngine, type Lexicon, type MatchDocument, type MatchResult } from './engine/index.ts';
import { loadLexicon } from './lexicon/load.ts';
import * as repository from './repository.ts';
import { challengeDocument, challengeGuard, solutionDocument, solutionGuard } from './documents.ts';

let sharedLexicon: Lexicon | undefined;
let lexiconLoadTime: number | undefined;

/** The lexicon is large and the same for every engine in the process: load it once, and time it for the start-up log. */
function lexicon(): Lexicon {
  if (!sharedLexicon) {
    const started = performance.now();
    sharedLexicon = loadLexicon();
    lexiconLoadTime = Math.round(performance.now() - started);
  }
  return sharedLexicon;
}

/** Milliseconds the lexicon took to load, once an engine has loaded it (no logger reaches here: the server logs it). */

declare module '../app-types.ts' {
  interface Services {
    /** This instance's matching index, kept in step with the event flow. */
    matching: MatchingService;
  }
}

export function lexiconLoadMilliseconds(): number | undefined {
  return lexiconLoadTime;
}

const OTHER: Record<ItemKind, ItemKind> = { challenge: 'solution', solution: 'challenge' };

/** Below this a "match" shares little more than a common word or a sector: not worth a person's time. */
const MINIMUM_MATCH_SCORE = 0.1;
/** Match lists kept between index changes; a detail page or the match API asks for the same ones again and again. */
const MOST_CACHED_MATCH_LISTS = 2_000;

export class MatchingService {
  #engine: Promise<MatchEngine> | null = null;
  #guards = new Map<string, GuardedItem>();
  #documents = new Map<string, MatchDocument>();
  /** The engine's ranking (before the viewer's visibility) per item, emptied by every change to the index. */
  #rankings = new Map<string, MatchResult[]>();
  /** Refreshes run one after the other in the order of the changes, so an older read never overwrites a newer one. */
  #refreshes: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly flow: EventFlow,
  ) {
    flow.onInstanceEvent(async (event) => {
      if (event.type !== 'item.changed' || !this.#engine) return;
      const refresh = this.#refreshes.then(() => this.refresh(event.kind, event.id));
      // A failed refresh is retried by the flow with its event; readers meanwhile use the engine as it is.
      this.#refreshes = refresh.catch(() => {});
      await refresh;
    });
  }

  /** The engine once every change announced so far is in it: whoever just published sees it matched. */
  async #current(): Promise<MatchEngine> {
    const engine = await this.engine();
    await this.#refreshes;
    return engine;
  }

  /** The engine, built from the database the first time it is asked for. */
  engine(): Promise<MatchEngine> {
    this.#engine ??= this.#build();
    return this.#engine;
  }

  async #build(): Promise<MatchEngine> {
    const engine = new MatchEngine(lexicon());
    // Rows read after the flow's starting point: every later change reaches the engine as an event.
    await this.flow.started();
    const [challenges, solutions] = await Promise.all([
      repository.matchableChallenges(this.db),
      repository.matchableSolutions(this.db),
    ]);
    for (const row of challenges) this.#put(engine, challengeDocument(row), challengeGuard(row));
    for (const row of solutions) this.#put(engine, solutionDocument(row), solutionGuard(row));
    engine.settle();
    return engine;
  }

  #put(engine: MatchEngine, document: MatchDocument, guard: GuardedItem): void {
    if (!LISTED_STATUSES[guard.kind].includes(guard.status as never)) {
      this.#remove(engine, document.id);
      return;
    }
    engine.upsert(document);
    this.#rankings.clear();
    this.#documents.set(document.id, document);
    this.#guards.set(document.id, guard);
  }

  #remove(engine: MatchEngine, id: string): void {
    if (engine.has(id)) engine.remove(id);
    this.#rankings.clear();
    this.#documents.delete(id);
    this.#guards.delete(id);
  }

  /** Re-reads one item after it changed, so its matches are current at once. */
  async refresh(kind: ItemKind, id: string): Promise<void> {
    const engine = await this.engine();
    const row =
      kind === 'challenge' ? await repository.oneChallenge(this.db, id) : await repository.oneSolution(this.db, id);
    if (!row) return this.#remove(engine, id);
    if (kind === 'challenge')
      this.#put(
        engine,
        challengeDocument(row as repository.IndexedChallenge),
        challengeGuard(row as repository.IndexedChallenge),
      );
    else
      this.#put(
        engine,
        solutionDocument(row as repository.IndexedSolution),
        solutionGuard(row as repository.IndexedSolution),
      );
  }

  #visible(results: MatchResult[], viewer: Viewer | null, limit: number, minimumScore = 0): MatchResult[] {
    return results
      .filter((r) => {
        if (r.score < minimumScore) return false;
        const guard = this.#guards.get(r.id);
        return guard !== undefined && canReadItem(viewer, guard);
      })
      .slice(0, limit);
  }

  /** The best items of the other kind for this item, among those the viewer may read. */
  async matchesFor(kind: ItemKind, id: string, viewer: Viewer | null, limit = 10): Promise<MatchResult[]> {
    const engine = await this.#current();
    const indexed = this.#documents.get(id);
    const document = indexed ?? (await this.#unlisted(kind, id));
    if (!document) return [];
    const ranking = indexed
      ? this.#cachedRanking(engine, indexed, OTHER[kind], limit * 3)
      : engine.matchesFor(document, { kind: OTHER[kind], limit: limit * 3 });
    return this.#visible(ranking, viewer, limit, MINIMUM_MATCH_SCORE);
  }

  /** Only indexed items are cached: a draft's text can change without the index changing. */
  #cachedRanking(engine: MatchEngine, document: MatchDocument, kind: ItemKind, limit: number): MatchResult[] {
    const key = `${document.id}:${kind}:${limit}`;
    let ranking = this.#rankings.get(key);
    if (!ranking) {
      if (this.#rankings.size >= MOST_CACHED_MATCH_LISTS) this.#rankings.clear();
      ranking = engine.matchesFor(document, { kind, limit });
      this.#rankings.set(key, ranking);
    }
    return ranking;
  }

  /** A draft or submitted item is not in the index, but its owner and reviewer still see its matches. */
  async #unlisted(kind: ItemKind, id: string): Promise<MatchDocument | undefined> {
    if (kind === 'challenge') {
      const row = await repository.oneChallenge(this.db, id);
      return row && challengeDocument(row);
    }
    const row = await repository.oneSolution(this.db, id);
    return row && solutionDocument(row);
  }

  /** "Search before you post": existing items like the one being written. */
  async similar(
    kind: ItemKind,
    draft: { title: string; text: string },
    viewer: Viewer | null,
    limit = 5,
  ): Promise<MatchResult[]> {
    const engine = await this.#current();
    return this.#visible(engine.similar({ ...draft, kind }, limit * 3), viewer, limit);
  }

  /** Free-text search with typo tolerance, for the catalogues. */
  async search(kind: ItemKind, query: string, viewer: Viewer | null, limit = 200): Promise<string[]> {
    const engine = await this.#current();
    return this.#visible(engine.search(query, { kind, limit: limit * 2, fuzzy: true }), viewer, limit).map((r) => r.id);
  }
}
