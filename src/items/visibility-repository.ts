// The SQL form of canReadItem (permissions.ts), so lists and counts only ever contain what the
// viewer may read. Both must change together; the permission tests exercise both.
import { sql, type RawBuilder } from 'kysely';
import type { Viewer } from '../shared/viewer.ts';
import { isAdmin, isAmbassador } from '../shared/viewer.ts';
import { LISTED_STATUSES } from './lifecycle.ts';
import { ITEM_KINDS } from './kinds.ts';
import type { ItemKind } from '../shared/item-kind.ts';

function column(kind: ItemKind, name: string): RawBuilder<unknown> {
  return sql.ref(`${ITEM_KINDS[kind].table}.${name}`);
}

function curates(kind: ItemKind, viewer: Viewer): RawBuilder<boolean> {
  if (!isAmbassador(viewer)) return sql<boolean>`false`;
  if (viewer.spearheads.length === 0) return sql<boolean>`true`;
  const bySpearhead = sql<boolean>`${column(kind, 'spearheads')} && ${sql.val(viewer.spearheads)}::int[]`;
  if (!ITEM_KINDS[kind].assignsAmbassador) return bySpearhead;
  return sql<boolean>`(${bySpearhead} or ${column(kind, 'assigned_ambassador_id')} = ${viewer.id})`;
}

function classificationAllows(kind: ItemKind, viewer: Viewer | null): RawBuilder<boolean> {
  const classification = column(kind, 'classification');
  if (!viewer) return sql<boolean>`${classification} = 'public'`;
  const internal = viewer.emailVerified ? sql<boolean>`${classification} = 'internal'` : sql<boolean>`false`;
  return sql<boolean>`(${classification} = 'public' or ${internal} or (${classification} = 'confidential' and ${curates(kind, viewer)}))`;
}

export function visibleTo(kind: ItemKind, viewer: Viewer | null): RawBuilder<boolean> {
  if (isAdmin(viewer)) return sql<boolean>`true`;
  const status = column(kind, 'status');
  const listed = sql<boolean>`(${status} in (${sql.join(LISTED_STATUSES[kind])}) and ${classificationAllows(kind, viewer)})`;
  if (!viewer) return listed;
  const own = sql<boolean>`${column(kind, ITEM_KINDS[kind].organisationColumn)} = any(${sql.val(viewer.organisationIds)}::uuid[])`;
  const inReview = sql<boolean>`(${status} in ('submitted', 'sent_back') and ${curates(kind, viewer)})`;
  return sql<boolean>`(${own} or ${listed} or ${inReview})`;
}
