// Organisation rows become API and page shapes here; rows never leave the service layer as they are.
import type { OrganisationRow } from '../db/schema.ts';
import { displayEnterpriseNumber } from './enterprise-number.ts';
import type { MemberOrganisation, PublicOrganisation } from './schemas.ts';

export function presentPublicOrganisation(row: OrganisationRow): PublicOrganisation {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    isSme: row.is_sme,
    enterpriseNumber: displayEnterpriseNumber(row.enterprise_number, row.country),
    country: row.country,
    municipality: row.municipality,
    website: row.website,
    verified: row.verified,
  };
}

export function presentMemberOrganisation(row: OrganisationRow): MemberOrganisation {
  return {
    ...presentPublicOrganisation(row),
    street: row.street,
    postalCode: row.postal_code,
    nisCode: row.nis_code,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The state recorded in the audit log before and after a change. */
export function organisationAuditSnapshot(row: OrganisationRow): Record<string, unknown> {
  const { created_at: _created, updated_at: _updated, ...fields } = row;
  return fields;
}
