// The audit log: who did what, when, to which object, with the state before and after. Written in
// the same transaction as the change it describes; the database refuses updates and deletes.
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
  beforeId?: number;
  limit: number;
}

export async function listAuditEvents(db: Database, filter: AuditFilter): Promise<AuditEventRow[]> {
  let query = db.selectFrom('audit_events').selectAll().orderBy('id', 'desc').limit(filter.limit);
  if (filter.objectType) query = query.where('object_type', '=', filter.objectType);
  if (filter.objectId) query = query.where('object_id', '=', filter.objectId);
  if (filter.beforeId) query = query.where('id', '<', filter.beforeId);
  return query.execute();
}
