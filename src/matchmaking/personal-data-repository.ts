// The matchmaking-day rows that are a person's own, for their personal data export. Erasure needs no
// query here: participants belong to the person (deleted with them), and their requests with them.
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';

/** Each event the person registered for, with what they said they seek and offer and when they are free. */
export async function participationOf(db: Database, personId: string) {
  return db
    .selectFrom('matchmaking_participants as p')
    .innerJoin('matchmaking_events as e', 'e.id', 'p.event_id')
    .select([
      'p.id',
      'p.event_id',
      'e.name as event',
      'p.organisation_id',
      'p.seeks',
      'p.offers',
      'p.challenge_ids',
      'p.solution_ids',
      'p.available_slots',
      'p.created_at',
    ])
    .where('p.person_id', '=', personId)
    .orderBy('p.created_at')
    .execute();
}

/** The meeting requests the person sent or received at matchmaking days, with their reasons and places. */
export async function requestsOf(db: Database, personId: string) {
  return db
    .selectFrom('matchmaking_requests as r')
    .innerJoin('matchmaking_participants as from', 'from.id', 'r.from_participant')
    .innerJoin('matchmaking_participants as to', 'to.id', 'r.to_participant')
    .select([
      'r.id',
      'r.event_id',
      sql<'sent' | 'received'>`CASE WHEN "from".person_id = ${personId} THEN 'sent' ELSE 'received' END`.as(
        'direction',
      ),
      'r.reason',
      'r.status',
      'r.slot',
      'r.table_number',
      'r.attendance',
      'r.created_at',
    ])
    .where((eb) => eb.or([eb('from.person_id', '=', personId), eb('to.person_id', '=', personId)]))
    .orderBy('r.created_at')
    .execute();
}

/** What the person said after their matchmaking meetings, and the match a next step became. */
export async function followUpsOf(db: Database, personId: string) {
  return db
    .selectFrom('matchmaking_follow_ups as f')
    .innerJoin('matchmaking_participants as p', 'p.id', 'f.participant_id')
    .select(['f.request_id', 'p.event_id', 'f.outcome', 'f.match_id', 'f.recorded_at'])
    .where('p.person_id', '=', personId)
    .orderBy('f.recorded_at')
    .execute();
}
