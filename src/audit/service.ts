// Reading the audit log, for admins: the events a filter selects, and what their objects are called now.
import type { Services } from '../app-types.ts';
import { auditObjectNames, listAuditEvents, type AuditFilter, type AuditListRow } from './repository.ts';

export type { AuditFilter, AuditListRow };

/** The events the filter selects, newest first. */
export async function auditEvents(services: Services, filter: AuditFilter): Promise<AuditListRow[]> {
  return listAuditEvents(services.db, filter);
}

/** The events the filter selects, with their objects' current names by "type:id". */
export async function auditEventsNamed(
  services: Services,
  filter: AuditFilter,
): Promise<{ rows: AuditListRow[]; names: Map<string, string> }> {
  const rows = await listAuditEvents(services.db, filter);
  const names = await auditObjectNames(
    services.db,
    rows.map((row) => ({ type: row.object_type, id: row.object_id })),
  );
  return { rows, names };
}
