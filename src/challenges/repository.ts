import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ChallengeRow, ChallengesTable } from '../db/schema.ts';
import type { Insertable, Updateable } from 'kysely';
import type { Viewer } from '../shared/viewer.ts';
import { visibleTo } from '../publication/visibility-repository.ts';
import type { ItemFilter } from '../publication/filter.ts';
import { afterPosition, sortKeyText, sortOrder } from '../publication/cursor.ts';

export interface ChallengeWithOrganisation extends ChallengeRow {
  organisation_name: string;
  organisation_is_sme: boolean;
  organisation_verified: boolean;
}

const ORGANISATION_COLUMNS = [
  'organisations.name as organisation_name',
  'organisations.is_sme as organisation_is_sme',
  'organisations.verified as organisation_verified',
] as const;

function withOrganisation(db: Database) {
  return db
    .selectFrom('challenges')
    .innerJoin('organisations', 'organisations.id', 'challenges.owner_organisation_id')
    .selectAll('challenges')
    .select(ORGANISATION_COLUMNS);
}

export async function insertChallenge(db: Database, values: Insertable<ChallengesTable>): Promise<string> {
  const row = await db.insertInto('challenges').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function findChallenge(db: Database, id: string): Promise<ChallengeWithOrganisation | undefined> {
  return withOrganisation(db).where('challenges.id', '=', id).executeTakeFirst();
}

/** Locks the row so concurrent transitions of one challenge happen one after the other. */
export async function findChallengeForUpdate(db: Database, id: string): Promise<ChallengeRow | undefined> {
  return db.selectFrom('challenges').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateChallenge(db: Database, id: string, values: Updateable<ChallengesTable>): Promise<void> {
  await db
    .updateTable('challenges')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

function filtered(db: Database, filter: ItemFilter, viewer: Viewer | null) {
  let query = db
    .selectFrom('challenges')
    .innerJoin('organisations', 'organisations.id', 'challenges.owner_organisation_id')
    .where(visibleTo('challenge', viewer));
  if (filter.statuses.length) query = query.where('challenges.status', 'in', filter.statuses);
  if (filter.sectors.length)
    query = query.where(sql<boolean>`challenges.sectors && ${sql.val(filter.sectors)}::text[]`);
  if (filter.spearheads.length)
    query = query.where(sql<boolean>`challenges.spearheads && ${sql.val(filter.spearheads)}::int[]`);
  if (filter.regions.length) query = query.where('challenges.region', 'in', filter.regions);
  if (filter.languages.length) query = query.where('challenges.language', 'in', filter.languages);
  if (filter.organisationIds)
    query = query.where(
      'challenges.owner_organisation_id',
      'in',
      filter.organisationIds.length ? filter.organisationIds : ['00000000-0000-0000-0000-000000000000'],
    );
  if (filter.updatedSince) query = query.where('challenges.updated_at', '>=', filter.updatedSince);
  if (filter.ids)
    query = query.where(
      'challenges.id',
      'in',
      filter.ids.length ? filter.ids : ['00000000-0000-0000-0000-000000000000'],
    );
  return query;
}

/** One page of the visible challenges; `more` says whether another page follows. */
export async function listChallenges(
  db: Database,
  filter: ItemFilter,
  viewer: Viewer | null,
): Promise<{ rows: (ChallengeWithOrganisation & { sort_key: string })[]; total: number; more: boolean }> {
  const base = filtered(db, filter, viewer);
  // A text search ranks by relevance, except in cursor mode, which always walks in date order.
  const ranked = filter.after === undefined ? filter.ids : undefined;
  const page = filter.after ? base.where(afterPosition('challenge', filter.after)) : base;
  const [rows, count] = await Promise.all([
    page
      .selectAll('challenges')
      .select(ORGANISATION_COLUMNS)
      .select(sortKeyText('challenge').as('sort_key'))
      .orderBy(ranked ? sql`array_position(${sql.val(ranked)}::uuid[], challenges.id)` : sortOrder('challenge'))
      .orderBy('challenges.id')
      .limit(filter.limit + 1)
      .offset(filter.offset)
      .execute(),
    base.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.slice(0, filter.limit), total: count.total, more: rows.length > filter.limit };
}

/** How many visible challenges carry each facet value, for the catalogue's filter counts. */
export async function challengeFacets(
  db: Database,
  filter: ItemFilter,
  viewer: Viewer | null,
): Promise<Record<string, Record<string, number>>> {
  const base = filtered(db, filter, viewer);
  const [sectors, spearheads, regions, languages, statuses] = await Promise.all([
    base
      .select([sql<string>`unnest(challenges.sectors)`.as('value'), sql<number>`count(*)::int`.as('count')])
      .groupBy('value')
      .execute(),
    base
      .select([sql<string>`unnest(challenges.spearheads)::text`.as('value'), sql<number>`count(*)::int`.as('count')])
      .groupBy('value')
      .execute(),
    base
      .select(['challenges.region as value', sql<number>`count(*)::int`.as('count')])
      .groupBy('challenges.region')
      .execute(),
    base
      .select(['challenges.language as value', sql<number>`count(*)::int`.as('count')])
      .groupBy('challenges.language')
      .execute(),
    base
      .select(['challenges.status as value', sql<number>`count(*)::int`.as('count')])
      .groupBy('challenges.status')
      .execute(),
  ]);
  const toMap = (rows: { value: string; count: number }[]) => Object.fromEntries(rows.map((r) => [r.value, r.count]));
  return {
    sector: toMap(sectors),
    spearhead: toMap(spearheads),
    region: toMap(regions),
    language: toMap(languages),
    status: toMap(statuses),
  };
}

export async function dueForExpiry(db: Database, now: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('challenges')
    .select('id')
    .where('status', 'in', ['published', 'matched'])
    .where('expires_at', '<=', now)
    .execute();
  return rows.map((r) => r.id);
}
