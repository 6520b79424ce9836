// All queries on meetings and their time slots.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { MeetingSlotsTable, MeetingsTable } from '../db/schema.ts';

export type MeetingRow = Selectable<MeetingsTable>;
export type SlotRow = Selectable<MeetingSlotsTable>;
export interface MeetingWithSlots extends MeetingRow {
  slots: SlotRow[];
}

export async function insertMeeting(
  db: Database,
  meeting: Insertable<MeetingsTable>,
  slots: { starts_at: Date; duration_minutes: number }[],
): Promise<string> {
  const { id } = await db.insertInto('meetings').values(meeting).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('meeting_slots')
    .values(slots.map((slot) => ({ ...slot, meeting_id: id })))
    .execute();
  return id;
}

async function withSlots(db: Database, meetings: MeetingRow[]): Promise<MeetingWithSlots[]> {
  if (meetings.length === 0) return [];
  const slots = await db
    .selectFrom('meeting_slots')
    .selectAll()
    .where(
      'meeting_id',
      'in',
      meetings.map((m) => m.id),
    )
    .orderBy('starts_at')
    .execute();
  return meetings.map((meeting) => ({ ...meeting, slots: slots.filter((s) => s.meeting_id === meeting.id) }));
}

export async function meetingsOfMatch(db: Database, matchId: string): Promise<MeetingWithSlots[]> {
  const rows = await db
    .selectFrom('meetings')
    .selectAll()
    .where('match_id', '=', matchId)
    .orderBy('created_at', 'desc')
    .execute();
  return withSlots(db, rows);
}

export async function findMeeting(db: Database, matchId: string, id: string): Promise<MeetingWithSlots | undefined> {
  const row = await db
    .selectFrom('meetings')
    .selectAll()
    .where('id', '=', id)
    .where('match_id', '=', matchId)
    .executeTakeFirst();
  return row ? (await withSlots(db, [row]))[0] : undefined;
}

/** The meeting locked for a change, so two answers at once cannot both pass the status check. */
export async function lockMeeting(db: Database, id: string): Promise<MeetingRow | undefined> {
  return db.selectFrom('meetings').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateMeeting(db: Database, id: string, values: Updateable<MeetingsTable>): Promise<void> {
  await db.updateTable('meetings').set(values).where('id', '=', id).execute();
}

export async function chooseSlot(db: Database, meetingId: string, slotId: string): Promise<void> {
  await db
    .updateTable('meeting_slots')
    .set({ chosen: true })
    .where('meeting_id', '=', meetingId)
    .where('id', '=', slotId)
    .execute();
}

/** Confirmed meetings starting in (now, until] not reminded yet, each claimed by stamping it: once, on any instance. */
export async function claimDueReminders(db: Database, now: Date, until: Date): Promise<MeetingRow[]> {
  const due = db
    .selectFrom('meeting_slots')
    .select('meeting_id')
    .where('chosen', '=', true)
    .where('starts_at', '>', now)
    .where('starts_at', '<=', until);
  return db
    .updateTable('meetings')
    .set({ reminded_at: now })
    .where('status', '=', 'confirmed')
    .where('reminded_at', 'is', null)
    .where('id', 'in', due)
    .returningAll()
    .execute();
}

/** Gives a claim back when the reminder could not be written, so the next run tries again. */
export async function releaseReminder(db: Database, id: string): Promise<void> {
  await db.updateTable('meetings').set({ reminded_at: null }).where('id', '=', id).execute();
}

export async function ambassadorsOfSpearheads(db: Database, spearheads: number[]): Promise<string[]> {
  if (spearheads.length === 0) return [];
  const rows = await db
    .selectFrom('ambassador_spearheads')
    .select('person_id')
    .distinct()
    .where('spearhead', 'in', spearheads)
    .execute();
  return rows.map((r) => r.person_id);
}

/** The meetings a person proposed, answered or said how they went, for their personal data export. */
export async function meetingsInvolving(db: Database, personId: string) {
  return db
    .selectFrom('meetings')
    .select([
      'id',
      'match_id',
      'status',
      'online_url',
      'address',
      'decline_reason',
      'outcome',
      'created_at',
      'decided_at',
      'outcome_at',
    ])
    .where((eb) =>
      eb.or([eb('proposed_by', '=', personId), eb('decided_by', '=', personId), eb('outcome_by', '=', personId)]),
    )
    .orderBy('created_at')
    .execute();
}

/** A decline's reason is the decliner's own words: it goes with their account; the meeting stays as the match's record. */
export async function eraseDeclineReasonsOf(db: Database, personId: string): Promise<void> {
  await db.updateTable('meetings').set({ decline_reason: null }).where('decided_by', '=', personId).execute();
}
