// Notices keep references to items (challengeId, solutionId, or item with itemKind), never their
// titles: each reader gets a title only if the visibility rule lets them read the item at the
// moment the notice is shown or sent, and a neutral description otherwise.
import type { Database } from '../db/database.ts';
import type { Viewer } from '../shared/viewer.ts';
import type { Translator } from '../i18n/translator.ts';
import type { NotificationRow } from '../db/schema.ts';
import { loadItemFacts, titleFor, type ItemIds } from '../items/withheld.ts';

/** Item titles by id, as one reader may see them. */
export type Titles = ReadonlyMap<string, string>;

/** Each parameter that names an item by id, and the placeholder its title fills. */
export const ITEM_REFERENCES = [
  { key: 'challengeId', placeholder: 'challenge' },
  { key: 'solutionId', placeholder: 'solution' },
  { key: 'item', placeholder: 'title' },
] as const;

function kindOf(key: string, params: Record<string, string>): keyof ItemIds | null {
  if (key === 'challengeId') return 'challenge';
  if (key === 'solutionId') return 'solution';
  return params.itemKind === 'challenge' || params.itemKind === 'solution' ? params.itemKind : null;
}

export function itemIdsOf(rows: Pick<NotificationRow, 'params'>[]): ItemIds {
  const ids: ItemIds = { challenge: [], solution: [] };
  for (const { params } of rows) {
    for (const { key } of ITEM_REFERENCES) {
      const kind = kindOf(key, params);
      if (kind && params[key]) ids[kind].push(params[key]);
    }
  }
  return ids;
}

export async function titlesFor(
  db: Database,
  reader: Viewer,
  t: Translator,
  rows: Pick<NotificationRow, 'params'>[],
): Promise<Titles> {
  const facts = await loadItemFacts(db, itemIdsOf(rows));
  return new Map([...facts].map(([id, item]) => [id, titleFor(reader, t, item)]));
}
