// Organisation rows become API and page shapes here; rows never leave the service layer as they are.
import type { OrganisationRow } from '../db/schema.ts';
import { displayEnterpriseNumber } from './enterprise-number.ts';
import type { MemberOrganisation, PublicOrganisation } from './schemas.ts';
import type { MemberRow, OwnRequestRow } from './membership-repository.ts';
import type { Member, MembershipRequest, OwnMembershipRequest } from './membership-schemas.ts';

// The enterprise number stays in the public profile (and in open data). The KBO register publishes
// it for every company as open data, and it identifies the organisation, not a person; since joining
// takes the consent of the organisation's members, knowing the number grants nothing. A sole
// trader's number is the exception that names a person, and it is public in KBO as well.

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

function personInOrganisation(row: MemberRow) {
  return {
    personId: row.person_id,
    name: row.display_name,
    email: row.email,
    emailVerified: row.email_verified_at !== null,
  };
}

export function presentMember(row: MemberRow): Member {
  return { ...personInOrganisation(row), since: row.created_at.toISOString() };
}

export function presentMembershipRequest(row: MemberRow): MembershipRequest {
  return { ...personInOrganisation(row), requestedAt: row.created_at.toISOString() };
}

export function presentOwnRequest(row: OwnRequestRow): OwnMembershipRequest {
  return {
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    requestedAt: row.created_at.toISOString(),
  };
}
