// The challenge API under /api/v1/challenges.
import type { App, Services } from '../app-types.ts';
import { requireViewer } from '../accounts/guards.ts';
import { TransitionInput } from '../publication/schemas.ts';
import { ErrorBody, IdParams } from '../http/schemas.ts';
import { writeLimit } from '../http/rate-limits.ts';
import { withTextSearch } from '../matching/search.ts';
import { pagingAnswer, pagingFilter } from '../publication/cursor.ts';
import { publicReadAccess, publicReadFailures, publicReadSecurity } from '../api-keys/public-access.ts';
import { Challenge, ChallengeInput, ChallengeList, ChallengeListQuery, ChallengeUpdate } from './schemas.ts';
import * as service from './service.ts';
import { listChallenges } from './repository.ts';
import { presentChallenge } from './presenter.ts';

const tags = ['challenges'];
const security = [{ session: [] }];

export function challengeRoutes(app: App, services: Services): void {
  const publicRead = publicReadAccess(app, services);
  app.get(
    '/api/v1/challenges',
    {
      onRequest: publicRead,
      schema: {
        tags,
        security: publicReadSecurity,
        summary: 'List the challenges the caller may see, by page number or by cursor (limit, cursor)',
        querystring: ChallengeListQuery,
        response: { 200: ChallengeList, 400: ErrorBody, ...publicReadFailures },
      },
    },
    async (request) => {
      const filter = await withTextSearch(
        services,
        'challenge',
        service.challengeFilter(request.query, pagingFilter(request.query)),
        request.viewer,
      );
      const { rows, total, more } = await listChallenges(services.db, filter, request.viewer);
      return {
        items: rows.map(presentChallenge),
        total,
        ...pagingAnswer(request.url, filter, rows, more, request.query.page ?? 1),
      };
    },
  );

  app.get(
    '/api/v1/challenges/:id',
    {
      onRequest: publicRead,
      schema: {
        tags,
        security: publicReadSecurity,
        summary: 'One challenge',
        params: IdParams,
        response: { 200: Challenge, 404: ErrorBody, ...publicReadFailures },
      },
    },
    async (request) => presentChallenge(await service.readableChallenge(services, request.viewer, request.params.id)),
  );

  app.post(
    '/api/v1/challenges',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary: 'Post a challenge as a draft',
        body: ChallengeInput,
        response: { 201: Challenge, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request, reply) => {
      const id = await service.createChallenge(services, request.viewer, request.body);
      const created = await service.readableChallenge(services, request.viewer, id);
      return reply.status(201).header('location', `/api/v1/challenges/${id}`).send(presentChallenge(created));
    },
  );

  app.patch(
    '/api/v1/challenges/:id',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary: 'Change a challenge',
        params: IdParams,
        body: ChallengeUpdate,
        response: { 200: Challenge, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      await service.updateChallenge(services, request.viewer, request.params.id, request.body);
      return presentChallenge(await service.readableChallenge(services, request.viewer, request.params.id));
    },
  );

  app.post(
    '/api/v1/challenges/:id/transitions',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary: 'Move a challenge through its lifecycle (submit, publish, send_back, start, solve, close, renew)',
        params: IdParams,
        body: TransitionInput,
        response: { 200: Challenge, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) => {
      await service.transitionChallenge(
        services,
        request.viewer,
        request.params.id,
        request.body.action,
        request.body.reason,
      );
      return presentChallenge(await service.readableChallenge(services, request.viewer, request.params.id));
    },
  );
}
