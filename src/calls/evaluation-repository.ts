// Query code of a call's evaluation: the panel's declarations, the submitted responses with their
// organisation and solution, the scores per criterion, the decisions and the moment they were confirmed.
import type { Database } from '../db/database.ts';
import type { Decision } from './evaluation-schemas.ts';

export function panelOf(db: Database, callId: string) {
  return db
    .selectFrom('call_panel_members')
    .select(['person_id', 'conflict', 'declared_at'])
    .where('call_id', '=', callId)
    .execute();
}

/** Records a declaration once; false when the person is not on the panel or had already declared. */
export async function declare(db: Database, callId: string, personId: string, conflict: 'none' | 'conflict', at: Date) {
  const rows = await db
    .updateTable('call_panel_members')
    .set({ conflict, declared_at: at })
    .where('call_id', '=', callId)
    .where('person_id', '=', personId)
    .where('conflict', 'is', null)
    .returning('person_id')
    .execute();
  return rows.length > 0;
}

/** Every response to the call but drafts; the service lets through only those the viewer may read. */
export function responsesOf(db: Database, callId: string) {
  return db
    .selectFrom('call_responses')
    .innerJoin('organisations', 'organisations.id', 'call_responses.organisation_id')
    .innerJoin('solutions', 'solutions.id', 'call_responses.solution_id')
    .select([
      'call_responses.id',
      'call_responses.organisation_id',
      'call_responses.solution_id',
      'call_responses.status',
      'call_responses.submitted_at',
      'call_responses.decision',
      'call_responses.decision_reasons',
      'call_responses.match_id',
      'organisations.name as organisation_name',
      'solutions.title as solution_title',
    ])
    .where('call_responses.call_id', '=', callId)
    .where('call_responses.status', '=', 'submitted')
    .orderBy('organisations.name')
    .orderBy('call_responses.id')
    .execute();
}

export type ResponseRow = Awaited<ReturnType<typeof responsesOf>>[number];

export function scoresOf(db: Database, callId: string) {
  return db
    .selectFrom('call_scores')
    .innerJoin('call_responses', 'call_responses.id', 'call_scores.response_id')
    .innerJoin('people', 'people.id', 'call_scores.person_id')
    .select([
      'call_scores.response_id',
      'call_scores.criterion_id',
      'call_scores.person_id',
      'call_scores.score',
      'call_scores.comment',
      'people.display_name as member',
    ])
    .where('call_responses.call_id', '=', callId)
    .orderBy('people.display_name')
    .execute();
}

export type ScoreRow = Awaited<ReturnType<typeof scoresOf>>[number];

export async function saveScores(
  db: Database,
  responseId: string,
  personId: string,
  scores: { criterionId: string; score: number; comment: string }[],
  at: Date,
) {
  await db
    .insertInto('call_scores')
    .values(
      scores.map((s) => ({
        response_id: responseId,
        criterion_id: s.criterionId,
        person_id: personId,
        score: s.score,
        comment: s.comment,
        scored_at: at,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['response_id', 'criterion_id', 'person_id']).doUpdateSet((eb) => ({
        score: eb.ref('excluded.score'),
        comment: eb.ref('excluded.comment'),
      })),
    )
    .execute();
}

export async function setDecision(db: Database, responseId: string, decision: Decision, reasons: string) {
  await db
    .updateTable('call_responses')
    .set({ decision, decision_reasons: reasons })
    .where('id', '=', responseId)
    .execute();
}

/** When the call was decided; locked, in a transaction that may decide it, so two confirmations cannot both pass. */
export function decisionOf(db: Database, callId: string, lock = true) {
  const query = db.selectFrom('calls').select(['decided_at', 'decided_by']).where('id', '=', callId);
  return (lock ? query.forUpdate() : query).executeTakeFirstOrThrow();
}

export async function markDecided(db: Database, callId: string, by: string, at: Date): Promise<boolean> {
  const rows = await db
    .updateTable('calls')
    .set({ decided_at: at, decided_by: by })
    .where('id', '=', callId)
    .where('decided_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length > 0;
}

export async function linkMatch(db: Database, responseId: string, matchId: string) {
  await db.updateTable('call_responses').set({ match_id: matchId }).where('id', '=', responseId).execute();
}

export async function membersOf(db: Database, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('person_id')
    .where('organisation_id', '=', organisationId)
    .execute();
  return rows.map((r) => r.person_id);
}

/** The published result: the decisions of a decided call, for its page. */
export function publishedDecisions(db: Database, callId: string) {
  return db
    .selectFrom('call_responses')
    .innerJoin('solutions', 'solutions.id', 'call_responses.solution_id')
    .innerJoin('calls', 'calls.id', 'call_responses.call_id')
    .select(['solutions.title as solution_title', 'call_responses.decision', 'call_responses.decision_reasons'])
    .where('call_responses.call_id', '=', callId)
    .where('calls.decided_at', 'is not', null)
    .where('calls.publish_result', '=', true)
    .where('call_responses.decision', 'in', ['shortlist', 'invite_to_pilot', 'award'])
    .orderBy('solutions.title')
    .execute();
}
