// Bulk import for admins: POST /api/v1/imports (the file as the body) and the page /admin/import
// (the file uploaded, upload.tsx, or pasted into a form; both work without JavaScript).
import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { App, Services } from '../app-types.ts';
import { requireAdmin } from '../http/guards.ts';
import { writeLimit, readLimit } from '../http/rate-limits.ts';
import { ErrorBody } from '../http/schemas.ts';
import { pageContext } from '../web/context.ts';
import { sendPage } from '../web/render.ts';
import { readCatalogue, type CatalogueFormat } from './files.ts';
import { importCatalogue, type ImportResult } from './service.ts';
import { translateProblems } from './report.ts';
import { ImportQuery, ImportRejection, ImportSummary } from './schemas.ts';
import { ImportPage, type ImportPageState } from './page.tsx';
import { uploadRoute } from './upload.tsx';

const BODY_LIMIT = 50 * 1024 * 1024;

async function runImport(
  services: Services,
  request: FastifyRequest,
  content: string,
  format: CatalogueFormat,
  dryRun: boolean,
): Promise<ImportResult> {
  const read = readCatalogue(content, format);
  if ('problem' in read) return { ok: false, problems: [read.problem] };
  return importCatalogue(services, request.viewer, read.rows, { dryRun });
}

function apiRoutes(app: App, services: Services): void {
  // biome-ignore lint/nursery/noMisusedPromises: Fastify awaits an async plugin
  app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<TypeBoxTypeProvider>();
    // The file arrives as it is, so CSV and JSON are read (and their errors reported) alike.
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser(
      ['application/json', 'text/csv'],
      { parseAs: 'string', bodyLimit: BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );
    scope.post(
      '/api/v1/imports',
      {
        config: { rateLimit: writeLimit },
        bodyLimit: BODY_LIMIT,
        onRequest: requireAdmin,
        schema: {
          tags: ['imports'],
          security: [{ session: [] }],
          summary: 'Import solutions and their organisations from a CSV (text/csv) or JSON file, all rows or none',
          querystring: ImportQuery,
          body: Type.String(),
          response: { 200: ImportSummary, 400: ImportRejection, 401: ErrorBody, 403: ErrorBody },
        },
      },
      async (request, reply) => {
        const format = (request.headers['content-type'] ?? '').startsWith('text/csv') ? 'csv' : 'json';
        const result = await runImport(services, request, request.body, format, request.query.dryRun ?? false);
        if (result.ok) return result.summary;
        const t = request.translator;
        return reply.status(400).send({
          error: { id: 'import_invalid', message: t.t('import.invalid'), fields: [] },
          problems: translateProblems(t, result.problems),
        });
      },
    );
  });
}

const ImportForm = Type.Object({
  content: Type.String({ maxLength: BODY_LIMIT }),
  format: Type.Enum(['csv', 'json']),
  dryRun: Type.Optional(Type.String()),
});

function pageRoutes(app: App, services: Services): void {
  app.get('/admin/import', { config: { rateLimit: readLimit }, onRequest: requireAdmin }, async (request, reply) =>
    sendPage(
      reply,
      <ImportPage context={pageContext(request, reply)} state={{ content: '', format: 'csv', dryRun: true }} />,
    ),
  );

  app.post(
    '/admin/import',
    {
      config: { rateLimit: writeLimit, page: true },
      bodyLimit: BODY_LIMIT,
      onRequest: requireAdmin,
      schema: { body: ImportForm, hide: true },
    },
    async (request, reply) => {
      const { content, format, dryRun } = request.body;
      const result = await runImport(services, request, content, format, dryRun !== undefined);
      const state: ImportPageState = { content, format, dryRun: dryRun !== undefined, result };
      return sendPage(reply, <ImportPage context={pageContext(request, reply)} state={state} />, result.ok ? 200 : 400);
    },
  );
}

export function importRoutes(app: App, services: Services): void {
  apiRoutes(app, services);
  pageRoutes(app, services);
  uploadRoute(app, services);
}
