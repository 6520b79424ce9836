// The admin's page of API keys: the list, a form to issue a key (shown once, right after), and a
// confirmation page before a key is revoked.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { requireAdmin } from '../http/guards.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { IdParams } from '../http/schemas.ts';
import { Layout } from '../web/layout.tsx';
import { pageContext, type PageContext } from '../web/context.ts';
import { sendPage } from '../web/render.ts';
import { ErrorSummary, Form, TextField, emptyForm, type FormState } from '../web/forms.tsx';
import { errors, type FieldProblem } from '../shared/errors.ts';
import { findApiKey, issueApiKey, listApiKeys, revokeApiKey, type ApiKeyInput, type ApiKeyRow } from './service.ts';

const MAX_RATE = 100_000;
const DEFAULT_FORM = { clientName: '', rateLimitPerMinute: '600' };

type Banner = { kind: 'issued'; row: ApiKeyRow; key: string } | { kind: 'revoked'; row: ApiKeyRow };

function KeyTable({ context, rows }: { context: PageContext; rows: ApiKeyRow[] }) {
  const { t } = context;
  if (rows.length === 0) return <p>{t.t('api_keys.list.none')}</p>;
  return (
    <section class="table-scroll" tabindex={0} aria-labelledby="keys-title">
      <table>
        <thead>
          <tr>
            {(['client', 'prefix', 'limit', 'created', 'last_used', 'status'] as const).map((c) => (
              <th scope="col">{t.t(`api_keys.col.${c}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              <td>{row.client_name}</td>
              <td>
                <code>{row.key_prefix}</code>
              </td>
              <td>{t.number(row.rate_limit_per_minute)}</td>
              <td>{t.date(row.created_at)}</td>
              <td>{row.last_used_at ? t.date(row.last_used_at) : t.t('api_keys.never')}</td>
              <td>
                {row.revoked_at ? (
                  t.t('api_keys.status.revoked', { date: t.date(row.revoked_at) })
                ) : (
                  <>
                    {t.t('api_keys.status.active')} ·{' '}
                    <a
                      href={`/admin/api-keys/${row.id}/revoke`}
                      aria-label={t.t('api_keys.revoke_named', { client: row.client_name })}
                    >
                      {t.t('api_keys.revoke')}
                    </a>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function BannerNotice({ context, banner }: { context: PageContext; banner: Banner }) {
  const { t } = context;
  if (banner.kind === 'revoked')
    return (
      <p class="notice" role="status">
        {t.t('api_keys.revoked', { client: banner.row.client_name })}
      </p>
    );
  return (
    <section class="notice" role="status" aria-labelledby="issued-title">
      <h2 id="issued-title">{t.t('api_keys.issued.title', { client: banner.row.client_name })}</h2>
      <p>{t.t('api_keys.issued.warning')}</p>
      <p>
        <code class="secret" id="issued-key">
          {banner.key}
        </code>
      </p>
      <p>{t.t('api_keys.issued.usage')}</p>
    </section>
  );
}

async function keysPage(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  form: FormState,
  banner?: Banner,
  status = 200,
) {
  const context = pageContext(request, reply);
  const { t } = context;
  const labels = {
    clientName: t.t('api_keys.field.client_name'),
    rateLimitPerMinute: t.t('api_keys.field.rate_limit'),
  };
  const rows = await listApiKeys(services);
  return sendPage(
    reply,
    <Layout context={context} title={t.t('api_keys.title')}>
      <h1>{t.t('api_keys.title')}</h1>
      <p>{t.t('api_keys.intro')}</p>
      {banner && <BannerNotice context={context} banner={banner} />}
      <h2 id="keys-title">{t.t('api_keys.list.heading')}</h2>
      <KeyTable context={context} rows={rows} />
      <h2>{t.t('api_keys.new.heading')}</h2>
      <ErrorSummary form={form} t={t} labels={labels} />
      <Form action="/admin/api-keys" csrfToken={context.csrfToken}>
        <TextField
          name="clientName"
          label={labels.clientName}
          hint={t.t('api_keys.field.client_name_hint')}
          form={form}
          t={t}
          required
          maxLength={120}
        />
        <TextField
          name="rateLimitPerMinute"
          type="number"
          label={labels.rateLimitPerMinute}
          hint={t.t('api_keys.field.rate_limit_hint')}
          form={form}
          t={t}
          required
        />
        <p>
          <button type="submit" class="button">
            {t.t('api_keys.issue')}
          </button>
        </p>
      </Form>
    </Layout>,
    status,
  );
}

/** Reads the issue form; its problems are shown next to the fields. */
function readIssueForm(body: Record<string, unknown>): { input?: ApiKeyInput; problems: FieldProblem[] } {
  const clientName = typeof body.clientName === 'string' ? body.clientName.trim() : '';
  const rate = Number(body.rateLimitPerMinute);
  const problems: FieldProblem[] = [];
  if (clientName.length < 2)
    problems.push({
      field: 'clientName',
      message: clientName ? 'field.too_short' : 'field.required',
      params: { min: 2 },
    });
  if (clientName.length > 120) problems.push({ field: 'clientName', message: 'field.too_long', params: { max: 120 } });
  if (!Number.isInteger(rate) || rate < 1 || rate > MAX_RATE)
    problems.push({ field: 'rateLimitPerMinute', message: 'field.invalid_number', params: { min: 1, max: MAX_RATE } });
  return problems.length ? { problems } : { input: { clientName, rateLimitPerMinute: rate }, problems };
}

export function apiKeyPages(app: App, services: Services): void {
  const page = { page: true, rateLimit: readLimit };
  app.get('/admin/api-keys', { config: page, onRequest: requireAdmin }, async (request, reply) =>
    keysPage(services, request, reply, emptyForm(DEFAULT_FORM)),
  );

  app.post(
    '/admin/api-keys',
    { config: { page: true, rateLimit: writeLimit }, onRequest: requireAdmin },
    async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const { input, problems } = readIssueForm(body);
      if (!input) return keysPage(services, request, reply, { values: body, problems }, undefined, 400);
      const { row, key } = await issueApiKey(services, request.viewer, input);
      return keysPage(services, request, reply, emptyForm(DEFAULT_FORM), { kind: 'issued', row, key });
    },
  );

  app.get(
    '/admin/api-keys/:id/revoke',
    { config: page, onRequest: requireAdmin, schema: { params: IdParams, hide: true } },
    async (request, reply) => {
      const row = await findApiKey(services, request.params.id);
      if (!row || row.revoked_at) throw errors.notFound();
      const context = pageContext(request, reply);
      const { t } = context;
      return sendPage(
        reply,
        <Layout context={context} title={t.t('api_keys.revoke.title')}>
          <h1>{t.t('api_keys.revoke.title')}</h1>
          <p>{t.t('api_keys.revoke.question', { client: row.client_name, prefix: row.key_prefix })}</p>
          <Form action={`/admin/api-keys/${row.id}/revoke`} csrfToken={context.csrfToken}>
            <p class="hero-actions">
              <button type="submit" class="danger">
                {t.t('api_keys.revoke.confirm')}
              </button>
              <a class="button secondary" href="/admin/api-keys">
                {t.t('api_keys.revoke.cancel')}
              </a>
            </p>
          </Form>
        </Layout>,
      );
    },
  );

  app.post(
    '/admin/api-keys/:id/revoke',
    {
      config: { page: true, rateLimit: writeLimit },
      onRequest: requireAdmin,
      schema: { params: IdParams, hide: true },
    },
    async (request, reply) => {
      const row = await revokeApiKey(services, request.viewer, request.params.id);
      return keysPage(services, request, reply, emptyForm(DEFAULT_FORM), { kind: 'revoked', row });
    },
  );
}
