// Who may be curating a call's challenge, for the notice of a submitted call: the ambassadors of its
// spearheads and those without any spearhead (they curate every challenge). The rule decides among them.
import type { Database } from '../db/database.ts';

export async function curatorCandidates(db: Database, spearheads: number[]): Promise<string[]> {
  const rows = await db
    .selectFrom('people')
    .select('people.id')
    .where('people.role', '=', 'ambassador')
    .where(({ or, exists, not, selectFrom }) => {
      const spearheadsOf = selectFrom('ambassador_spearheads as s')
        .select('s.person_id')
        .whereRef('s.person_id', '=', 'people.id');
      return or([
        not(exists(spearheadsOf)),
        ...(spearheads.length ? [exists(spearheadsOf.where('s.spearhead', 'in', spearheads))] : []),
      ]);
    })
    .execute();
  return rows.map((row) => row.id);
}
