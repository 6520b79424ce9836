// The queries behind a person's list of matches and the count in the header: the matches of their
// organisations' items and, for an ambassador, of the items they curate. The service applies the
// exact rules (parties.ts); these queries only keep the candidates small.
import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Viewer } from '../shared/viewer.ts';
import { isAdmin, isAmbassador } from '../shared/viewer.ts';

/** A list has an end: the most recently changed matches first. */
export const INBOX_LIMIT = 300;

const ownedBy = (
  column: 'challenges.owner_organisation_id' | 'solutions.provider_organisation_id',
  organisationIds: string[],
) => sql<boolean>`${sql.ref(column)} = any(${sql.val(organisationIds)}::uuid[])`;

/** Admins see the matches of their own organisations here; curating everything would make the list meaningless. */
function curated(viewer: Viewer): RawBuilder<boolean> {
  if (!isAmbassador(viewer) || isAdmin(viewer)) return sql<boolean>`false`;
  if (viewer.spearheads.length === 0) return sql<boolean>`true`;
  const spearheads = sql.val(viewer.spearheads);
  return sql<boolean>`(challenges.spearheads && ${spearheads}::int[] or solutions.spearheads && ${spearheads}::int[] or challenges.assigned_ambassador_id = ${viewer.id})`;
}

export async function inboxMatches(db: Database, viewer: Viewer) {
  const ids = viewer.organisationIds;
  return db
    .selectFrom('matches')
    .innerJoin('challenges', 'challenges.id', 'matches.challenge_id')
    .innerJoin('solutions', 'solutions.id', 'matches.solution_id')
    .select([
      'matches.id',
      'matches.challenge_id',
      'matches.solution_id',
      'matches.origin',
      'matches.status',
      'matches.score',
      'matches.explanation',
      'matches.challenge_accepted_at',
      'matches.solution_accepted_at',
      'matches.updated_at',
      'challenges.language as challenge_language',
      'solutions.language as solution_language',
    ])
    .where(
      sql<boolean>`(${ownedBy('challenges.owner_organisation_id', ids)} or ${ownedBy('solutions.provider_organisation_id', ids)} or ${curated(viewer)})`,
    )
    .orderBy('matches.updated_at', 'desc')
    .orderBy('matches.id')
    .limit(INBOX_LIMIT)
    .execute();
}

export type InboxRow = Awaited<ReturnType<typeof inboxMatches>>[number];

/** Proposed matches one of whose sides is the viewer's organisation and has not accepted yet. */
export async function countWaitingFor(db: Database, organisationIds: string[]): Promise<number> {
  if (organisationIds.length === 0) return 0;
  const row = await db
    .selectFrom('matches')
    .innerJoin('challenges', 'challenges.id', 'matches.challenge_id')
    .innerJoin('solutions', 'solutions.id', 'matches.solution_id')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('matches.status', '=', 'proposed')
    .where(sql<boolean>`((${ownedBy('challenges.owner_organisation_id', organisationIds)} and matches.challenge_accepted_at is null)
      or (${ownedBy('solutions.provider_organisation_id', organisationIds)} and matches.solution_accepted_at is null))`)
    .executeTakeFirstOrThrow();
  return row.n;
}
