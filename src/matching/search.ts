// Free-text search in the catalogues and list APIs goes through the matching engine, which
// tolerates typos, understands Dutch compounds and crosses languages; the database then applies the
// facets and the viewer's permissions to the ids found, in order of relevance.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import type { ItemFilter } from '../items/filter.ts';

const SEARCH_DEPTH = 500;

export async function withTextSearch(
  services: Services,
  kind: ItemKind,
  filter: ItemFilter,
  viewer: Viewer | null,
): Promise<ItemFilter> {
  if (!filter.text) return filter;
  const ids = await services.matching.search(kind, filter.text, viewer, SEARCH_DEPTH);
  return { ...filter, text: undefined, ids };
}
