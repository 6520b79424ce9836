// All queries on attachments: the files themselves, whatever area links them.
import type { Database } from '../db/database.ts';

export interface CheckedFile {
  name: string;
  mediaType: string;
  bytes: Buffer;
}

export async function insertAttachments(db: Database, files: CheckedFile[], uploadedBy: string): Promise<string[]> {
  if (files.length === 0) return [];
  const rows = await db
    .insertInto('attachments')
    .values(
      files.map((file) => ({
        name: file.name,
        media_type: file.mediaType,
        size: file.bytes.length,
        content: file.bytes,
        uploaded_by: uploadedBy,
      })),
    )
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/** The file with its bytes, for a download its area has allowed. */
export async function attachmentFile(db: Database, id: string) {
  return db
    .selectFrom('attachments')
    .select(['id', 'name', 'media_type', 'size', 'content'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The files go, not only the links to them. */
export async function deleteAttachments(db: Database, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('attachments').where('id', 'in', ids).execute();
}
