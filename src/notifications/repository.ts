// All queries on notifications and notification settings.
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { EmailMode, NotificationRow } from '../db/schema.ts';
import type { Viewer } from '../shared/viewer.ts';

export interface NewNotification {
  personId: string;
  kind: string;
  params: Record<string, string>;
  link: string;
}

export async function insertNotifications(db: Database, list: NewNotification[]): Promise<NotificationRow[]> {
  if (list.length === 0) return [];
  return db
    .insertInto('notifications')
    .values(list.map((n) => ({ person_id: n.personId, kind: n.kind, params: JSON.stringify(n.params), link: n.link })))
    .returningAll()
    .execute();
}

export async function notificationsOf(db: Database, personId: string, limit = 100): Promise<NotificationRow[]> {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}

export async function markRead(db: Database, personId: string, id: string | null, now: Date): Promise<number> {
  let query = db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('person_id', '=', personId)
    .where('read_at', 'is', null);
  if (id) query = query.where('id', '=', id);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function emailModeOf(db: Database, personId: string): Promise<EmailMode> {
  const row = await db
    .selectFrom('notification_settings')
    .select('email_mode')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row?.email_mode ?? 'immediate';
}

export async function setEmailMode(db: Database, personId: string, mode: EmailMode): Promise<void> {
  await db
    .insertInto('notification_settings')
    .values({ person_id: personId, email_mode: mode })
    .onConflict((oc) => oc.column('person_id').doUpdateSet({ email_mode: mode, updated_at: new Date() }))
    .execute();
}

export async function markEmailed(db: Database, ids: string[], now: Date): Promise<void> {
  if (ids.length) await db.updateTable('notifications').set({ emailed_at: now }).where('id', 'in', ids).execute();
}

/** People on this digest whose last digest is older than the period, with the notifications not yet e-mailed. */
export async function dueDigests(
  db: Database,
  mode: 'daily' | 'weekly',
  now: Date,
): Promise<{ personId: string; rows: NotificationRow[] }[]> {
  const since = new Date(now.getTime() - (mode === 'daily' ? 1 : 7) * 86_400_000 + 60_000);
  const people = await db
    .selectFrom('notification_settings')
    .select('person_id')
    .where('email_mode', '=', mode)
    .where((eb) => eb.or([eb('last_digest_at', 'is', null), eb('last_digest_at', '<=', since)]))
    .execute();
  const due = [];
  for (const { person_id: personId } of people) {
    const rows = await db
      .selectFrom('notifications')
      .selectAll()
      .where('person_id', '=', personId)
      .where('emailed_at', 'is', null)
      .orderBy('created_at', 'desc')
      .execute();
    if (rows.length) due.push({ personId, rows });
  }
  return due;
}

export async function markDigestSent(db: Database, personId: string, now: Date): Promise<void> {
  await db
    .updateTable('notification_settings')
    .set({ last_digest_at: now })
    .where('person_id', '=', personId)
    .execute();
}

/** People as the visibility rule sees them, outside any request: what each recipient may read decides what a notice names. */
export async function readersOf(db: Database, personIds: string[]): Promise<Viewer[]> {
  if (personIds.length === 0) return [];
  const [people, memberships, spearheads] = await Promise.all([
    db
      .selectFrom('people')
      .select(['id', 'email', 'display_name', 'role', 'locale', 'email_verified_at'])
      .where('id', 'in', personIds)
      .execute(),
    db.selectFrom('memberships').select(['person_id', 'organisation_id']).where('person_id', 'in', personIds).execute(),
    db
      .selectFrom('ambassador_spearheads')
      .select(['person_id', 'spearhead'])
      .where('person_id', 'in', personIds)
      .execute(),
  ]);
  return people.map((person) => ({
    id: person.id,
    email: person.email,
    displayName: person.display_name,
    role: person.role,
    locale: person.locale,
    emailVerified: person.email_verified_at !== null,
    organisationIds: memberships.filter((m) => m.person_id === person.id).map((m) => m.organisation_id),
    spearheads: spearheads.filter((s) => s.person_id === person.id).map((s) => s.spearhead),
    sessionId: '',
  }));
}

export async function membersOf(db: Database, organisationIds: string[]): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .selectFrom('memberships')
    .select('person_id')
    .distinct()
    .where('organisation_id', 'in', organisationIds)
    .execute();
  return rows.map((r) => r.person_id);
}

export const unreadCount = (db: Database, personId: string) =>
  db
    .selectFrom('notifications')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('person_id', '=', personId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();

/** Whether a notice of this kind was already sent about this item or pair (params.item / params.pair). */
export async function announcedBefore(
  db: Database,
  kind: string,
  key: 'pair' | 'item',
  value: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('notifications')
    .select('id')
    .where('kind', '=', kind)
    .where((eb) => eb(eb.ref('params', '->>').key(key as never), '=', value))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
