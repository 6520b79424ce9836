// The items a person may see, for their CSV export. Visibility comes from the same SQL rule as
// every list (items/visibility-repository.ts); the columns are named explicitly, so review
// notes and authors are never exported.
import type { Database } from '../db/database.ts';
import type { Viewer } from '../shared/viewer.ts';
import { visibleTo } from '../items/visibility-repository.ts';
import { sortOrder } from '../items/cursor.ts';

const COMMON = [
  'id',
  'title',
  'description',
  'language',
  'sectors',
  'spearheads',
  'status',
  'classification',
  'published_at',
  'updated_at',
] as const;
const CHALLENGE_ONLY = ['region', 'urgency', 'deadline', 'duration_months', 'desired_kinds', 'expires_at'] as const;
const SOLUTION_ONLY = [
  'kind',
  'technologies',
  'trl',
  'market_stage',
  'pricing',
  'free_months',
  'regions_served',
  'languages',
  'reference_text',
] as const;

export async function challengesVisibleTo(db: Database, viewer: Viewer) {
  return db
    .selectFrom('challenges')
    .innerJoin('organisations', 'organisations.id', 'challenges.owner_organisation_id')
    .where(visibleTo('challenge', viewer))
    .select([...COMMON, ...CHALLENGE_ONLY].map((c) => `challenges.${c}` as const))
    .select('organisations.name as organisation_name')
    .orderBy(sortOrder('challenge'))
    .orderBy('challenges.id')
    .execute();
}

export async function solutionsVisibleTo(db: Database, viewer: Viewer) {
  return db
    .selectFrom('solutions')
    .innerJoin('organisations', 'organisations.id', 'solutions.provider_organisation_id')
    .where(visibleTo('solution', viewer))
    .select([...COMMON, ...SOLUTION_ONLY].map((c) => `solutions.${c}` as const))
    .select('organisations.name as organisation_name')
    .orderBy(sortOrder('solution'))
    .orderBy('solutions.id')
    .execute();
}

export type ExportedChallenge = Awaited<ReturnType<typeof challengesVisibleTo>>[number];
export type ExportedSolution = Awaited<ReturnType<typeof solutionsVisibleTo>>[number];
