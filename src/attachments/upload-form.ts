// Forms with files (multipart/form-data) in one route scope. Browsers send parts in the form's order,
// so the fields before the first file, the CSRF token among them, become the body and the token is
// checked before a single byte of a file is read; the route then reads the files one by one, each
// stopped as soon as it passes the limit, and never more files than allowed.
import multipart, { type Multipart } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { App } from '../app-types.ts';
import { needsCsrfToken } from '../security/csrf.ts';
import { errors } from '../shared/errors.ts';
import { readUpTo } from './content.ts';
import type { AttachmentPolicy } from './policy.ts';
import { uploadProblems, type Upload } from './service.ts';

interface PendingForm {
  parts: AsyncIterableIterator<Multipart>;
  next: Multipart | null;
}

const pending = new WeakMap<FastifyRequest, PendingForm>();
const MAX_FIELDS = 20;

async function fieldsBeforeFiles(request: FastifyRequest): Promise<Record<string, string>> {
  const parts = request.parts();
  const fields: Record<string, string> = {};
  for (;;) {
    const step = await parts.next();
    if (step.done || step.value.type === 'file') {
      pending.set(request, { parts, next: step.done ? null : step.value });
      return fields;
    }
    fields[step.value.fieldname] = String(step.value.value);
  }
}

/** Lets the scope's routes take multipart forms under the policy's limits, with the CSRF check pages need. */
export async function acceptUploadForms(scope: App, policy: AttachmentPolicy): Promise<void> {
  await scope.register(multipart, {
    throwFileSizeLimit: false,
    // One byte over the limit tells a file that is too large from one that fits exactly.
    limits: { fileSize: policy.maxBytes + 1, files: policy.maxFiles + 1, fields: MAX_FIELDS, fieldSize: 64 * 1024 },
  });
  scope.addHook('preValidation', (request, reply, done) => {
    if (!request.isMultipart()) return done();
    fieldsBeforeFiles(request).then(
      (fields) => {
        request.body = fields;
        // The application-wide check leaves multipart to this scope (security/csrf.ts).
        if (needsCsrfToken(request)) scope.csrfProtection(request, reply, done);
        else done();
      },
      () => done(errors.validation([uploadProblems.malformed()])),
    );
  });
}

async function nextPart(form: PendingForm, policy: AttachmentPolicy): Promise<Multipart | null> {
  try {
    const step = await form.parts.next();
    return step.done ? null : step.value;
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw errors.validation([code === 'FST_FILES_LIMIT' ? uploadProblems.tooMany(policy) : uploadProblems.malformed()]);
  }
}

/** The form's files (none for a form without them); a validation error as soon as one is too large or too many. */
export async function uploadsOf(request: FastifyRequest, policy: AttachmentPolicy): Promise<Upload[]> {
  const form = pending.get(request);
  if (!form) return [];
  const uploads: Upload[] = [];
  for (let part = form.next; part; part = await nextPart(form, policy)) {
    if (part.type !== 'file') continue;
    // A file input left empty is sent as a part without a name or content.
    if (part.filename === '') {
      if ((await readUpTo(part.file, 0)) === null) throw errors.validation([uploadProblems.malformed()]);
      continue;
    }
    if (uploads.length === policy.maxFiles) throw errors.validation([uploadProblems.tooMany(policy)]);
    const bytes = await readUpTo(part.file, policy.maxBytes);
    if (!bytes) throw errors.validation([uploadProblems.tooLarge(part.filename, policy)]);
    uploads.push({ name: part.filename, bytes });
  }
  return uploads;
}
