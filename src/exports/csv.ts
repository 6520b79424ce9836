// The member's CSV export: one row per item, lists joined with "; ", dates in ISO 8601. Every cell,
// lists included, goes through the shared writer, which neutralises what a spreadsheet would run.
import { recordsCsv, type CsvColumns } from '../shared/csv.ts';
import type { ExportedChallenge, ExportedSolution } from './repository.ts';

const list = (values: readonly (string | number)[]): string => values.join('; ');
const date = (value: Date | null): string => (value ? value.toISOString() : '');

function common<R extends ExportedChallenge | ExportedSolution>(page: string): CsvColumns<R> {
  return [
    ['id', (r) => r.id],
    ['title', (r) => r.title],
    ['description', (r) => r.description],
    ['language', (r) => r.language],
    ['sectors', (r) => list(r.sectors)],
    ['spearheads', (r) => list(r.spearheads)],
    ['status', (r) => r.status],
    ['classification', (r) => r.classification],
    ['organisationName', (r) => r.organisation_name],
    ['publishedAt', (r) => date(r.published_at)],
    ['updatedAt', (r) => date(r.updated_at)],
    ['page', (r) => `${page}/${r.id}`],
  ];
}

export function challengesCsv(rows: ExportedChallenge[], baseUrl: string): string {
  return recordsCsv<ExportedChallenge>(
    [
      ...common<ExportedChallenge>(`${baseUrl}/challenges`),
      ['region', (r) => r.region],
      ['urgency', (r) => r.urgency],
      ['deadline', (r) => r.deadline],
      ['durationMonths', (r) => r.duration_months],
      ['desiredKinds', (r) => list(r.desired_kinds)],
      ['expiresAt', (r) => date(r.expires_at)],
    ],
    rows,
  );
}

export function solutionsCsv(rows: ExportedSolution[], baseUrl: string): string {
  return recordsCsv<ExportedSolution>(
    [
      ...common<ExportedSolution>(`${baseUrl}/solutions`),
      ['kind', (r) => r.kind],
      ['technologies', (r) => list(r.technologies)],
      ['trl', (r) => r.trl],
      ['marketStage', (r) => r.market_stage],
      ['pricing', (r) => r.pricing],
      ['freeMonths', (r) => r.free_months],
      ['regionsServed', (r) => list(r.regions_served)],
      ['languages', (r) => list(r.languages)],
      ['references', (r) => r.reference_text],
    ],
    rows,
  );
}
