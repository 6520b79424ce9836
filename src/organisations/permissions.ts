// Who may do what with an organisation. Membership comes from the viewer's session.
import { isAdmin, type Viewer } from '../accounts/viewer.ts';

/** Members of the organisation edit its profile; admins edit every organisation. */
export function canManageOrganisation(viewer: Viewer | null, organisationId: string): boolean {
  if (!viewer) return false;
  return isAdmin(viewer) || viewer.organisationIds.includes(organisationId);
}

/** Verifying that an organisation is who it claims to be is the platform team's job. */
export function canVerifyOrganisation(viewer: Viewer | null): boolean {
  return isAdmin(viewer);
}

/** The enterprise number identifies the organisation; changing it would bypass verification. */
export function canChangeEnterpriseNumber(viewer: Viewer | null): boolean {
  return isAdmin(viewer);
}

/** A new name must be verified again unless an admin makes the change. */
export function keepsVerificationOnRename(viewer: Viewer | null): boolean {
  return isAdmin(viewer);
}
