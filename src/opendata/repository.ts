// The only queries open data, feeds and schema.org read: items an anonymous visitor may see
// (published, public) with an explicit list of public columns, so review notes, authors and
// addresses can never leak by a later `selectAll`.
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { visibleTo } from '../items/visibility-repository.ts';

/** Copies of a partner region's items are the partner's to publish: open data and feeds carry only this platform's own. */
function ownItem(kind: 'challenge' | 'solution') {
  const id = sql.ref(kind === 'challenge' ? 'challenges.id' : 'solutions.id');
  return sql<boolean>`NOT EXISTS (SELECT 1 FROM federated_items f WHERE f.kind = ${kind} AND f.local_id = ${id})`;
}

const ORGANISATION_COLUMNS = [
  'organisations.id as organisation_id',
  'organisations.name as organisation_name',
  'organisations.kind as organisation_kind',
  'organisations.is_sme as organisation_is_sme',
  'organisations.enterprise_number as organisation_enterprise_number',
  'organisations.country as organisation_country',
  'organisations.website as organisation_website',
] as const;

export interface PublicOrganisation {
  organisation_id: string;
  organisation_name: string;
  organisation_kind: string;
  organisation_is_sme: boolean;
  organisation_enterprise_number: string;
  organisation_country: string;
  organisation_website: string | null;
}

interface PublicItem extends PublicOrganisation {
  id: string;
  title: string;
  description: string;
  sectors: string[];
  spearheads: number[];
  language: string;
  status: string;
  published_at: Date | null;
  updated_at: Date;
}

export interface PublicChallenge extends PublicItem {
  region: string;
  urgency: string;
  deadline: string | null;
  duration_months: number | null;
  desired_kinds: string[];
}

export interface PublicSolution extends PublicItem {
  kind: string;
  technologies: string[];
  trl: number | null;
  market_stage: string | null;
  pricing: string;
  free_months: number | null;
  regions_served: string[];
  languages: string[];
  reference_text: string;
}

/** What anyone may read of a challenge: the visibility rule for a visitor, this platform's own items only. */
function publicChallengeQuery(db: Database) {
  return db
    .selectFrom('challenges')
    .innerJoin('organisations', 'organisations.id', 'challenges.owner_organisation_id')
    .where(visibleTo('challenge', null))
    .where(ownItem('challenge'))
    .select([
      'challenges.id',
      'challenges.title',
      'challenges.description',
      'challenges.sectors',
      'challenges.spearheads',
      'challenges.language',
      'challenges.status',
      'challenges.published_at',
      'challenges.updated_at',
      'challenges.region',
      'challenges.urgency',
      'challenges.deadline',
      'challenges.duration_months',
      'challenges.desired_kinds',
      ...ORGANISATION_COLUMNS,
    ]);
}

function publicSolutionQuery(db: Database) {
  return db
    .selectFrom('solutions')
    .innerJoin('organisations', 'organisations.id', 'solutions.provider_organisation_id')
    .where(visibleTo('solution', null))
    .where(ownItem('solution'))
    .select([
      'solutions.id',
      'solutions.title',
      'solutions.description',
      'solutions.sectors',
      'solutions.spearheads',
      'solutions.language',
      'solutions.status',
      'solutions.published_at',
      'solutions.updated_at',
      'solutions.kind',
      'solutions.technologies',
      'solutions.trl',
      'solutions.market_stage',
      'solutions.pricing',
      'solutions.free_months',
      'solutions.regions_served',
      'solutions.languages',
      'solutions.reference_text',
      ...ORGANISATION_COLUMNS,
    ]);
}

/** Newest first; `limit` serves the feeds, open data takes everything. */
export async function publicChallenges(db: Database, limit?: number): Promise<PublicChallenge[]> {
  let query = publicChallengeQuery(db).orderBy('challenges.published_at', 'desc').orderBy('challenges.id');
  if (limit) query = query.limit(limit);
  return query.execute();
}

export async function publicSolutions(db: Database, limit?: number): Promise<PublicSolution[]> {
  let query = publicSolutionQuery(db).orderBy('solutions.published_at', 'desc').orderBy('solutions.id');
  if (limit) query = query.limit(limit);
  return query.execute();
}

/** One item as anyone may read it now, or undefined when nobody outside may (or it is gone). */
export function publicChallenge(db: Database, id: string): Promise<PublicChallenge | undefined> {
  return publicChallengeQuery(db).where('challenges.id', '=', id).executeTakeFirst();
}

export function publicSolution(db: Database, id: string): Promise<PublicSolution | undefined> {
  return publicSolutionQuery(db).where('solutions.id', '=', id).executeTakeFirst();
}

/**
 * When the kind's public view last changed, a withdrawal included: the time of its newest member in the
 * LDES's log, which records every version and every tombstone from this same view. The public items alone
 * cannot tell when one left. Null before the first member.
 */
export async function lastPublicChange(db: Database, kind: 'challenge' | 'solution'): Promise<Date | null> {
  const newest = await db
    .selectFrom('ldes_members')
    .select('generated_at')
    .where('item_kind', '=', kind)
    .orderBy('sequence', 'desc')
    .limit(1)
    .executeTakeFirst();
  return newest?.generated_at ?? null;
}

/** The newest change of an open call on a challenge anyone may read (the calls dataset's modification date). */
export async function lastPublicCallChange(db: Database): Promise<Date | null> {
  const row = await db
    .selectFrom('calls')
    .innerJoin('challenges', 'challenges.id', 'calls.challenge_id')
    .select((eb) => eb.fn.max('calls.updated_at').as('at'))
    .where('calls.status', '=', 'open')
    .where(visibleTo('challenge', null))
    .executeTakeFirst();
  return row?.at ? new Date(row.at as unknown as string) : null;
}
