// A ranked result whose explanation is built on first read: most callers read only the top few, and a list of a
// hundred results then costs one small object each instead of an object with its own closures.
import type { MatchDocument, MatchExplanation, MatchResult } from './types.ts';
import type { StructureFit } from './signals.ts';
import type { Language } from './text.ts';

/** What an explanation needs to know of one candidate; the explainer is shared by all results of a query. */
export interface ExplanationSource {
  candidate: MatchDocument;
  language: Language;
  fit: StructureFit;
  textScore: number;
}

export type Explainer = (source: ExplanationSource) => MatchExplanation;

export class RankedMatch implements MatchResult {
  private cached: MatchExplanation | undefined;

  constructor(
    readonly id: string,
    readonly score: number,
    private readonly source: ExplanationSource,
    private readonly explainer: Explainer,
  ) {}

  get explanation(): MatchExplanation {
    return (this.cached ??= this.explainer(this.source));
  }

  /** Serialised like a plain result, explanation included. */
  toJSON(): { id: string; score: number; explanation: MatchExplanation } {
    return { id: this.id, score: this.score, explanation: this.explanation };
  }
}
