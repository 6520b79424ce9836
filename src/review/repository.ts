// Queries of the review screen that no other area needs: organisations still to be verified.
import type { Database } from '../db/database.ts';

export interface UnverifiedOrganisation {
  id: string;
  name: string;
  enterprise_number: string;
  country: string;
  created_at: Date;
  /** Items of the organisation waiting for review: their publication is when verification matters most. */
  submitted: number;
}

/** Unverified organisations, those with submitted items first, then the longest waiting. */
export async function unverifiedOrganisations(
  db: Database,
  limit: number,
): Promise<{ rows: UnverifiedOrganisation[]; total: number }> {
  const [rows, count] = await Promise.all([
    db
      .selectFrom('organisations')
      .select([
        'organisations.id',
        'organisations.name',
        'organisations.enterprise_number',
        'organisations.country',
        'organisations.created_at',
      ])
      .select((eb) =>
        eb(
          eb
            .selectFrom('challenges')
            .select(eb.fn.countAll<number>().as('n'))
            .whereRef('challenges.owner_organisation_id', '=', 'organisations.id')
            .where('challenges.status', '=', 'submitted'),
          '+',
          eb
            .selectFrom('solutions')
            .select(eb.fn.countAll<number>().as('n'))
            .whereRef('solutions.provider_organisation_id', '=', 'organisations.id')
            .where('solutions.status', '=', 'submitted'),
        ).as('submitted'),
      )
      .where('organisations.verified', '=', false)
      .orderBy('submitted', 'desc')
      .orderBy('organisations.created_at', 'asc')
      .orderBy('organisations.id')
      .limit(limit)
      .execute(),
    db
      .selectFrom('organisations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('verified', '=', false)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map((row) => ({ ...row, submitted: Number(row.submitted) })), total: Number(count.n) };
}
