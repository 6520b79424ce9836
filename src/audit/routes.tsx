// The audit log, for admins: a page and the API.
import { Type } from 'typebox';
import type { App, Services } from '../app-types.ts';
import { requireAdmin } from '../accounts/guards.ts';
import { sendPage } from '../web/render.ts';
import { Layout } from '../web/layout.tsx';
import { pageContext } from '../web/context.ts';
import { parseInput } from '../shared/validation.ts';
import { readLimit } from '../publication/rate-limits.ts';
import { ErrorBody } from '../publication/schemas.ts';
import { listAuditEvents } from './repository.ts';
import type { AuditEventRow } from '../db/schema.ts';

const AuditQuery = Type.Object({
  objectType: Type.Optional(Type.String({ maxLength: 40 })),
  objectId: Type.Optional(Type.String({ maxLength: 80 })),
  before: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
});

const AuditEvent = Type.Object({
  id: Type.Integer(),
  occurredAt: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  objectType: Type.String(),
  objectId: Type.String(),
  before: Type.Unknown(),
  after: Type.Unknown(),
});

function presentEvent(row: AuditEventRow) {
  return {
    id: row.id, occurredAt: row.occurred_at.toISOString(), actorId: row.actor_id, action: row.action,
    objectType: row.object_type, objectId: row.object_id, before: row.before, after: row.after,
  };
}

export function auditRoutes(app: App, services: Services): void {
  app.get('/api/v1/audit-events', {
    config: { rateLimit: readLimit },
    onRequest: requireAdmin,
    schema: { tags: ['audit'], security: [{ session: [] }], summary: 'The append-only audit log, newest first', querystring: AuditQuery,
      response: { 200: Type.Object({ items: Type.Array(AuditEvent) }), 401: ErrorBody, 403: ErrorBody } },
  }, async (request) => {
    const { objectType, objectId, before, limit } = request.query;
    const rows = await listAuditEvents(services.db, { objectType, objectId, beforeId: before, limit: limit ?? 50 });
    return { items: rows.map(presentEvent) };
  });

  app.get('/admin/audit', { config: { rateLimit: readLimit }, onRequest: requireAdmin }, async (request, reply) => {
    const query = parseInput(AuditQuery, request.query);
    const rows = await listAuditEvents(services.db, { beforeId: query.before, limit: query.limit ?? 50 });
    const context = pageContext(request, reply);
    const { t } = context;
    const last = rows.at(-1);
    return sendPage(reply, (
      <Layout context={context} title={t.t('audit.title')}>
        <h1>{t.t('audit.title')}</h1>
        <div class="table-scroll" tabindex={0} role="region" aria-label={t.t('audit.title')}>
          <table>
            <thead><tr><th scope="col">{t.t('audit.when')}</th><th scope="col">{t.t('audit.who')}</th><th scope="col">{t.t('audit.what')}</th><th scope="col">{t.t('audit.object')}</th></tr></thead>
            <tbody>
              {rows.map((row) => (
                <tr>
                  <td>{row.occurred_at.toISOString().replace('T', ' ').slice(0, 19)}</td>
                  <td>{row.actor_id ? <code>{row.actor_id}</code> : t.t('audit.system')}</td>
                  <td>{row.action}</td>
                  <td>{row.object_type} <code>{row.object_id}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {last && rows.length === (query.limit ?? 50) && <p><a href={`/admin/audit?before=${last.id}`}>{t.t('audit.older')}</a></p>}
      </Layout>
    ));
  });
}
