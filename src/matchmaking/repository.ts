// All queries on matchmaking days: events, their participants and the meeting requests between them.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { MatchmakingEventsTable, MatchmakingParticipantsTable, MatchmakingRequestsTable } from '../db/schema.ts';

export type EventRow = Selectable<MatchmakingEventsTable>;
export type ParticipantRow = Selectable<MatchmakingParticipantsTable>;
export type RequestRow = Selectable<MatchmakingRequestsTable>;
export interface NamedParticipant extends ParticipantRow {
  person_name: string;
  organisation_name: string;
  is_sme: boolean;
}

export async function insertEvent(db: Database, event: Insertable<MatchmakingEventsTable>): Promise<string> {
  const { id } = await db.insertInto('matchmaking_events').values(event).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function findEvent(db: Database, id: string): Promise<EventRow | undefined> {
  return db.selectFrom('matchmaking_events').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every event, soonest first; the lists are short (a few a year), so no paging. */
export async function allEvents(db: Database): Promise<EventRow[]> {
  return db.selectFrom('matchmaking_events').selectAll().orderBy('starts_at').limit(500).execute();
}

/** When the list of events last changed, for the feed's Last-Modified. */
export async function lastEventChange(db: Database): Promise<Date | null> {
  const row = await db
    .selectFrom('matchmaking_events')
    .select((eb) => eb.fn.max('updated_at').as('latest'))
    .executeTakeFirst();
  return row?.latest ? new Date(row.latest) : null;
}

const namedParticipants = (db: Database) =>
  db
    .selectFrom('matchmaking_participants as p')
    .innerJoin('people', 'people.id', 'p.person_id')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .selectAll('p')
    .select(['people.display_name as person_name', 'o.name as organisation_name', 'o.is_sme']);

export async function participantsOf(db: Database, eventId: string): Promise<NamedParticipant[]> {
  return namedParticipants(db).where('p.event_id', '=', eventId).orderBy('o.name').orderBy('p.created_at').execute();
}

export async function findParticipant(db: Database, eventId: string, id: string) {
  return namedParticipants(db).where('p.event_id', '=', eventId).where('p.id', '=', id).executeTakeFirst();
}

export async function participantOfPerson(db: Database, eventId: string, personId: string) {
  return namedParticipants(db).where('p.event_id', '=', eventId).where('p.person_id', '=', personId).executeTakeFirst();
}

export async function insertParticipant(
  db: Database,
  participant: Insertable<MatchmakingParticipantsTable>,
): Promise<string> {
  const { id } = await db
    .insertInto('matchmaking_participants')
    .values(participant)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The ids of those that belong to the organisation: a registration may link only its own items. */
export async function ownItems(
  db: Database,
  table: 'challenges' | 'solutions',
  organisationId: string,
  ids: string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows =
    table === 'challenges'
      ? await db
          .selectFrom('challenges')
          .select('id')
          .where('id', 'in', ids)
          .where('owner_organisation_id', '=', organisationId)
          .execute()
      : await db
          .selectFrom('solutions')
          .select('id')
          .where('id', 'in', ids)
          .where('provider_organisation_id', '=', organisationId)
          .execute();
  return rows.map((r) => r.id);
}

export async function insertRequest(db: Database, request: Insertable<MatchmakingRequestsTable>): Promise<string> {
  const { id } = await db.insertInto('matchmaking_requests').values(request).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function findRequest(db: Database, eventId: string, id: string): Promise<RequestRow | undefined> {
  return db
    .selectFrom('matchmaking_requests')
    .selectAll()
    .where('event_id', '=', eventId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function requestsOfEvent(db: Database, eventId: string): Promise<RequestRow[]> {
  return db
    .selectFrom('matchmaking_requests')
    .selectAll()
    .where('event_id', '=', eventId)
    .orderBy('created_at')
    .execute();
}

export async function requestsOfParticipant(db: Database, participantId: string): Promise<RequestRow[]> {
  return db
    .selectFrom('matchmaking_requests')
    .selectAll()
    .where((eb) => eb.or([eb('from_participant', '=', participantId), eb('to_participant', '=', participantId)]))
    .orderBy('slot')
    .orderBy('created_at')
    .execute();
}

/** A decision, only while the request still waits for one: two answers at once cannot both pass. */
export async function decideRequest(
  db: Database,
  id: string,
  status: 'accepted' | 'declined',
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('matchmaking_requests')
    .set({ status, decided_at: now })
    .where('id', '=', id)
    .where('status', '=', 'requested')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function placeRequest(
  db: Database,
  id: string,
  placement: { slot: number; table_number: number; placed_by: 'scheduler' | 'organiser' } | null,
): Promise<void> {
  await db
    .updateTable('matchmaking_requests')
    .set(placement ?? { slot: null, table_number: null, placed_by: null })
    .where('id', '=', id)
    .execute();
}

/** Takes the scheduler's earlier placements away before it runs again; the organiser's stay. */
export async function clearSchedulerPlacements(db: Database, eventId: string): Promise<void> {
  await db
    .updateTable('matchmaking_requests')
    .set({ slot: null, table_number: null, placed_by: null })
    .where('event_id', '=', eventId)
    .where('placed_by', '=', 'scheduler')
    .execute();
}

/** After the event: whether a placed meeting was held or someone did not come. */
export async function recordAttendance(db: Database, id: string, attendance: 'held' | 'no_show'): Promise<void> {
  await db.updateTable('matchmaking_requests').set({ attendance }).where('id', '=', id).execute();
}

/** The organisation's challenges and solutions still in play, for a registration to link. */
export async function itemsOfOrganisation(db: Database, organisationId: string) {
  const challenges = await db
    .selectFrom('challenges')
    .select(['id', 'title'])
    .where('owner_organisation_id', '=', organisationId)
    .where('status', 'not in', ['closed', 'expired'])
    .orderBy('title')
    .execute();
  const solutions = await db
    .selectFrom('solutions')
    .select(['id', 'title'])
    .where('provider_organisation_id', '=', organisationId)
    .where('status', '!=', 'archived')
    .orderBy('title')
    .execute();
  return { challenges, solutions };
}

/** An ambassador's change to an event, with when it was changed and which parts. */
export async function updateEvent(
  db: Database,
  id: string,
  event: Updateable<MatchmakingEventsTable> & { changed_at: Date; changes: string[] },
): Promise<void> {
  await db
    .updateTable('matchmaking_events')
    .set({ ...event, updated_at: event.changed_at })
    .where('id', '=', id)
    .execute();
}

export async function setAvailableSlots(db: Database, participantId: string, slots: number[]): Promise<void> {
  await db
    .updateTable('matchmaking_participants')
    .set({ available_slots: slots })
    .where('id', '=', participantId)
    .execute();
}

/** Takes every placement of the event away (an edit places the survivors again). */
export async function clearAllPlacements(db: Database, eventId: string): Promise<void> {
  await db
    .updateTable('matchmaking_requests')
    .set({ slot: null, table_number: null, placed_by: null })
    .where('event_id', '=', eventId)
    .execute();
}

/** A withdrawn registration: its requests and meetings go with it (ON DELETE CASCADE). */
export async function deleteParticipant(db: Database, participantId: string): Promise<void> {
  await db.deleteFrom('matchmaking_participants').where('id', '=', participantId).execute();
}

/** A withdrawn request, only while it still waits for an answer: an answer given at once wins. */
export async function deleteWaitingRequest(db: Database, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('matchmaking_requests')
    .where('id', '=', id)
    .where('status', '=', 'requested')
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
