// The member's CSV export: one row per item, lists joined with "; ", dates in ISO 8601. Text that
// a spreadsheet would run as a formula is prefixed with an apostrophe (CSV injection).
import { stringify } from 'csv-stringify/sync';
import type { ExportedChallenge, ExportedSolution } from './repository.ts';

type Cell = string | number | boolean | null;
type Columns<R> = [string, (row: R) => Cell][];

const FORMULA_START = /^[=+\-@\t\r]/;

const list = (values: readonly (string | number)[]): string => values.join('; ');
const date = (value: Date | null): string => (value ? value.toISOString() : '');
const text = (value: string | null): string => (value && FORMULA_START.test(value) ? `'${value}` : (value ?? ''));

function common<R extends ExportedChallenge | ExportedSolution>(page: string): Columns<R> {
  return [
    ['id', (r) => r.id], ['title', (r) => text(r.title)], ['description', (r) => text(r.description)], ['language', (r) => r.language],
    ['sectors', (r) => list(r.sectors)], ['spearheads', (r) => list(r.spearheads)], ['status', (r) => r.status],
    ['classification', (r) => r.classification], ['organisationName', (r) => text(r.organisation_name)],
    ['publishedAt', (r) => date(r.published_at)], ['updatedAt', (r) => date(r.updated_at)], ['page', (r) => `${page}/${r.id}`],
  ];
}

function toCsv<R>(columns: Columns<R>, rows: R[]): string {
  return stringify([columns.map(([name]) => name), ...rows.map((row) => columns.map(([, cell]) => cell(row) ?? ''))]);
}

export function challengesCsv(rows: ExportedChallenge[], baseUrl: string): string {
  return toCsv<ExportedChallenge>([
    ...common<ExportedChallenge>(`${baseUrl}/challenges`),
    ['region', (r) => r.region], ['urgency', (r) => r.urgency], ['deadline', (r) => r.deadline], ['durationMonths', (r) => r.duration_months],
    ['desiredKinds', (r) => list(r.desired_kinds)], ['expiresAt', (r) => date(r.expires_at)],
  ], rows);
}

export function solutionsCsv(rows: ExportedSolution[], baseUrl: string): string {
  return toCsv<ExportedSolution>([
    ...common<ExportedSolution>(`${baseUrl}/solutions`),
    ['kind', (r) => r.kind], ['technologies', (r) => list(r.technologies)], ['trl', (r) => r.trl], ['marketStage', (r) => r.market_stage],
    ['pricing', (r) => r.pricing], ['freeMonths', (r) => r.free_months], ['regionsServed', (r) => list(r.regions_served)],
    ['languages', (r) => list(r.languages)], ['references', (r) => text(r.reference_text)],
  ], rows);
}
