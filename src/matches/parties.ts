// Who is involved in a match: the challenge's owners, the solution's provider, the ambassadors
// curating either item, and admins. Nobody else may see or act on it.
import type { Database } from '../db/database.ts';
import type { MatchRow } from '../db/schema.ts';
import type { Viewer } from '../shared/viewer.ts';
import { isAdmin } from '../shared/viewer.ts';
import { belongsToViewer, curatesItem } from '../items/permissions.ts';
import { findItem, type ChallengeWithOrganisation, type SolutionWithOrganisation } from '../items/repository.ts';
import { guardOf } from '../items/presenter.ts';
import { errors } from '../shared/errors.ts';

export interface MatchParties {
  match: MatchRow;
  challenge: ChallengeWithOrganisation;
  solution: SolutionWithOrganisation;
}

export interface MatchRoles {
  challengeSide: boolean;
  solutionSide: boolean;
  curator: boolean;
}

export async function loadParties(db: Database, match: MatchRow): Promise<MatchParties> {
  const [challenge, solution] = await Promise.all([
    findItem(db, 'challenge', match.challenge_id),
    findItem(db, 'solution', match.solution_id),
  ]);
  if (!challenge || !solution) throw errors.notFound();
  return { match, challenge, solution };
}

export function rolesOf(viewer: Viewer | null, parties: Pick<MatchParties, 'challenge' | 'solution'>): MatchRoles {
  const challenge = guardOf('challenge', parties.challenge);
  const solution = guardOf('solution', parties.solution);
  return {
    challengeSide: belongsToViewer(viewer, challenge),
    solutionSide: belongsToViewer(viewer, solution),
    curator: isAdmin(viewer) || curatesItem(viewer, challenge) || curatesItem(viewer, solution),
  };
}

export function isParty(roles: MatchRoles): boolean {
  return roles.challengeSide || roles.solutionSide || roles.curator;
}

/** A match of which the viewer is no party is reported as missing, so its existence does not leak. */
export function requireParty(viewer: Viewer | null, parties: MatchParties): MatchRoles {
  if (!viewer) throw errors.unauthenticated();
  const roles = rolesOf(viewer, parties);
  if (!isParty(roles)) throw errors.notFound();
  return roles;
}
