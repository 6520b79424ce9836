// Open calls in the API: reading them (public, within the visibility rule), drafting and editing
// (the challenge's organisation or a curating ambassador), submitting, the ambassador's review, and
// public questions and answers.
import type { FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { requireViewer } from '../http/guards.ts';
import { ErrorBody, IdParams } from '../http/schemas.ts';
import { writeLimit } from '../http/rate-limits.ts';
import { publicReadAccess, publicReadFailures, publicReadSecurity } from '../api-keys/public-access.ts';
import { presentCall } from './presenter.ts';
import {
  answerQuestion,
  askQuestion,
  callWithParts,
  changeCall,
  createCall,
  listCalls,
  mayManage,
  submitCall,
  reviewCall,
  partsOfCalls,
  type CallParts,
} from './service.ts';
import {
  AnswerInput,
  AskInput,
  Call,
  CallInput,
  CallList,
  CallListQuery,
  CallUpdate,
  PublicQuestion,
  QaParams,
  ReviewInput,
} from './schemas.ts';

const tags = ['calls'];

export function callRoutes(app: App, services: Services): void {
  const baseUrl = services.config.baseUrl;
  const publicRead = publicReadAccess(app, services);
  const present = async (request: FastifyRequest, id: string) => {
    const { row, parts } = await callWithParts(services, request.viewer, id);
    return presentCall(row, parts, baseUrl, services.now(), mayManage(request.viewer, row));
  };
  app.get<{ Querystring: CallListQuery }>(
    '/api/v1/calls',
    {
      onRequest: publicRead,
      schema: {
        operationId: 'listCalls',
        tags,
        security: publicReadSecurity,
        summary: 'Open calls',
        description:
          'Market consultations, requests for information and calls for pilots on published challenges, newest ' +
          'first: the open ones the caller may read (a call follows its challenge’s classification), and for ' +
          'those who manage a call also its drafts. Filters by status, phase, sector, spearhead, region, challenge.',
        querystring: CallListQuery,
        response: { 200: CallList, ...publicReadFailures },
      },
    },
    async (request) => {
      const rows = await listCalls(services, request.viewer, request.query);
      const parts = await partsOfCalls(services, rows);
      const now = services.now();
      return {
        items: rows.map((row, n) =>
          presentCall(row, parts[n] as CallParts, baseUrl, now, mayManage(request.viewer, row)),
        ),
      };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/calls/:id',
    {
      onRequest: publicRead,
      schema: {
        operationId: 'getCall',
        tags,
        security: publicReadSecurity,
        summary: 'One open call',
        description:
          'The call with its phases, questions, criteria, clarifications and answered public questions (never ' +
          'who asked). 404 for a call the caller may not read.',
        params: IdParams,
        response: { 200: Call, 404: ErrorBody, ...publicReadFailures },
      },
    },
    async (request) => present(request, request.params.id),
  );

  app.post<{ Body: CallInput }>(
    '/api/v1/calls',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'createCall',
        tags,
        summary: 'Draft an open call on a published challenge',
        description:
          'For a member of the challenge’s organisation or a curating ambassador (403 for anyone else; 409 when ' +
          'the challenge is not published). Phase ends in Brussels time, in order and ahead; criteria weights ' +
          'sum to 100; the panel are members of the organisation or ambassadors. Nothing is stored when any ' +
          'part is wrong: the 400 names every field. The call starts as a draft.',
        body: CallInput,
        response: { 201: Call, 400: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const id = await createCall(services, request.viewer, request.body);
      return reply
        .status(201)
        .header('location', `/api/v1/calls/${id}`)
        .send(await present(request, id));
    },
  );

  app.put<{ Params: { id: string }; Body: CallUpdate }>(
    '/api/v1/calls/:id',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'updateCall',
        tags,
        summary: 'Change an open call',
        description:
          'For those who manage the call. A returned call goes back to draft. Once open, a `clarification` ' +
          'saying what changed is required; it is shown dated on the call page and announced to the ' +
          'challenge’s followers.',
        params: IdParams,
        body: CallUpdate,
        response: { 200: Call, 400: ErrorBody },
      },
    },
    async (request) => {
      await changeCall(services, request.viewer, request.params.id, request.body);
      return present(request, request.params.id);
    },
  );

  app.post<{ Params: { id: string } }>(
    '/api/v1/calls/:id/submission',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'submitCall',
        tags,
        summary: 'Submit a call for review',
        description: 'A draft or returned call goes to the curating ambassadors (409 from any other status).',
        params: IdParams,
        response: { 200: Call, 409: ErrorBody },
      },
    },
    async (request) => {
      await submitCall(services, request.viewer, request.params.id);
      return present(request, request.params.id);
    },
  );

  app.post<{ Params: { id: string }; Body: ReviewInput }>(
    '/api/v1/calls/:id/review',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'reviewCall',
        tags,
        summary: 'Open or return a submitted call',
        description:
          'For an ambassador curating the challenge (403 for anyone else): `approve` opens the call and tells ' +
          'the challenge’s followers; `return` sends it back with a reason. The owner is notified either way. ' +
          'Four eyes: whoever drafted the call may not approve it (403 `own_call`). 409 unless the call is submitted.',
        params: IdParams,
        body: ReviewInput,
        response: { 200: Call, 400: ErrorBody, 403: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) => {
      await reviewCall(services, request.viewer, request.params.id, request.body);
      return present(request, request.params.id);
    },
  );

  app.post<{ Params: { id: string }; Body: { question: string } }>(
    '/api/v1/calls/:id/qa',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'askCallQuestion',
        tags,
        summary: 'Ask a public question about a call',
        description:
          'Any signed-in member, while the questions phase runs (409 `questions_closed` after its Brussels ' +
          'deadline). The answer will be public; who asked never is.',
        params: IdParams,
        body: AskInput,
        response: { 201: PublicQuestion, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const asked = await askQuestion(services, request.viewer, request.params.id, request.body.question);
      return reply.status(201).send({ id: asked.id, question: asked.question, askedAt: asked.asked_at.toISOString() });
    },
  );

  app.post<{ Params: { id: string; qaId: string }; Body: { answer: string } }>(
    '/api/v1/calls/:id/qa/:qaId/answer',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'answerCallQuestion',
        tags,
        summary: 'Answer a public question',
        description:
          'For a member of the challenge’s organisation (403 for anyone else; 409 when already answered). The ' +
          'answer is public on the call; the asker is told.',
        params: QaParams,
        body: AnswerInput,
        response: { 200: Call, 409: ErrorBody },
      },
    },
    async (request) => {
      await answerQuestion(services, request.viewer, request.params.id, request.params.qaId, request.body.answer);
      return present(request, request.params.id);
    },
  );
}
