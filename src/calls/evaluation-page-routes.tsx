// The evaluation pages of a call: the declaration, the scoring forms with totals, the decision form and
// its confirmation. Each post leads on with feedback, or shows its form again with the problems and
// nothing changed.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { requireViewer } from '../http/guards.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { sendPage } from '../web/render.ts';
import { pageContext } from '../web/context.ts';
import { pageId } from '../web/form-handling.ts';
import { withFeedback } from '../web/feedback.ts';
import { emptyForm, type FormState } from '../web/forms.tsx';
import { isAppError, type FieldProblem } from '../shared/errors.ts';
import { formToInput } from '../shared/validation.ts';
import {
  confirmDecision,
  declare,
  evaluationOf,
  ownDeclaration,
  recordDecisions,
  scoreResponse,
} from './evaluation-service.ts';
import { DECISIONS, type Decision, type Evaluation } from './evaluation-schemas.ts';
import {
  commentField,
  ConfirmDecisionPage,
  DecisionPage,
  decisionField,
  EvaluationPage,
  reasonsField,
  scoreField,
  type CallHeading,
} from './evaluation-pages.tsx';

type Body = Record<string, unknown>;
const isValidation = (error: unknown) => isAppError(error) && error.id === 'validation_failed';

async function headingOf(services: Services, request: FastifyRequest, id: string) {
  const own = await ownDeclaration(services, request.viewer, id);
  const call: CallHeading = {
    id,
    challengeTitle: own.call.challenge_title,
    responsesUntil: own.call.responses_until.toISOString(),
  };
  return { call, conflict: own.conflict };
}

/** A member's own scores as the form's values, so a change starts from what they gave. */
function ownScores(evaluation: Evaluation) {
  const forms = new Map<string, FormState>();
  evaluation.responses.forEach((response, index) => {
    const values: Body = {};
    evaluation.criteria.forEach((c, n) => {
      const given = response.scores.find((s) => s.own && s.criterionId === c.id);
      if (given) {
        values[scoreField(index, n)] = String(given.score);
        values[commentField(index, n)] = given.comment;
      }
    });
    forms.set(response.id, emptyForm(values));
  });
  return forms;
}

async function evaluationPage(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  posted?: { responseId?: string; form: FormState },
) {
  const { call, conflict } = await headingOf(services, request, id);
  const context = pageContext(request, reply);
  const status = posted?.form.problems.length ? 400 : 200;
  if (conflict === null) {
    const state = { step: 'declare' as const, form: posted?.form ?? emptyForm() };
    return sendPage(reply, <EvaluationPage context={context} call={call} state={state} />, status);
  }
  if (conflict === 'conflict')
    return sendPage(reply, <EvaluationPage context={context} call={call} state={{ step: 'excused' }} />);
  const evaluation = await evaluationOf(services, request.viewer, id);
  const forms = ownScores(evaluation);
  if (posted?.responseId) forms.set(posted.responseId, posted.form);
  const state = { step: 'evaluate' as const, evaluation, forms };
  return sendPage(reply, <EvaluationPage context={context} call={call} state={state} />, status);
}

/** The scoring form's fields as the API's input, or the problems of the fields left empty. */
function scoresOf(values: Body, evaluation: Evaluation, index: number) {
  const problems: FieldProblem[] = [];
  const scores = evaluation.criteria.map((c, n) => {
    const score = Number(values[scoreField(index, n)]);
    if (values[scoreField(index, n)] === undefined || !Number.isInteger(score) || score < 0 || score > 10)
      problems.push({ field: scoreField(index, n), message: 'field.required' });
    if (!values[commentField(index, n)]) problems.push({ field: commentField(index, n), message: 'field.required' });
    return { criterionId: c.id, score, comment: String(values[commentField(index, n)] ?? '') };
  });
  return { scores, problems };
}

/** The service's problem names ("scores.1.comment") as the form's fields. */
const scoreFieldOf = (index: number) => (p: FieldProblem) => {
  const [, n, part] = p.field.split('.');
  const field = part === 'comment' ? commentField(index, Number(n)) : scoreField(index, Number(n ?? 0));
  return { ...p, field };
};

function decisionsOf(values: Body, evaluation: Evaluation) {
  const problems: FieldProblem[] = [];
  const decisions = evaluation.responses.map((r, i) => {
    const decision = values[decisionField(i)] as Decision;
    if (!DECISIONS.includes(decision)) problems.push({ field: decisionField(i), message: 'field.required' });
    if (!values[reasonsField(i)]) problems.push({ field: reasonsField(i), message: 'field.required' });
    return { responseId: r.id, decision, reasons: String(values[reasonsField(i)] ?? '') };
  });
  return { decisions, problems };
}

function decisionValues(evaluation: Evaluation): Body {
  const values: Body = {};
  evaluation.responses.forEach((r, i) => {
    values[decisionField(i)] = r.decision ?? '';
    values[reasonsField(i)] = r.reasons ?? '';
  });
  return values;
}

async function decisionPage(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  form?: FormState,
) {
  const { call } = await headingOf(services, request, id);
  const evaluation = await evaluationOf(services, request.viewer, id);
  const shown = form ?? emptyForm(decisionValues(evaluation));
  const page = <DecisionPage context={pageContext(request, reply)} call={call} evaluation={evaluation} form={shown} />;
  return sendPage(reply, page, shown.problems.length ? 400 : 200);
}

export function evaluationPages(app: App, services: Services): void {
  const read = { config: { rateLimit: readLimit }, onRequest: requireViewer, schema: { hide: true } };
  const write = { config: { rateLimit: writeLimit }, onRequest: requireViewer, schema: { hide: true } };
  app.get<{ Params: { id: string } }>('/calls/:id/evaluation', read, async (request, reply) =>
    evaluationPage(services, request, reply, pageId(request.params.id)),
  );
  app.post<{ Params: { id: string }; Body: Body }>(
    '/calls/:id/evaluation/declaration',
    write,
    async (request, reply) => {
      const id = pageId(request.params.id);
      const { conflict } = formToInput(request.body);
      if (conflict !== 'none' && conflict !== 'conflict') {
        const form = { values: {}, problems: [{ field: 'conflict', message: 'field.required' as const }] };
        return evaluationPage(services, request, reply, id, { form });
      }
      await declare(services, request.viewer, id, { conflict });
      return reply.redirect(withFeedback(`/calls/${id}/evaluation`, 'declared'), 303);
    },
  );
  app.post<{ Params: { id: string; responseId: string }; Body: Body }>(
    '/calls/:id/evaluation/scores/:responseId',
    write,
    async (request, reply) => {
      const id = pageId(request.params.id);
      const responseId = pageId(request.params.responseId);
      const values = formToInput(request.body);
      const evaluation = await evaluationOf(services, request.viewer, id);
      const index = evaluation.responses.findIndex((r) => r.id === responseId);
      const { scores, problems } = scoresOf(values, evaluation, Math.max(index, 0));
      try {
        if (problems.length === 0) await scoreResponse(services, request.viewer, id, { responseId, scores });
        else return evaluationPage(services, request, reply, id, { responseId, form: { values, problems } });
        return reply.redirect(withFeedback(`/calls/${id}/evaluation`, 'scored'), 303);
      } catch (error) {
        if (!isValidation(error) || !isAppError(error)) throw error;
        const form = { values, problems: error.fields.map(scoreFieldOf(index)) };
        return evaluationPage(services, request, reply, id, { responseId, form });
      }
    },
  );
  app.get<{ Params: { id: string } }>('/calls/:id/decision', read, async (request, reply) =>
    decisionPage(services, request, reply, pageId(request.params.id)),
  );
  app.post<{ Params: { id: string }; Body: Body }>('/calls/:id/decision', write, async (request, reply) => {
    const id = pageId(request.params.id);
    const values = formToInput(request.body);
    const evaluation = await evaluationOf(services, request.viewer, id);
    const { decisions, problems } = decisionsOf(values, evaluation);
    if (problems.length) return decisionPage(services, request, reply, id, { values, problems });
    await recordDecisions(services, request.viewer, id, { decisions });
    return reply.redirect(withFeedback(`/calls/${id}/decision/confirm`, 'decision_saved'), 303);
  });
  app.get<{ Params: { id: string } }>('/calls/:id/decision/confirm', read, async (request, reply) => {
    const id = pageId(request.params.id);
    const { call } = await headingOf(services, request, id);
    const evaluation = await evaluationOf(services, request.viewer, id);
    return sendPage(
      reply,
      <ConfirmDecisionPage context={pageContext(request, reply)} call={call} evaluation={evaluation} />,
    );
  });
  app.post<{ Params: { id: string } }>('/calls/:id/decision/confirm', write, async (request, reply) => {
    const id = pageId(request.params.id);
    await confirmDecision(services, request.viewer, id);
    return reply.redirect(withFeedback(`/calls/${id}/evaluation`, 'decision_confirmed'), 303);
  });
}
