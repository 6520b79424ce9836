// Notifications: the API and the /notifications page (list, mark read, e-mail preference), and the
// one-click unsubscribe link from e-mails, which needs no login.
import type { App, Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import type { Translator } from '../i18n/translator.ts';
import { requireViewer } from '../http/guards.ts';
import { ErrorBody, IdParams } from '../http/schemas.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { sendPage } from '../web/render.ts';
import { pageContext } from '../web/context.ts';
import { pageId } from '../web/form-handling.ts';
import { formToInput, parseInput } from '../shared/validation.ts';
import { errors } from '../shared/errors.ts';
import * as service from './service.ts';
import { notificationText } from './texts.ts';
import { personOfToken } from './unsubscribe.ts';
import { NotificationList, Settings, UnsubscribeQuery } from './schemas.ts';
import { NotificationsPage, UnsubscribedPage } from './pages.tsx';

const tags = ['notifications'];
const security = [{ session: [] }];
const failures = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody };

async function listFor(services: Services, viewer: Viewer, t: Translator) {
  const { rows, unread, titles } = await service.inboxOf(services, viewer, t);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      text: notificationText(t, r, titles),
      link: r.link,
      createdAt: r.created_at.toISOString(),
      read: r.read_at !== null,
    })),
    unread,
  };
}

function signedIn(viewer: Viewer | null): Viewer {
  if (!viewer) throw errors.unauthenticated();
  return viewer;
}

export function notificationRoutes(app: App, services: Services): void {
  app.get(
    '/api/v1/notifications',
    {
      config: { rateLimit: readLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary: 'The caller’s notifications, newest first',
        response: { 200: NotificationList, ...failures },
      },
    },
    async (request) => listFor(services, signedIn(request.viewer), request.translator),
  );

  app.post(
    '/api/v1/notifications/:id/read',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary: 'Mark one notification read',
        params: IdParams,
        response: { 200: NotificationList, ...failures },
      },
    },
    async (request) => {
      const viewer = signedIn(request.viewer);
      await service.markRead(services, viewer.id, request.params.id);
      return listFor(services, viewer, request.translator);
    },
  );

  app.post(
    '/api/v1/notifications/read',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary: 'Mark every notification read',
        response: { 200: NotificationList, ...failures },
      },
    },
    async (request) => {
      const viewer = signedIn(request.viewer);
      await service.markRead(services, viewer.id, null);
      return listFor(services, viewer, request.translator);
    },
  );

  app.get(
    '/api/v1/me/notification-settings',
    {
      config: { rateLimit: readLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary: 'How the caller wants notifications e-mailed',
        response: { 200: Settings, ...failures },
      },
    },
    async (request) => ({ emailMode: await service.emailModeOf(services, signedIn(request.viewer).id) }),
  );

  app.put(
    '/api/v1/me/notification-settings',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary: 'Choose immediate e-mails, a daily or weekly digest, or none',
        body: Settings,
        response: { 200: Settings, ...failures },
      },
    },
    async (request) => {
      await service.setEmailMode(services, signedIn(request.viewer).id, request.body.emailMode);
      return request.body;
    },
  );

  notificationPages(app, services);
}

function notificationPages(app: App, services: Services): void {
  app.get('/notifications', { config: { rateLimit: readLimit }, onRequest: requireViewer }, async (request, reply) => {
    const viewer = signedIn(request.viewer);
    const list = await listFor(services, viewer, request.translator);
    const mode = await service.emailModeOf(services, viewer.id);
    return sendPage(reply, <NotificationsPage context={pageContext(request, reply)} items={list.items} mode={mode} />);
  });

  app.post<{ Body: Record<string, unknown> }>(
    '/notifications/read',
    { config: { rateLimit: writeLimit }, onRequest: requireViewer },
    async (request, reply) => {
      const id = typeof request.body.id === 'string' ? pageId(request.body.id) : null;
      await service.markRead(services, signedIn(request.viewer).id, id);
      return reply.redirect('/notifications', 303);
    },
  );

  app.post<{ Body: Record<string, unknown> }>(
    '/notifications/settings',
    { config: { rateLimit: writeLimit }, onRequest: requireViewer },
    async (request, reply) => {
      const input = parseInput(Settings, formToInput(request.body));
      await service.setEmailMode(services, signedIn(request.viewer).id, input.emailMode);
      return reply.redirect('/notifications', 303);
    },
  );

  app.get(
    '/unsubscribe',
    { config: { rateLimit: writeLimit }, schema: { querystring: UnsubscribeQuery } },
    async (request, reply) => {
      const personId = personOfToken(services.config.cookieSecret, request.query.token);
      if (!personId) throw errors.invalidToken();
      await service.setEmailMode(services, personId, 'off');
      return sendPage(reply, <UnsubscribedPage context={pageContext(request, reply)} />);
    },
  );
}
