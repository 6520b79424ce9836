// A newly published item is told, once, to those who follow it, its sectors or spearheads, or saved
// a search it fits, if they may read it: a consumer of the item's events.
import type { Services } from '../app-types.ts';
import { isPublication, type ItemChanged, type SharedConsumer } from '../events/types.ts';
import { itemPath } from '../items/kinds.ts';
import { announcedBefore } from '../notifications/repository.ts';
import { notify, readersAmong } from '../notifications/service.ts';
import { interestedPeople } from './matching.ts';

async function followNotices(services: Services, change: ItemChanged): Promise<void> {
  if (await announcedBefore(services.db, 'followed_item', 'item', change.id)) return;
  const interested = await interestedPeople(services, change.kind, change.id);
  if (!interested) return;
  const readers = await readersAmong(services, interested.personIds, interested.guard);
  await notify(services, readers, {
    kind: 'followed_item',
    params: { item: change.id, itemKind: change.kind },
    link: itemPath(change.kind, change.id),
  });
}

export const followedItemNotices: SharedConsumer = {
  name: 'followed-item-notices',
  handles: isPublication,
  apply: (services, event) => followNotices(services, event as ItemChanged),
};
