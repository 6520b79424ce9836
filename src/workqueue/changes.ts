// Changes since review: what a published item's owner changed that the curating ambassador has not
// checked yet. Per field, the value at the last check and the value now; "checked" clears them,
// audited. The item stays online throughout; to undo a change the curator edits, closes or archives it.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import { errors } from '../shared/errors.ts';
import { recordAudit } from '../audit/repository.ts';
import { canReadItem, curatesItem, type GuardedItem } from '../items/permissions.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import { CONTENT_FIELD_ORDER } from '../items/service-support.ts';
import { markChecked, uncheckedChangesOf, type UncheckedChange } from '../items/changes-repository.ts';
import { readableItem } from '../items/service.ts';
import { guardOf } from '../items/presenter.ts';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ItemChanges {
  fields: FieldChange[];
  /** How many changes wait, and when the first of them was made. */
  count: number;
  since: string | null;
}

/** Who sees and checks an item's changes: whoever curates it (and may read it). */
export function mayCheckChanges(viewer: Viewer | null, item: GuardedItem): boolean {
  return curatesItem(viewer, item) && canReadItem(viewer, item);
}

/** Per field, from the value before the first unchecked change to the value after the last. */
export function netChanges(changes: Pick<UncheckedChange, 'before' | 'after'>[]): FieldChange[] {
  const fields = new Map<string, FieldChange>();
  for (const change of changes) {
    for (const [field, after] of Object.entries(change.after)) {
      const first = fields.get(field);
      fields.set(field, { field, before: first ? first.before : (change.before[field] ?? null), after });
    }
  }
  return [...fields.values()].sort(
    (a, b) => CONTENT_FIELD_ORDER.indexOf(a.field) - CONTENT_FIELD_ORDER.indexOf(b.field),
  );
}

export function summarise(changes: UncheckedChange[]): ItemChanges {
  return { fields: netChanges(changes), count: changes.length, since: changes[0]?.changed_at.toISOString() ?? null };
}

async function curatedItem(
  services: Services,
  viewer: Viewer | null,
  kind: ItemKind,
  id: string,
): Promise<GuardedItem> {
  const guard = guardOf(kind, await readableItem(services, kind, viewer, id));
  if (!mayCheckChanges(viewer, guard)) throw errors.forbidden();
  return guard;
}

export async function itemChanges(
  services: Services,
  viewer: Viewer | null,
  kind: ItemKind,
  id: string,
): Promise<ItemChanges> {
  await curatedItem(services, viewer, kind, id);
  return summarise(await uncheckedChangesOf(services.db, kind, id));
}

/** The unchecked changes for the item's page, when this viewer curates the item and some wait. */
export async function changesForPage(
  services: Services,
  viewer: Viewer | null,
  kind: ItemKind,
  id: string,
  guard: GuardedItem,
): Promise<ItemChanges | null> {
  if (!mayCheckChanges(viewer, guard)) return null;
  const changes = await uncheckedChangesOf(services.db, kind, id);
  return changes.length ? summarise(changes) : null;
}

/** Marks the item's changes as checked; returns how many there were. */
export async function checkChanges(
  services: Services,
  viewer: Viewer | null,
  kind: ItemKind,
  id: string,
): Promise<number> {
  if (!viewer) throw errors.unauthenticated();
  await curatedItem(services, viewer, kind, id);
  const now = services.now();
  return services.db.transaction().execute(async (tx) => {
    const checked = await markChecked(tx, kind, id, viewer.id, now);
    if (checked > 0) {
      await recordAudit(tx, {
        actorId: viewer.id,
        action: `${kind}.changes_checked`,
        objectType: kind,
        objectId: id,
        after: { checked, checkedAt: now.toISOString() },
      });
    }
    return checked;
  });
}
