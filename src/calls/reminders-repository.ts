// Query code of the phase reminders of open calls: which calls still have a phase to end, the once-per-
// call-and-phase record, and who is reminded (drafting respondents, the panel, the call's curators).
import type { Database } from '../db/database.ts';
import type { CallRemindersSentTable } from '../db/call-tables.ts';

export type ReminderPhase = CallRemindersSentTable['phase'];

/** Open calls whose last phase has not ended yet: each may have a reminder due. */
export function callsWithPhaseAhead(db: Database, now: Date) {
  return db
    .selectFrom('calls')
    .select(['id', 'decided_at'])
    .where('status', '=', 'open')
    .where('result_date', '>', now)
    .orderBy('result_date')
    .execute();
}

/** Claims the reminder of a call's phase; false when it went out before (from this or another instance). */
export async function claimReminder(db: Database, callId: string, phase: ReminderPhase, now: Date): Promise<boolean> {
  const row = await db
    .insertInto('call_reminders_sent')
    .values({ call_id: callId, phase, sent_at: now })
    .onConflict((oc) => oc.columns(['call_id', 'phase']).doNothing())
    .returning('call_id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function releaseReminder(db: Database, callId: string, phase: ReminderPhase): Promise<void> {
  await db.deleteFrom('call_reminders_sent').where('call_id', '=', callId).where('phase', '=', phase).execute();
}

/** Members of the organisations whose response to the call is still a draft. */
export async function draftingMembers(db: Database, callId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('call_responses')
    .innerJoin('memberships', 'memberships.organisation_id', 'call_responses.organisation_id')
    .select('memberships.person_id')
    .distinct()
    .where('call_responses.call_id', '=', callId)
    .where('call_responses.status', '=', 'draft')
    .execute();
  return rows.map((r) => r.person_id);
}

/** The panel, but for members who declared a conflict of interest and are excused. */
export async function scoringPanel(db: Database, callId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('call_panel_members')
    .select('person_id')
    .where('call_id', '=', callId)
    .where((eb) => eb.or([eb('conflict', 'is', null), eb('conflict', '=', 'none')]))
    .execute();
  return rows.map((r) => r.person_id);
}

/** The challenge's assigned ambassador, or else the ambassadors of its spearheads. */
export async function curatingAmbassadors(
  db: Database,
  assignedAmbassadorId: string | null,
  spearheads: number[],
): Promise<string[]> {
  if (assignedAmbassadorId) return [assignedAmbassadorId];
  if (spearheads.length === 0) return [];
  const rows = await db
    .selectFrom('ambassador_spearheads')
    .innerJoin('people', 'people.id', 'ambassador_spearheads.person_id')
    .select('people.id')
    .distinct()
    .where('people.role', '=', 'ambassador')
    .where('ambassador_spearheads.spearhead', 'in', spearheads)
    .execute();
  return rows.map((r) => r.id);
}
