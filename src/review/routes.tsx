// The ambassador's review queue. (A member's own items are on the dashboard, src/matches/inbox-routes.tsx.)
import type { App, Services } from '../app-types.ts';
import { requireAmbassador } from '../http/guards.ts';
import { sendPage } from '../web/render.ts';
import { pageContext } from '../web/context.ts';
import { readLimit } from '../http/rate-limits.ts';
import { errors } from '../shared/errors.ts';
import { reviewQueue } from './service.ts';
import { ReviewPage } from './page.tsx';

export function reviewRoutes(app: App, services: Services): void {
  app.get('/review', { config: { rateLimit: readLimit }, onRequest: requireAmbassador }, async (request, reply) => {
    if (!request.viewer) throw errors.unauthenticated();
    const queue = await reviewQueue(services, request.viewer, request.translator);
    return sendPage(reply, <ReviewPage context={pageContext(request, reply)} queue={queue} />);
  });
}
