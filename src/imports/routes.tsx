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
import { CATALOGUE_FORMATS, type CatalogueFormat } from './files.ts';
import type { ImportResult } from './service.ts';
import { importContent } from './formats.ts';
import { translateNotes, translateProblems } from './report.ts';
import { ImportQuery, ImportRejection, ImportSummary } from './schemas.ts';
import { ImportPage, type ImportPageState } from './page.tsx';
import { uploadRoute } from './upload.tsx';

const BODY_LIMIT = 50 * 1024 * 1024;

const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml'];

function formatOfType(contentType: string | undefined): CatalogueFormat {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/csv') return 'csv';
  return YAML_TYPES.includes(type) ? 'publiccode' : 'json';
}

function runImport(
  services: Services,
  request: FastifyRequest,
  content: string,
  format: CatalogueFormat,
  options: { dryRun: boolean; organisation?: string | undefined },
): Promise<ImportResult> {
  return importContent(services, request.viewer, content, format, options);
}

function apiRoutes(app: App, services: Services): void {
  // biome-ignore lint/nursery/noMisusedPromises: Fastify awaits an async plugin
  app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<TypeBoxTypeProvider>();
    // The file arrives as it is, so CSV, JSON and publiccode.yml are read (and their errors reported) alike.
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser(
      ['application/json', 'text/csv', ...YAML_TYPES],
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
          summary: 'Import solutions and their organisations from a CSV (text/csv) or JSON file, all rows or none',
          description:
            'A publiccode.yml file (application/yaml) imports one solution for the organisation named by the ' +
            '`organisation` parameter (its enterprise number), validated against the standard; `notes` lists what ' +
            'the solution keeps differently or not at all.',
          consumes: ['text/csv', 'application/json', ...YAML_TYPES],
          querystring: ImportQuery,
          body: Type.String(),
          response: { 200: ImportSummary, 400: ImportRejection, 401: ErrorBody, 403: ErrorBody },
        },
      },
      async (request, reply) => {
        const { dryRun = false, organisation } = request.query;
        const format = request.query.format ?? formatOfType(request.headers['content-type']);
        const result = await runImport(services, request, request.body, format, { dryRun, organisation });
        const t = request.translator;
        if (result.ok)
          return { ...result.summary, ...(result.notes ? { notes: translateNotes(t, result.notes) } : {}) };
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
  format: Type.Enum([...CATALOGUE_FORMATS]),
  dryRun: Type.Optional(Type.String()),
  organisation: Type.Optional(Type.String({ maxLength: 40 })),
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
      const { content, format, dryRun, organisation } = request.body;
      const options = { dryRun: dryRun !== undefined, organisation };
      const result = await runImport(services, request, content, format, options);
      const state: ImportPageState = { content, format, dryRun: options.dryRun, organisation, result };
      return sendPage(reply, <ImportPage context={pageContext(request, reply)} state={state} />, result.ok ? 200 : 400);
    },
  );
}

export function importRoutes(app: App, services: Services): void {
  apiRoutes(app, services);
  pageRoutes(app, services);
  uploadRoute(app, services);
}
