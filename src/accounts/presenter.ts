// People as the API and pages show them; never the row itself, never the password hash.
import type { PersonRow } from '../db/schema.ts';
import type { PersonView } from './schemas.ts';
import type { Viewer } from '../shared/viewer.ts';

export function presentPerson(row: PersonRow, organisationIds: string[]): PersonView {
  return {
    id: row.id,
    name: row.display_name,
    email: row.email,
    role: row.role,
    locale: row.locale,
    emailVerified: row.email_verified_at !== null,
    organisationIds,
  };
}

export function presentViewer(viewer: Viewer): PersonView {
  return {
    id: viewer.id,
    name: viewer.displayName,
    email: viewer.email,
    role: viewer.role,
    locale: viewer.locale,
    emailVerified: viewer.emailVerified,
    organisationIds: viewer.organisationIds,
  };
}

/** The state recorded in the audit log: everything but the password hash. */
export function personAuditSnapshot(row: PersonRow): Record<string, unknown> {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    locale: row.locale,
    emailVerifiedAt: row.email_verified_at?.toISOString() ?? null,
  };
}
