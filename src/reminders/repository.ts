// All queries of the reminders: what is due, and the record that a reminder went out.
import type { Database } from '../db/database.ts';

/** Claims a reminder; false when it was already sent (by this or another instance). */
export async function claim(db: Database, reason: string, itemKey: string, now: Date): Promise<boolean> {
  const row = await db
    .insertInto('reminders_sent')
    .values({ reason, item_key: itemKey, sent_at: now })
    .onConflict((oc) => oc.columns(['reason', 'item_key']).doNothing())
    .returning('reason')
    .executeTakeFirst();
  return row !== undefined;
}

/** Gives a claim back when the reminder could not be delivered, so the next run tries again. */
export async function release(db: Database, reason: string, itemKey: string): Promise<void> {
  await db.deleteFrom('reminders_sent').where('reason', '=', reason).where('item_key', '=', itemKey).execute();
}

/** Open challenges that expire after now and no later than `until`. */
export async function expiringChallenges(db: Database, now: Date, until: Date) {
  return db
    .selectFrom('challenges')
    .select(['id', 'owner_organisation_id', 'expires_at'])
    .where('status', 'in', ['published', 'matched'])
    .where('expires_at', '>', now)
    .where('expires_at', '<=', until)
    .orderBy('expires_at')
    .execute();
}

/** Proposed matches nobody has touched since `since`, with what the reminder needs to name them. */
export async function waitingMatches(db: Database, since: Date) {
  return db
    .selectFrom('matches')
    .innerJoin('challenges', 'challenges.id', 'matches.challenge_id')
    .innerJoin('solutions', 'solutions.id', 'matches.solution_id')
    .select([
      'matches.id',
      'matches.challenge_id',
      'matches.solution_id',
      'matches.updated_at',
      'matches.challenge_accepted_at',
      'matches.solution_accepted_at',
      'challenges.owner_organisation_id',
      'challenges.assigned_ambassador_id',
      'challenges.spearheads',
      'solutions.provider_organisation_id',
    ])
    .where('matches.status', '=', 'proposed')
    .where('matches.updated_at', '<=', since)
    .orderBy('matches.updated_at')
    .execute();
}

export type WaitingMatch = Awaited<ReturnType<typeof waitingMatches>>[number];

/** Ambassadors who curate any of these spearheads (used when a challenge has no assigned ambassador). */
export async function ambassadorsFor(db: Database, spearheads: number[]): Promise<string[]> {
  if (spearheads.length === 0) return [];
  const rows = await db
    .selectFrom('ambassador_spearheads')
    .innerJoin('people', 'people.id', 'ambassador_spearheads.person_id')
    .select('people.id')
    .distinct()
    .where('people.role', '=', 'ambassador')
    .where('spearhead', 'in', spearheads)
    .execute();
  return rows.map((r) => r.id);
}

export async function staleOrganisations(db: Database, since: Date) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'updated_at'])
    .where('updated_at', '<=', since)
    .orderBy('updated_at')
    .execute();
}

export async function staleSolutions(db: Database, since: Date) {
  return db
    .selectFrom('solutions')
    .select(['id', 'provider_organisation_id', 'updated_at'])
    .where('status', '=', 'published')
    .where('updated_at', '<=', since)
    .orderBy('updated_at')
    .execute();
}
