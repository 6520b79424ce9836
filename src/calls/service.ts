// Open calls: drafted on a published challenge by its organisation or a curating ambassador, submitted,
// opened (or returned with a reason) by a curating ambassador; a change after opening is a dated
// clarification announced to the challenge's followers. Public questions are asked while the questions
// phase runs and answered by the challenge's organisation; the asker is told, and never shown.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import { errors, type FieldProblem } from '../shared/errors.ts';
import { recordAudit } from '../audit/repository.ts';
import { findItem } from '../items/repository.ts';
import { guardOf } from '../items/presenter.ts';
import { canReadItem } from '../items/permissions.ts';
import { followersOf } from '../follows/repository.ts';
import { notify, readersAmong } from '../notifications/service.ts';
import * as repository from './repository.ts';
import type { CallRow } from './repository.ts';
import { callContent } from './rules.ts';
import { questionsLocked } from './responses-lock.ts';
import { tellRespondentsOfClarification } from './responses-notices.ts';
import { tellCurators, tellOwner } from './review-notices.ts';
import {
  canAnswerQuestions,
  canOpenCallOn,
  canReadCall,
  canApproveCall,
  canReviewCall,
  curatesCall,
  managesCall,
  type GuardedCall,
} from './permissions.ts';
import type { CallInput, CallListQuery, CallPhase, CallUpdate, ReviewInput } from './schemas.ts';

export type { CallRow } from './repository.ts';
export type CallParts = repository.CallPartsRows;

export function guardOfCall(row: CallRow): GuardedCall {
  return {
    status: row.status,
    challenge: {
      kind: 'challenge',
      organisationId: row.owner_organisation_id,
      classification: row.classification,
      status: row.challenge_status,
      spearheads: row.spearheads,
      assignedAmbassadorId: row.assigned_ambassador_id,
    },
    draftedBy: row.created_by,
  };
}

/** Where an open call stands at this moment; null before it opens. Once decided it says so, whatever the dates. */
export function phaseOf(
  row: Pick<
    CallRow,
    'status' | 'questions_until' | 'responses_until' | 'evaluation_until' | 'result_date' | 'decided_at'
  >,
  now: Date,
): CallPhase | null {
  if (row.status !== 'open') return null;
  if (now < row.questions_until) return 'questions';
  if (now < row.responses_until) return 'responses';
  if (row.decided_at) return 'decided';
  if (now < row.evaluation_until) return 'evaluation';
  if (now < row.result_date) return 'result';
  return 'closed';
}

export const mayManage = (viewer: Viewer | null, row: CallRow) => managesCall(viewer, guardOfCall(row));
export const mayReview = (viewer: Viewer | null, row: CallRow) => canReviewCall(viewer, guardOfCall(row));
export const mayApprove = (viewer: Viewer | null, row: CallRow) => canApproveCall(viewer, guardOfCall(row));
export const mayAnswer = (viewer: Viewer | null, row: CallRow) => canAnswerQuestions(viewer, guardOfCall(row));

export async function readableCall(services: Services, viewer: Viewer | null, id: string): Promise<CallRow> {
  const row = await repository.findCall(services.db, id);
  // A call the viewer may not read is reported as missing, as its challenge would be.
  if (!row || !canReadCall(viewer, guardOfCall(row))) throw errors.notFound();
  return row;
}

export async function callWithParts(services: Services, viewer: Viewer | null, id: string) {
  const row = await readableCall(services, viewer, id);
  return { row, parts: await repository.partsOf(services.db, id) };
}

/** The calls the viewer may read that pass the filters, newest first. */
export async function listCalls(services: Services, viewer: Viewer | null, query: CallListQuery): Promise<CallRow[]> {
  const now = services.now();
  const rows = await repository.callsOnVisibleChallenges(services.db, viewer, query.challenge);
  const has = <T>(chosen: T[] | undefined, value: T) => !chosen?.length || chosen.includes(value);
  const any = <T>(chosen: T[] | undefined, values: T[]) => !chosen?.length || values.some((v) => chosen.includes(v));
  const chosen = rows.filter(
    (row) =>
      canReadCall(viewer, guardOfCall(row)) &&
      has(query.status, row.status) &&
      (!query.phase?.length || query.phase.includes(phaseOf(row, now) as CallPhase)) &&
      any(query.sector, row.sectors) &&
      any(query.spearhead, row.spearheads) &&
      has(query.region, row.region),
  );
  return query.q?.trim() ? byRelevance(services, viewer, chosen, query.q) : chosen;
}

/** Text search goes through the catalogues' one engine on the calls' challenges, in its order of relevance. */
async function byRelevance(services: Services, viewer: Viewer | null, rows: CallRow[], words: string) {
  const rank = new Map((await services.matching.search('challenge', words, viewer)).map((id, i) => [id, i]));
  const found = rows.filter((row) => rank.has(row.challenge_id));
  return found.sort((a, b) => (rank.get(a.challenge_id) ?? 0) - (rank.get(b.challenge_id) ?? 0));
}

export const partsOfCalls = (services: Services, rows: CallRow[]) =>
  Promise.all(rows.map((row) => repository.partsOf(services.db, row.id)));

/** The challenge a call is opened on, if the viewer may do so; nothing about it leaks otherwise. */
async function challengeForCall(services: Services, viewer: Viewer | null, challengeId: string) {
  const challenge = await findItem(services.db, 'challenge', challengeId);
  if (!viewer) throw errors.unauthenticated();
  if (!challenge || !canReadItem(viewer, guardOf('challenge', challenge))) throw errors.notFound();
  const guard = guardOf('challenge', challenge);
  if (!canOpenCallOn(viewer, { ...guard, status: 'published' })) throw errors.forbidden();
  if (!canOpenCallOn(viewer, guard)) throw errors.conflict('challenge_not_published', 'calls.error_unpublished');
  return challenge;
}

async function panelProblems(services: Services, organisationId: string, panel: string[]): Promise<FieldProblem[]> {
  if (panel.length === 0) return [];
  const allowed = new Set((await repository.panelCandidates(services.db, organisationId)).map((p) => p.id));
  return panel.every((id) => allowed.has(id)) ? [] : [{ field: 'panel', message: 'calls.error_panel' }];
}

/** The columns and parts of a right input; otherwise every problem at once, with any the caller found. */
async function checkedContent(
  services: Services,
  organisationId: string,
  input: CallInput | CallUpdate,
  notBefore: Date | null,
  found: FieldProblem[] = [],
) {
  const content = callContent(input, notBefore);
  const panel = await panelProblems(services, organisationId, input.panel);
  const problems = [...content.problems, ...panel, ...found];
  if (problems.length || !content.ends) throw errors.validation(problems);
  const { ends } = content;
  return {
    columns: {
      kind: input.kind,
      eligibility: input.eligibility.trim(),
      questions_until: ends.questionsUntil,
      responses_until: ends.responsesUntil,
      evaluation_until: ends.evaluationUntil,
      result_date: ends.resultDate,
      publish_result: input.publishResult,
    },
    parts: { questions: content.questions, criteria: content.criteria, panel: input.panel },
  };
}

export async function createCall(services: Services, viewer: Viewer | null, input: CallInput): Promise<string> {
  const challenge = await challengeForCall(services, viewer, input.challengeId);
  const { columns, parts } = await checkedContent(services, challenge.owner_organisation_id, input, services.now());
  const author = viewer as Viewer;
  return services.db.transaction().execute(async (tx) => {
    const id = await repository.insertCall(tx, { ...columns, challenge_id: challenge.id, created_by: author.id });
    await repository.replaceParts(tx, id, parts);
    await recordAudit(tx, {
      actorId: author.id,
      action: 'call.created',
      objectType: 'call',
      objectId: id,
      after: columns,
    });
    return id;
  });
}

/**
 * Followers who may read the call hear of it: of the challenge when it is clarified, and also of the
 * challenge's sectors and spearheads when it opens. Only readers are told (the one visibility rule).
 */
async function tellFollowers(services: Services, row: CallRow, kind: 'call_opened' | 'call_clarified') {
  const topics =
    kind === 'call_opened'
      ? [
          ...row.sectors.map((sector) => ({ type: 'sector' as const, target: sector })),
          ...row.spearheads.map((spearhead) => ({ type: 'spearhead' as const, target: String(spearhead) })),
        ]
      : [];
  const followers = await followersOf(services.db, [{ type: 'challenge', target: row.challenge_id }, ...topics]);
  const readers = await readersAmong(services, followers, guardOfCall(row).challenge);
  await notify(services, readers, { kind, params: { challengeId: row.challenge_id }, link: `/calls/${row.id}` });
}

/** Edits a call; once it is open, only with a clarification saying what changed, which is shown dated. */
export async function changeCall(services: Services, viewer: Viewer | null, id: string, input: CallUpdate) {
  if (!viewer) throw errors.unauthenticated();
  const row = await readableCall(services, viewer, id);
  if (!mayManage(viewer, row)) throw errors.forbidden();
  const open = row.status === 'open';
  const clarification = input.clarification?.trim() ?? '';
  const missing: FieldProblem[] = open && !clarification ? [{ field: 'clarification', message: 'field.required' }] : [];
  // An open call's past phase ends may stay as they are; before opening every end lies ahead.
  const notBefore = open ? null : services.now();
  const checked = await checkedContent(services, row.owner_organisation_id, input, notBefore, missing);
  await services.db.transaction().execute(async (tx) => {
    await repository.lockCall(tx, id);
    await repository.updateCall(tx, id, {
      ...checked.columns,
      updated_at: services.now(),
      ...(row.status === 'returned' ? { status: 'draft' as const } : {}),
    });
    await repository.replaceParts(tx, id, checked.parts, await questionsLocked(tx, id, checked.parts));
    if (open) await repository.insertClarification(tx, id, clarification, viewer.id);
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'call.updated',
      objectType: 'call',
      objectId: id,
      after: checked.columns,
    });
    if (open) await tellFollowers({ ...services, db: tx }, row, 'call_clarified');
    if (open) await tellRespondentsOfClarification({ ...services, db: tx }, row, guardOfCall(row).challenge);
  });
}

export async function submitCall(services: Services, viewer: Viewer | null, id: string): Promise<void> {
  const row = await readableCall(services, viewer, id);
  if (!mayManage(viewer, row)) throw errors.forbidden();
  if (row.status !== 'draft' && row.status !== 'returned') throw errors.invalidTransition();
  await services.db.transaction().execute(async (tx) => {
    await repository.updateCall(tx, id, { status: 'submitted', return_reason: null, updated_at: services.now() });
    await recordAudit(tx, {
      actorId: viewer?.id ?? null,
      action: 'call.submitted',
      objectType: 'call',
      objectId: id,
      after: null,
    });
    await tellCurators({ ...services, db: tx }, row, guardOfCall(row));
  });
}

/** An ambassador opens a submitted call, or returns it with a reason. */
export async function reviewCall(services: Services, viewer: Viewer | null, id: string, input: ReviewInput) {
  const row = await readableCall(services, viewer, id);
  if (!curatesCall(viewer, guardOfCall(row))) throw errors.forbidden();
  if (!mayReview(viewer, row)) throw errors.invalidTransition();
  if (input.decision === 'approve' && !mayApprove(viewer, row))
    throw errors.refused('own_call', 'calls.error_own_call');
  const reason = input.reason?.trim() ?? '';
  if (input.decision === 'return' && !reason) throw errors.validation([{ field: 'reason', message: 'field.required' }]);
  const now = services.now();
  const change =
    input.decision === 'approve'
      ? { status: 'open' as const, opened_at: now, return_reason: null }
      : { status: 'returned' as const, return_reason: reason };
  await services.db.transaction().execute(async (tx) => {
    await repository.updateCall(tx, id, { ...change, reviewed_by: viewer?.id ?? null, updated_at: now });
    const action = input.decision === 'approve' ? 'call.opened' : 'call.returned';
    await recordAudit(tx, { actorId: viewer?.id ?? null, action, objectType: 'call', objectId: id, after: change });
    if (input.decision === 'approve')
      await tellFollowers({ ...services, db: tx }, { ...row, status: 'open' }, 'call_opened');
    await tellOwner({ ...services, db: tx }, row, guardOfCall(row), input.decision, viewer?.id ?? '');
  });
}

/** Any signed-in member asks a public question while the questions phase runs (Brussels deadline, stored in UTC). */
export async function askQuestion(services: Services, viewer: Viewer | null, id: string, question: string) {
  if (!viewer) throw errors.unauthenticated();
  const row = await readableCall(services, viewer, id);
  if (phaseOf(row, services.now()) !== 'questions')
    throw errors.conflict('questions_closed', 'calls.error_questions_closed');
  return services.db.transaction().execute(async (tx) => {
    const asked = await repository.insertPublicQuestion(tx, id, question.trim(), viewer.id);
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'call.question_asked',
      objectType: 'call',
      objectId: id,
      after: { question: asked.id },
    });
    return asked;
  });
}

/** The challenge's organisation answers a public question; the answer is public and the asker is told. */
export async function answerQuestion(
  services: Services,
  viewer: Viewer | null,
  id: string,
  qaId: string,
  answer: string,
) {
  if (!viewer) throw errors.unauthenticated();
  const row = await readableCall(services, viewer, id);
  if (!mayAnswer(viewer, row)) throw errors.forbidden();
  await services.db.transaction().execute(async (tx) => {
    const asked = await repository.findPublicQuestion(tx, id, qaId);
    if (!asked) throw errors.notFound();
    if (asked.answer !== null) throw errors.conflict('already_answered', 'calls.error_already_answered');
    await repository.answerPublicQuestion(tx, qaId, answer.trim(), viewer.id, services.now());
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'call.question_answered',
      objectType: 'call',
      objectId: id,
      after: { question: qaId },
    });
    if (asked.asked_by) {
      const readers = await readersAmong({ ...services, db: tx }, [asked.asked_by], guardOfCall(row).challenge);
      await notify({ ...services, db: tx }, readers, {
        kind: 'call_answered',
        params: { challengeId: row.challenge_id },
        link: `/calls/${id}#qa-${qaId}`,
      });
    }
  });
}

/** The challenge and the people who may sit on the panel, for the call form. */
export async function callFormChoices(services: Services, viewer: Viewer | null, challengeId: string) {
  const challenge = await challengeForCall(services, viewer, challengeId);
  const candidates = await repository.panelCandidates(services.db, challenge.owner_organisation_id);
  return { challenge: { id: challenge.id, title: challenge.title }, candidates };
}

export const openCallsChangedAt = (services: Services) => repository.lastOpenCallChange(services.db);
