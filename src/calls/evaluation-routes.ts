// A call's evaluation in the API: the panel member's declaration, the evaluation (responses, scores,
// weighted totals and spread), scoring one response, and the owner's decision and its confirmation.
import type { App, Services } from '../app-types.ts';
import { requireViewer } from '../http/guards.ts';
import { ErrorBody, IdParams } from '../http/schemas.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { confirmDecision, declare, evaluationOf, recordDecisions, scoreResponse } from './evaluation-service.ts';
import { DeclarationInput, DecisionInput, Evaluation, ScoresInput } from './evaluation-schemas.ts';

const tags = ['calls'];
const refusals = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** What an excused member is answered: their declaration, and nothing of the call's responses. */
const excused = (callId: string): Evaluation => ({
  callId,
  declaration: 'conflict',
  sealed: true,
  decidedAt: null,
  mayDecide: false,
  criteria: [],
  responses: [],
});

export function evaluationRoutes(app: App, services: Services): void {
  const write = { config: { rateLimit: writeLimit }, onRequest: requireViewer };
  app.post<{ Params: { id: string }; Body: DeclarationInput }>(
    '/api/v1/calls/:id/panel/declaration',
    {
      ...write,
      schema: {
        operationId: 'declareCallConflict',
        tags,
        summary: 'Declare a conflict of interest, or none',
        description:
          'Once per panel member, before seeing any response (403 for anyone not on the panel; 409 ' +
          '`already_declared` the second time). `conflict` excuses the member: they see no responses and score none.',
        params: IdParams,
        body: DeclarationInput,
        response: { 200: Evaluation, ...refusals, 409: ErrorBody },
      },
    },
    async (request) => {
      await declare(services, request.viewer, request.params.id, request.body);
      // An excused member has nothing more to see: the declaration is the answer.
      if (request.body.conflict === 'conflict') return excused(request.params.id);
      return evaluationOf(services, request.viewer, request.params.id);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/calls/:id/evaluation',
    {
      config: { rateLimit: readLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'getCallEvaluation',
        tags,
        summary: 'A call’s evaluation: responses, scores, weighted totals and spread',
        description:
          'For a panel member who declared no conflict (403 `declaration_required` before declaring, 403 ' +
          '`excused` after declaring a conflict, 403 for anyone not on the panel). Responses are sealed until the ' +
          'deadline (an empty list, `sealed` true); after it, the submitted ones with every member’s scores, each ' +
          'member’s weighted total (Σ weight × score / 10, 0–100) and their mean, lowest, highest and standard deviation.',
        params: IdParams,
        response: { 200: Evaluation, ...refusals },
      },
    },
    async (request) => evaluationOf(services, request.viewer, request.params.id),
  );

  app.put<{ Params: { id: string }; Body: ScoresInput }>(
    '/api/v1/calls/:id/scores',
    {
      ...write,
      schema: {
        operationId: 'scoreCallResponse',
        tags,
        summary: 'Score one response per criterion',
        description:
          'The caller’s own scores for one submitted response: one per criterion, 0–10 with a comment, replacing ' +
          'their earlier ones. 409 `responses_sealed` before the deadline, 409 `call_decided` once the decision is ' +
          'confirmed; 400 names every wrong field.',
        params: IdParams,
        body: ScoresInput,
        response: { 200: Evaluation, 400: ErrorBody, ...refusals, 409: ErrorBody },
      },
    },
    async (request) => {
      await scoreResponse(services, request.viewer, request.params.id, request.body);
      return evaluationOf(services, request.viewer, request.params.id);
    },
  );

  app.put<{ Params: { id: string }; Body: DecisionInput }>(
    '/api/v1/calls/:id/decision',
    {
      ...write,
      schema: {
        operationId: 'recordCallDecision',
        tags,
        summary: 'Record the decision per response, with reasons',
        description:
          'For a manager of the call on its panel with no conflict (403 otherwise), after the deadline: shortlist, ' +
          'invite_to_pilot, award or no_award with reasons, per submitted response. It may change until confirmed ' +
          '(409 `call_decided` after); nothing is sent before the confirmation.',
        params: IdParams,
        body: DecisionInput,
        response: { 200: Evaluation, 400: ErrorBody, ...refusals, 409: ErrorBody },
      },
    },
    async (request) => {
      await recordDecisions(services, request.viewer, request.params.id, request.body);
      return evaluationOf(services, request.viewer, request.params.id);
    },
  );

  app.post<{ Params: { id: string } }>(
    '/api/v1/calls/:id/decision/confirmation',
    {
      ...write,
      schema: {
        operationId: 'confirmCallDecision',
        tags,
        summary: 'Confirm the decision for good',
        description:
          'Once every submitted response has a decision (409 `decision_incomplete` otherwise): the call is decided ' +
          'and frozen, every respondent organisation’s members receive their scores per criterion (panel ' +
          'average), weighted total and the reasons in their language, and each invitation to pilot or award ' +
          'becomes an accepted match of origin `call`.',
        params: IdParams,
        response: { 200: Evaluation, ...refusals, 409: ErrorBody },
      },
    },
    async (request) => {
      await confirmDecision(services, request.viewer, request.params.id);
      return evaluationOf(services, request.viewer, request.params.id);
    },
  );
}
