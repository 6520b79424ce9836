// The file upload on /admin/import: a multipart form with one CSV, JSON or publiccode.yml file. Multipart is
// accepted only in this scope; the form's CSRF token is inside the body, so it is checked here,
// after the body has been read (the application-wide check skips multipart, see app.ts).
import multipart from '@fastify/multipart';
import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { requireAdmin } from '../http/guards.ts';
import { writeLimit } from '../http/rate-limits.ts';
import { pageContext } from '../web/context.ts';
import { sendPage } from '../web/render.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { detectFormat } from './files.ts';
import type { ImportResult } from './service.ts';
import { importContent } from './formats.ts';
import { ImportPage, MAX_FILE_MB } from './page.tsx';

const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;

interface UploadedFile {
  name: string;
  content: Buffer;
  truncated: boolean;
}

interface UploadForm {
  _csrf?: string;
  dryRun?: string;
  organisation?: string;
  file?: UploadedFile;
}

/** Keeps the file in memory with its name; an oversized file is cut off and marked, not thrown. */
async function keepFile(this: FastifyRequest, part: MultipartFile): Promise<void> {
  const content = await part.toBuffer();
  (part as unknown as MultipartValue<UploadedFile>).value = {
    name: part.filename,
    content,
    truncated: part.file.truncated,
  };
}

function refusal(message: MessageKey, params?: Record<string, string | number>): ImportResult {
  return { ok: false, problems: [{ row: 0, field: 'file', message, ...(params ? { params } : {}) }] };
}

function fileText(file: UploadedFile): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file.content);
  } catch {
    return null;
  }
}

async function importFile(
  services: Services,
  request: FastifyRequest,
  file: UploadedFile | undefined,
  options: { dryRun: boolean; organisation?: string | undefined },
): Promise<ImportResult> {
  // A plain form field named "file" (no upload) arrives as a string, not as a file.
  if (!file || !Buffer.isBuffer(file.content) || file.content.length === 0) return refusal('import.file_missing');
  if (file.truncated) return refusal('import.file_too_large', { max: MAX_FILE_MB });
  const text = fileText(file);
  if (text === null || text.includes('\u0000')) return refusal('import.file_encoding');
  return importContent(services, request.viewer, text, detectFormat(text, file.name), options);
}

export function uploadRoute(app: App, services: Services): void {
  // biome-ignore lint/nursery/noMisusedPromises: Fastify awaits an async plugin
  app.register(async (scope) => {
    await scope.register(multipart, {
      attachFieldsToBody: 'keyValues',
      onFile: keepFile,
      throwFileSizeLimit: false,
      limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5, parts: 6 },
    });
    scope.addHook('preValidation', (request, reply, done) => scope.csrfProtection(request, reply, done));
    scope.post(
      '/admin/import/file',
      { config: { rateLimit: writeLimit, page: true }, onRequest: requireAdmin, schema: { hide: true } },
      async (request, reply) => {
        const form = (request.body ?? {}) as UploadForm;
        const dryRun = form.dryRun !== undefined;
        const organisation = typeof form.organisation === 'string' ? form.organisation : undefined;
        const result = await importFile(services, request, form.file, { dryRun, organisation });
        const state = { content: '', format: 'csv' as const, dryRun, organisation, result, fileName: form.file?.name };
        return sendPage(
          reply,
          <ImportPage context={pageContext(request, reply)} state={state} />,
          result.ok ? 200 : 400,
        );
      },
    );
  });
}
