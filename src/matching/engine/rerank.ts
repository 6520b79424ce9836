// The learned re-ranker: a linear model over each candidate's features (rerank-features.ts), its weights trained
// by scripts/train-reranker.ts and committed in rerank-weights.json. The weight of 'text' (the engine's own score
// over its bound) is 1, so a re-ranked score is that text score adjusted by the other evidence, on its scale.
import trained from './rerank-weights.json' with { type: 'json' };
import { FEATURE_NAMES } from './rerank-features.ts';

/** The weights file: a weight per feature name (absent ones are 0), and how the weights were obtained. */
export interface RerankModel {
  weights: Record<string, number>;
  method?: string;
  /** The queries the weights were chosen for, and those they were not allowed to make worse. */
  trainedOn?: string;
  guarded?: string[];
}

/** Orders a query's candidates: a score per candidate (its feature vector in FEATURE_NAMES order), higher first. */
export interface Reranker {
  scores(features: readonly Float64Array[], ids: readonly string[]): number[];
}

export class LinearReranker implements Reranker {
  readonly weights: Float64Array;

  constructor(model: RerankModel) {
    const unknown = Object.keys(model.weights).filter((name) => !(FEATURE_NAMES as readonly string[]).includes(name));
    if (unknown.length > 0) throw new Error(`unknown re-ranking features: ${unknown.join(', ')}`);
    if (model.weights.text !== 1) throw new Error('the weight of the text score must be 1 (it sets the scale)');
    this.weights = Float64Array.from(FEATURE_NAMES, (name) => model.weights[name] ?? 0);
  }

  scores(features: readonly Float64Array[]): number[] {
    return features.map((vector) => {
      let score = 0;
      for (let i = 0; i < vector.length; i += 1) score += this.weights[i]! * vector[i]!;
      return score;
    });
  }
}

/** The re-ranker with the committed weights. */
export function trainedReranker(): LinearReranker {
  return new LinearReranker(trained as RerankModel);
}
