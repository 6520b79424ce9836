// The accessibility statement and the feedback route Flemish public websites must offer.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { sendPage } from '../web/render.ts';
import { Layout } from '../web/layout.tsx';
import { pageContext } from '../web/context.ts';
import { ErrorSummary, Form, TextArea, TextField, type FormState, type FormValues } from '../web/forms.tsx';
import { submitForm } from '../web/form-handling.ts';
import { formToInput, parseInput } from '../shared/validation.ts';
import type { FieldProblem } from '../shared/errors.ts';
import { readLimit } from '../http/rate-limits.ts';
import { FeedbackInput } from './schemas.ts';
import { receiveFeedback } from './service.ts';

const feedbackLimit = { max: 10, timeWindow: '1 minute' };

function StatementPage({ request, reply, form }: { request: FastifyRequest; reply: FastifyReply; form: FormState }) {
  const context = pageContext(request, reply);
  const { t } = context;
  const labels = {
    page: t.t('a11y.field_page'),
    message: t.t('a11y.field_message'),
    contactEmail: t.t('a11y.field_email'),
  };
  return (
    <Layout context={context} title={t.t('a11y.title')}>
      <h1>{t.t('a11y.title')}</h1>
      <p class="lead">{t.t('a11y.intro')}</p>
      <h2>{t.t('a11y.status_heading')}</h2>
      <p>{t.t('a11y.status')}</p>
      <h2>{t.t('a11y.measures_heading')}</h2>
      <ul>
        <li>{t.t('a11y.measure_keyboard')}</li>
        <li>{t.t('a11y.measure_no_js')}</li>
        <li>{t.t('a11y.measure_zoom')}</li>
        <li>{t.t('a11y.measure_forms')}</li>
        <li>{t.t('a11y.measure_charts')}</li>
      </ul>
      <h2>{t.t('a11y.limits_heading')}</h2>
      <p>{t.t('a11y.limits')}</p>
      <h2 id="feedback">{t.t('a11y.feedback_heading')}</h2>
      <p>{t.t('a11y.feedback_intro')}</p>
      <ErrorSummary form={form} t={t} labels={labels} />
      <Form action="/toegankelijkheid" csrfToken={context.csrfToken}>
        <TextField form={form} t={t} name="page" label={labels.page} required maxLength={300} />
        <TextArea form={form} t={t} name="message" label={labels.message} required rows={5} />
        <TextField
          form={form}
          t={t}
          name="contactEmail"
          type="email"
          label={labels.contactEmail}
          autocomplete="email"
        />
        <button type="submit">{t.t('a11y.send')}</button>
      </Form>
      <p class="hint">{t.t('a11y.date')}</p>
    </Layout>
  );
}

export function accessibilityRoutes(app: App, services: Services): void {
  app.get('/toegankelijkheid', { config: { rateLimit: readLimit } }, async (request, reply) => {
    const referrer = (request.query as { page?: string }).page ?? '';
    return sendPage(
      reply,
      <StatementPage request={request} reply={reply} form={{ values: { page: referrer }, problems: [] }} />,
    );
  });

  app.get('/toegankelijkheid/bedankt', { config: { rateLimit: readLimit } }, async (request, reply) => {
    const context = pageContext(request, reply);
    return sendPage(
      reply,
      <Layout context={context} title={context.t.t('a11y.thanks_title')}>
        <h1>{context.t.t('a11y.thanks_title')}</h1>
        <p role="status">{context.t.t('a11y.thanks')}</p>
      </Layout>,
    );
  });

  app.post<{ Body: Record<string, unknown> }>(
    '/toegankelijkheid',
    { config: { rateLimit: feedbackLimit } },
    async (request, reply) => {
      const values = formToInput(request.body);
      const rerender = (kept: FormValues, problems: FieldProblem[]) =>
        sendPage(reply, <StatementPage request={request} reply={reply} form={{ values: kept, problems }} />, 400);
      return submitForm(
        reply,
        values,
        async () => {
          await receiveFeedback(services, parseInput(FeedbackInput, values), request.translator.locale);
          return '/toegankelijkheid/bedankt';
        },
        rerender,
      );
    },
  );
}
