// The solution API under /api/v1/solutions.
import type { App, Services } from '../app-types.ts';
import { requireViewer } from '../accounts/guards.ts';
import { TransitionInput } from '../publication/schemas.ts';
import { ErrorBody, IdParams } from '../http/schemas.ts';
import { writeLimit } from '../http/rate-limits.ts';
import { withTextSearch } from '../matching/search.ts';
import { pagingAnswer, pagingFilter } from '../publication/cursor.ts';
import { publicReadAccess, publicReadFailures, publicReadSecurity } from '../api-keys/public-access.ts';
import { Solution, SolutionInput, SolutionList, SolutionListQuery, SolutionUpdate } from './schemas.ts';
import * as service from './service.ts';
import { listSolutions } from './repository.ts';
import { presentSolution } from './presenter.ts';

const tags = ['solutions'];
const security = [{ session: [] }];

export function solutionRoutes(app: App, services: Services): void {
  const publicRead = publicReadAccess(app, services);
  app.get(
    '/api/v1/solutions',
    {
      onRequest: publicRead,
      schema: {
        tags,
        security: publicReadSecurity,
        summary: 'List the solutions the caller may see, by page number or by cursor (limit, cursor)',
        querystring: SolutionListQuery,
        response: { 200: SolutionList, 400: ErrorBody, ...publicReadFailures },
      },
    },
    async (request) => {
      const filter = await withTextSearch(
        services,
        'solution',
        service.solutionFilter(request.query, pagingFilter(request.query)),
        request.viewer,
      );
      const { rows, total, more } = await listSolutions(services.db, filter, request.viewer);
      return {
        items: rows.map(presentSolution),
        total,
        ...pagingAnswer(request.url, filter, rows, more, request.query.page ?? 1),
      };
    },
  );

  app.get(
    '/api/v1/solutions/:id',
    {
      onRequest: publicRead,
      schema: {
        tags,
        security: publicReadSecurity,
        summary: 'One solution',
        params: IdParams,
        response: { 200: Solution, 404: ErrorBody, ...publicReadFailures },
      },
    },
    async (request) => presentSolution(await service.readableSolution(services, request.viewer, request.params.id)),
  );

  app.post(
    '/api/v1/solutions',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary: 'Post a solution as a draft',
        body: SolutionInput,
        response: { 201: Solution, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request, reply) => {
      const id = await service.createSolution(services, request.viewer, request.body);
      const created = await service.readableSolution(services, request.viewer, id);
      return reply.status(201).header('location', `/api/v1/solutions/${id}`).send(presentSolution(created));
    },
  );

  app.patch(
    '/api/v1/solutions/:id',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary: 'Change a solution',
        params: IdParams,
        body: SolutionUpdate,
        response: { 200: Solution, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      await service.updateSolution(services, request.viewer, request.params.id, request.body);
      return presentSolution(await service.readableSolution(services, request.viewer, request.params.id));
    },
  );

  app.post(
    '/api/v1/solutions/:id/transitions',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary: 'Move a solution through its lifecycle (submit, publish, send_back, archive)',
        params: IdParams,
        body: TransitionInput,
        response: { 200: Solution, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) => {
      await service.transitionSolution(
        services,
        request.viewer,
        request.params.id,
        request.body.action,
        request.body.reason,
      );
      return presentSolution(await service.readableSolution(services, request.viewer, request.params.id));
    },
  );
}
