// All queries on match records and their timeline.
import type { Insertable, Updateable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { MatchEventRow, MatchesTable, MatchRow } from '../db/schema.ts';

export async function insertMatch(db: Database, values: Insertable<MatchesTable>): Promise<MatchRow | undefined> {
  // A pair is matched once: a second suggestion, application or proposal finds the existing record.
  return db
    .insertInto('matches')
    .values(values)
    .onConflict((oc) => oc.columns(['challenge_id', 'solution_id']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function findMatch(db: Database, id: string): Promise<MatchRow | undefined> {
  return db.selectFrom('matches').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findMatchForUpdate(db: Database, id: string): Promise<MatchRow | undefined> {
  return db.selectFrom('matches').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findPair(db: Database, challengeId: string, solutionId: string): Promise<MatchRow | undefined> {
  return db
    .selectFrom('matches')
    .selectAll()
    .where('challenge_id', '=', challengeId)
    .where('solution_id', '=', solutionId)
    .executeTakeFirst();
}

export async function updateMatch(db: Database, id: string, values: Updateable<MatchesTable>): Promise<void> {
  await db
    .updateTable('matches')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function matchesOfItem(db: Database, kind: 'challenge' | 'solution', id: string): Promise<MatchRow[]> {
  const column = kind === 'challenge' ? 'challenge_id' : 'solution_id';
  return db.selectFrom('matches').selectAll().where(column, '=', id).orderBy('updated_at', 'desc').execute();
}

export type ActorSide = 'challenge' | 'solution' | 'curator';

export interface NewMatchEvent {
  matchId: string;
  actorId: string | null;
  actorSide?: ActorSide | null;
  action: string;
  note?: string | null;
  occurredAt?: Date;
}

export async function insertMatchEvent(db: Database, event: NewMatchEvent): Promise<void> {
  await db
    .insertInto('match_events')
    .values({
      match_id: event.matchId,
      actor_id: event.actorId,
      actor_side: event.actorSide ?? null,
      action: event.action,
      note: event.note ?? null,
      occurred_at: event.occurredAt,
    })
    .execute();
}

export async function matchEvents(
  db: Database,
  matchId: string,
): Promise<(MatchEventRow & { actor_name: string | null })[]> {
  return db
    .selectFrom('match_events')
    .leftJoin('people', 'people.id', 'match_events.actor_id')
    .selectAll('match_events')
    .select('people.display_name as actor_name')
    .where('match_id', '=', matchId)
    .orderBy('match_events.id')
    .execute();
}

/** Moves the matches of a duplicate item to its original, except pairs the original already has. */
export async function moveMatches(
  db: Database,
  kind: 'challenge' | 'solution',
  from: string,
  to: string,
): Promise<string[]> {
  const column = kind === 'challenge' ? 'challenge_id' : 'solution_id';
  const other = kind === 'challenge' ? 'solution_id' : 'challenge_id';
  const taken = db.selectFrom('matches').select(other).where(column, '=', to);
  const moved = await db
    .updateTable('matches')
    .set({ [column]: to, updated_at: new Date() })
    .where(column, '=', from)
    .where(other, 'not in', taken)
    .returning('id')
    .execute();
  return moved.map((row) => row.id);
}

/** Proposed matches untouched since `since`: they are expired, unanswered. */
export async function unansweredSince(db: Database, since: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('matches')
    .select('id')
    .where('status', '=', 'proposed')
    .where('updated_at', '<=', since)
    .execute();
  return rows.map((row) => row.id);
}

/** Titles of published items of one kind, in the order of the ids given. */
export async function publishedTitles(
  db: Database,
  kind: 'challenge' | 'solution',
  ids: string[],
): Promise<{ id: string; title: string }[]> {
  if (ids.length === 0) return [];
  const table = kind === 'challenge' ? 'challenges' : 'solutions';
  const rows = await db
    .selectFrom(table)
    .select(['id', 'title'])
    .where('id', 'in', ids)
    .where('status', '=', 'published')
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
