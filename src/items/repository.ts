// All query code of challenges and solutions. Kysely types a query by its table's name, and the kernel
// picks the table at run time: its queries are typed as over `challenges` and name only columns both
// tables share; the columns that differ (organisation, region, offer terms) go through `column()`.
import { sql, type Insertable, type RawBuilder, type Updateable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ChallengeRow, ChallengesTable, SolutionRow, SolutionsTable } from '../db/schema.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import type { Viewer } from '../shared/viewer.ts';
import { ITEM_KINDS } from './kinds.ts';
import { visibleTo } from './visibility-repository.ts';
import type { ItemFilter } from './filter.ts';
import { afterPosition, sortKeyText, sortOrder } from './cursor.ts';

export interface ItemRows {
  challenge: ChallengeRow;
  solution: SolutionRow;
}
export interface ItemTables {
  challenge: ChallengesTable;
  solution: SolutionsTable;
}
interface OrganisationFields {
  organisation_name: string;
  organisation_is_sme: boolean;
  organisation_verified: boolean;
}
export type ItemWithOrganisation<K extends ItemKind> = ItemRows[K] & OrganisationFields;
export type ChallengeWithOrganisation = ItemWithOrganisation<'challenge'>;
export type SolutionWithOrganisation = ItemWithOrganisation<'solution'>;
type ListedItem<K extends ItemKind> = ItemWithOrganisation<K> & { id: string; sort_key: string };
export type FacetCounts = Record<string, Record<string, number>>;

type SharedColumn = keyof ChallengesTable & keyof SolutionsTable;

const ORGANISATION_COLUMNS = [
  'organisations.name as organisation_name',
  'organisations.is_sme as organisation_is_sme',
  'organisations.verified as organisation_verified',
] as const;

const NO_ID = '00000000-0000-0000-0000-000000000000';

const tableOf = (kind: ItemKind) => ITEM_KINDS[kind].table as 'challenges';
const shared = <C extends SharedColumn>(kind: ItemKind, name: C) => `${tableOf(kind)}.${name}` as `challenges.${C}`;
const column = (kind: ItemKind, name: string): RawBuilder<unknown> => sql.ref(`${ITEM_KINDS[kind].table}.${name}`);
const organisationColumn = (kind: ItemKind) => ITEM_KINDS[kind].organisationColumn as 'owner_organisation_id';

function withOrganisation(db: Database, kind: ItemKind) {
  return db
    .selectFrom(tableOf(kind))
    .innerJoin('organisations', 'organisations.id', `${tableOf(kind)}.${organisationColumn(kind)}`);
}

export async function insertItem<K extends ItemKind>(
  db: Database,
  kind: K,
  values: Insertable<ItemTables[K]>,
): Promise<string> {
  const row = await db
    .insertInto(tableOf(kind))
    .values(values as Insertable<ChallengesTable>)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findItem<K extends ItemKind>(
  db: Database,
  kind: K,
  id: string,
): Promise<ItemWithOrganisation<K> | undefined> {
  const row = await withOrganisation(db, kind)
    .selectAll(tableOf(kind))
    .select(ORGANISATION_COLUMNS)
    .where(shared(kind, 'id'), '=', id)
    .executeTakeFirst();
  return row as unknown as ItemWithOrganisation<K> | undefined;
}

/** Locks the row so concurrent transitions of one item happen one after the other. */
export async function findItemForUpdate<K extends ItemKind>(
  db: Database,
  kind: K,
  id: string,
): Promise<ItemRows[K] | undefined> {
  const row = await db.selectFrom(tableOf(kind)).selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row as unknown as ItemRows[K] | undefined;
}

export async function updateItem<K extends ItemKind>(
  db: Database,
  kind: K,
  id: string,
  values: Updateable<ItemTables[K]>,
): Promise<void> {
  await db
    .updateTable(tableOf(kind))
    .set({ ...(values as Updateable<ChallengesTable>), updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** "trl7" selects a readiness level, anything else a market stage. */
function maturityCondition(kind: ItemKind, maturities: string[]) {
  const levels = maturities.filter((m) => /^trl[1-9]$/.test(m)).map((m) => Number(m.slice(3)));
  const stages = maturities.filter((m) => !/^trl[1-9]$/.test(m));
  return sql<boolean>`(${column(kind, 'trl')} = any(${sql.val(levels)}::int[]) or ${column(kind, 'market_stage')} = any(${sql.val(stages)}::text[]))`;
}

function regionCondition(kind: ItemKind, regions: string[]) {
  const { name, many } = ITEM_KINDS[kind].regionColumn;
  return many
    ? sql<boolean>`${column(kind, name)} && ${sql.val(regions)}::text[]`
    : sql<boolean>`${column(kind, name)} in (${sql.join(regions)})`;
}

function filtered(db: Database, kind: ItemKind, filter: ItemFilter, viewer: Viewer | null) {
  let query = withOrganisation(db, kind).where(visibleTo(kind, viewer));
  if (filter.statuses.length) query = query.where(shared(kind, 'status'), 'in', filter.statuses);
  if (filter.sectors.length)
    query = query.where(sql<boolean>`${column(kind, 'sectors')} && ${sql.val(filter.sectors)}::text[]`);
  if (filter.spearheads.length)
    query = query.where(sql<boolean>`${column(kind, 'spearheads')} && ${sql.val(filter.spearheads)}::int[]`);
  if (filter.regions.length) query = query.where(regionCondition(kind, filter.regions));
  if (filter.languages.length) query = query.where(shared(kind, 'language'), 'in', filter.languages);
  if (filter.maturities?.length) query = query.where(maturityCondition(kind, filter.maturities));
  if (filter.pricings?.length)
    query = query.where(sql<boolean>`${column(kind, 'pricing')} in (${sql.join(filter.pricings)})`);
  if (filter.organisationIds)
    query = query.where(
      `${tableOf(kind)}.${organisationColumn(kind)}`,
      'in',
      filter.organisationIds.length ? filter.organisationIds : [NO_ID],
    );
  if (filter.updatedSince) query = query.where(shared(kind, 'updated_at'), '>=', filter.updatedSince);
  if (filter.ids) query = query.where(shared(kind, 'id'), 'in', filter.ids.length ? filter.ids : [NO_ID]);
  return query;
}

/** One page of the visible items; `more` says whether another page follows. */
export async function listItems<K extends ItemKind>(
  db: Database,
  kind: K,
  filter: ItemFilter,
  viewer: Viewer | null,
): Promise<{ rows: ListedItem<K>[]; total: number; more: boolean }> {
  const base = filtered(db, kind, filter, viewer);
  // A text search ranks by relevance, except in cursor mode, which always walks in date order.
  const ranked = filter.after === undefined ? filter.ids : undefined;
  const page = filter.after ? base.where(afterPosition(kind, filter.after)) : base;
  const [rows, count] = await Promise.all([
    page
      .selectAll(tableOf(kind))
      .select(ORGANISATION_COLUMNS)
      .select(sortKeyText(kind).as('sort_key'))
      .orderBy(ranked ? sql`array_position(${sql.val(ranked)}::uuid[], ${column(kind, 'id')})` : sortOrder(kind))
      .orderBy(shared(kind, 'id'))
      .limit(filter.limit + 1)
      .offset(filter.offset)
      .execute(),
    base.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
  ]);
  return {
    rows: rows.slice(0, filter.limit) as unknown as ListedItem<K>[],
    total: count.total,
    more: rows.length > filter.limit,
  };
}

/** The facets a catalogue counts, as SQL giving each row's values (an array is unnested). */
function facetValues(kind: ItemKind): Record<string, RawBuilder<string>> {
  const { name, many } = ITEM_KINDS[kind].regionColumn;
  const values: Record<string, RawBuilder<string>> = {
    sector: sql<string>`unnest(${column(kind, 'sectors')})`,
    spearhead: sql<string>`unnest(${column(kind, 'spearheads')})::text`,
    region: many ? sql<string>`unnest(${column(kind, name)})` : sql<string>`${column(kind, name)}`,
    language: sql<string>`${column(kind, 'language')}`,
    status: sql<string>`${column(kind, 'status')}`,
  };
  if (!ITEM_KINDS[kind].offerTerms) return values;
  return {
    ...values,
    pricing: sql<string>`${column(kind, 'pricing')}`,
    maturity: sql<string>`coalesce('trl' || ${column(kind, 'trl')}, ${column(kind, 'market_stage')})`,
  };
}

/** How many visible items carry each facet value, for the catalogue's filter counts. */
export async function itemFacets(
  db: Database,
  kind: ItemKind,
  filter: ItemFilter,
  viewer: Viewer | null,
): Promise<FacetCounts> {
  const base = filtered(db, kind, filter, viewer);
  const counted = await Promise.all(
    Object.entries(facetValues(kind)).map(async ([facet, value]) => {
      const rows = await base
        .select([value.as('value'), sql<number>`count(*)::int`.as('count')])
        .groupBy('value')
        .execute();
      return [facet, Object.fromEntries(rows.map((r) => [r.value, r.count]))] as const;
    }),
  );
  return Object.fromEntries(counted);
}

/** Items whose publication period has run out (only challenges have one). */
export async function dueForExpiry(db: Database, kind: ItemKind, now: Date): Promise<string[]> {
  const rows = await db
    .selectFrom(tableOf(kind))
    .select('id')
    .where('status', 'in', ['published', 'matched'])
    .where('expires_at', '<=', now)
    .execute();
  return rows.map((r) => r.id);
}

/** Whether an organisation exists (an admin may post for any). */
export async function organisationExists(db: Database, id: string): Promise<boolean> {
  const row = await db.selectFrom('organisations').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}
