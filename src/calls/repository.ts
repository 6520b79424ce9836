// Query code of open calls: the calls with their challenge's guard columns (the visibility rule reads
// them), their questions, criteria, panel, clarifications and public questions.
import type { Insertable, Updateable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { CallsTable } from '../db/call-tables.ts';
import type { Viewer } from '../shared/viewer.ts';
import { visibleTo } from '../items/visibility-repository.ts';

const CALL_COLUMNS = [
  'calls.id',
  'calls.challenge_id',
  'calls.kind',
  'calls.status',
  'calls.eligibility',
  'calls.questions_until',
  'calls.responses_until',
  'calls.evaluation_until',
  'calls.result_date',
  'calls.publish_result',
  'calls.return_reason',
  'calls.created_by',
  'calls.opened_at',
  'calls.decided_at',
  'calls.created_at',
  'calls.updated_at',
  'challenges.title as challenge_title',
  'challenges.description as challenge_description',
  'challenges.status as challenge_status',
  'challenges.classification',
  'challenges.sectors',
  'challenges.spearheads',
  'challenges.region',
  'challenges.language',
  'challenges.owner_organisation_id',
  'challenges.assigned_ambassador_id',
  'organisations.name as organisation_name',
] as const;

function calls(db: Database) {
  return db
    .selectFrom('calls')
    .innerJoin('challenges', 'challenges.id', 'calls.challenge_id')
    .innerJoin('organisations', 'organisations.id', 'challenges.owner_organisation_id')
    .select(CALL_COLUMNS);
}

export type CallRow = Awaited<ReturnType<ReturnType<typeof calls>['executeTakeFirstOrThrow']>>;

export const findCall = (db: Database, id: string): Promise<CallRow | undefined> =>
  calls(db).where('calls.id', '=', id).executeTakeFirst();

/** Calls on challenges the viewer may read (the one rule, in SQL), newest first; the service applies the rest. */
export function callsOnVisibleChallenges(db: Database, viewer: Viewer | null, challengeId?: string, limit = 500) {
  let query = calls(db).where(visibleTo('challenge', viewer));
  if (challengeId) query = query.where('calls.challenge_id', '=', challengeId);
  return query.orderBy('calls.created_at', 'desc').orderBy('calls.id').limit(limit).execute();
}

export async function lockCall(db: Database, id: string): Promise<void> {
  await db.selectFrom('calls').select('id').where('id', '=', id).forUpdate().execute();
}

export async function insertCall(db: Database, values: Insertable<CallsTable>): Promise<string> {
  const row = await db.insertInto('calls').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateCall(db: Database, id: string, values: Updateable<CallsTable>): Promise<void> {
  await db.updateTable('calls').set(values).where('id', '=', id).execute();
}

export interface CallParts {
  questions: {
    kind: 'text' | 'choice' | 'yes_no' | 'price_range';
    prompt: string;
    max_length: number | null;
    options: string[];
  }[];
  criteria: { name: string; weight: number }[];
  panel: string[];
}

/**
 * Replaces the questions, criteria and panel of a call with these. Once the call has responses its
 * questions and criteria are kept (`locked`): answers and scores refer to them.
 */
export async function replaceParts(db: Database, callId: string, parts: CallParts, locked = false): Promise<void> {
  // Members who stay on the panel keep their conflict-of-interest declarations.
  let leaving = db.deleteFrom('call_panel_members').where('call_id', '=', callId);
  if (parts.panel.length) leaving = leaving.where('person_id', 'not in', parts.panel);
  await leaving.execute();
  if (parts.panel.length)
    await db
      .insertInto('call_panel_members')
      .values(parts.panel.map((person_id) => ({ call_id: callId, person_id })))
      .onConflict((oc) => oc.columns(['call_id', 'person_id']).doNothing())
      .execute();
  if (locked) return;
  await db.deleteFrom('call_questions').where('call_id', '=', callId).execute();
  await db.deleteFrom('call_criteria').where('call_id', '=', callId).execute();
  if (parts.questions.length)
    await db
      .insertInto('call_questions')
      .values(parts.questions.map((q, n) => ({ ...q, call_id: callId, position: n + 1 })))
      .execute();
  if (parts.criteria.length)
    await db
      .insertInto('call_criteria')
      .values(parts.criteria.map((c, n) => ({ ...c, call_id: callId, position: n + 1 })))
      .execute();
}

export async function partsOf(db: Database, callId: string) {
  const [questions, criteria, panel, clarifications, qa] = await Promise.all([
    db.selectFrom('call_questions').selectAll().where('call_id', '=', callId).orderBy('position').execute(),
    db.selectFrom('call_criteria').selectAll().where('call_id', '=', callId).orderBy('position').execute(),
    db
      .selectFrom('call_panel_members')
      .innerJoin('people', 'people.id', 'call_panel_members.person_id')
      .select(['people.id', 'people.display_name'])
      .where('call_panel_members.call_id', '=', callId)
      .orderBy('people.display_name')
      .execute(),
    db
      .selectFrom('call_clarifications')
      .select(['text', 'created_at'])
      .where('call_id', '=', callId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('call_public_questions')
      .select(['id', 'question', 'answer', 'asked_at', 'answered_at'])
      .where('call_id', '=', callId)
      .orderBy('asked_at')
      .orderBy('id')
      .execute(),
  ]);
  return { questions, criteria, panel, clarifications, qa };
}

export type CallPartsRows = Awaited<ReturnType<typeof partsOf>>;

/** Who may sit on a call's panel: the members of the challenge's organisation and the ambassadors. */
export function panelCandidates(db: Database, organisationId: string) {
  return db
    .selectFrom('people')
    .select(['people.id', 'people.display_name'])
    .where('people.erased_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('people.role', 'in', ['ambassador', 'admin']),
        eb(
          'people.id',
          'in',
          eb.selectFrom('memberships').select('person_id').where('organisation_id', '=', organisationId),
        ),
      ]),
    )
    .orderBy('people.display_name')
    .limit(200)
    .execute();
}

export async function insertClarification(db: Database, callId: string, text: string, by: string): Promise<void> {
  await db.insertInto('call_clarifications').values({ call_id: callId, text, written_by: by }).execute();
}

export async function insertPublicQuestion(db: Database, callId: string, question: string, by: string) {
  const row = await db
    .insertInto('call_public_questions')
    .values({ call_id: callId, question, asked_by: by })
    .returning(['id', 'question', 'asked_at'])
    .executeTakeFirstOrThrow();
  return row;
}

export const findPublicQuestion = (db: Database, callId: string, id: string) =>
  db
    .selectFrom('call_public_questions')
    .selectAll()
    .where('call_id', '=', callId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();

export async function answerPublicQuestion(db: Database, id: string, answer: string, by: string, at: Date) {
  await db
    .updateTable('call_public_questions')
    .set({ answer, answered_by: by, answered_at: at })
    .where('id', '=', id)
    .execute();
}

/** When the open calls last changed, for the feed's Last-Modified. */
export async function lastOpenCallChange(db: Database): Promise<Date | null> {
  const row = await db
    .selectFrom('calls')
    .select((eb) => eb.fn.max('updated_at').as('at'))
    .where('status', '=', 'open')
    .executeTakeFirst();
  return row?.at ? new Date(row.at as unknown as string) : null;
}
