// A solution's own content for the item kernel: its input mapped to columns, and its offer terms checked.
import type { SolutionRow } from '../db/schema.ts';
import { errors, type FieldProblem } from '../shared/errors.ts';
import type { ItemContent } from '../items/service.ts';
import type { SolutionInput, SolutionUpdate } from './schemas.ts';

export interface OfferTerms {
  trl: number | null;
  market_stage: string | null;
  pricing: string;
  free_months: number | null;
}

/** What is wrong with the terms of an offer; the forms also run it beside the schema, to say everything at once. */
export function offerTermsProblems(terms: OfferTerms): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (terms.trl === null && terms.market_stage === null)
    problems.push({ field: 'trl', message: 'item.maturity_required' });
  if (terms.pricing === 'free_period' && terms.free_months === null)
    problems.push({ field: 'freeMonths', message: 'item.free_months_required' });
  return problems;
}

export function checkOfferTerms(terms: OfferTerms): void {
  const problems = offerTermsProblems(terms);
  if (problems.length) throw errors.validation(problems);
}

const DIRECT_FIELDS = [
  ['title', 'title'],
  ['description', 'description'],
  ['kind', 'kind'],
  ['technologies', 'technologies'],
  ['sectors', 'sectors'],
  ['spearheads', 'spearheads'],
  ['pricing', 'pricing'],
  ['regionsServed', 'regions_served'],
  ['languages', 'languages'],
  ['language', 'language'],
  ['references', 'reference_text'],
  ['classification', 'classification'],
] as const;

/** Input fields to columns; only the fields given are returned, so it serves updates too. */
export function toColumns(input: SolutionInput | SolutionUpdate): Partial<SolutionRow> {
  const columns: Record<string, unknown> = {};
  for (const [field, column] of DIRECT_FIELDS) {
    if (input[field] !== undefined) columns[column] = input[field];
  }
  if (input.trl !== undefined || input.marketStage !== undefined) {
    columns.trl = input.trl ?? null;
    columns.market_stage = input.marketStage ?? null;
  }
  if (input.pricing !== undefined || input.freeMonths !== undefined) columns.free_months = input.freeMonths ?? null;
  return columns as Partial<SolutionRow>;
}

export const solutionContent: ItemContent<'solution', SolutionInput, SolutionUpdate> = {
  kind: 'solution',
  defaults: { trl: null, market_stage: null, free_months: null },
  toColumns,
  problems: (content) => offerTermsProblems(content as OfferTerms),
};
