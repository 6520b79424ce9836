// Match records in the API under /api/v1/matches: suggestions, applications, requests, proposals,
// decisions and outcomes, and merging duplicate items.
import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { requireAmbassador, requireViewer } from '../http/guards.ts';
import { ErrorBody, IdParams } from '../http/schemas.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import type { MatchOrigin } from '../db/schema.ts';
import { errors } from '../shared/errors.ts';
import {
  DecisionInput,
  DuplicateInput,
  MatchListQuery,
  MatchRecord,
  MatchRecordList,
  OutcomeInput,
  PairInput,
  SuggestionInput,
} from './schemas.ts';
import * as service from './service.ts';
import { markDuplicate } from './duplicates.ts';
import { presentMatch } from './presenter.ts';
import { visibleMatchesOfItem } from './listing.ts';

const tags = ['match records'];
const security = [{ session: [] }];
const failures = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

const STARTS: [string, MatchOrigin, string][] = [
  ['/api/v1/matches/applications', 'application', 'A provider applies with their solution to a published challenge'],
  ['/api/v1/matches/requests', 'request', 'A challenge owner asks for an introduction to a solution’s provider'],
  ['/api/v1/matches/proposals', 'ambassador', 'A curating ambassador proposes a match, with a note'],
];

export function matchRecordRoutes(app: App, services: Services): void {
  const present = async (id: string, request: FastifyRequest) =>
    presentMatch(
      services,
      await service.readableMatch(services, request.viewer, id),
      request.viewer,
      request.translator,
    );

  app.get(
    '/api/v1/matches',
    {
      config: { rateLimit: readLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary: 'The match records of a challenge or solution the caller is party to',
        querystring: MatchListQuery,
        response: { 200: MatchRecordList, ...failures },
      },
    },
    async (request) => {
      const { challengeId, solutionId } = request.query;
      if (!challengeId === !solutionId) throw errors.validation([{ field: 'challengeId', message: 'field.required' }]);
      const parties = await visibleMatchesOfItem(
        services,
        request.viewer,
        challengeId ? 'challenge' : 'solution',
        (challengeId ?? solutionId) as string,
      );
      return {
        items: await Promise.all(parties.map((p) => presentMatch(services, p, request.viewer, request.translator))),
      };
    },
  );

  app.post(
    '/api/v1/matches/suggestions',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary: 'Keep the engine’s best matches for an item as suggested match records',
        body: SuggestionInput,
        response: { 200: MatchRecordList, ...failures },
      },
    },
    async (request) => {
      await service.materialiseSuggestions(services, request.viewer, request.body.kind, request.body.id);
      const parties = await visibleMatchesOfItem(services, request.viewer, request.body.kind, request.body.id);
      return {
        items: await Promise.all(parties.map((p) => presentMatch(services, p, request.viewer, request.translator))),
      };
    },
  );

  for (const [url, origin, summary] of STARTS) {
    app.post(
      url,
      {
        config: { rateLimit: writeLimit },
        onRequest: origin === 'ambassador' ? requireAmbassador : requireViewer,
        schema: { tags, security, summary, body: PairInput, response: { 201: MatchRecord, ...failures } },
      },
      async (request, reply) => {
        const match = await service.startMatch(services, request.viewer, { origin, ...request.body });
        return reply
          .status(201)
          .header('location', `/api/v1/matches/${match.id}`)
          .send(await present(match.id, request));
      },
    );
  }

  app.get(
    '/api/v1/matches/:id',
    {
      config: { rateLimit: readLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary: 'One match record with its timeline',
        params: IdParams,
        response: { 200: MatchRecord, ...failures },
      },
    },
    async (request) => present(request.params.id, request),
  );

  app.post(
    '/api/v1/matches/:id/decision',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary: 'Accept or decline (with a reason) a match for your side',
        params: IdParams,
        body: DecisionInput,
        response: { 200: MatchRecord, ...failures },
      },
    },
    async (request) => {
      await service.decide(services, request.viewer, request.params.id, request.body);
      return present(request.params.id, request);
    },
  );

  app.post(
    '/api/v1/matches/:id/outcome',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireAmbassador,
      schema: {
        tags,
        security,
        summary: 'Record an outcome: introduced, pilot, deployed, declined (with a note)',
        params: IdParams,
        body: OutcomeInput,
        response: { 200: MatchRecord, ...failures },
      },
    },
    async (request) => {
      await service.recordOutcome(services, request.viewer, request.params.id, request.body.outcome, request.body.note);
      return present(request.params.id, request);
    },
  );

  app.post(
    '/api/v1/duplicates',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireAmbassador,
      schema: {
        tags,
        security,
        summary: 'Mark an item as a duplicate of another, moving its matches',
        body: DuplicateInput,
        response: { 200: Type.Object({ movedMatches: Type.Array(Type.String()) }), ...failures },
      },
    },
    async (request) => ({ movedMatches: await markDuplicate(services, request.viewer, request.body) }),
  );
}
