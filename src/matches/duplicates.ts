// Merging duplicate items: an ambassador marks one item as a duplicate of another of the same kind;
// its matches move to the original and the duplicate leaves the catalogue (closed or archived).
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import { isAdmin } from '../shared/viewer.ts';
import { errors } from '../shared/errors.ts';
import { recordEvent } from '../events/repository.ts';
import { recordAudit } from '../audit/repository.ts';
import { curatesItem } from '../items/permissions.ts';
import { readableItem } from '../items/service.ts';
import { guardOf } from '../items/presenter.ts';
import { updateItem } from '../items/repository.ts';
import { ITEM_KINDS } from '../items/kinds.ts';
import * as repository from './repository.ts';
import type { DuplicateInput } from './schemas.ts';

async function curatedItem(services: Services, viewer: Viewer, kind: DuplicateInput['kind'], id: string) {
  const guard = guardOf(kind, await readableItem(services, kind, viewer, id));
  if (!isAdmin(viewer) && !curatesItem(viewer, guard)) throw errors.forbidden();
}

export async function markDuplicate(
  services: Services,
  viewer: Viewer | null,
  input: DuplicateInput,
): Promise<string[]> {
  if (!viewer) throw errors.unauthenticated();
  if (input.duplicateId === input.originalId)
    throw errors.validation([{ field: 'originalId', message: 'field.invalid' }]);
  await curatedItem(services, viewer, input.kind, input.duplicateId);
  await curatedItem(services, viewer, input.kind, input.originalId);
  const status = ITEM_KINDS[input.kind].closedStatus;
  const moved = await services.db.transaction().execute(async (tx) => {
    const ids = await repository.moveMatches(tx, input.kind, input.duplicateId, input.originalId);
    const changes = { duplicate_of: input.originalId, status };
    await updateItem(tx, input.kind, input.duplicateId, changes);
    for (const id of ids)
      await repository.insertMatchEvent(tx, {
        matchId: id,
        actorId: viewer.id,
        actorSide: 'curator',
        action: 'moved',
        note: input.duplicateId,
      });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: `${input.kind}.mark_duplicate`,
      objectType: input.kind,
      objectId: input.duplicateId,
      after: { ...changes, movedMatches: ids },
    });
    await recordEvent(tx, { type: 'item.changed', kind: input.kind, id: input.duplicateId, status });
    return ids;
  });
  await services.events.afterCommit();
  return moved;
}
