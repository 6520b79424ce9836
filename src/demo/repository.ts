import { sql } from 'kysely';
import type { Database } from '../db/database.ts';

export async function countOrganisations(db: Database): Promise<number> {
  const row = await db
    .selectFrom('organisations')
    .select(sql<number>`count(*)::int`.as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}
