// Responses to open calls: a verified member of another organisation than the challenge's drafts a
// response with one of its organisation's published solutions, answers the questions, attaches PDF files,
// submits, changes and withdraws it, all only while the call takes responses. Who sees a response is the
// one rule canReadResponse (sealed to the responding organisation until the deadline).
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import { errors, type FieldProblem } from '../shared/errors.ts';
import { recordAudit } from '../audit/repository.ts';
import {
  acceptUploads,
  attachmentFile,
  storeAttachments,
  uploadProblems,
  type Upload,
} from '../attachments/service.ts';
import * as calls from './repository.ts';
import * as repository from './responses-repository.ts';
import { guardOfCall, readableCall, type CallRow } from './service.ts';
import {
  acceptsResponses,
  canReadResponse,
  canRespond,
  respondingOrganisations,
  type GuardedCallWithResponses,
} from './permissions.ts';
import { checkedAnswers } from './responses-rules.ts';
import { confirmSubmission } from './responses-notices.ts';
import { RESPONSE_ATTACHMENTS } from './responses-limits.ts';
import type { ResponseInput } from './responses-schemas.ts';

export type { ResponseRow, ResponseAttachmentRow } from './responses-repository.ts';

export async function guardWithResponses(services: Services, row: CallRow): Promise<GuardedCallWithResponses> {
  const panel = await repository.panelDeclarations(services.db, row.id);
  return {
    ...guardOfCall(row),
    responsesUntil: row.responses_until,
    panel: panel.map((p) => ({ personId: p.person_id, conflict: p.conflict })),
  };
}

/** The call for someone who may respond to calls: 404 when they may not read it, 403 for its own organisation. */
async function respondingCall(services: Services, viewer: Viewer | null, id: string) {
  if (!viewer) throw errors.unauthenticated();
  const row = await readableCall(services, viewer, id);
  const guard = await guardWithResponses(services, row);
  const organisations = respondingOrganisations(viewer, guard);
  if (organisations.length === 0) throw errors.forbidden();
  return { row, guard, organisations, viewer };
}

/** The call while it takes responses from this viewer; a clear 409 once the deadline passed. */
async function changeableCall(services: Services, viewer: Viewer | null, id: string) {
  const found = await respondingCall(services, viewer, id);
  const now = services.now();
  if (!acceptsResponses(found.guard, now)) throw errors.conflict('responses_closed', 'calls.response_error_late');
  if (!canRespond(found.viewer, found.guard, now)) throw errors.forbidden();
  return found;
}

/** The viewer's organisation's response with its answers and files (404 when it has none). */
export async function ownResponse(services: Services, viewer: Viewer | null, id: string) {
  const { row, guard, organisations } = await respondingCall(services, viewer, id);
  const response = await repository.responseOf(services.db, id, organisations);
  if (
    !response ||
    !canReadResponse(
      viewer,
      guard,
      { organisationId: response.organisation_id, status: response.status },
      services.now(),
    )
  )
    throw errors.notFound();
  const [answers, attachments] = await Promise.all([
    repository.answersOf(services.db, response.id),
    repository.attachmentsOf(services.db, response.id),
  ]);
  return { row, response, answers, attachments, mayChange: acceptsResponses(guard, services.now()) };
}

/** What a call's page offers the viewer about responding: the form while they may respond, their response after. */
export async function respondingState(services: Services, viewer: Viewer | null, row: CallRow) {
  const guard = await guardWithResponses(services, row);
  const organisations = respondingOrganisations(viewer, guard);
  const response = await repository.responseOf(services.db, row.id, organisations);
  return { mayRespond: canRespond(viewer, guard, services.now()), hasResponse: response !== undefined };
}

/** What the response form offers: the call, the viewer's response if any, and their published solutions. */
export async function responseForm(services: Services, viewer: Viewer | null, id: string) {
  const { row, guard, organisations } = await respondingCall(services, viewer, id);
  const parts = await calls.partsOf(services.db, id);
  const solutions = await repository.publishedSolutionsOf(services.db, organisations);
  const response = await repository.responseOf(services.db, id, organisations);
  const answers = response ? await repository.answersOf(services.db, response.id) : [];
  const attachments = response ? await repository.attachmentsOf(services.db, response.id) : [];
  return { row, parts, solutions, response, answers, attachments, mayChange: acceptsResponses(guard, services.now()) };
}

/**
 * Saves the response as a draft (answers may be missing) or submits it (every answer required). A submitted
 * response stays submitted when changed, so its new content must be complete too. Nothing is stored when
 * anything is wrong: the 400 names every field.
 */
export async function saveResponse(
  services: Services,
  viewer: Viewer | null,
  id: string,
  input: ResponseInput,
  intent: 'draft' | 'submit',
): Promise<void> {
  const { row, organisations, viewer: author } = await changeableCall(services, viewer, id);
  const solutions = await repository.publishedSolutionsOf(services.db, organisations);
  const solution = solutions.find((s) => s.id === input.solutionId);
  const { questions } = await calls.partsOf(services.db, id);
  const now = services.now();
  await services.db.transaction().execute(async (tx) => {
    await calls.lockCall(tx, id);
    const organisationId = solution?.provider_organisation_id ?? (organisations[0] as string);
    const existing = await repository.lockedResponse(tx, id, organisationId);
    const submitted = intent === 'submit' || existing?.status === 'submitted';
    const checked = checkedAnswers(questions, input.answers, submitted);
    const problems: FieldProblem[] = solution ? [] : [{ field: 'solution', message: 'calls.response_error_solution' }];
    if (problems.length + checked.problems.length) throw errors.validation([...problems, ...checked.problems]);
    const status = submitted ? ('submitted' as const) : ('draft' as const);
    const columns = { solution_id: input.solutionId, status, submitted_at: submitted ? now : null, updated_at: now };
    let responseId = existing?.id;
    if (responseId) await repository.updateResponse(tx, responseId, columns);
    else {
      const values = { ...columns, call_id: id, organisation_id: organisationId, created_by: author.id };
      responseId = await repository.insertResponse(tx, values);
    }
    await repository.replaceAnswers(tx, responseId, checked.rows);
    const action = intent === 'submit' ? 'call.response_submitted' : 'call.response_saved';
    await recordAudit(tx, {
      actorId: author.id,
      action,
      objectType: 'call_response',
      objectId: responseId,
      after: { status },
    });
    if (intent === 'submit')
      await confirmSubmission({ ...services, db: tx }, row, guardOfCall(row).challenge, organisationId);
  });
}

async function changeableResponse(services: Services, viewer: Viewer | null, id: string) {
  const found = await changeableCall(services, viewer, id);
  const response = await repository.responseOf(services.db, id, found.organisations);
  if (!response) throw errors.notFound();
  if (response.status === 'withdrawn') throw errors.invalidTransition();
  return { ...found, response };
}

/** Withdraws the response before the deadline; it is then seen by nobody but its organisation. */
export async function withdrawResponse(services: Services, viewer: Viewer | null, id: string): Promise<void> {
  const { response, viewer: author } = await changeableResponse(services, viewer, id);
  await services.db.transaction().execute(async (tx) => {
    await calls.lockCall(tx, id);
    await repository.updateResponse(tx, response.id, {
      status: 'withdrawn',
      submitted_at: null,
      updated_at: services.now(),
    });
    await recordAudit(tx, {
      actorId: author.id,
      action: 'call.response_withdrawn',
      objectType: 'call_response',
      objectId: response.id,
      after: { status: 'withdrawn' },
    });
  });
}

/** PDF files for a saved response; they are read only once the viewer may change it, and at most five in all. */
export async function attachToResponse(
  services: Services,
  viewer: Viewer | null,
  id: string,
  readUploads: () => Promise<Upload[]>,
): Promise<void> {
  const { response, viewer: author } = await changeableResponse(services, viewer, id);
  const present = await repository.attachmentsOf(services.db, response.id);
  const files = await acceptUploads(await readUploads(), RESPONSE_ATTACHMENTS);
  if (present.length + files.length > RESPONSE_ATTACHMENTS.maxFiles)
    throw errors.validation([uploadProblems.tooMany(RESPONSE_ATTACHMENTS)]);
  if (files.length === 0) throw errors.validation([{ field: 'files', message: 'field.required' }]);
  await services.db.transaction().execute(async (tx) => {
    await calls.lockCall(tx, id);
    await repository.linkAttachments(tx, response.id, await storeAttachments(tx, files, author.id));
    await repository.updateResponse(tx, response.id, { updated_at: services.now() });
  });
}

export async function removeResponseAttachment(services: Services, viewer: Viewer | null, id: string, fileId: string) {
  const { response } = await changeableResponse(services, viewer, id);
  if (!(await repository.unlinkAttachment(services.db, response.id, fileId))) throw errors.notFound();
}

/** A response's file, for whoever may read the response (404 for anyone else, as if it did not exist). */
export async function responseAttachmentToDownload(services: Services, viewer: Viewer | null, fileId: string) {
  if (!viewer) throw errors.unauthenticated();
  const owner = await repository.attachmentOwner(services.db, fileId);
  const row = owner ? await calls.findCall(services.db, owner.call_id) : undefined;
  if (!owner || !row) throw errors.notFound();
  const guard = await guardWithResponses(services, row);
  const response = { organisationId: owner.organisation_id, status: owner.status };
  if (!canReadResponse(viewer, guard, response, services.now())) throw errors.notFound();
  const file = await attachmentFile(services.db, fileId);
  if (!file) throw errors.notFound();
  return file;
}
