// Rows of the call's second half written straight into the database for the data tests (reminders,
// indicators), so they do not depend on the response and evaluation routes being built alongside.
import type { Database } from '../db/database.ts';

interface ResponseRow {
  callId: string;
  organisationId: string;
  solutionId: string;
  status: 'draft' | 'submitted' | 'withdrawn';
  submittedAt?: Date;
  decision?: 'shortlist' | 'invite_to_pilot' | 'award' | 'no_award';
}

export async function insertResponse(db: Database, row: ResponseRow): Promise<string> {
  const inserted = await db
    .insertInto('call_responses')
    .values({
      call_id: row.callId,
      organisation_id: row.organisationId,
      solution_id: row.solutionId,
      status: row.status,
      submitted_at: row.status === 'submitted' ? (row.submittedAt ?? new Date()) : null,
      decision: row.decision ?? null,
      decision_reasons: row.decision ? 'Zo besloten door het panel.' : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function declareConflict(db: Database, callId: string, personId: string, conflict: 'none' | 'conflict') {
  await db
    .updateTable('call_panel_members')
    .set({ conflict, declared_at: new Date() })
    .where('call_id', '=', callId)
    .where('person_id', '=', personId)
    .execute();
}

/** Records that the call was decided at this moment (as the decision route does). */
export async function markDecided(db: Database, callId: string, at: Date, by: string): Promise<void> {
  await db.updateTable('calls').set({ decided_at: at, decided_by: by }).where('id', '=', callId).execute();
}

/** The organisation a test person belongs to. */
export async function organisationOf(db: Database, personId: string): Promise<string> {
  const row = await db
    .selectFrom('memberships')
    .select('organisation_id')
    .where('person_id', '=', personId)
    .executeTakeFirstOrThrow();
  return row.organisation_id;
}
