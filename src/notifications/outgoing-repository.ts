// The e-mail queue: at most one message per key (an introduction per person per match, a notice per
// notification), claimed with SKIP LOCKED so two instances never send the same one at once.
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { OutgoingMailRow } from '../db/event-tables.ts';
import type { OutgoingMail } from '../shared/mail.ts';

/** Queues the message to this person unless one with this key was queued before; true when it is new. */
export async function queueMail(
  db: Database,
  key: string,
  personId: string | null,
  mail: OutgoingMail,
): Promise<boolean> {
  const rows = await db
    .insertInto('outgoing_mails')
    .values({ key, person_id: personId, recipient: mail.to, mail: JSON.stringify(mail) })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('id')
    .execute();
  return rows.length > 0;
}

export async function claimDueMails(db: Database, seconds: number, limit: number): Promise<OutgoingMailRow[]> {
  const { rows } =
    await sql<OutgoingMailRow>`UPDATE outgoing_mails SET leased_until = clock_timestamp() + make_interval(secs => ${seconds})
    WHERE id IN (SELECT id FROM outgoing_mails WHERE state = 'pending' AND next_attempt_at <= clock_timestamp()
      AND (leased_until IS NULL OR leased_until < clock_timestamp()) ORDER BY next_attempt_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING *`.execute(db);
  return rows;
}

export async function markSent(db: Database, id: string): Promise<void> {
  await sql`UPDATE outgoing_mails SET state = 'sent', sent_at = clock_timestamp(), attempts = attempts + 1, leased_until = NULL, last_error = NULL
    WHERE id = ${id}`.execute(db);
}

export async function markFailed(
  db: Database,
  id: string,
  failure: { error: string; delaySeconds: number; dead: boolean },
): Promise<void> {
  await sql`UPDATE outgoing_mails SET state = ${failure.dead ? 'dead' : 'pending'}, attempts = attempts + 1, leased_until = NULL,
    last_error = ${failure.error}, next_attempt_at = clock_timestamp() + make_interval(secs => ${failure.delaySeconds}) WHERE id = ${id}`.execute(
    db,
  );
}

/** Messages not sent yet or given up on, newest first, for the administrators' deliveries page. */
export async function unsentMails(db: Database): Promise<OutgoingMailRow[]> {
  return db
    .selectFrom('outgoing_mails')
    .selectAll()
    .where('state', '<>', 'sent')
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
}

/** Sent messages are kept this many days (for the deliveries page and support), then removed. */
export async function pruneSentMails(db: Database, days: number): Promise<number> {
  const result =
    await sql`DELETE FROM outgoing_mails WHERE state = 'sent' AND sent_at < clock_timestamp() - make_interval(days => ${days})`.execute(
      db,
    );
  return Number(result.numAffectedRows ?? 0);
}

export async function replayMail(db: Database, id: string): Promise<boolean> {
  const result =
    await sql`UPDATE outgoing_mails SET state = 'pending', attempts = 0, next_attempt_at = clock_timestamp(), leased_until = NULL
    WHERE id = ${id} AND state <> 'sent'`.execute(db);
  return Number(result.numAffectedRows ?? 0) === 1;
}
