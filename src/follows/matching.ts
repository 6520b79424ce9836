// Who wants to hear about a newly published item: followers of the item, of one of its sectors or
// spearheads, of its organisation, and people whose saved catalogue search the item fits.
import type { Services } from '../app-types.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import { parseInput } from '../shared/validation.ts';
import { withTextSearch } from '../matching/search.ts';
import { ChallengeListQuery } from '../challenges/schemas.ts';
import { SolutionListQuery } from '../solutions/schemas.ts';
import { itemFilter, type ItemListQuery } from '../items/service.ts';
import { findItem, listItems } from '../items/repository.ts';
import { guardOf } from '../items/presenter.ts';
import type { GuardedItem } from '../items/permissions.ts';
import * as repository from './repository.ts';

const ARRAY_KEYS = ['sector', 'spearhead', 'region', 'language', 'status'];
const LIST_QUERIES = { challenge: ChallengeListQuery, solution: SolutionListQuery };

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
  const base = itemFilter(kind, parseInput(LIST_QUERIES[kind], input) as ItemListQuery);
  const filter = await withTextSearch(services, kind, { ...base, offset: 0 }, null);
  const ids = filter.ids ? filter.ids.filter((found) => found === id) : [id];
  const narrowed = { ...filter, ids, limit: 1 };
  const { rows } = await listItems(services.db, kind, narrowed, null);
  return rows.length > 0;
}

/** Everyone who asked to hear of this item, whether or not they may read it: the caller decides who is told. */
export async function interestedPeople(
  services: Services,
  kind: ItemKind,
  id: string,
): Promise<{ personIds: string[]; guard: GuardedItem } | null> {
  const item = await findItem(services.db, kind, id);
  if (!item) return null;
  const guard = guardOf(kind, item);
  const targets = [
    { type: kind as repository.TargetType, target: id },
    ...item.sectors.map((sector) => ({ type: 'sector' as const, target: sector })),
    ...item.spearheads.map((spearhead) => ({ type: 'spearhead' as const, target: String(spearhead) })),
    { type: 'organisation' as const, target: guard.organisationId },
  ];
  const personIds = await repository.followersOf(services.db, targets);
  for (const search of await repository.searchesFor(services.db, kind)) {
    if (await fitsSearch(services, kind, id, search.query).catch(() => false)) personIds.push(search.person_id);
  }
  return { personIds, guard };
}
