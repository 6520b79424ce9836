// The facts an item may be named by to any reader (withheld.ts decides which a reader sees).
import type { Database } from '../db/database.ts';

/** What the visibility rule and a neutral description need of items: their guard columns, region and organisation. */
export async function itemFacts(db: Database, kind: 'challenge' | 'solution', ids: string[]) {
  if (ids.length === 0) return [];
  if (kind === 'challenge') {
    return db
      .selectFrom('challenges')
      .innerJoin('organisations', 'organisations.id', 'challenges.owner_organisation_id')
      .select([
        'challenges.id',
        'challenges.title',
        'challenges.classification',
        'challenges.status',
        'challenges.spearheads',
        'challenges.region',
        'challenges.owner_organisation_id as organisation_id',
        'challenges.assigned_ambassador_id',
        'organisations.name as organisation_name',
        'organisations.kind as organisation_kind',
      ])
      .where('challenges.id', 'in', ids)
      .execute();
  }
  const rows = await db
    .selectFrom('solutions')
    .innerJoin('organisations', 'organisations.id', 'solutions.provider_organisation_id')
    .select([
      'solutions.id',
      'solutions.title',
      'solutions.classification',
      'solutions.status',
      'solutions.spearheads',
      'solutions.provider_organisation_id as organisation_id',
      'organisations.name as organisation_name',
      'organisations.kind as organisation_kind',
    ])
    .where('solutions.id', 'in', ids)
    .execute();
  return rows.map((row) => ({ ...row, region: null, assigned_ambassador_id: null }));
}
