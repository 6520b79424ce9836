// The match records of one item that a viewer is party to.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import * as repository from './repository.ts';
import { isParty, loadParties, rolesOf, type MatchParties } from './parties.ts';

export async function visibleMatchesOfItem(
  services: Services,
  viewer: Viewer | null,
  kind: 'challenge' | 'solution',
  id: string,
): Promise<MatchParties[]> {
  const rows = await repository.matchesOfItem(services.db, kind, id);
  const all = await Promise.all(rows.map((row) => loadParties(services.db, row)));
  return all.filter((parties) => isParty(rolesOf(viewer, parties)));
}
