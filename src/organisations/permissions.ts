// Who may do what with an organisation. Membership comes from the viewer's session, which reads it
// from the memberships table on every request: a removed member loses access at once.
import { isAdmin, isAmbassador, type Viewer } from '../shared/viewer.ts';

/** Members of the organisation edit its profile; admins edit every organisation. */
export function canManageOrganisation(viewer: Viewer | null, organisationId: string): boolean {
  if (!viewer) return false;
  return isAdmin(viewer) || viewer.organisationIds.includes(organisationId);
}

/**
 * Letting people in and out takes a member whose e-mail address is confirmed (so an account made
 * with someone else's address cannot vouch for anyone), or an ambassador or admin.
 */
export function canManageMembers(viewer: Viewer | null, organisationId: string): boolean {
  if (!viewer) return false;
  return isAmbassador(viewer) || (viewer.emailVerified && viewer.organisationIds.includes(organisationId));
}

/**
 * Nobody but an admin removes an organisation's last member, themselves included: without members
 * nobody answers its matches, keeps its items up to date or lets colleagues in. An admin may, e.g.
 * for an organisation that stopped, since admins can also approve whoever asks to join it later.
 */
export function mayRemoveLastMember(viewer: Viewer | null): boolean {
  return isAdmin(viewer);
}

/** Verifying that an organisation is who it claims to be is the platform team's job. */
export function canVerifyOrganisation(viewer: Viewer | null): boolean {
  return isAdmin(viewer);
}

/** The enterprise number identifies the organisation; changing it would bypass verification. */
export function canChangeEnterpriseNumber(viewer: Viewer | null): boolean {
  return isAdmin(viewer);
}

/**
 * The name, website and enterprise number are what verification vouched for: changed by anyone but
 * an admin, the organisation must be checked again.
 */
export function keepsVerificationOnIdentityChange(viewer: Viewer | null): boolean {
  return isAdmin(viewer);
}
