// A person's matches as a page (/my/matches) and in the API (/api/v1/me/matches), and the dashboard
// (/my) a member lands on after logging in.
import type { App, Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import { requireViewer } from '../http/guards.ts';
import { errors } from '../shared/errors.ts';
import { sendPage } from '../web/render.ts';
import { pageContext } from '../web/context.ts';
import { ErrorBody } from '../http/schemas.ts';
import { readLimit } from '../http/rate-limits.ts';
import { Inbox } from './inbox-schemas.ts';
import { dashboardItems, loadInbox, yourTurn } from './inbox.ts';
import { MyMatchesPage } from './inbox-page.tsx';
import { DashboardPage } from './dashboard-page.tsx';

function signedIn(viewer: Viewer | null): Viewer {
  if (!viewer) throw errors.unauthenticated();
  return viewer;
}

export function inboxRoutes(app: App, services: Services): void {
  app.get(
    '/api/v1/me/matches',
    {
      config: { rateLimit: readLimit },
      onRequest: requireViewer,
      schema: {
        tags: ['match records'],
        summary: 'The caller’s matches, grouped by what each waits for (the content of /my/matches)',
        response: { 200: Inbox, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => loadInbox(services, signedIn(request.viewer), request.translator),
  );

  app.get('/my/matches', { config: { rateLimit: readLimit }, onRequest: requireViewer }, async (request, reply) => {
    const inbox = await loadInbox(services, signedIn(request.viewer), request.translator);
    return sendPage(
      reply,
      <MyMatchesPage
        context={pageContext(request, reply)}
        inbox={inbox}
        expiryDays={services.config.reminders.matchExpiryDays}
      />,
    );
  });

  app.get('/my', { config: { rateLimit: readLimit }, onRequest: requireViewer }, async (request, reply) => {
    const viewer = signedIn(request.viewer);
    const [inbox, items] = await Promise.all([
      loadInbox(services, viewer, request.translator),
      dashboardItems(services, viewer),
    ]);
    return sendPage(
      reply,
      <DashboardPage context={pageContext(request, reply)} waiting={yourTurn(inbox)} items={items} />,
    );
  });
}
