// The personal export asks the visibility rule too, at the moment it is made: an item the person
// wrote but may no longer read (they left its organisation, or it was withdrawn) is listed by id
// only, notices are written out as the person may read them now, and audit events about such an
// item keep their action but not its contents.
import type { Database } from '../db/database.ts';
import type { Viewer } from '../shared/viewer.ts';
import { createTranslator } from '../i18n/translator.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import { loadItemFacts, mayRead, type ItemFacts } from '../items/withheld.ts';
import { notificationText } from '../notifications/texts.ts';
import { titlesFor } from '../notifications/titles.ts';

type Row = Record<string, unknown>;

const idOf = (row: Row) => String(row.id);

async function readableIds(db: Database, reader: Viewer, ids: Record<ItemKind, string[]>): Promise<Set<string>> {
  const facts: Map<string, ItemFacts> = await loadItemFacts(db, ids);
  return new Set([...facts.values()].filter((item) => mayRead(reader, item)).map((item) => item.id));
}

/** Items the person created: whole while they may read them, otherwise only that they wrote one. */
export async function readableItems(db: Database, reader: Viewer, kind: ItemKind, rows: Row[]): Promise<Row[]> {
  const readable = await readableIds(db, reader, { challenge: [], solution: [], [kind]: rows.map(idOf) });
  return rows.map((row) =>
    readable.has(idOf(row)) ? row : { id: row.id, created_at: row.created_at, withheld: true },
  );
}

/** Notices with their sentence, naming items as the person may read them now. */
export async function readableNotices(db: Database, reader: Viewer, rows: Row[]): Promise<Row[]> {
  const t = createTranslator(reader.locale);
  const notices = rows.map((row) => ({ kind: String(row.kind), params: (row.params ?? {}) as Record<string, string> }));
  const titles = await titlesFor(db, reader, t, notices);
  return rows.map((row, i) => ({ ...row, text: notificationText(t, notices[i]!, titles) }));
}

/** Audit events about an item the person may no longer read keep what happened, not the item's contents. */
export async function readableAudit(db: Database, reader: Viewer, rows: Row[]): Promise<Row[]> {
  const about = (kind: ItemKind) => rows.filter((row) => row.object_type === kind).map((row) => String(row.object_id));
  const readable = await readableIds(db, reader, { challenge: about('challenge'), solution: about('solution') });
  const hidden = (row: Row) =>
    (row.object_type === 'challenge' || row.object_type === 'solution') && !readable.has(String(row.object_id));
  return rows.map((row) => (hidden(row) ? { ...row, before: null, after: null, withheld: true } : row));
}
