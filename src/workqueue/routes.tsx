// The ambassador's work queue, as a page (/work-queue) and in the API, and the changes since review.
import { Type } from 'typebox';
import type { App, Services } from '../app-types.ts';
import { requireAmbassador } from '../http/guards.ts';
import { ErrorBody } from '../http/schemas.ts';
import { readLimit } from '../http/rate-limits.ts';
import { errors } from '../shared/errors.ts';
import { sendPage } from '../web/render.ts';
import { pageContext } from '../web/context.ts';
import { workQueue } from './service.ts';
import { WorkQueuePage } from './page.tsx';
import { changeRoutes, FieldChangeBody } from './change-routes.tsx';

const Entry = Type.Object({
  kind: Type.Enum(['challenge', 'solution', 'match', 'call']),
  id: Type.String(),
  title: Type.String(),
  href: Type.String(),
  spearheads: Type.Array(Type.Integer()),
  deadline: Type.Union([Type.String(), Type.Null()]),
  changes: Type.Optional(
    Type.Array(FieldChangeBody, { description: 'In "changed": per changed field, the value at review and now.' }),
  ),
});
const Counts = {
  review: Type.Integer(),
  changed: Type.Integer(),
  unmatched: Type.Integer(),
  waiting: Type.Integer(),
  expiring: Type.Integer(),
};
const WorkQueueBody = Type.Object({
  sections: Type.Object({
    review: Type.Array(Entry),
    changed: Type.Array(Entry),
    unmatched: Type.Array(Entry),
    waiting: Type.Array(Entry),
    expiring: Type.Array(Entry),
  }),
  bySpearhead: Type.Array(Type.Object({ spearhead: Type.Union([Type.Integer(), Type.Null()]), ...Counts })),
});

export function workQueueRoutes(app: App, services: Services): void {
  app.get(
    '/api/v1/work-queue',
    {
      config: { rateLimit: readLimit },
      onRequest: requireAmbassador,
      schema: {
        tags: ['match records'],
        summary:
          'What waits on the calling ambassador in the spearheads they curate: items and open calls to review, published items changed since review, unmatched challenges, unanswered matches, challenges about to expire, soonest deadline first',
        response: { 200: WorkQueueBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => {
      if (!request.viewer) throw errors.unauthenticated();
      return workQueue(services, request.viewer, request.translator);
    },
  );

  app.get('/work-queue', { config: { rateLimit: readLimit }, onRequest: requireAmbassador }, async (request, reply) => {
    if (!request.viewer) throw errors.unauthenticated();
    const queue = await workQueue(services, request.viewer, request.translator);
    return sendPage(reply, <WorkQueuePage context={pageContext(request, reply)} queue={queue} now={services.now()} />);
  });

  changeRoutes(app, services);
}
