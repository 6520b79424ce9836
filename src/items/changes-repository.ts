// Changes to published items that wait for the curating ambassador's check (published_changes).
import type { Database } from '../db/database.ts';
import type { ItemKind } from '../shared/item-kind.ts';

/** Field values by API field name, as the item held them before and after one change. */
export type FieldValues = Record<string, unknown>;

export interface PublishedChange {
  itemKind: ItemKind;
  itemId: string;
  changedBy: string;
  changedAt: Date;
  before: FieldValues;
  after: FieldValues;
}

export interface UncheckedChange {
  item_kind: ItemKind;
  item_id: string;
  changed_at: Date;
  before: FieldValues;
  after: FieldValues;
}

export async function insertPublishedChange(db: Database, change: PublishedChange): Promise<void> {
  await db
    .insertInto('published_changes')
    .values({
      item_kind: change.itemKind,
      item_id: change.itemId,
      changed_by: change.changedBy,
      changed_at: change.changedAt,
      before: JSON.stringify(change.before),
      after: JSON.stringify(change.after),
    })
    .execute();
}

/** The unchecked changes of one item, oldest first. */
export async function uncheckedChangesOf(db: Database, kind: ItemKind, itemId: string): Promise<UncheckedChange[]> {
  return (await db
    .selectFrom('published_changes')
    .select(['item_kind', 'item_id', 'changed_at', 'before', 'after'])
    .where('item_kind', '=', kind)
    .where('item_id', '=', itemId)
    .where('checked_at', 'is', null)
    .orderBy('changed_at')
    .orderBy('id')
    .execute()) as UncheckedChange[];
}

/** Marks every unchecked change of the item as checked; returns how many there were. */
export async function markChecked(
  db: Database,
  kind: ItemKind,
  itemId: string,
  personId: string,
  now: Date,
): Promise<number> {
  const rows = await db
    .updateTable('published_changes')
    .set({ checked_by: personId, checked_at: now })
    .where('item_kind', '=', kind)
    .where('item_id', '=', itemId)
    .where('checked_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length;
}
