// Uploaded files become attachments only when their content is of an allowed type and they are
// not empty; every refusal names the file and is tied to the form's "files" field.
import { errors, type FieldProblem } from '../shared/errors.ts';
import { checkedType } from './content.ts';
import { type AttachmentPolicy, cleanName, MEDIA_EXTENSIONS, megabytes, safeName } from './policy.ts';
import * as repository from './repository.ts';

export type { CheckedFile } from './repository.ts';

export interface Upload {
  /** As the uploader's machine named it. */
  name: string;
  bytes: Buffer;
}

export const FILES_FIELD = 'files';

const shownName = (raw: string) => cleanName(raw).slice(0, 80) || '?';
const typesOf = (policy: AttachmentPolicy) =>
  policy.types.map((type) => MEDIA_EXTENSIONS[type].toUpperCase()).join(', ');

export const uploadProblems = {
  tooLarge: (raw: string, policy: AttachmentPolicy): FieldProblem => ({
    field: FILES_FIELD,
    message: 'attachment.too_large',
    params: { name: shownName(raw), max: megabytes(policy.maxBytes) },
  }),
  tooMany: (policy: AttachmentPolicy): FieldProblem => ({
    field: FILES_FIELD,
    message: 'attachment.too_many',
    params: { max: policy.maxFiles },
  }),
  malformed: (): FieldProblem => ({ field: FILES_FIELD, message: 'attachment.malformed' }),
};

/** The uploads as files to store; a validation error naming every refused one otherwise. */
export async function acceptUploads(uploads: Upload[], policy: AttachmentPolicy): Promise<repository.CheckedFile[]> {
  if (uploads.length > policy.maxFiles) throw errors.validation([uploadProblems.tooMany(policy)]);
  const files: repository.CheckedFile[] = [];
  const problems: FieldProblem[] = [];
  for (const { name, bytes } of uploads) {
    const params = { name: shownName(name), types: typesOf(policy) };
    if (bytes.length === 0) problems.push({ field: FILES_FIELD, message: 'attachment.empty', params });
    else if (bytes.length > policy.maxBytes) problems.push(uploadProblems.tooLarge(name, policy));
    else {
      const type = await checkedType(bytes, policy.types);
      if (!type) problems.push({ field: FILES_FIELD, message: 'attachment.wrong_type', params });
      else files.push({ name: safeName(name, type), mediaType: type, bytes });
    }
  }
  if (problems.length) throw errors.validation(problems);
  return files;
}

export const storeAttachments = repository.insertAttachments;
export const attachmentFile = repository.attachmentFile;
