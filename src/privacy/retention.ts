// Retention: accounts never verified are removed after 30 days, notifications after 180 days.
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';

export const UNVERIFIED_ACCOUNT_DAYS = 30;
export const NOTIFICATION_DAYS = 180;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionResult {
  unverifiedAccounts: number;
  notifications: number;
}

export async function applyRetention(db: Database, now: Date): Promise<RetentionResult> {
  return db.transaction().execute(async (tx) => {
    const cutoff = new Date(now.getTime() - UNVERIFIED_ACCOUNT_DAYS * DAY_MS);
    const stale = await tx
      .selectFrom('people')
      .select(['id', 'email', 'display_name'])
      .where('email_verified_at', 'is', null)
      .where('created_at', '<', cutoff)
      .where(sql<boolean>`erased_at IS NULL`)
      .execute();
    for (const person of stale) {
      // Their registration left their address in the audit log: it goes too.
      await sql`SELECT erase_person_from_audit(${person.id}, ${person.email}, ${person.display_name})`.execute(tx);
      await tx.deleteFrom('people').where('id', '=', person.id).execute();
    }
    let notifications = 0;
    const { rows } = await sql<{
      present: boolean;
    }>`SELECT to_regclass('notifications') IS NOT NULL AS present`.execute(tx);
    if (rows[0]?.present) {
      const removed =
        await sql`DELETE FROM notifications WHERE created_at < ${new Date(now.getTime() - NOTIFICATION_DAYS * DAY_MS)}`.execute(
          tx,
        );
      notifications = Number(removed.numAffectedRows ?? 0);
    }
    return { unverifiedAccounts: stale.length, notifications };
  });
}
