// Reads what the matching index needs: every challenge and solution that may be matched, and what
// changed since a moment (to follow other instances' writes); and the matches people decided on, as feedback.
import type { Database } from '../db/database.ts';
import { LISTED_STATUSES } from '../items/lifecycle.ts';
import type { MatchStatus } from '../db/schema.ts';

export interface IndexedChallenge {
  id: string;
  title: string;
  description: string;
  language: string;
  sectors: string[];
  spearheads: number[];
  region: string;
  status: string;
  classification: 'public' | 'internal' | 'confidential';
  owner_organisation_id: string;
  assigned_ambassador_id: string | null;
  updated_at: Date;
}

export interface IndexedSolution {
  id: string;
  title: string;
  description: string;
  language: string;
  languages: string[];
  sectors: string[];
  spearheads: number[];
  regions_served: string[];
  technologies: string[];
  trl: number | null;
  status: string;
  classification: 'public' | 'internal' | 'confidential';
  provider_organisation_id: string;
  updated_at: Date;
}

const CHALLENGE_COLUMNS = [
  'id',
  'title',
  'description',
  'language',
  'sectors',
  'spearheads',
  'region',
  'status',
  'classification',
  'owner_organisation_id',
  'assigned_ambassador_id',
  'updated_at',
] as const;
const SOLUTION_COLUMNS = [
  'id',
  'title',
  'description',
  'language',
  'languages',
  'sectors',
  'spearheads',
  'regions_served',
  'technologies',
  'trl',
  'status',
  'classification',
  'provider_organisation_id',
  'updated_at',
] as const;

export async function matchableChallenges(db: Database): Promise<IndexedChallenge[]> {
  return db
    .selectFrom('challenges')
    .select(CHALLENGE_COLUMNS)
    .where('status', 'in', [...LISTED_STATUSES.challenge])
    .execute();
}

export async function matchableSolutions(db: Database): Promise<IndexedSolution[]> {
  return db
    .selectFrom('solutions')
    .select(SOLUTION_COLUMNS)
    .where('status', 'in', [...LISTED_STATUSES.solution])
    .execute();
}

export async function oneChallenge(db: Database, id: string): Promise<IndexedChallenge | undefined> {
  return db.selectFrom('challenges').select(CHALLENGE_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function oneSolution(db: Database, id: string): Promise<IndexedSolution | undefined> {
  return db.selectFrom('solutions').select(SOLUTION_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export interface DecidedMatch {
  challenge_id: string;
  solution_id: string;
  status: MatchStatus;
  decline_reason: string | null;
  origin: string;
}

/** Matches the sides or an ambassador decided on: accepted and beyond, or declined (expired ones said nothing). */
export async function decidedMatches(db: Database, statuses: readonly MatchStatus[]): Promise<DecidedMatch[]> {
  return db
    .selectFrom('matches')
    .select(['challenge_id', 'solution_id', 'status', 'decline_reason', 'origin'])
    .where('status', 'in', [...statuses])
    .orderBy('challenge_id')
    .orderBy('solution_id')
    .execute();
}

export async function challengesById(db: Database, ids: readonly string[]): Promise<IndexedChallenge[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('challenges')
    .select(CHALLENGE_COLUMNS)
    .where('id', 'in', [...ids])
    .execute();
}

export async function solutionsById(db: Database, ids: readonly string[]): Promise<IndexedSolution[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('solutions')
    .select(SOLUTION_COLUMNS)
    .where('id', 'in', [...ids])
    .execute();
}
