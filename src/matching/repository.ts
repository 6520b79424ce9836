// Reads what the matching index needs: every challenge and solution that may be matched, and what
// changed since a moment (to follow other instances' writes).
import type { Database } from '../db/database.ts';
import { LISTED_STATUSES } from '../publication/lifecycle.ts';

export interface IndexedChallenge {
  id: string; title: string; description: string; language: string; sectors: string[]; spearheads: number[];
  region: string; status: string; classification: 'public' | 'internal' | 'confidential'; owner_organisation_id: string;
  assigned_ambassador_id: string | null; updated_at: Date;
}

export interface IndexedSolution {
  id: string; title: string; description: string; language: string; languages: string[]; sectors: string[]; spearheads: number[];
  regions_served: string[]; technologies: string[]; trl: number | null; status: string; classification: 'public' | 'internal' | 'confidential';
  provider_organisation_id: string; updated_at: Date;
}

const CHALLENGE_COLUMNS = ['id', 'title', 'description', 'language', 'sectors', 'spearheads', 'region', 'status', 'classification', 'owner_organisation_id', 'assigned_ambassador_id', 'updated_at'] as const;
const SOLUTION_COLUMNS = ['id', 'title', 'description', 'language', 'languages', 'sectors', 'spearheads', 'regions_served', 'technologies', 'trl', 'status', 'classification', 'provider_organisation_id', 'updated_at'] as const;

export async function matchableChallenges(db: Database, since?: Date): Promise<IndexedChallenge[]> {
  let query = db.selectFrom('challenges').select(CHALLENGE_COLUMNS);
  query = since ? query.where('updated_at', '>', since) : query.where('status', 'in', [...LISTED_STATUSES.challenge]);
  return query.execute();
}

export async function matchableSolutions(db: Database, since?: Date): Promise<IndexedSolution[]> {
  let query = db.selectFrom('solutions').select(SOLUTION_COLUMNS);
  query = since ? query.where('updated_at', '>', since) : query.where('status', 'in', [...LISTED_STATUSES.solution]);
  return query.execute();
}

export async function oneChallenge(db: Database, id: string): Promise<IndexedChallenge | undefined> {
  return db.selectFrom('challenges').select(CHALLENGE_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function oneSolution(db: Database, id: string): Promise<IndexedSolution | undefined> {
  return db.selectFrom('solutions').select(SOLUTION_COLUMNS).where('id', '=', id).executeTakeFirst();
}
