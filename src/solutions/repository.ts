import { sql, type Insertable, type Updateable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { SolutionRow, SolutionsTable } from '../db/schema.ts';
import type { Viewer } from '../shared/viewer.ts';
import { visibleTo } from '../publication/visibility-repository.ts';
import type { ItemFilter } from '../publication/filter.ts';
import { afterPosition, sortKeyText, sortOrder } from '../publication/cursor.ts';

export interface SolutionWithOrganisation extends SolutionRow {
  organisation_name: string;
  organisation_is_sme: boolean;
  organisation_verified: boolean;
}

const ORGANISATION_COLUMNS = [
  'organisations.name as organisation_name',
  'organisations.is_sme as organisation_is_sme',
  'organisations.verified as organisation_verified',
] as const;

const NO_ID = '00000000-0000-0000-0000-000000000000';

export async function insertSolution(db: Database, values: Insertable<SolutionsTable>): Promise<string> {
  const row = await db.insertInto('solutions').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function findSolution(db: Database, id: string): Promise<SolutionWithOrganisation | undefined> {
  return db
    .selectFrom('solutions')
    .innerJoin('organisations', 'organisations.id', 'solutions.provider_organisation_id')
    .selectAll('solutions')
    .select(ORGANISATION_COLUMNS)
    .where('solutions.id', '=', id)
    .executeTakeFirst();
}

export async function findSolutionForUpdate(db: Database, id: string): Promise<SolutionRow | undefined> {
  return db.selectFrom('solutions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateSolution(db: Database, id: string, values: Updateable<SolutionsTable>): Promise<void> {
  await db
    .updateTable('solutions')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** "trl7" selects a readiness level, anything else a market stage. */
function maturityCondition(maturities: string[]) {
  const levels = maturities.filter((m) => /^trl[1-9]$/.test(m)).map((m) => Number(m.slice(3)));
  const stages = maturities.filter((m) => !/^trl[1-9]$/.test(m));
  return sql<boolean>`(solutions.trl = any(${sql.val(levels)}::int[]) or solutions.market_stage = any(${sql.val(stages)}::text[]))`;
}

function filtered(db: Database, filter: ItemFilter, viewer: Viewer | null) {
  let query = db
    .selectFrom('solutions')
    .innerJoin('organisations', 'organisations.id', 'solutions.provider_organisation_id')
    .where(visibleTo('solution', viewer));
  if (filter.statuses.length) query = query.where('solutions.status', 'in', filter.statuses);
  if (filter.sectors.length) query = query.where(sql<boolean>`solutions.sectors && ${sql.val(filter.sectors)}::text[]`);
  if (filter.spearheads.length)
    query = query.where(sql<boolean>`solutions.spearheads && ${sql.val(filter.spearheads)}::int[]`);
  if (filter.regions.length)
    query = query.where(sql<boolean>`solutions.regions_served && ${sql.val(filter.regions)}::text[]`);
  if (filter.languages.length) query = query.where('solutions.language', 'in', filter.languages);
  if (filter.maturities?.length) query = query.where(maturityCondition(filter.maturities));
  if (filter.pricings?.length) query = query.where('solutions.pricing', 'in', filter.pricings);
  if (filter.organisationIds)
    query = query.where(
      'solutions.provider_organisation_id',
      'in',
      filter.organisationIds.length ? filter.organisationIds : [NO_ID],
    );
  if (filter.updatedSince) query = query.where('solutions.updated_at', '>=', filter.updatedSince);
  if (filter.ids) query = query.where('solutions.id', 'in', filter.ids.length ? filter.ids : [NO_ID]);
  return query;
}

/** One page of the visible solutions; `more` says whether another page follows. */
export async function listSolutions(
  db: Database,
  filter: ItemFilter,
  viewer: Viewer | null,
): Promise<{ rows: (SolutionWithOrganisation & { sort_key: string })[]; total: number; more: boolean }> {
  const base = filtered(db, filter, viewer);
  // A text search ranks by relevance, except in cursor mode, which always walks in date order.
  const ranked = filter.after === undefined ? filter.ids : undefined;
  const page = filter.after ? base.where(afterPosition('solution', filter.after)) : base;
  const [rows, count] = await Promise.all([
    page
      .selectAll('solutions')
      .select(ORGANISATION_COLUMNS)
      .select(sortKeyText('solution').as('sort_key'))
      .orderBy(ranked ? sql`array_position(${sql.val(ranked)}::uuid[], solutions.id)` : sortOrder('solution'))
      .orderBy('solutions.id')
      .limit(filter.limit + 1)
      .offset(filter.offset)
      .execute(),
    base.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.slice(0, filter.limit), total: count.total, more: rows.length > filter.limit };
}

export async function solutionFacets(
  db: Database,
  filter: ItemFilter,
  viewer: Viewer | null,
): Promise<Record<string, Record<string, number>>> {
  const base = filtered(db, filter, viewer);
  const count = sql<number>`count(*)::int`.as('count');
  const [sectors, spearheads, regions, languages, statuses, pricings, maturities] = await Promise.all([
    base
      .select([sql<string>`unnest(solutions.sectors)`.as('value'), count])
      .groupBy('value')
      .execute(),
    base
      .select([sql<string>`unnest(solutions.spearheads)::text`.as('value'), count])
      .groupBy('value')
      .execute(),
    base
      .select([sql<string>`unnest(solutions.regions_served)`.as('value'), count])
      .groupBy('value')
      .execute(),
    base.select(['solutions.language as value', count]).groupBy('solutions.language').execute(),
    base.select(['solutions.status as value', count]).groupBy('solutions.status').execute(),
    base.select(['solutions.pricing as value', count]).groupBy('solutions.pricing').execute(),
    base
      .select([sql<string>`coalesce('trl' || solutions.trl, solutions.market_stage)`.as('value'), count])
      .groupBy('value')
      .execute(),
  ]);
  const toMap = (rows: { value: string; count: number }[]) => Object.fromEntries(rows.map((r) => [r.value, r.count]));
  return {
    sector: toMap(sectors),
    spearhead: toMap(spearheads),
    region: toMap(regions),
    language: toMap(languages),
    status: toMap(statuses),
    pricing: toMap(pricings),
    maturity: toMap(maturities),
  };
}
