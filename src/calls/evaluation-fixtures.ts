// Test fixtures for a call's evaluation: submitted responses written straight into the database (the
// responses area has its own tests of how they are made) and a call whose response deadline has passed.
import type { Harness } from '../test-support/harness.ts';

const HOUR = 3_600_000;

export async function submittedResponse(
  h: Harness,
  callId: string,
  organisationId: string,
  solutionId: string,
): Promise<string> {
  const row = await h.db
    .insertInto('call_responses')
    .values({
      call_id: callId,
      organisation_id: organisationId,
      solution_id: solutionId,
      status: 'submitted',
      submitted_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Moves the call's questions and response deadlines into the past, keeping the phases in order. */
export async function passDeadline(h: Harness, callId: string): Promise<void> {
  const now = Date.now();
  await h.db
    .updateTable('calls')
    .set({ questions_until: new Date(now - 48 * HOUR), responses_until: new Date(now - HOUR) })
    .where('id', '=', callId)
    .execute();
}

export async function organisationOf(h: Harness, personId: string): Promise<string> {
  const row = await h.db
    .selectFrom('memberships')
    .select('organisation_id')
    .where('person_id', '=', personId)
    .executeTakeFirstOrThrow();
  return row.organisation_id;
}
