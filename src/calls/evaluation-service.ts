// A call's evaluation: each panel member declares a conflict of interest or none before seeing any
// response ('conflict' excuses them); after the response deadline those who declared none score every
// submitted response per criterion; a manager of the call on the panel records a decision per response
// and confirms it, after which nothing changes. Confirming sends every respondent organisation's members
// their feedback in their own language and turns invitations to pilot and awards into accepted matches.
import type { Services } from '../app-types.ts';
import type { Database } from '../db/database.ts';
import type { Viewer } from '../shared/viewer.ts';
import { errors, type FieldProblem } from '../shared/errors.ts';
import { recordAudit } from '../audit/repository.ts';
import { readersOf } from '../notifications/repository.ts';
import { notify, readersAmong } from '../notifications/service.ts';
import { createTranslator } from '../i18n/translator.ts';
import { matchFromCall } from '../matches/from-call.ts';
import { partsOf } from './repository.ts';
import { guardOfCall, mayManage, readableCall } from './service.ts';
import { canReadResponse, type GuardedCallWithResponses } from './permissions.ts';
import * as repository from './evaluation-repository.ts';
import * as responses from './responses-repository.ts';
import type { ResponseRow, ScoreRow } from './evaluation-repository.ts';
import { memberTotals, panelAverages, spread } from './evaluation-figures.ts';
import type { DeclarationInput, DecisionInput, Evaluation, ScoresInput } from './evaluation-schemas.ts';

const PILOT_OR_AWARD = ['invite_to_pilot', 'award'];

/** The call, its criteria and panel, and the viewer's own seat on it; 403 for anyone not on the panel. */
async function seat(services: Services, viewer: Viewer | null, id: string) {
  if (!viewer) throw errors.unauthenticated();
  const row = await readableCall(services, viewer, id);
  const [{ criteria, questions }, panel] = await Promise.all([
    partsOf(services.db, id),
    repository.panelOf(services.db, id),
  ]);
  const own = panel.find((p) => p.person_id === viewer.id);
  if (!own) throw errors.forbidden();
  const guard: GuardedCallWithResponses = {
    ...guardOfCall(row),
    responsesUntil: row.responses_until,
    panel: panel.map((p) => ({ personId: p.person_id, conflict: p.conflict })),
  };
  const sealed = services.now() < row.responses_until;
  const mayDecide = mayManage(viewer, row) && own.conflict === 'none';
  return { viewer, row, criteria, questions, own, guard, sealed, mayDecide };
}
type Seat = Awaited<ReturnType<typeof seat>>;

/** Only a member who declared no conflict goes further than the declaration. */
function requireNoConflict(seated: Seat): void {
  if (seated.own.conflict === null) throw errors.refused('declaration_required', 'calls.error_declaration_required');
  if (seated.own.conflict === 'conflict') throw errors.refused('excused', 'calls.error_excused');
}

async function requireUndecided(db: Database, callId: string): Promise<void> {
  if ((await repository.decisionOf(db, callId)).decided_at)
    throw errors.conflict('call_decided', 'calls.error_decided');
}

/** The viewer's declaration on the panel, if they are on it (for the page's first step). */
export async function ownDeclaration(services: Services, viewer: Viewer | null, id: string) {
  const seated = await seat(services, viewer, id);
  return { conflict: seated.own.conflict, mayDecide: seated.mayDecide, call: seated.row };
}

export async function declare(services: Services, viewer: Viewer | null, id: string, input: DeclarationInput) {
  const seated = await seat(services, viewer, id);
  await services.db.transaction().execute(async (tx) => {
    if (!(await repository.declare(tx, id, seated.viewer.id, input.conflict, services.now())))
      throw errors.conflict('already_declared', 'calls.error_already_declared');
    await recordAudit(tx, {
      actorId: seated.viewer.id,
      action: 'call.panel_declared',
      objectType: 'call',
      objectId: id,
      after: { conflict: input.conflict },
    });
  });
}

/** The responses the viewer may read, by the one rule for responses. */
async function readableResponses(services: Services, seated: Seat): Promise<ResponseRow[]> {
  const rows = await repository.responsesOf(services.db, seated.row.id);
  const now = services.now();
  return rows.filter((r) =>
    canReadResponse(seated.viewer, seated.guard, { organisationId: r.organisation_id, status: r.status }, now),
  );
}

/** What the panel reads before scoring: each answer beside its question, and the response's files. */
async function contentOf(services: Services, seated: Seat, response: ResponseRow) {
  const [answers, files] = await Promise.all([
    responses.answersOf(services.db, response.id),
    responses.attachmentsOf(services.db, response.id),
  ]);
  const price = (value: number | string | null) => (value === null ? null : Number(value));
  return {
    answers: seated.questions.map((q) => {
      const a = answers.find((answer) => answer.question_id === q.id);
      return {
        question: q.prompt,
        kind: q.kind,
        text: a?.text_answer ?? a?.choice ?? null,
        yesNo: a?.yes_no ?? null,
        priceFrom: price(a?.price_from ?? null),
        priceTo: price(a?.price_to ?? null),
      };
    }),
    files: files.map((f) => ({ id: f.id, name: f.name, size: f.size })),
  };
}

function presentResponse(
  seated: Seat,
  response: ResponseRow,
  scores: ScoreRow[],
  content: Pick<Evaluation['responses'][number], 'answers' | 'files'>,
): Evaluation['responses'][number] {
  const own = scores.filter((s) => s.response_id === response.id);
  const names = new Map(own.map((s) => [s.person_id, s.member]));
  const criteria = seated.criteria.map((c) => ({ id: c.id, weight: c.weight }));
  const totals = memberTotals(
    criteria,
    own.map((s) => ({ personId: s.person_id, criterionId: s.criterion_id, score: s.score })),
  );
  return {
    id: response.id,
    organisation: response.organisation_name,
    solution: { id: response.solution_id, title: response.solution_title },
    submittedAt: response.submitted_at?.toISOString() ?? '',
    decision: response.decision,
    reasons: response.decision_reasons,
    ...content,
    scores: own.map((s) => ({
      member: s.member,
      own: s.person_id === seated.viewer.id,
      criterionId: s.criterion_id,
      score: s.score,
      comment: s.comment,
    })),
    totals: [...totals].map(([person, total]) => ({ member: names.get(person) ?? '', total })),
    ...spread([...totals.values()]),
  };
}

export async function evaluationOf(services: Services, viewer: Viewer | null, id: string): Promise<Evaluation> {
  const seated = await seat(services, viewer, id);
  requireNoConflict(seated);
  const [responses, scores, decided] = await Promise.all([
    readableResponses(services, seated),
    repository.scoresOf(services.db, id),
    repository.decisionOf(services.db, id, false),
  ]);
  return {
    callId: id,
    declaration: seated.own.conflict,
    sealed: seated.sealed,
    decidedAt: decided.decided_at?.toISOString() ?? null,
    mayDecide: seated.mayDecide,
    criteria: seated.criteria.map((c) => ({ id: c.id, name: c.name, weight: c.weight })),
    responses: await Promise.all(
      responses.map(async (r) => presentResponse(seated, r, scores, await contentOf(services, seated, r))),
    ),
  };
}

/** Whether the scores cover each criterion of the call exactly once, every comment written. */
function scoreProblems(seated: Seat, input: ScoresInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const given = input.scores.map((s) => s.criterionId);
  const wanted = seated.criteria.map((c) => c.id);
  if (given.length !== wanted.length || !wanted.every((c) => given.includes(c)))
    problems.push({ field: 'scores', message: 'calls.error_criteria' });
  input.scores.forEach((s, n) => {
    if (!s.comment.trim()) problems.push({ field: `scores.${n}.comment`, message: 'field.required' });
  });
  return problems;
}

export async function scoreResponse(services: Services, viewer: Viewer | null, id: string, input: ScoresInput) {
  const seated = await seat(services, viewer, id);
  requireNoConflict(seated);
  if (seated.sealed) throw errors.conflict('responses_sealed', 'calls.error_sealed');
  const readable = await readableResponses(services, seated);
  if (!readable.some((r) => r.id === input.responseId)) throw errors.notFound();
  const problems = scoreProblems(seated, input);
  if (problems.length) throw errors.validation(problems);
  await services.db.transaction().execute(async (tx) => {
    await requireUndecided(tx, id);
    const scores = input.scores.map((s) => ({ ...s, comment: s.comment.trim() }));
    await repository.saveScores(tx, input.responseId, seated.viewer.id, scores, services.now());
    await recordAudit(tx, {
      actorId: seated.viewer.id,
      action: 'call.scored',
      objectType: 'call',
      objectId: id,
      after: { responseId: input.responseId },
    });
  });
}

/** The decider's seat: a manager of the call on its panel with no conflict, after the deadline. */
async function deciderSeat(services: Services, viewer: Viewer | null, id: string) {
  const seated = await seat(services, viewer, id);
  requireNoConflict(seated);
  if (!seated.mayDecide) throw errors.forbidden();
  if (seated.sealed) throw errors.conflict('responses_sealed', 'calls.error_sealed');
  return seated;
}

/** Records (or changes) the decision per response with its reasons; nothing is sent until confirmed. */
export async function recordDecisions(services: Services, viewer: Viewer | null, id: string, input: DecisionInput) {
  const seated = await deciderSeat(services, viewer, id);
  const readable = new Set((await readableResponses(services, seated)).map((r) => r.id));
  const problems: FieldProblem[] = [];
  input.decisions.forEach((d, n) => {
    if (!readable.has(d.responseId))
      problems.push({ field: `decisions.${n}.responseId`, message: 'calls.error_response' });
    if (!d.reasons.trim()) problems.push({ field: `decisions.${n}.reasons`, message: 'field.required' });
  });
  if (problems.length) throw errors.validation(problems);
  await services.db.transaction().execute(async (tx) => {
    await requireUndecided(tx, id);
    for (const d of input.decisions) await repository.setDecision(tx, d.responseId, d.decision, d.reasons.trim());
    await recordAudit(tx, {
      actorId: seated.viewer.id,
      action: 'call.decision_recorded',
      objectType: 'call',
      objectId: id,
      after: input.decisions.map((d) => ({ responseId: d.responseId, decision: d.decision })),
    });
  });
}

/** Each member of the respondent's organisation who may read the challenge hears the feedback in their language. */
async function sendFeedback(services: Services, seated: Seat, response: ResponseRow, scores: ScoreRow[]) {
  const own = scores.filter((s) => s.response_id === response.id);
  const { averages, total } = panelAverages(
    seated.criteria,
    own.map((s) => ({ personId: s.person_id, criterionId: s.criterion_id, score: s.score })),
  );
  const members = await repository.membersOf(services.db, response.organisation_id);
  const allowed = await readersAmong(services, members, guardOfCall(seated.row).challenge);
  for (const reader of await readersOf(services.db, allowed)) {
    const t = createTranslator(reader.locale);
    const figure = (value: number) => t.number(value, { maximumFractionDigits: 1 });
    const perCriterion = seated.criteria.map((c) => `${t.colon(c.name)} ${figure(averages.get(c.id) ?? 0)}/10`);
    await notify(services, [reader.id], {
      kind: 'call_feedback',
      params: {
        challengeId: seated.row.challenge_id,
        decision: t.t(`calls.decision.${response.decision ?? 'no_award'}`),
        total: figure(total),
        scores: perCriterion.join('; '),
        reasons: response.decision_reasons ?? '',
      },
      link: `/calls/${seated.row.id}`,
    });
  }
}

/** Confirms the recorded decision: the call is decided for good, feedback goes out, matches follow. */
export async function confirmDecision(services: Services, viewer: Viewer | null, id: string): Promise<void> {
  const seated = await deciderSeat(services, viewer, id);
  const now = services.now();
  await services.db.transaction().execute(async (tx) => {
    const inTx = { ...services, db: tx };
    await requireUndecided(tx, id);
    const responses = await readableResponses(inTx, seated);
    if (responses.some((r) => r.decision === null))
      throw errors.conflict('decision_incomplete', 'calls.error_decision_incomplete');
    await repository.markDecided(tx, id, seated.viewer.id, now);
    for (const response of responses.filter((r) => PILOT_OR_AWARD.includes(r.decision ?? ''))) {
      const match = await matchFromCall(tx, {
        challengeId: seated.row.challenge_id,
        solutionId: response.solution_id,
        callName: seated.row.challenge_title,
        decidedBy: seated.viewer.id,
        now,
      });
      await repository.linkMatch(tx, response.id, match.id);
    }
    const scores = await repository.scoresOf(tx, id);
    for (const response of responses) await sendFeedback(inTx, seated, response, scores);
    await recordAudit(tx, { actorId: seated.viewer.id, action: 'call.decided', objectType: 'call', objectId: id });
  });
  await services.events.afterCommit();
}

/** The published result of a decided call, for everyone who may read the call; empty when not published. */
export async function publishedResult(services: Services, viewer: Viewer | null, id: string) {
  await readableCall(services, viewer, id);
  return repository.publishedDecisions(services.db, id);
}
