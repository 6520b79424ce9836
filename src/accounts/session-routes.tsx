// The sessions page: a person sees where they are logged in and ends any of those sessions, or all.
import type { App, Services } from '../app-types.ts';
import { errors } from '../shared/errors.ts';
import { pageContext } from '../web/context.ts';
import { sendPage } from '../web/render.ts';
import { requireViewer } from '../http/guards.ts';
import { endAllSessions, endOwnSession, liveSessions } from './service.ts';
import { clearSessionCookie } from './session.ts';
import { SessionsPage } from './pages/sessions-page.tsx';

export function sessionRoutes(app: App, services: Services): void {
  app.get('/account/sessions', { config: { page: true }, onRequest: requireViewer }, async (request, reply) => {
    if (!request.viewer) throw errors.unauthenticated();
    const sessions = await liveSessions(services, request.viewer.id);
    const notice = (request.query as Record<string, unknown>).revoked
      ? request.translator.t('account.sessions.revoked')
      : null;
    return sendPage(
      reply,
      <SessionsPage
        context={pageContext(request, reply)}
        sessions={sessions}
        currentId={request.viewer.sessionId}
        notice={notice}
      />,
    );
  });

  app.post<{ Params: { id: string } }>(
    '/account/sessions/:id/revoke',
    { config: { page: true }, onRequest: requireViewer },
    async (request, reply) => {
      const viewer = request.viewer;
      if (!viewer) throw errors.unauthenticated();
      await endOwnSession(services, viewer.id, request.params.id);
      if (request.params.id !== viewer.sessionId) return reply.redirect('/account/sessions?revoked=1', 303);
      clearSessionCookie(reply);
      return reply.redirect('/', 303);
    },
  );

  app.post(
    '/account/sessions/revoke-all',
    { config: { page: true }, onRequest: requireViewer },
    async (request, reply) => {
      const viewer = request.viewer;
      if (!viewer) throw errors.unauthenticated();
      await endAllSessions(services, viewer.id);
      clearSessionCookie(reply);
      return reply.redirect('/', 303);
    },
  );
}
