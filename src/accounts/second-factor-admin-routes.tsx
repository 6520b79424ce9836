// Admins reset a person's second factor: by id through the API, by e-mail address on a page.
import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { errors, isAppError } from '../shared/errors.ts';
import { formToInput, parseInput } from '../shared/validation.ts';
import { pageContext } from '../web/context.ts';
import { sendPage } from '../web/render.ts';
import { emptyForm, type FormState } from '../web/forms.tsx';
import { ErrorBody, IdParams } from '../http/schemas.ts';
import { writeLimit } from '../http/rate-limits.ts';
import { requireAdmin } from '../http/guards.ts';
import { personIdByEmail, resetSecondFactor } from './second-factor-reset.ts';
import { SecondFactorResetPage } from './pages/second-factor-reset-page.tsx';
import { formProblems } from '../web/form-problems.ts';
import { SecondFactorResetRequestBody } from './schemas.ts';

const PAGE = '/admin/second-factor';

function adminOf(request: FastifyRequest) {
  if (!request.viewer) throw errors.unauthenticated();
  return request.viewer;
}

export function secondFactorAdminRoutes(app: App, services: Services): void {
  app.delete(
    '/api/v1/people/:id/second-factor',
    {
      onRequest: requireAdmin,
      config: { rateLimit: writeLimit },
      schema: {
        tags: ['accounts'],
        params: IdParams,
        summary:
          'Reset a person’s second factor (admins): secret, recovery codes and sessions are removed; they enrol again',
        response: { 204: Type.Null(), 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      await resetSecondFactor(services.db, adminOf(request), request.params.id, services.now());
      return reply.status(204).send(null);
    },
  );

  const show = (request: FastifyRequest, reply: FastifyReply, form: FormState, status = 200, done?: string) =>
    sendPage(reply, <SecondFactorResetPage context={pageContext(request, reply)} form={form} done={done} />, status);

  app.get(PAGE, { config: { page: true }, onRequest: requireAdmin }, async (request, reply) =>
    show(request, reply, emptyForm()),
  );

  app.post(PAGE, { config: { page: true, rateLimit: writeLimit }, onRequest: requireAdmin }, async (request, reply) => {
    const values = formToInput((request.body ?? {}) as Record<string, unknown>);
    const form = (problems: FormState['problems']): FormState => ({
      values: { email: typeof values.email === 'string' ? values.email : '' },
      problems,
    });
    try {
      const { email } = parseInput(SecondFactorResetRequestBody, values);
      await resetSecondFactor(services.db, adminOf(request), await personIdByEmail(services.db, email), services.now());
      return show(request, reply, emptyForm(), 200, email);
    } catch (error) {
      if (isAppError(error) && error.id === 'not_found')
        return show(request, reply, form([{ field: 'email', message: 'second_factor.reset.none' }]), 400);
      return show(request, reply, form(formProblems(error)), 400);
    }
  });
}
