// Membership by consent: asking to join an existing organisation makes a pending request that grants
// nothing until a verified member, an ambassador or an admin approves it. Members are listed,
// removed or leave here; every step is audited, and the people concerned are told after the commit.
import type { FastifyBaseLogger } from 'fastify';
import type { Services } from '../app-types.ts';
import type { Database } from '../db/database.ts';
import type { OrganisationRow } from '../db/schema.ts';
import { recordAudit } from '../audit/repository.ts';
import { errors } from '../shared/errors.ts';
import type { Viewer } from '../shared/viewer.ts';
import { notify, type Notice } from '../notifications/service.ts';
import { findOrganisationForUpdate, insertMembership } from './repository.ts';
import {
  adminIds,
  deleteMembership,
  deleteRequest,
  findRequestForUpdate,
  isMember,
  memberIds,
  membersOfOrganisation,
  requestsOfOrganisation,
  requestsOfPerson,
  verifiedMemberIds,
  insertRequest,
  type MemberRow,
  type OwnRequestRow,
} from './membership-repository.ts';
import { canManageMembers, mayRemoveLastMember } from './permissions.ts';
import { getOrganisation, organisationWithNumber } from './service.ts';

export type MembershipDecision = 'approve' | 'refuse';

export interface MembersOverview {
  organisation: OrganisationRow;
  members: MemberRow[];
  requests: MemberRow[];
}

const audit = (
  tx: Database,
  actorId: string | null,
  action: string,
  organisationId: string,
  personId: string,
  extra: Record<string, string> = {},
) =>
  recordAudit(tx, {
    actorId,
    action: `membership.${action}`,
    objectType: 'organisation',
    objectId: organisationId,
    after: { personId, ...extra },
  });

/**
 * Inside the caller's transaction: the person asks to join the organisation with this number.
 * Returns the organisation and whether a new request was made (asking twice keeps one request).
 */
export async function requestMembership(
  tx: Database,
  personId: string,
  enterpriseNumber: string,
): Promise<{ organisation: OrganisationRow; created: boolean }> {
  const organisation = await organisationWithNumber(tx, enterpriseNumber);
  if (await isMember(tx, personId, organisation.id))
    throw errors.conflict('already_member', 'membership.already_member');
  const created = await insertRequest(tx, personId, organisation.id);
  if (created) await audit(tx, personId, 'requested', organisation.id, personId);
  return { organisation, created };
}

/** A signed-in person asks to join an organisation; its members are told. */
export async function askToJoin(
  services: Services,
  log: FastifyBaseLogger,
  viewer: Viewer | null,
  enterpriseNumber: string,
): Promise<OrganisationRow> {
  if (!viewer) throw errors.unauthenticated();
  const { organisation, created } = await services.db
    .transaction()
    .execute((tx) => requestMembership(tx, viewer.id, enterpriseNumber));
  if (created) await announceRequest(services, log, organisation);
  return organisation;
}

/**
 * Tells the organisation's verified members (in app, and by e-mail as each of them chose, in their
 * language); when it has none, the admins, so that no request waits unseen. The notice names only
 * the organisation: who asks is shown on the members page, and so never lingers in a notification
 * after the person erased their account.
 */
export async function announceRequest(
  services: Services,
  log: FastifyBaseLogger,
  organisation: OrganisationRow,
): Promise<void> {
  const members = await verifiedMemberIds(services.db, organisation.id);
  const recipients = members.length > 0 ? members : await adminIds(services.db);
  await tell(services, log, recipients, {
    kind: 'membership_request',
    params: { organisation: organisation.name },
    link: `/organisations/${organisation.id}/members`,
  });
}

/** Telling people must not undo a committed change: trouble is logged. */
async function tell(services: Services, log: FastifyBaseLogger, personIds: string[], notice: Notice): Promise<void> {
  await notify(services, personIds, notice).catch((error: unknown) =>
    log.error({ err: error, kind: notice.kind }, 'membership notice could not be sent'),
  );
}

export async function ownRequests(db: Database, personId: string): Promise<OwnRequestRow[]> {
  return requestsOfPerson(db, personId);
}

export async function membersOverview(
  db: Database,
  viewer: Viewer | null,
  organisationId: string,
): Promise<MembersOverview> {
  const organisation = await getOrganisation(db, organisationId);
  if (!canManageMembers(viewer, organisationId)) throw errors.forbidden();
  const [members, requests] = await Promise.all([
    membersOfOrganisation(db, organisationId),
    requestsOfOrganisation(db, organisationId),
  ]);
  return { organisation, members, requests };
}

/** An organisation and one of its members, for confirming their removal; not found when they are no member. */
export async function memberOf(
  db: Database,
  organisationId: string,
  personId: string,
): Promise<{ organisation: OrganisationRow; member: MemberRow }> {
  const organisation = await getOrganisation(db, organisationId);
  const member = (await membersOfOrganisation(db, organisation.id)).find((m) => m.person_id === personId);
  if (!member) throw errors.notFound();
  return { organisation, member };
}

/**
 * Approves or refuses a pending request. Nobody decides on their own request, and a request is
 * approved only once the person confirmed their e-mail address: the members judge who asks by that
 * address, which must then really be theirs.
 */
export async function decideRequest(
  services: Services,
  log: FastifyBaseLogger,
  viewer: Viewer | null,
  organisationId: string,
  personId: string,
  decision: MembershipDecision,
): Promise<OrganisationRow> {
  const organisation = await getOrganisation(services.db, organisationId);
  if (!viewer || !canManageMembers(viewer, organisationId) || viewer.id === personId) throw errors.forbidden();
  await services.db.transaction().execute(async (tx) => {
    await findOrganisationForUpdate(tx, organisationId);
    const request = await findRequestForUpdate(tx, personId, organisationId);
    if (!request) throw errors.notFound();
    if (decision === 'approve' && !request.email_verified_at)
      throw errors.conflict('requester_unverified', 'membership.requester_unverified');
    await deleteRequest(tx, personId, organisationId);
    if (decision === 'approve') await insertMembership(tx, personId, organisationId);
    await audit(tx, viewer.id, decision === 'approve' ? 'approved' : 'refused', organisationId, personId);
  });
  const link = decision === 'approve' ? `/organisations/${organisationId}` : '/account';
  await tell(services, log, [personId], {
    kind: decision === 'approve' ? 'membership_approved' : 'membership_refused',
    params: { organisation: organisation.name },
    link,
  });
  return organisation;
}

/**
 * Removes a member, or lets a member leave (when they remove themselves). Access ends at once: the
 * session reads the person's memberships on every request.
 */
export async function removeMember(
  services: Services,
  log: FastifyBaseLogger,
  viewer: Viewer | null,
  organisationId: string,
  personId: string,
): Promise<{ organisation: OrganisationRow; left: boolean }> {
  const organisation = await getOrganisation(services.db, organisationId);
  const left = viewer?.id === personId;
  if (!viewer || (!left && !canManageMembers(viewer, organisationId))) throw errors.forbidden();
  await services.db.transaction().execute(async (tx) => {
    // One membership change per organisation at a time, so two people leaving at once cannot both go.
    await findOrganisationForUpdate(tx, organisationId);
    const members = await memberIds(tx, organisationId);
    if (!members.includes(personId)) throw errors.notFound();
    if (members.length === 1 && !mayRemoveLastMember(viewer))
      throw errors.conflict('last_member', 'membership.last_member');
    await deleteMembership(tx, personId, organisationId);
    await audit(tx, viewer.id, left ? 'left' : 'removed', organisationId, personId);
  });
  if (!left)
    await tell(services, log, [personId], {
      kind: 'membership_removed',
      params: { organisation: organisation.name },
      link: '/account',
    });
  return { organisation, left };
}

/**
 * The government login asserts that the person works for the organisation: they join at once, and a
 * request they had made is settled by it. Inside the caller's transaction.
 */
export async function joinAsAsserted(tx: Database, personId: string, organisationId: string): Promise<void> {
  if (await isMember(tx, personId, organisationId)) return;
  await deleteRequest(tx, personId, organisationId);
  await insertMembership(tx, personId, organisationId);
  await audit(tx, personId, 'created', organisationId, personId, { method: 'government_login' });
}
