// The CSV distributions: one row per item, columns in a fixed order (new columns go at the end),
// lists joined with "; ". The solution columns are also what the bulk import reads back.
// Open data must stay faithful, so no text is changed but for the one mark OWASP recommends against
// formula injection: a cell a spreadsheet would run (=, +, -, @, tab …) starts with an apostrophe
// (src/shared/csv.ts); the bulk import takes it off again.
import { recordsCsv, type CsvColumns } from '../shared/csv.ts';
import type { PublicChallenge, PublicOrganisation, PublicSolution } from './repository.ts';

export const LIST_SEPARATOR = '; ';

const list = (values: readonly (string | number)[]): string => values.join(LIST_SEPARATOR);
const date = (value: Date | null): string => (value ? value.toISOString() : '');

const ORGANISATION_COLUMNS: CsvColumns<PublicOrganisation> = [
  ['organisationName', (r) => r.organisation_name],
  ['organisationEnterpriseNumber', (r) => r.organisation_enterprise_number],
  ['organisationCountry', (r) => r.organisation_country],
  ['organisationKind', (r) => r.organisation_kind],
  ['organisationIsSme', (r) => r.organisation_is_sme],
  ['organisationWebsite', (r) => r.organisation_website],
];

const CHALLENGE_COLUMNS: CsvColumns<PublicChallenge> = [
  ['id', (r) => r.id],
  ['title', (r) => r.title],
  ['description', (r) => r.description],
  ['language', (r) => r.language],
  ['sectors', (r) => list(r.sectors)],
  ['spearheads', (r) => list(r.spearheads)],
  ['region', (r) => r.region],
  ['urgency', (r) => r.urgency],
  ['deadline', (r) => r.deadline],
  ['durationMonths', (r) => r.duration_months],
  ['desiredKinds', (r) => list(r.desired_kinds)],
  ['status', (r) => r.status],
  ['publishedAt', (r) => date(r.published_at)],
  ['updatedAt', (r) => date(r.updated_at)],
  ...ORGANISATION_COLUMNS,
];

const SOLUTION_COLUMNS: CsvColumns<PublicSolution> = [
  ['id', (r) => r.id],
  ['title', (r) => r.title],
  ['description', (r) => r.description],
  ['language', (r) => r.language],
  ['kind', (r) => r.kind],
  ['technologies', (r) => list(r.technologies)],
  ['sectors', (r) => list(r.sectors)],
  ['spearheads', (r) => list(r.spearheads)],
  ['trl', (r) => r.trl],
  ['marketStage', (r) => r.market_stage],
  ['pricing', (r) => r.pricing],
  ['freeMonths', (r) => r.free_months],
  ['regionsServed', (r) => list(r.regions_served)],
  ['languages', (r) => list(r.languages)],
  ['references', (r) => r.reference_text],
  ['status', (r) => r.status],
  ['publishedAt', (r) => date(r.published_at)],
  ['updatedAt', (r) => date(r.updated_at)],
  ...ORGANISATION_COLUMNS,
];

export const challengesCsv = (rows: PublicChallenge[]): string => recordsCsv(CHALLENGE_COLUMNS, rows);
export const solutionsCsv = (rows: PublicSolution[]): string => recordsCsv(SOLUTION_COLUMNS, rows);
