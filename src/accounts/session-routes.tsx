// The sessions page: a person sees where they are logged in and ends any of those sessions, or all.
import type { App, Services } from '../app-types.ts';
import { errors } from '../shared/errors.ts';
import { recordAudit } from '../audit/repository.ts';
import { pageContext } from '../web/context.ts';
import { sendPage } from '../web/render.ts';
import { requireViewer } from '../http/guards.ts';
import { liveSessionsOf, revokeOwnSession, revokeSessionsOf } from './session-repository.ts';
import { clearSessionCookie, livenessAt } from './session.ts';
import { SessionsPage } from './pages/sessions-page.tsx';

// Session ids are the SHA-256 of the token; anything else cannot be one.
const SESSION_ID = /^[0-9a-f]{64}$/;
// The audit log names a session by the start of its id, which is enough to tell sessions apart.
const auditName = (sessionId: string) => sessionId.slice(0, 12);

export function sessionRoutes(app: App, services: Services): void {
  app.get('/account/sessions', { config: { page: true }, onRequest: requireViewer }, async (request, reply) => {
    if (!request.viewer) throw errors.unauthenticated();
    const sessions = await liveSessionsOf(services.db, request.viewer.id, livenessAt(services.now()));
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
      if (!SESSION_ID.test(request.params.id) || !(await revokeOwnSession(services.db, viewer.id, request.params.id)))
        throw errors.notFound();
      await recordAudit(services.db, {
        actorId: viewer.id,
        action: 'session.revoked',
        objectType: 'person',
        objectId: viewer.id,
        after: { session: auditName(request.params.id) },
      });
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
      await revokeSessionsOf(services.db, viewer.id);
      await recordAudit(services.db, {
        actorId: viewer.id,
        action: 'person.sessions_revoked',
        objectType: 'person',
        objectId: viewer.id,
      });
      clearSessionCookie(reply);
      return reply.redirect('/', 303);
    },
  );
}
