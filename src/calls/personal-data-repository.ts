// The open-call rows that are a person's own words or acts, for their personal data export: the public
// questions they asked and answers they wrote, and the responses they started, as metadata only (the
// response belongs to their organisation; its answers and the panel's scores are not theirs).
import type { Database } from '../db/database.ts';

export async function publicQuestionsAskedBy(db: Database, personId: string) {
  return db
    .selectFrom('call_public_questions')
    .select(['id', 'call_id', 'question', 'asked_at', 'answered_at'])
    .where('asked_by', '=', personId)
    .orderBy('asked_at')
    .execute();
}

export async function publicAnswersWrittenBy(db: Database, personId: string) {
  return db
    .selectFrom('call_public_questions')
    .select(['id', 'call_id', 'answer', 'answered_at'])
    .where('answered_by', '=', personId)
    .orderBy('answered_at')
    .execute();
}

export async function responsesStartedBy(db: Database, personId: string) {
  return db
    .selectFrom('call_responses')
    .select(['id', 'call_id', 'organisation_id', 'status', 'created_at', 'submitted_at', 'updated_at'])
    .where('created_by', '=', personId)
    .orderBy('created_at')
    .execute();
}
