import { sql } from 'kysely';
import type { Database } from '../db/database.ts';

export async function countOrganisations(db: Database): Promise<number> {
  const row = await db
    .selectFrom('organisations')
    .select(sql<number>`count(*)::int`.as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}

/** A public published challenge of one organisation and a published solution of another with no match yet. */
export async function unmatchedPair(db: Database, challengeOwner: string, solutionProvider: string) {
  return db
    .selectFrom('challenges as c')
    .innerJoin('solutions as s', (join) => join.onTrue())
    .select(['c.id as challengeId', 's.id as solutionId'])
    .where('c.owner_organisation_id', '=', challengeOwner)
    .where('c.status', '=', 'published')
    .where('c.classification', '=', 'public')
    .where('s.provider_organisation_id', '=', solutionProvider)
    .where('s.status', '=', 'published')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('matches as m')
            .select('m.id')
            .whereRef('m.challenge_id', '=', 'c.id')
            .whereRef('m.solution_id', '=', 's.id'),
        ),
      ),
    )
    .orderBy('c.title')
    .orderBy('s.title')
    .executeTakeFirst();
}
