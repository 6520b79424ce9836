// Query code of call responses: a provider organisation's response with its answers and PDF files, the
// solutions it may respond with, the panel's declarations (the visibility rule reads them) and whether a
// call has responses at all (its questions are then locked).
import type { Insertable, Updateable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { CallResponseAnswersTable, CallResponsesTable } from '../db/call-tables.ts';

function responses(db: Database) {
  return db
    .selectFrom('call_responses')
    .innerJoin('organisations', 'organisations.id', 'call_responses.organisation_id')
    .innerJoin('solutions', 'solutions.id', 'call_responses.solution_id')
    .select([
      'call_responses.id',
      'call_responses.call_id',
      'call_responses.organisation_id',
      'call_responses.solution_id',
      'call_responses.status',
      'call_responses.submitted_at',
      'call_responses.updated_at',
      'organisations.name as organisation_name',
      'solutions.title as solution_title',
    ]);
}

export type ResponseRow = Awaited<ReturnType<ReturnType<typeof responses>['executeTakeFirstOrThrow']>>;

/** The response of the first of these organisations that has one on the call. */
export const responseOf = (db: Database, callId: string, organisationIds: string[]) =>
  organisationIds.length === 0
    ? Promise.resolve(undefined)
    : responses(db)
        .where('call_responses.call_id', '=', callId)
        .where('call_responses.organisation_id', 'in', organisationIds)
        .orderBy('call_responses.created_at')
        .executeTakeFirst();

/** The response, locked for a change in this transaction. */
export const lockedResponse = (db: Database, callId: string, organisationId: string) =>
  db
    .selectFrom('call_responses')
    .select(['id', 'status'])
    .where('call_id', '=', callId)
    .where('organisation_id', '=', organisationId)
    .forUpdate()
    .executeTakeFirst();

export async function insertResponse(db: Database, values: Insertable<CallResponsesTable>): Promise<string> {
  const row = await db.insertInto('call_responses').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateResponse(db: Database, id: string, values: Updateable<CallResponsesTable>) {
  await db.updateTable('call_responses').set(values).where('id', '=', id).execute();
}

export async function replaceAnswers(
  db: Database,
  responseId: string,
  rows: Omit<CallResponseAnswersTable, 'response_id'>[],
) {
  await db.deleteFrom('call_response_answers').where('response_id', '=', responseId).execute();
  if (rows.length)
    await db
      .insertInto('call_response_answers')
      .values(rows.map((row) => ({ ...row, response_id: responseId })))
      .execute();
}

export const answersOf = (db: Database, responseId: string) =>
  db.selectFrom('call_response_answers').selectAll().where('response_id', '=', responseId).execute();

export const attachmentsOf = (db: Database, responseId: string) =>
  db
    .selectFrom('call_response_attachments')
    .innerJoin('attachments', 'attachments.id', 'call_response_attachments.attachment_id')
    .select(['attachments.id', 'attachments.name', 'attachments.media_type', 'attachments.size'])
    .where('call_response_attachments.response_id', '=', responseId)
    .orderBy('call_response_attachments.position')
    .execute();

export type ResponseAttachmentRow = Awaited<ReturnType<typeof attachmentsOf>>[number];

/** Links stored files to the response after those it has. */
export async function linkAttachments(db: Database, responseId: string, attachmentIds: string[]) {
  const last = await db
    .selectFrom('call_response_attachments')
    .select((eb) => eb.fn.max('position').as('at'))
    .where('response_id', '=', responseId)
    .executeTakeFirst();
  const after = Number(last?.at ?? 0);
  if (attachmentIds.length)
    await db
      .insertInto('call_response_attachments')
      .values(
        attachmentIds.map((attachment_id, n) => ({ response_id: responseId, attachment_id, position: after + n + 1 })),
      )
      .execute();
}

/** Removing the link removes the file too (trigger of migration 0031). */
export async function unlinkAttachment(db: Database, responseId: string, attachmentId: string): Promise<boolean> {
  const removed = await db
    .deleteFrom('call_response_attachments')
    .where('response_id', '=', responseId)
    .where('attachment_id', '=', attachmentId)
    .executeTakeFirst();
  return Number(removed.numDeletedRows) > 0;
}

/** Which response and call a file belongs to, for the download's visibility check. */
export const attachmentOwner = (db: Database, attachmentId: string) =>
  db
    .selectFrom('call_response_attachments')
    .innerJoin('call_responses', 'call_responses.id', 'call_response_attachments.response_id')
    .select(['call_responses.call_id', 'call_responses.organisation_id', 'call_responses.status'])
    .where('call_response_attachments.attachment_id', '=', attachmentId)
    .executeTakeFirst();

/** The published solutions of these organisations, which a response may be made with. */
export const publishedSolutionsOf = (db: Database, organisationIds: string[]) =>
  organisationIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('solutions')
        .select(['id', 'title', 'provider_organisation_id'])
        .where('provider_organisation_id', 'in', organisationIds)
        .where('status', '=', 'published')
        .orderBy('title')
        .limit(200)
        .execute();

export const panelDeclarations = (db: Database, callId: string) =>
  db.selectFrom('call_panel_members').select(['person_id', 'conflict']).where('call_id', '=', callId).execute();

export async function hasResponses(db: Database, callId: string): Promise<boolean> {
  const row = await db.selectFrom('call_responses').select('id').where('call_id', '=', callId).executeTakeFirst();
  return row !== undefined;
}

/** Organisations with a response that still counts (a draft or a submitted one), told of clarifications. */
export async function respondingOrganisationsOf(db: Database, callId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('call_responses')
    .select('organisation_id')
    .where('call_id', '=', callId)
    .where('status', '!=', 'withdrawn')
    .execute();
  return rows.map((row) => row.organisation_id);
}
