// The admin page /admin/partners: registered partner regions with their sync status, a form to
// register one, and per partner "fetch now" and "remove" (with an explicit confirmation).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { requireAdmin } from '../http/guards.ts';
import { Layout } from '../web/layout.tsx';
import { pageContext, type PageContext } from '../web/context.ts';
import { sendPage } from '../web/render.ts';
import { CsrfField, ErrorSummary, Form, TextField, emptyForm, type FormState } from '../web/forms.tsx';
import { pageId, requireConfirmation } from '../web/form-handling.ts';
import { formToInput, parseInput } from '../shared/validation.ts';
import { isAppError } from '../shared/errors.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { PartnerInput, type Partner } from './schemas.ts';
import { listPartners, registerPartner, removePartner } from './service.ts';
import { syncPartner } from './sync.ts';

type Notice = { text: string };

function StatusText({ context, partner }: { context: PageContext; partner: Partner }) {
  const { t } = context;
  if (partner.status === 'failing')
    return <>{t.t('federation.status.failing', { count: partner.failureCount, error: partner.lastError ?? '' })}</>;
  return <>{t.t(`federation.status.${partner.status}` as MessageKey)}</>;
}

function PartnerRow({ context, partner }: { context: PageContext; partner: Partner }) {
  const { t } = context;
  const when = (value: string | null) =>
    value ? new Date(value).toLocaleString(t.intlLocale, { timeZone: 'Europe/Brussels' }) : t.t('federation.never');
  return (
    <tr>
      <th scope="row">{partner.name}</th>
      <td>
        <code>{partner.ldesUrl}</code>
      </td>
      <td>
        <StatusText context={context} partner={partner} />
      </td>
      <td>{when(partner.lastSuccessAt)}</td>
      <td>{when(partner.nextAttemptAt)}</td>
      <td>{t.number(partner.items)}</td>
      <td>
        <form method="post" action={`/admin/partners/${partner.id}/sync`} class="action-form">
          <CsrfField token={context.csrfToken} />
          <button type="submit">
            {t.t('federation.sync_now')}
            <span class="visually-hidden"> ({partner.name})</span>
          </button>
        </form>
        <form method="post" action={`/admin/partners/${partner.id}/remove`} class="action-form">
          <CsrfField token={context.csrfToken} />
          <div class="checkbox">
            <input type="checkbox" id={`confirm-${partner.id}`} name="confirm" value="yes" required />
            <label for={`confirm-${partner.id}`}>{t.t('federation.confirm_remove', { name: partner.name })}</label>
          </div>
          <button type="submit" class="danger">
            {t.t('federation.remove')}
            <span class="visually-hidden"> ({partner.name})</span>
          </button>
        </form>
      </td>
    </tr>
  );
}

function PartnerTable({ context, partners }: { context: PageContext; partners: Partner[] }) {
  const { t } = context;
  if (partners.length === 0) return <p>{t.t('federation.none')}</p>;
  const columns: MessageKey[] = [
    'federation.column.name',
    'federation.column.address',
    'federation.column.status',
    'federation.column.last_sync',
    'federation.column.next',
    'federation.column.items',
    'federation.column.actions',
  ];
  return (
    <section class="table-scroll" tabindex={0} aria-labelledby="partners-heading">
      <table>
        <thead>
          <tr>
            {columns.map((key) => (
              <th scope="col">{t.t(key)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {partners.map((partner) => (
            <PartnerRow context={context} partner={partner} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function PartnersPage({
  context,
  partners,
  form,
  notice,
}: {
  context: PageContext;
  partners: Partner[];
  form: FormState;
  notice?: Notice;
}) {
  const { t } = context;
  const fields = {
    name: t.t('federation.field.name'),
    ldesUrl: t.t('federation.field.ldes_url'),
  };
  const labels: Record<string, string> = { ...fields };
  for (const partner of partners)
    labels[`confirm-${partner.id}`] = t.t('federation.remove_label', { name: partner.name });
  return (
    <Layout context={context} title={t.t('federation.title')}>
      <h1>{t.t('federation.title')}</h1>
      <p>{t.t('federation.intro')}</p>
      <ErrorSummary form={form} t={t} labels={labels} />
      {notice && (
        <div class="notice" role="status">
          <p>{notice.text}</p>
        </div>
      )}
      <h2 id="partners-heading">{t.t('federation.list_heading')}</h2>
      <PartnerTable context={context} partners={partners} />
      <h2>{t.t('federation.register_heading')}</h2>
      <Form action="/admin/partners" csrfToken={context.csrfToken}>
        <TextField
          form={form}
          t={t}
          name="name"
          label={fields.name}
          hint={t.t('federation.field.name_hint')}
          required
          maxLength={200}
        />
        <TextField
          form={form}
          t={t}
          name="ldesUrl"
          type="url"
          label={fields.ldesUrl}
          hint={t.t('federation.field.ldes_url_hint')}
          required
          maxLength={500}
        />
        <button type="submit">{t.t('federation.register')}</button>
      </Form>
    </Layout>
  );
}

async function render(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  form: FormState,
  notice?: Notice,
  status = 200,
) {
  const partners = await listPartners(services, request.viewer);
  return sendPage(
    reply,
    <PartnersPage context={pageContext(request, reply)} partners={partners} form={form} notice={notice} />,
    status,
  );
}

type Body = Record<string, unknown>;
type WithId = { Params: { id: string }; Body: Body };

export function federationPages(app: App, services: Services): void {
  app.get('/admin/partners', { config: { rateLimit: readLimit }, onRequest: requireAdmin }, async (request, reply) =>
    render(services, request, reply, emptyForm()),
  );

  app.post<{ Body: Body }>(
    '/admin/partners',
    { config: { rateLimit: writeLimit }, onRequest: requireAdmin },
    async (request, reply) => {
      const values = formToInput(request.body);
      try {
        const partner = await registerPartner(services, request.viewer, parseInput(PartnerInput, values));
        return render(services, request, reply, emptyForm(), {
          text: request.translator.t('federation.registered', { name: partner.name }),
        });
      } catch (error) {
        if (isAppError(error) && error.id === 'validation_failed')
          return render(services, request, reply, { values, problems: error.fields }, undefined, 400);
        throw error;
      }
    },
  );

  app.post<WithId>(
    '/admin/partners/:id/sync',
    { config: { rateLimit: writeLimit }, onRequest: requireAdmin },
    async (request, reply) => {
      const id = pageId(request.params.id);
      const partner = (await listPartners(services, request.viewer)).find((p) => p.id === id);
      const outcome = await syncPartner(services, id);
      const t = request.translator;
      const params = {
        name: partner?.name ?? '',
        created: outcome.created,
        updated: outcome.updated,
        withdrawn: outcome.withdrawn,
        error: outcome.error ?? '',
      };
      return render(services, request, reply, emptyForm(), {
        text: t.t(outcome.ok ? 'federation.synced' : 'federation.sync_failed', params),
      });
    },
  );

  app.post<WithId>(
    '/admin/partners/:id/remove',
    { config: { rateLimit: writeLimit }, onRequest: requireAdmin },
    async (request, reply) => {
      const id = pageId(request.params.id);
      try {
        requireConfirmation(request.body, true);
      } catch (error) {
        // The summary links to this partner's own confirmation box.
        if (isAppError(error))
          return render(
            services,
            request,
            reply,
            { values: {}, problems: error.fields.map((p) => ({ ...p, field: `confirm-${id}` })) },
            undefined,
            400,
          );
        throw error;
      }
      await removePartner(services, request.viewer, id);
      return render(services, request, reply, emptyForm(), { text: request.translator.t('federation.removed') });
    },
  );
}
