// Shapes solutions for the API and pages, and maps input to columns.
import type { SolutionRow } from '../db/schema.ts';
import type { GuardedItem } from '../publication/permissions.ts';
import type { SolutionWithOrganisation } from './repository.ts';
import type { Solution, SolutionInput, SolutionUpdate } from './schemas.ts';

export function guardOf(row: SolutionRow): GuardedItem {
  return {
    kind: 'solution',
    organisationId: row.provider_organisation_id,
    classification: row.classification,
    status: row.status,
    spearheads: row.spearheads,
  };
}

export function presentSolution(row: SolutionWithOrganisation): Solution {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    kind: row.kind,
    technologies: row.technologies,
    sectors: row.sectors,
    spearheads: row.spearheads,
    trl: row.trl,
    marketStage: row.market_stage,
    pricing: row.pricing,
    freeMonths: row.free_months,
    regionsServed: row.regions_served,
    languages: row.languages,
    language: row.language,
    references: row.reference_text,
    classification: row.classification,
    status: row.status as Solution['status'],
    organisation: {
      id: row.provider_organisation_id,
      name: row.organisation_name,
      isSme: row.organisation_is_sme,
      verified: row.organisation_verified,
    },
    reviewNote: row.review_note,
    publishedAt: row.published_at ? row.published_at.toISOString() : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    links: { self: `/api/v1/solutions/${row.id}`, page: `/solutions/${row.id}` },
  };
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
