// What this platform serves to partners: its own published, public items with their public columns
// (listed explicitly, so review notes, authors and addresses can never leak), and the items that
// were published once and no longer are. Copies of other partners' items are never served again.
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { OPEN_STATUSES } from '../items/lifecycle.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import { ITEM_KINDS } from '../items/kinds.ts';

export interface ChangeRow {
  kind: ItemKind;
  id: string;
  micros: string;
  serve: boolean;
}

export interface Position {
  micros: string;
  kind: ItemKind;
  id: string;
}

function changes(kind: ItemKind) {
  const table = sql.table(ITEM_KINDS[kind].table);
  const open = sql.join(OPEN_STATUSES[kind].map((status) => sql.lit(status)));
  return sql`SELECT ${sql.lit(kind)}::text AS kind, t.id::text AS id, t.updated_at,
      (extract(epoch FROM t.updated_at) * 1000000)::bigint AS micros,
      (t.status IN (${open}) AND t.classification = 'public') AS serve
    FROM ${table} t
    WHERE t.published_at IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM federated_items f WHERE f.kind = ${sql.lit(kind)} AND f.local_id = t.id)`;
}

/** One page of changes in (update time, kind, id) order, starting after `after`. */
export async function changedItems(
  db: Database,
  since: Date | null,
  after: Position | null,
  limit: number,
): Promise<ChangeRow[]> {
  const sinceClause = since ? sql`AND c.updated_at >= ${since}` : sql``;
  const afterClause = after
    ? sql`AND (c.micros, c.kind, c.id) > (${after.micros}::bigint, ${after.kind}::text, ${after.id}::text)`
    : sql``;
  const { rows } = await sql<ChangeRow>`
    SELECT c.kind, c.id, c.micros::text AS micros, c.serve FROM (${changes('challenge')} UNION ALL ${changes('solution')}) c
    WHERE true ${sinceClause} ${afterClause}
    ORDER BY c.micros, c.kind, c.id LIMIT ${limit}`.execute(db);
  return rows;
}

const ORGANISATION_COLUMNS = [
  'organisations.id as organisation_id',
  'organisations.name as organisation_name',
  'organisations.kind as organisation_kind',
  'organisations.is_sme as organisation_is_sme',
  'organisations.country as organisation_country',
] as const;

export async function servedChallenges(db: Database, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('challenges')
    .innerJoin('organisations', 'organisations.id', 'challenges.owner_organisation_id')
    .where('challenges.id', 'in', ids)
    .where('challenges.status', 'in', [...OPEN_STATUSES.challenge])
    .where('challenges.classification', '=', 'public')
    .select([
      'challenges.id',
      'challenges.title',
      'challenges.description',
      'challenges.sectors',
      'challenges.spearheads',
      'challenges.language',
      'challenges.status',
      'challenges.updated_at',
      'challenges.region',
      'challenges.urgency',
      'challenges.deadline',
      'challenges.duration_months',
      'challenges.desired_kinds',
      ...ORGANISATION_COLUMNS,
    ])
    .execute();
}

export async function servedSolutions(db: Database, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('solutions')
    .innerJoin('organisations', 'organisations.id', 'solutions.provider_organisation_id')
    .where('solutions.id', 'in', ids)
    .where('solutions.status', 'in', [...OPEN_STATUSES.solution])
    .where('solutions.classification', '=', 'public')
    .select([
      'solutions.id',
      'solutions.title',
      'solutions.description',
      'solutions.sectors',
      'solutions.spearheads',
      'solutions.language',
      'solutions.status',
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
    ])
    .execute();
}

export type ServedChallengeRow = Awaited<ReturnType<typeof servedChallenges>>[number];
export type ServedSolutionRow = Awaited<ReturnType<typeof servedSolutions>>[number];
