// The privacy page of a person's account: download their data, or delete the account (password
// and a ticked confirmation box required).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { requireViewer, authRateLimit } from '../http/guards.ts';
import { Layout } from '../web/layout.tsx';
import { pageContext } from '../web/context.ts';
import { sendPage } from '../web/render.ts';
import { Form, TextField, emptyForm, ErrorSummary, type FormState } from '../web/forms.tsx';
import { readLimit } from '../http/rate-limits.ts';
import { isAppError, errors, type FieldProblem } from '../shared/errors.ts';
import { NoticePage } from '../accounts/pages/notice-page.tsx';
import { eraseWithPassword, exportPersonalData } from './service.ts';

function privacyPage(request: FastifyRequest, reply: FastifyReply, form: FormState, status = 200): FastifyReply {
  const context = pageContext(request, reply);
  const { t } = context;
  const labels = { password: t.t('privacy.delete.password'), confirm: t.t('privacy.delete.confirm') };
  return sendPage(
    reply,
    <Layout context={context} title={t.t('privacy.title')}>
      <h1>{t.t('privacy.title')}</h1>
      <h2>{t.t('privacy.export.heading')}</h2>
      <p>{t.t('privacy.export.intro')}</p>
      <p>
        <a class="button" href="/account/export" download>
          {t.t('privacy.export.button')}
        </a>
      </p>
      <h2>{t.t('privacy.delete.heading')}</h2>
      <p>{t.t('privacy.delete.intro')}</p>
      <ErrorSummary form={form} t={t} labels={labels} />
      <Form action="/account/delete" csrfToken={context.csrfToken}>
        <TextField
          name="password"
          type="password"
          label={labels.password}
          form={form}
          t={t}
          required
          autocomplete="current-password"
        />
        <div class={form.problems.some((p) => p.field === 'confirm') ? 'field has-error' : 'field'}>
          <input type="checkbox" id="confirm" name="confirm" value="yes" required />
          <label for="confirm">{labels.confirm}</label>
        </div>
        <button type="submit" class="danger">
          {t.t('privacy.delete.button')}
        </button>
      </Form>
    </Layout>,
    status,
  );
}

function deletionProblems(body: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (typeof body.password !== 'string' || body.password === '')
    problems.push({ field: 'password', message: 'field.required' });
  if (body.confirm !== 'yes') problems.push({ field: 'confirm', message: 'field.required' });
  return problems;
}

export function privacyPageRoutes(app: App, services: Services): void {
  app.get(
    '/account/privacy',
    { config: { page: true, rateLimit: readLimit }, onRequest: requireViewer },
    async (request, reply) => privacyPage(request, reply, emptyForm()),
  );

  app.get(
    '/account/export',
    { config: { page: true, rateLimit: readLimit }, onRequest: requireViewer },
    async (request, reply) => {
      if (!request.viewer) throw errors.unauthenticated();
      const data = await exportPersonalData(services.db, request.viewer.id, services.now());
      const day = services.now().toISOString().slice(0, 10);
      return reply
        .header('content-disposition', `attachment; filename="helemaal-digitaal-${day}.json"`)
        .type('application/json')
        .send(JSON.stringify(data, null, 2));
    },
  );

  app.post(
    '/account/delete',
    { config: { page: true, rateLimit: authRateLimit(services) }, onRequest: requireViewer },
    async (request, reply) => {
      if (!request.viewer) throw errors.unauthenticated();
      const body = (request.body ?? {}) as Record<string, unknown>;
      const problems = deletionProblems(body);
      if (problems.length > 0) return privacyPage(request, reply, { values: {}, problems }, 400);
      try {
        await eraseWithPassword(services, request.log, request.viewer.id, String(body.password));
      } catch (error) {
        if (isAppError(error) && error.id === 'invalid_credentials')
          return privacyPage(
            request,
            reply,
            { values: {}, problems: [{ field: 'password', message: 'account.login_failed' }] },
            400,
          );
        if (isAppError(error) && error.id === 'account_locked')
          return privacyPage(
            request,
            reply,
            { values: {}, problems: [{ field: 'password', message: 'account.locked' }] },
            423,
          );
        throw error;
      }
      reply.clearCookie('hd_session', { path: '/' });
      const context = pageContext(request, reply);
      return sendPage(
        reply,
        <NoticePage
          context={context}
          title={context.t.t('privacy.deleted.title')}
          message={context.t.t('privacy.deleted.message')}
          link={{ href: '/', text: 'Helemaal Digitaal' }}
        />,
      );
    },
  );
}
