// Public data types of the matching engine.
import type { Language } from './text.ts';

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
