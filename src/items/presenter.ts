// What challenges and solutions present alike: the guard the permission rules judge, and the fields
// of the API shape both kinds share. Each kind adds its own fields (challenges/presenter.ts, solutions/presenter.ts).
import type { ItemKind } from '../shared/item-kind.ts';
import type { GuardedItem } from './permissions.ts';
import { ITEM_KINDS } from './kinds.ts';
import type { ItemRows, ItemWithOrganisation } from './repository.ts';

export function guardOf<K extends ItemKind>(kind: K, row: ItemRows[K]): GuardedItem {
  const descriptor = ITEM_KINDS[kind];
  const columns = row as Record<string, unknown>;
  return {
    kind,
    organisationId: columns[descriptor.organisationColumn] as string,
    classification: row.classification,
    status: row.status,
    spearheads: row.spearheads,
    ...(descriptor.assignsAmbassador ? { assignedAmbassadorId: columns.assigned_ambassador_id as string | null } : {}),
  };
}

export function iso(value: Date | null): string | null {
  return value ? value.toISOString() : null;
}

/** The organisation behind an item, as the API shows it. */
function organisationOf<K extends ItemKind>(kind: K, row: ItemWithOrganisation<K>) {
  return {
    id: guardOf(kind, row).organisationId,
    name: row.organisation_name,
    isSme: row.organisation_is_sme,
    verified: row.organisation_verified,
  };
}

/** The review and time fields and links every item carries. */
export function presentedRecord<K extends ItemKind>(kind: K, row: ItemWithOrganisation<K>) {
  const { path } = ITEM_KINDS[kind];
  return {
    organisation: organisationOf(kind, row),
    reviewNote: row.review_note,
    publishedAt: iso(row.published_at),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    links: { self: `/api/v1/${path}/${row.id}`, page: `/${path}/${row.id}` },
  };
}
