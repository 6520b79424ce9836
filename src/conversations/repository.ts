// All queries on conversations: messages, how far each participant has read, reports.
import { sql } from 'kysely';
import type { Insertable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ConversationMessagesTable } from '../db/schema.ts';
import { deleteAttachments } from '../attachments/repository.ts';

export interface MessageRow {
  id: string;
  position: number;
  match_id: string;
  author_id: string | null;
  author_side: 'challenge' | 'solution' | 'curator';
  author_name: string | null;
  author_erased: boolean;
  organisation_name: string | null;
  body: string;
  to_all_matches: boolean;
  created_at: Date;
  hidden_at: Date | null;
  erased_at: Date | null;
}

function messageQuery(db: Database) {
  return db
    .selectFrom('conversation_messages as m')
    .leftJoin('people as p', 'p.id', 'm.author_id')
    .leftJoin('organisations as o', 'o.id', 'm.author_organisation_id')
    .select([
      'm.id',
      'm.position',
      'm.match_id',
      'm.author_id',
      'm.author_side',
      'p.display_name as author_name',
      sql<boolean>`p.erased_at IS NOT NULL`.as('author_erased'),
      'o.name as organisation_name',
      'm.body',
      'm.to_all_matches',
      'm.created_at',
      'm.hidden_at',
      'm.erased_at',
    ]);
}

export async function insertMessage(
  db: Database,
  values: Insertable<ConversationMessagesTable>,
): Promise<{ id: string; position: number }> {
  return db.insertInto('conversation_messages').values(values).returning(['id', 'position']).executeTakeFirstOrThrow();
}

export async function messagesOf(db: Database, matchId: string): Promise<MessageRow[]> {
  return messageQuery(db).where('m.match_id', '=', matchId).orderBy('m.position').execute();
}

export async function findMessage(db: Database, id: string): Promise<MessageRow | undefined> {
  return messageQuery(db).where('m.id', '=', id).executeTakeFirst();
}

export async function hideMessage(db: Database, id: string, by: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('conversation_messages')
    .set({ hidden_at: now, hidden_by: by })
    .where('id', '=', id)
    .where('hidden_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Moves the person's read mark forward only: an older page left open never marks read messages unread. */
export async function markReadUpTo(db: Database, matchId: string, personId: string, position: number): Promise<void> {
  await db
    .insertInto('conversation_reads')
    .values({ match_id: matchId, person_id: personId, read_up_to: position })
    .onConflict((oc) =>
      oc
        .columns(['match_id', 'person_id'])
        .doUpdateSet({ read_up_to: sql`GREATEST(conversation_reads.read_up_to, excluded.read_up_to)` }),
    )
    .execute();
}

export async function readUpTo(db: Database, matchId: string, personId: string): Promise<number> {
  const row = await db
    .selectFrom('conversation_reads')
    .select('read_up_to')
    .where('match_id', '=', matchId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row?.read_up_to ?? 0;
}

/** Messages of others, not hidden, after the person's read mark. */
export async function unreadCount(db: Database, matchId: string, personId: string): Promise<number> {
  const row = await db
    .selectFrom('conversation_messages as m')
    .leftJoin('conversation_reads as r', (join) =>
      join.onRef('r.match_id', '=', 'm.match_id').on('r.person_id', '=', personId),
    )
    .select(sql<number>`count(*)::int`.as('n'))
    .where('m.match_id', '=', matchId)
    .where('m.hidden_at', 'is', null)
    .where((eb) => eb.or([eb('m.author_id', 'is', null), eb('m.author_id', '<>', personId)]))
    .where(sql<boolean>`m.position > coalesce(r.read_up_to, 0)`)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** The reasons given for reporting the conversation's messages, oldest first, for its ambassador. */
export async function reportsOf(db: Database, matchId: string): Promise<{ message_id: string; reason: string }[]> {
  return db
    .selectFrom('conversation_reports as r')
    .innerJoin('conversation_messages as m', 'm.id', 'r.message_id')
    .select(['r.message_id', 'r.reason'])
    .where('m.match_id', '=', matchId)
    .orderBy('r.created_at')
    .execute();
}

/** True when this person had not reported this message before. */
export async function insertReport(db: Database, messageId: string, reporterId: string, reason: string) {
  const rows = await db
    .insertInto('conversation_reports')
    .values({ message_id: messageId, reporter_id: reporterId, reason })
    .onConflict((oc) => oc.columns(['message_id', 'reporter_id']).doNothing())
    .returning('message_id')
    .execute();
  return rows.length > 0;
}

/** Who wrote in the conversation: ambassadors who joined it hear of what follows too. */
export async function authorsOf(db: Database, matchId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('conversation_messages')
    .select('author_id')
    .distinct()
    .where('match_id', '=', matchId)
    .where('author_id', 'is not', null)
    .execute();
  return rows.flatMap((row) => (row.author_id ? [row.author_id] : []));
}

/** Ambassadors whose spearheads include one of the challenge's: they curate it while nobody is assigned. */
export async function ambassadorsOfSpearheads(db: Database, spearheads: number[]): Promise<string[]> {
  if (spearheads.length === 0) return [];
  const rows = await db
    .selectFrom('ambassador_spearheads as s')
    .innerJoin('people as p', 'p.id', 's.person_id')
    .select('p.id')
    .distinct()
    .where('p.role', '=', 'ambassador')
    .where('s.spearhead', 'in', spearheads)
    .execute();
  return rows.map((row) => row.id);
}

/** Matches of the challenge whose sides both accepted, for a message to all of them. */
export async function acceptedMatchesOfChallenge(db: Database, challengeId: string, statuses: readonly string[]) {
  const rows = await db
    .selectFrom('matches')
    .select('id')
    .where('challenge_id', '=', challengeId)
    .where('status', 'in', [...statuses] as never[])
    .orderBy('created_at')
    .execute();
  return rows.map((row) => row.id);
}

export interface AttachmentRow {
  id: string;
  message_id: string;
  name: string;
  media_type: string;
  size: number;
}

function attachmentQuery(db: Database) {
  return db
    .selectFrom('conversation_message_attachments as l')
    .innerJoin('attachments as a', 'a.id', 'l.attachment_id')
    .innerJoin('conversation_messages as m', 'm.id', 'l.message_id')
    .select(['a.id', 'l.message_id', 'a.name', 'a.media_type', 'a.size']);
}

export async function linkAttachments(db: Database, messageId: string, attachmentIds: string[]): Promise<void> {
  if (attachmentIds.length === 0) return;
  await db
    .insertInto('conversation_message_attachments')
    .values(attachmentIds.map((attachment_id, position) => ({ message_id: messageId, attachment_id, position })))
    .execute();
}

/** The files attached to the conversation's messages, in message and attachment order (no bytes). */
export async function attachmentsOf(db: Database, matchId: string): Promise<AttachmentRow[]> {
  return attachmentQuery(db).where('m.match_id', '=', matchId).orderBy('m.position').orderBy('l.position').execute();
}

/** The message an attachment belongs to, for the permission to download it. */
export async function messageOfAttachment(db: Database, attachmentId: string): Promise<MessageRow | undefined> {
  const link = await db
    .selectFrom('conversation_message_attachments')
    .select('message_id')
    .where('attachment_id', '=', attachmentId)
    .executeTakeFirst();
  return link && findMessage(db, link.message_id);
}

/** Every message the person wrote with the names and sizes of its files, for their personal data export. */
export async function messagesWrittenBy(db: Database, personId: string) {
  const messages = await db
    .selectFrom('conversation_messages')
    .select(['id', 'match_id', 'author_side', 'body', 'created_at', 'hidden_at', 'to_all_matches'])
    .where('author_id', '=', personId)
    .orderBy('position')
    .execute();
  const files = await attachmentQuery(db).where('m.author_id', '=', personId).orderBy('l.position').execute();
  return messages.map((message) => ({
    ...message,
    attachments: files
      .filter((file) => file.message_id === message.id)
      .map(({ name, media_type, size }) => ({ name, mediaType: media_type, size })),
  }));
}

/** The messages the person reported and why, for their personal data export. */
export async function reportsMadeBy(db: Database, personId: string) {
  return db
    .selectFrom('conversation_reports')
    .select(['message_id', 'reason', 'created_at'])
    .where('reporter_id', '=', personId)
    .orderBy('created_at')
    .execute();
}

/** Erasure of an account empties its messages, which stay in place shown as erased; their files are deleted. */
export async function eraseMessagesOf(db: Database, personId: string, now: Date): Promise<void> {
  const files = await attachmentQuery(db).where('m.author_id', '=', personId).execute();
  await deleteAttachments(
    db,
    files.map((file) => file.id),
  );
  await db
    .updateTable('conversation_messages')
    .set({ body: '', erased_at: now })
    .where('author_id', '=', personId)
    .execute();
}
