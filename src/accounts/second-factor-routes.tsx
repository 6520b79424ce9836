// Pages of the second factor: enrol (anyone may, ambassadors and admins must) and give the code
// after logging in. A session waiting for its second factor reaches only these pages and logout.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { errors, isAppError } from '../shared/errors.ts';
import { formToInput } from '../shared/validation.ts';
import { pageContext } from '../web/context.ts';
import { sendPage } from '../web/render.ts';
import { emptyForm, type FormState } from '../web/forms.tsx';
import { authRateLimit, requireSession } from '../http/guards.ts';
import { confirmEnrolment, hasSecondFactor, startEnrolment, verifySecondFactor } from './second-factor.ts';
import { localPath } from '../web/form-problems.ts';
import { EnrolmentPage, RecoveryCodesPage, VerifyPage } from './pages/second-factor-pages.tsx';
import type { Viewer } from '../shared/viewer.ts';

/** The dashboard (src/matches/inbox-routes.tsx), unless the login asked for another page. */
const AFTER_LOGIN = '/my';

function sessionViewer(request: FastifyRequest): Viewer {
  const viewer = request.viewer ?? request.pendingViewer;
  if (!viewer) throw errors.unauthenticated();
  return viewer;
}

function nextOf(request: FastifyRequest): string {
  const fromQuery = (request.query as Record<string, unknown> | undefined)?.next;
  const fromBody = (request.body as Record<string, unknown> | undefined)?.next;
  return localPath(fromBody ?? fromQuery, AFTER_LOGIN);
}

function codeOf(request: FastifyRequest): string {
  const code = formToInput((request.body ?? {}) as Record<string, unknown>).code;
  return typeof code === 'string' ? code : '';
}

/** A wrong or reused code is shown next to the field; a lock is shown the same way, as its own message. */
function codeProblems(error: unknown): FormState['problems'] {
  if (isAppError(error) && (error.id === 'invalid_second_factor' || error.id === 'account_locked')) {
    return [{ field: 'code', message: error.messageKey }];
  }
  throw error;
}

export function secondFactorRoutes(app: App, services: Services): void {
  const showEnrolment = async (request: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) => {
    const enrolment = await startEnrolment(services, sessionViewer(request).id);
    return sendPage(
      reply,
      <EnrolmentPage context={pageContext(request, reply)} form={form} next={nextOf(request)} enrolment={enrolment} />,
      status,
    );
  };
  const showVerify = (request: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) =>
    sendPage(reply, <VerifyPage context={pageContext(request, reply)} form={form} next={nextOf(request)} />, status);

  app.get('/account/two-factor', { config: { page: true }, onRequest: requireSession }, async (request, reply) => {
    if (await hasSecondFactor(services.db, sessionViewer(request).id)) return reply.redirect(AFTER_LOGIN, 303);
    return showEnrolment(request, reply, emptyForm());
  });

  app.post(
    '/account/two-factor',
    { config: { page: true, rateLimit: authRateLimit(services) }, onRequest: requireSession },
    async (request, reply) => {
      if (await hasSecondFactor(services.db, sessionViewer(request).id)) return reply.redirect(AFTER_LOGIN, 303);
      try {
        const codes = await confirmEnrolment(services, request.log, sessionViewer(request), codeOf(request));
        return sendPage(
          reply,
          <RecoveryCodesPage context={pageContext(request, reply)} codes={codes} next={nextOf(request)} />,
        );
      } catch (error) {
        return showEnrolment(request, reply, { values: {}, problems: codeProblems(error) }, 400);
      }
    },
  );

  app.get('/login/second-factor', { config: { page: true }, onRequest: requireSession }, async (request, reply) => {
    const viewer = sessionViewer(request);
    if (!viewer.secondFactorPending) return reply.redirect(nextOf(request), 303);
    if (!(await hasSecondFactor(services.db, viewer.id)))
      return reply.redirect(`/account/two-factor?next=${encodeURIComponent(nextOf(request))}`, 303);
    return showVerify(request, reply, emptyForm());
  });

  app.post(
    '/login/second-factor',
    { config: { page: true, rateLimit: authRateLimit(services) }, onRequest: requireSession },
    async (request, reply) => {
      const viewer = sessionViewer(request);
      if (!viewer.secondFactorPending) return reply.redirect(nextOf(request), 303);
      try {
        await verifySecondFactor(services, request.log, viewer, codeOf(request));
        return reply.redirect(nextOf(request), 303);
      } catch (error) {
        return showVerify(request, reply, { values: {}, problems: codeProblems(error) }, 400);
      }
    },
  );
}
