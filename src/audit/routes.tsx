// The audit log, for admins: a page and the API, with the same filters and paging.
import { Type } from 'typebox';
import type { App, Services } from '../app-types.ts';
import { requireAdmin } from '../http/guards.ts';
import { sendPage } from '../web/render.ts';
import { pageContext } from '../web/context.ts';
import { parseInput } from '../shared/validation.ts';
import { isAppError, type FieldProblem } from '../shared/errors.ts';
import { readLimit } from '../http/rate-limits.ts';
import { ErrorBody } from '../http/schemas.ts';
import { auditEvents, auditEventsNamed, type AuditFilter, type AuditListRow } from './service.ts';
import { AuditEvent, AuditQuery } from './schemas.ts';
import { AuditPage } from './page.tsx';

const DEFAULT_LIMIT = 50;

function presentEvent(row: AuditListRow) {
  return {
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    before: row.before,
    after: row.after,
  };
}

/** The first day after the last one would select nothing: said as a problem with the last day. */
function periodProblems(query: { from?: unknown; to?: unknown }): FieldProblem[] {
  return typeof query.from === 'string' && typeof query.to === 'string' && query.from > query.to
    ? [{ field: 'to', message: 'audit.error_period_order' }]
    : [];
}

function filterOf(query: AuditQuery): AuditFilter {
  return {
    action: query.action?.trim() || undefined,
    objectType: query.objectType || undefined,
    objectId: query.objectId || undefined,
    person: query.person?.trim() || undefined,
    fromDay: query.from,
    toDay: query.to,
    beforeId: query.before,
    limit: query.limit ?? DEFAULT_LIMIT,
  };
}

/** A GET form sends empty fields for "no filter"; they are left out. */
function givenFields(query: unknown): Record<string, string> {
  return Object.fromEntries(
    Object.entries((query ?? {}) as Record<string, unknown>).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === 'string' && entry[1].trim() !== '' && entry[0] !== 'lang',
    ),
  );
}

/** The page lists events even for a partly wrong selection: without the wrong fields, which the error summary names. */
function pageQuery(raw: unknown): { query: AuditQuery; values: Record<string, string>; problems: FieldProblem[] } {
  const values = givenFields(raw);
  try {
    return { query: parseInput(AuditQuery, values, periodProblems), values, problems: [] };
  } catch (error) {
    if (!isAppError(error) || error.id !== 'validation_failed') throw error;
    const wrong = new Set(error.fields.map((p) => p.field));
    const rest = Object.fromEntries(
      Object.entries(values).filter(([key]) => !wrong.has(key) && !(wrong.has('to') && key === 'from')),
    );
    return { query: parseInput(AuditQuery, rest), values, problems: error.fields };
  }
}

export function auditRoutes(app: App, services: Services): void {
  app.get(
    '/api/v1/audit-events',
    {
      config: { rateLimit: readLimit },
      onRequest: requireAdmin,
      schema: {
        tags: ['audit'],
        summary: 'The append-only audit log, newest first, filtered and paged back by id',
        querystring: AuditQuery,
        response: {
          200: Type.Object({ items: Type.Array(AuditEvent) }),
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
        },
      },
    },
    async (request) => {
      parseInput(AuditQuery, request.query, periodProblems);
      const rows = await auditEvents(services, filterOf(request.query));
      return { items: rows.map(presentEvent) };
    },
  );

  app.get('/admin/audit', { config: { rateLimit: readLimit }, onRequest: requireAdmin }, async (request, reply) => {
    const { query, values, problems } = pageQuery(request.query);
    const filter = filterOf(query);
    const { rows, names } = await auditEventsNamed(services, filter);
    const olderThan = rows.length === filter.limit ? (rows.at(-1)?.id ?? null) : null;
    return sendPage(
      reply,
      <AuditPage
        context={pageContext(request, reply)}
        rows={rows}
        names={names}
        form={{ values, problems }}
        olderThan={olderThan}
      />,
      problems.length ? 400 : 200,
    );
  });
}
