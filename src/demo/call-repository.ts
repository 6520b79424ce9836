// Inserts of the demo's open calls past their deadline: responses with their answers, the panel's
// declarations and scores, the decision, the match it became and the feedback to the respondents.
// Written straight into the tables, as the demo's history happened before the seeding.
import type { Insertable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { CallResponseAnswersTable, CallResponsesTable, CallScoresTable } from '../db/call-tables.ts';
import { insertMatchEvent } from '../matches/repository.ts';
import { insertNotifications, membersOf } from '../notifications/repository.ts';

export async function insertResponse(
  tx: Database,
  values: Insertable<CallResponsesTable>,
  answers: Omit<Insertable<CallResponseAnswersTable>, 'response_id'>[],
): Promise<string> {
  const { id } = await tx.insertInto('call_responses').values(values).returning('id').executeTakeFirstOrThrow();
  if (answers.length)
    await tx
      .insertInto('call_response_answers')
      .values(answers.map((a) => ({ ...a, response_id: id })))
      .execute();
  return id;
}

/** A panel member declared they have no conflict of interest, before the responses were shown to them. */
export async function declareNoConflict(tx: Database, callId: string, personId: string, at: Date): Promise<void> {
  await tx
    .updateTable('call_panel_members')
    .set({ conflict: 'none', declared_at: at })
    .where('call_id', '=', callId)
    .where('person_id', '=', personId)
    .execute();
}

export async function insertScores(tx: Database, scores: Insertable<CallScoresTable>[]): Promise<void> {
  if (scores.length) await tx.insertInto('call_scores').values(scores).execute();
}

export async function recordDecision(tx: Database, callId: string, decidedBy: string, at: Date): Promise<void> {
  await tx
    .updateTable('calls')
    .set({ decided_at: at, decided_by: decidedBy, updated_at: at })
    .where('id', '=', callId)
    .execute();
}

/** The accepted match of origin 'call' an award became, linked both ways with its response, with its timeline. */
export async function insertCallMatch(
  tx: Database,
  pair: { challengeId: string; solutionId: string; responseId: string; decidedBy: string; callName: string; at: Date },
): Promise<string> {
  const { id } = await tx
    .insertInto('matches')
    .values({
      challenge_id: pair.challengeId,
      solution_id: pair.solutionId,
      origin: 'call',
      status: 'accepted',
      score: null,
      explanation: null,
      challenge_accepted_at: pair.at,
      solution_accepted_at: pair.at,
      created_by: pair.decidedBy,
      created_at: pair.at,
      updated_at: pair.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx.updateTable('call_responses').set({ match_id: id }).where('id', '=', pair.responseId).execute();
  for (const action of ['call', 'accepted']) {
    await insertMatchEvent(tx, {
      matchId: id,
      actorId: pair.decidedBy,
      actorSide: 'challenge',
      action,
      note: action === 'call' ? pair.callName : null,
      occurredAt: pair.at,
    });
  }
  return id;
}

/** The feedback every member of a responding organisation received when the decision was confirmed. */
export async function insertFeedback(
  tx: Database,
  organisationId: string,
  notice: { params: Record<string, string>; link: string },
): Promise<void> {
  const members = await membersOf(tx, [organisationId]);
  await insertNotifications(
    tx,
    members.map((personId) => ({ personId, kind: 'call_feedback', ...notice })),
  );
}
