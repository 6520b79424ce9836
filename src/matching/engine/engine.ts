// The matching engine: challenges and solutions in two indexes, ranked by cross-lingual BM25F with feedback,
// blended with structured fit, each result with an explanation (computed when first read).
import { Lexicon } from './lexicon.ts';
import { CompoundSplitter } from './compounds.ts';
import { analyseText, DocumentAnalyser, queryGroups } from './analysis.ts';
import { TermDictionary } from './terms.ts';
import { InvertedIndex, type RankingParams, type SearchOutcome } from './inverted-index.ts';
import { expandWithFeedback, type FeedbackParams } from './feedback.ts';
import { structureFit } from './signals.ts';
import { explainMatch } from './explain.ts';
import type { CorrectionVocabulary } from './fuzzy.ts';
import { cosine } from './embeddings.ts';
import { proximityScore, queryPairs, type QueryPair } from './proximity.ts';
import { candidateFeatures, type QueryEvidence } from './rerank-features.ts';
import { trainedReranker, type Reranker } from './rerank.ts';
import { KNOWN_LANGUAGES, type Language } from './text.ts';
import { readQuery } from './query-readings.ts';
import { RankedMatch, type Explainer } from './ranked-match.ts';
import type {
  AnalysedText,
  AnalysisTools,
  AnalysisWeights,
  DocumentKind,
  Hit,
  MatchDocument,
  MatchResult,
  QueryGroup,
} from './types.ts';

export interface EngineOptions extends RankingParams, AnalysisWeights, FeedbackParams {
  /** Largest share of the score structured fit can take (when every signal is known on both sides). */
  structureWeight: number;
  /** Query groups kept, most telling first (weight × idf), so long challenge texts stay fast. */
  maxQueryGroups: number;
  /** Weight of the proximity bonus: query words side by side in a document (per pair, × its mean idf). */
  proximityWeight: number;
  /** Weight of a typo correction relative to the word as typed. */
  correctionWeight: number;
  /** Share of the text score taken by embedding similarity when both documents carry a vector. */
  embeddingWeight: number;
  /** Language assumed when a text gives no evidence of its own (a Flemish platform: Dutch). */
  defaultLanguage: Language;
  /** Skip postings that cannot change the top results (same results; off only to compare against). */
  earlyTermination: boolean;
  /**
   * Documents of the first pass the feedback pass re-ranks (0: the whole collection). Feedback refines the order
   * of what the query found; documents far down the first pass rarely reach the top through it.
   */
  feedbackCandidates: number;
  /** Re-orders the feedback pass's best candidates by learned weights (see rerank.ts); null: the order as scored. */
  reranker: Reranker | null;
  /** Candidates the re-ranker orders (at least those asked for). */
  rerankDepth: number;
}

export const DEFAULT_OPTIONS: EngineOptions = {
  k1: 1.2,
  titleBoost: 3,
  titleB: 0.5,
  bodyB: 0.75,
  partWeight: 0.5,
  translationWeight: 1,
  conceptWeight: 0,
  queryTitleWeight: 2,
  qualifierWeight: 0.5,
  feedbackDocs: 5,
  feedbackTerms: 20,
  originalWeight: 0.6,
  feedbackIdf: 1,
  structureWeight: 0.3,
  maxQueryGroups: 64,
  proximityWeight: 1,
  correctionWeight: 0.7,
  embeddingWeight: 0.3,
  defaultLanguage: 'nl',
  earlyTermination: true,
  feedbackCandidates: 250,
  reranker: trainedReranker(),
  rerankDepth: 100,
};

export interface MatchOptions {
  kind: DocumentKind;
  limit?: number;
  excludeIds?: string[];
}
export interface SearchOptions {
  kind?: DocumentKind;
  limit?: number;
  fuzzy?: boolean;
}

interface Stored {
  doc: MatchDocument;
  language: Language;
}
interface Seeker {
  doc: MatchDocument;
  analysed: AnalysedText;
}
interface RankOptions {
  kind: DocumentKind;
  limit: number;
  exclude: Set<string>;
  feedback: boolean;
  fuzzy: boolean;
}

const KINDS: DocumentKind[] = ['challenge', 'solution'];
/** First-pass documents re-ranked by proximity to choose the feedback documents from (same nDCG as 120). */
const FEEDBACK_DEPTH = 20;

export class MatchEngine {
  private readonly options: EngineOptions;
  private readonly tools: AnalysisTools;
  private readonly analyser: DocumentAnalyser;
  private readonly indexes: Record<DocumentKind, InvertedIndex>;
  private readonly stored = new Map<string, Stored>();
  private readonly closed = new Set<string>(); // ids of documents with open === false

  constructor(lexicon: Lexicon = new Lexicon(), options: Partial<EngineOptions> = {}) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    this.tools = { lexicon, splitter: new CompoundSplitter(lexicon.words.nl), weights: this.options };
    const dictionary = new TermDictionary();
    this.analyser = new DocumentAnalyser(this.tools, dictionary);
    this.indexes = {
      challenge: new InvertedIndex(this.options, dictionary),
      solution: new InvertedIndex(this.options, dictionary),
    };
  }

  /** Adds or replaces a document; it is matchable at once. */
  upsert(doc: MatchDocument): void {
    if (!doc.id) throw new Error('a match document needs an id');
    this.remove(doc.id);
    const language = doc.language ?? this.orDefault(this.analyser.detect(doc.title, doc.text));
    this.indexes[doc.kind].add(doc.id, this.analyser.vector(doc.title, doc.text, language));
    this.stored.set(doc.id, { doc, language });
    if (doc.open === false) this.closed.add(doc.id);
  }

  /** Does deferred index work now (after a bulk load), so the first query does not pay for it. */
  settle(): void {
    for (const kind of KINDS) this.indexes[kind].settle();
  }

  remove(id: string): void {
    const stored = this.stored.get(id);
    if (!stored) return;
    this.indexes[stored.doc.kind].remove(id);
    this.stored.delete(id);
    this.closed.delete(id);
  }

  has(id: string): boolean {
    return this.stored.has(id);
  }

  size(kind?: DocumentKind): number {
    return kind ? this.indexes[kind].size : this.indexes.challenge.size + this.indexes.solution.size;
  }

  /** Open documents of `kind` that best fit `doc` (a challenge's solutions, a solution's challenges). */
  matchesFor(doc: MatchDocument, opts: MatchOptions): MatchResult[] {
    const seeker = { doc, analysed: this.analyse(doc.title, doc.text, doc.language) };
    const exclude = new Set([doc.id, ...(opts.excludeIds ?? [])]);
    return this.rank(seeker, { kind: opts.kind, limit: opts.limit ?? 10, exclude, feedback: true, fuzzy: false });
  }

  /**
   * Free-text search, tolerant of typos; without a kind both are searched and merged by score. A query is too short
   * to tell its language, so its words are read in every language (see query-readings.ts), and the searcher is
   * taken to read them all: no item is preferred for its language.
   */
  search(query: string, opts: SearchOptions = {}): MatchResult[] {
    const limit = opts.limit ?? 10;
    const doc: MatchDocument = {
      id: '',
      kind: opts.kind ?? 'challenge',
      title: query,
      text: '',
      languages: [...KNOWN_LANGUAGES],
    };
    const seeker = { doc, analysed: readQuery(query, '') };
    const kinds = opts.kind ? [opts.kind] : KINDS;
    const fuzzy = opts.fuzzy ?? true;
    return kinds
      .flatMap((kind) => this.rank(seeker, { kind, limit, exclude: new Set(), feedback: false, fuzzy }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  /** "Search before you post": existing documents of the same kind resembling a draft. */
  similar(draft: { title: string; text: string; kind: DocumentKind }, limit = 5): MatchResult[] {
    const doc: MatchDocument = { id: '', ...draft };
    const seeker = { doc, analysed: this.analyse(draft.title, draft.text) };
    return this.rank(seeker, { kind: draft.kind, limit, exclude: new Set(), feedback: false, fuzzy: false });
  }

  private analyse(title: string, text: string, language?: Language): AnalysedText {
    return analyseText(title, text, this.tools.lexicon, language ?? this.orDefault(this.analyser.detect(title, text)));
  }

  private orDefault(language: Language): Language {
    return language === 'other' ? this.options.defaultLanguage : language;
  }

  private rank(seeker: Seeker, opts: RankOptions): MatchResult[] {
    const index = this.indexes[opts.kind];
    let groups = this.telling(queryGroups(seeker.analysed, this.tools), index);
    if (opts.fuzzy) groups = this.withCorrections(groups, index, seeker.analysed.language);
    const accept = this.acceptance(index, opts.exclude);
    const pairs = this.pairsOf(seeker.analysed, index);
    // Proximity and structured fit reorder the text ranking, so look a little deeper than asked.
    const pool = opts.limit + 20;
    const exhaustive = !this.options.earlyTermination;
    const feedback = opts.feedback && this.options.feedbackDocs > 0;
    const candidates = feedback ? this.options.feedbackCandidates : 0;
    const first = index.search(groups, Math.max(pool, this.options.feedbackDocs, candidates), accept, exhaustive);
    // With feedback the first pass only picks the feedback documents, from near its top.
    const depth = feedback ? Math.max(FEEDBACK_DEPTH, this.options.feedbackDocs) : pool;
    let outcome = this.withProximity({ hits: first.hits.slice(0, depth), bound: first.bound }, pairs, index);
    if (feedback && outcome.hits.length > 0) {
      const expanded = expandWithFeedback(index, groups, outcome.hits, this.options);
      const kept = this.options.reranker ? Math.max(pool, this.options.rerankDepth) : pool;
      const second =
        candidates > 0
          ? index.searchAmong(expanded, kept, first.hits)
          : index.search(expanded, kept, accept, exhaustive);
      const firstPass = new Map(first.hits.map((hit) => [hit.doc, hit.score]));
      const evidence = { groups: index.scoredGroups(groups), firstPass, pairs, k1: this.options.k1 };
      outcome = this.reranked(this.withProximity(second, pairs, index), evidence, index);
    }
    const now = new Date();
    const explainer = this.explainer(seeker, index);
    return outcome.hits
      .map((hit) => this.result(seeker, index, hit, outcome.bound, now, explainer))
      .sort((a, b) => b.score - a.score)
      .slice(0, opts.limit);
  }

  private result(
    seeker: Seeker,
    index: InvertedIndex,
    hit: Hit,
    bound: number,
    now: Date,
    explainer: Explainer,
  ): MatchResult {
    const id = index.idOf(hit.doc);
    const { doc: candidate, language } = this.stored.get(id)!;
    const fit = structureFit(seeker.doc, seeker.analysed.language, candidate, language, now);
    const textScore = this.withEmbedding(
      bound > 0 ? Math.min(1, Math.max(0, hit.score / bound)) : 0,
      seeker.doc,
      candidate,
    );
    const blend = this.options.structureWeight * fit.coverage;
    const score = (1 - blend) * textScore + blend * fit.score;
    return new RankedMatch(id, score, { candidate, language, fit, textScore }, explainer);
  }

  /** Explains a candidate's match with the seeker, on request (one explainer per query, shared by its results). */
  private explainer(seeker: Seeker, index: InvertedIndex): Explainer {
    const idf = (term: string) => index.idf(index.df(term));
    return ({ candidate, language, fit, textScore }) => {
      const candidateText = this.analyse(candidate.title, candidate.text, language);
      return explainMatch(
        { seeker: seeker.analysed, candidate: candidateText, structure: fit, textScore, idf },
        this.tools,
      );
    };
  }

  private pairsOf(analysed: AnalysedText, index: InvertedIndex): QueryPair[] {
    if (this.options.proximityWeight === 0) return [];
    const idf = (termId: number) => index.idfOfTerm(termId);
    const field = (tokens: AnalysedText['title']) =>
      queryPairs(
        tokens.map((t) => ({ termId: index.termId(t.stem), position: t.position })),
        idf,
      );
    const pairs = [...field(analysed.title), ...field(analysed.body)];
    return pairs.sort((a, b) => b.weight - a.weight).slice(0, this.options.maxQueryGroups);
  }

  /** Adds the proximity bonus to each hit (and its maximum to the bound) and re-sorts. */
  private withProximity(outcome: SearchOutcome, pairs: QueryPair[], index: InvertedIndex): SearchOutcome {
    if (pairs.length === 0) return outcome;
    const weight = this.options.proximityWeight;
    const hits = outcome.hits
      .map((hit) => ({ doc: hit.doc, score: hit.score + weight * proximityScore(index.pairsOf(hit.doc), pairs) }))
      .sort((a, b) => b.score - a.score);
    return { hits, bound: outcome.bound + weight * pairs.reduce((sum, p) => sum + p.weight, 0) };
  }

  /** The re-ranker's order of the hits; a score stays over the same bound (text score 1 = all the query could reach). */
  private reranked(outcome: SearchOutcome, evidence: QueryEvidence, index: InvertedIndex): SearchOutcome {
    const reranker = this.options.reranker;
    const { hits, bound } = outcome;
    if (!reranker || bound <= 0 || hits.length === 0) return outcome;
    const scores = reranker.scores(
      candidateFeatures(index, evidence, hits, bound),
      hits.map((hit) => index.idOf(hit.doc)),
    );
    const reordered = hits
      .map((hit, i) => ({ doc: hit.doc, score: scores[i]! * bound }))
      .sort((a, b) => b.score - a.score);
    return { hits: reordered, bound };
  }

  /** Precomputed vectors re-rank the lexical candidates; they do not retrieve documents of their own. */
  private withEmbedding(lexical: number, seeker: MatchDocument, candidate: MatchDocument): number {
    if (!seeker.vector || !candidate.vector) return lexical;
    const weight = this.options.embeddingWeight;
    return (1 - weight) * lexical + weight * Math.max(0, cosine(seeker.vector, candidate.vector));
  }

  /** Filter of closed and excluded documents by document number; none when nothing is to be left out. */
  private acceptance(index: InvertedIndex, exclude: Set<string>): ((doc: number) => boolean) | undefined {
    const refused = new Set<number>();
    for (const id of [...exclude, ...this.closed]) {
      const doc = index.docOf(id);
      if (doc !== undefined) refused.add(doc);
    }
    return refused.size === 0 ? undefined : (doc) => !refused.has(doc);
  }

  /** Keeps the groups that say most (weight × idf of their rarest alternative). */
  private telling(groups: QueryGroup[], index: InvertedIndex): QueryGroup[] {
    if (groups.length <= this.options.maxQueryGroups) return groups;
    const value = (g: QueryGroup) => g.weight * Math.max(...g.alternatives.map((a) => index.idf(index.df(a.term))));
    return groups
      .map((g) => ({ g, v: value(g) }))
      .sort((a, b) => b.v - a.v)
      .slice(0, this.options.maxQueryGroups)
      .map(({ g }) => g);
  }

  /**
   * Words no document contains in any of their readings get the nearest spellings documents use as alternatives:
   * those of the query's language, or of every language for a query of none ('other').
   */
  private withCorrections(groups: QueryGroup[], index: InvertedIndex, language: Language): QueryGroup[] {
    let vocabulary: CorrectionVocabulary | undefined;
    return groups.map((group) => {
      if (!group.surface || group.alternatives.some((a) => index.df(a.term) > 0)) return group;
      vocabulary ??= this.analyser.knownWords(language === 'other' ? KNOWN_LANGUAGES : [language]);
      const near = vocabulary
        .corrections(group.surface)
        .flatMap((c) =>
          c.termIds.map((termId) => ({
            term: index.termName(termId),
            weight: this.options.correctionWeight / c.distance,
          })),
        )
        .filter((alternative) => index.df(alternative.term) > 0);
      return near.length === 0 ? group : { ...group, alternatives: [...group.alternatives, ...near] };
    });
  }
}
