// Who wants to hear about a newly published item: followers of the item, of one of its sectors or
// spearheads, of its organisation, and people whose saved catalogue search the item fits.
import type { Services } from '../app-types.ts';
import type { ItemKind } from '../publication/lifecycle.ts';
import { parseInput } from '../shared/validation.ts';
import { withTextSearch } from '../matching/search.ts';
import { ChallengeListQuery } from '../challenges/schemas.ts';
import { SolutionListQuery } from '../solutions/schemas.ts';
import { challengeFilter } from '../challenges/service.ts';
import { solutionFilter } from '../solutions/service.ts';
import { findChallenge, listChallenges } from '../challenges/repository.ts';
import { findSolution, listSolutions } from '../solutions/repository.ts';
import { guardOf as challengeGuard } from '../challenges/presenter.ts';
import { guardOf as solutionGuard } from '../solutions/presenter.ts';
import type { GuardedItem } from '../publication/permissions.ts';
import * as repository from './repository.ts';

const ARRAY_KEYS = ['sector', 'spearhead', 'region', 'language', 'status'];

/** A catalogue query string as the catalogue reads it. */
export function queryObject(query: string): Record<string, unknown> {
  const params = new URLSearchParams(query.replace(/^\?/, ''));
  const object: Record<string, unknown> = {};
  for (const key of new Set(params.keys()))
    object[key] = ARRAY_KEYS.includes(key) ? params.getAll(key) : params.get(key);
  return object;
}

/** Whether a published item is among the results of a saved search, as a visitor would see them. */
export async function fitsSearch(services: Services, kind: ItemKind, id: string, query: string): Promise<boolean> {
  const input = queryObject(query);
  const base =
    kind === 'challenge'
      ? challengeFilter(parseInput(ChallengeListQuery, input))
      : solutionFilter(parseInput(SolutionListQuery, input));
  const filter = await withTextSearch(services, kind, { ...base, offset: 0 }, null);
  const ids = filter.ids ? filter.ids.filter((found) => found === id) : [id];
  const narrowed = { ...filter, ids, limit: 1 };
  const { rows } =
    kind === 'challenge'
      ? await listChallenges(services.db, narrowed, null)
      : await listSolutions(services.db, narrowed, null);
  return rows.length > 0;
}

/** Everyone who asked to hear of this item, whether or not they may read it: the caller decides who is told. */
export async function interestedPeople(
  services: Services,
  kind: ItemKind,
  id: string,
): Promise<{ personIds: string[]; guard: GuardedItem } | null> {
  const item = kind === 'challenge' ? await findChallenge(services.db, id) : await findSolution(services.db, id);
  if (!item) return null;
  const targets = [
    { type: kind as repository.TargetType, target: id },
    ...item.sectors.map((sector) => ({ type: 'sector' as const, target: sector })),
    ...item.spearheads.map((spearhead) => ({ type: 'spearhead' as const, target: String(spearhead) })),
    {
      type: 'organisation' as const,
      target: 'owner_organisation_id' in item ? item.owner_organisation_id : item.provider_organisation_id,
    },
  ];
  const personIds = await repository.followersOf(services.db, targets);
  for (const search of await repository.searchesFor(services.db, kind)) {
    if (await fitsSearch(services, kind, id, search.query).catch(() => false)) personIds.push(search.person_id);
  }
  return { personIds, guard: 'owner_organisation_id' in item ? challengeGuard(item) : solutionGuard(item) };
}
