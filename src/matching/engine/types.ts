// Data types of the matching engine: the public ones first, then those its modules share (kept here so that the
// modules import each other in one direction only).
import type { CompoundSplitter } from './compounds.ts';
import type { Lexicon } from './lexicon.ts';
import type { KnownLanguage, Language, Token } from './text.ts';

export type { Language } from './text.ts';
export type DocumentKind = 'challenge' | 'solution';

export interface MatchDocument {
  id: string;
  kind: DocumentKind;
  title: string;
  /** Description plus any other free text. */
  text: string;
  /** Detected from the text when absent. */
  language?: Language;
  sectors?: string[];
  spearheads?: number[];
  regions?: string[];
  /** Languages the owner can work in. */
  languages?: Language[];
  /** TRL 1–9: reached by a solution, or desired by a challenge. */
  maturity?: number | null;
  /** false = not matchable (e.g. a closed challenge). */
  open?: boolean;
  updatedAt?: Date;
  /** Optional precomputed embedding (see embeddings.ts); blended in when both documents have one. */
  vector?: Float32Array;
}

export interface ConceptRef {
  id: string;
  label: { nl: string; en: string; fr: string };
}

export interface TranslatedTerm {
  /** The word as written in the document matched for. */
  from: string;
  /** Its translation as written in the matching document. */
  to: string;
}

export interface MatchExplanation {
  /** Words both documents use (as written in the matching document), strongest first. */
  sharedTerms: string[];
  /** Words that match through translation (e.g. "ouderen" → "elderly"). */
  translatedTerms: TranslatedTerm[];
  /** EuroVoc concepts both documents mention, in any of the three languages. */
  concepts: ConceptRef[];
  sectors: string[];
  spearheads: number[];
  regions: string[];
  sameLanguage: boolean;
  languages: [Language, Language];
  /** 0..1: text similarity relative to the best score this query could reach. */
  textScore: number;
  /** 0..1: structured fit (sectors, spearheads, regions, language, maturity, freshness); 0 when nothing is known. */
  structureScore: number;
}

export interface MatchResult {
  id: string;
  /** 0..1, comparable within a list (and roughly across lists of the same engine). */
  score: number;
  explanation: MatchExplanation;
}

// Shared by the engine's modules.

/** A document as the index stores it: term ids with both field frequencies packed (title << 16 | body). */
export interface DocumentVector {
  termIds: Int32Array;
  packed: Uint32Array;
  titleLength: number;
  bodyLength: number;
  /** Sorted hashes of adjacent word pairs (see proximity.ts). */
  pairs: Uint32Array;
}
export interface Alternative {
  term: string;
  weight: number;
}
/** One query concept: a word with its alternatives (translations, typo corrections), scored as one term. */
export interface QueryGroup {
  weight: number;
  alternatives: Alternative[];
  /** The word as typed, when the group stands for one (typo correction works on words, not stems). */
  surface?: string | undefined;
}
export interface Hit {
  doc: number;
  score: number;
}

export interface AnalysisWeights {
  /** Weight of each part of a Dutch compound next to the compound itself. */
  partWeight: number;
  /** Scale of English translations of non-English words. */
  translationWeight: number;
  /** Weight of a EuroVoc concept found in the text (0 = concepts only explain, they do not score). */
  conceptWeight: number;
  /** How much a query's title words count relative to its body words. */
  queryTitleWeight: number;
  /** How much a query's words in brackets count (qualifiers such as "(pilot)", "(IA)"; see Token.qualifier). */
  qualifierWeight: number;
}

export interface AnalysisTools {
  lexicon: Lexicon;
  splitter: CompoundSplitter;
  weights: AnalysisWeights;
}

export interface AnalysedText {
  language: Language;
  title: Token[];
  body: Token[];
  /** A search query of unclear language: its words, each read in several languages (see query-readings.ts). */
  readings?: QueryReadings;
}

/** The words of a query, each to be read in every one of `languages`. */
export interface QueryReadings {
  languages: readonly KnownLanguage[];
  /** Content words in reading order: stop words of any of the languages left out, not stemmed. */
  title: Token[];
  body: Token[];
}

/** What appending documents to the posting lists reads of the forward store (see postings.ts). */
export interface DecodedDocuments {
  /** Decodes the document's terms into decodedTerms and decodedPacked; returns how many. */
  decode(doc: number): number;
  readonly decodedTerms: Int32Array;
  readonly decodedPacked: Uint32Array;
}
