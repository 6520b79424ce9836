// The audit log: who did what, when, to which object, with the state before and after. Written in
// the same transaction as the change it describes; the database refuses updates and deletes.
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { AuditEventRow } from '../db/schema.ts';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  objectType: string;
  objectId: string;
  before?: unknown;
  after?: unknown;
}

/** The row an audit entry is stored as; shared with the batch insert of bulk imports. */
export function auditRow(entry: AuditEntry) {
  return {
    actor_id: entry.actorId,
    action: entry.action,
    object_type: entry.objectType,
    object_id: entry.objectId,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  };
}

export async function recordAudit(db: Database, entry: AuditEntry): Promise<void> {
  await db.insertInto('audit_events').values(auditRow(entry)).execute();
}

export interface AuditFilter {
  objectType?: string;
  objectId?: string;
  /** An action code, or its beginning ("person." for every action on people). */
  action?: string;
  /** Part of the actor's name or e-mail address. */
  person?: string;
  /** Calendar days in Brussels, both included. */
  fromDay?: string;
  toDay?: string;
  beforeId?: number;
  limit: number;
}

export interface AuditListRow extends AuditEventRow {
  actor_name: string | null;
}

const likeText = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const brusselsMidnight = (day: string) => sql<Date>`(${day}::date)::timestamp at time zone 'Europe/Brussels'`;

/** The audit log newest first, with the actor's name, filtered and paged back by id. */
export async function listAuditEvents(db: Database, filter: AuditFilter): Promise<AuditListRow[]> {
  let query = db
    .selectFrom('audit_events')
    .leftJoin('people', 'people.id', 'audit_events.actor_id')
    .selectAll('audit_events')
    .select('people.display_name as actor_name')
    .orderBy('audit_events.id', 'desc')
    .limit(filter.limit);
  if (filter.objectType) query = query.where('audit_events.object_type', '=', filter.objectType);
  if (filter.objectId) query = query.where('audit_events.object_id', '=', filter.objectId);
  if (filter.action) query = query.where('audit_events.action', 'like', `${likeText(filter.action)}%`);
  if (filter.person) {
    const part = `%${likeText(filter.person)}%`;
    query = query.where((eb) => eb.or([eb('people.display_name', 'ilike', part), eb('people.email', 'ilike', part)]));
  }
  if (filter.fromDay) query = query.where('audit_events.occurred_at', '>=', brusselsMidnight(filter.fromDay));
  if (filter.toDay)
    query = query.where(
      'audit_events.occurred_at',
      '<',
      sql<Date>`${brusselsMidnight(filter.toDay)} + interval '1 day'`,
    );
  if (filter.beforeId) query = query.where('audit_events.id', '<', filter.beforeId);
  return query.execute();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the objects of some audit events are called now (a title, a name), by "type:id"; erased or unknown ones are left out. */
export async function auditObjectNames(
  db: Database,
  objects: { type: string; id: string }[],
): Promise<Map<string, string>> {
  const ids = (type: string) => [
    ...new Set(objects.filter((o) => o.type === type && UUID.test(o.id)).map((o) => o.id)),
  ];
  const names = new Map<string, string>();
  const add = (type: string, rows: { id: string; name: string }[]) =>
    rows.forEach((row) => names.set(`${type}:${row.id}`, row.name));
  const [challenges, solutions, organisations, people, matches] = [
    ids('challenge'),
    ids('solution'),
    ids('organisation'),
    ids('person'),
    ids('match'),
  ];
  if (challenges.length)
    add(
      'challenge',
      await db.selectFrom('challenges').select(['id', 'title as name']).where('id', 'in', challenges).execute(),
    );
  if (solutions.length)
    add(
      'solution',
      await db.selectFrom('solutions').select(['id', 'title as name']).where('id', 'in', solutions).execute(),
    );
  if (organisations.length)
    add(
      'organisation',
      await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', organisations).execute(),
    );
  if (people.length)
    add(
      'person',
      await db.selectFrom('people').select(['id', 'display_name as name']).where('id', 'in', people).execute(),
    );
  if (matches.length) {
    const rows = await db
      .selectFrom('matches')
      .innerJoin('challenges', 'challenges.id', 'matches.challenge_id')
      .innerJoin('solutions', 'solutions.id', 'matches.solution_id')
      .select(['matches.id', 'challenges.title as challenge', 'solutions.title as solution'])
      .where('matches.id', 'in', matches)
      .execute();
    add(
      'match',
      rows.map((row) => ({ id: row.id, name: `${row.challenge} – ${row.solution}` })),
    );
  }
  return names;
}
