import type { Database } from '../db/database.ts';

export interface NewFeedback {
  page: string;
  message: string;
  contactEmail: string | null;
  locale: string;
}

export async function insertFeedback(db: Database, feedback: NewFeedback): Promise<string> {
  const row = await db
    .insertInto('accessibility_feedback')
    .values({
      page: feedback.page,
      message: feedback.message,
      contact_email: feedback.contactEmail,
      locale: feedback.locale,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listOpenFeedback(db: Database) {
  return db
    .selectFrom('accessibility_feedback')
    .selectAll()
    .where('handled_at', 'is', null)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
}
