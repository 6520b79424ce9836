// The SQL form of canReadItem (permissions.ts), so lists and counts only ever contain what the
// viewer may read. Both must change together; the permission tests exercise both.
import { sql, type RawBuilder } from 'kysely';
import type { Viewer } from '../shared/viewer.ts';
import { isAdmin, isAmbassador } from '../shared/viewer.ts';
import { LISTED_STATUSES, type ItemKind } from './lifecycle.ts';

const TABLE = { challenge: 'challenges', solution: 'solutions' } as const;
const OWNER = { challenge: 'owner_organisation_id', solution: 'provider_organisation_id' } as const;

function column(kind: ItemKind, name: string): RawBuilder<unknown> {
  return sql.ref(`${TABLE[kind]}.${name}`);
}

function curates(kind: ItemKind, viewer: Viewer): RawBuilder<boolean> {
  if (!isAmbassador(viewer)) return sql<boolean>`false`;
  if (viewer.spearheads.length === 0) return sql<boolean>`true`;
  const bySpearhead = sql<boolean>`${column(kind, 'spearheads')} && ${sql.val(viewer.spearheads)}::int[]`;
  if (kind === 'solution') return bySpearhead;
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
  const own = sql<boolean>`${column(kind, OWNER[kind])} = any(${sql.val(viewer.organisationIds)}::uuid[])`;
  const inReview = sql<boolean>`(${status} in ('submitted', 'sent_back') and ${curates(kind, viewer)})`;
  return sql<boolean>`(${own} or ${listed} or ${inReview})`;
}

/**
 * Everything visibleTo depends on, as a string: two viewers with the same scope see the same items,
 * so counts made for one may be shared with the other.
 */
export function visibilityScope(viewer: Viewer | null): string {
  if (!viewer) return 'anonymous';
  if (isAdmin(viewer)) return 'admin';
  const curator = isAmbassador(viewer) ? { ambassador: viewer.id, spearheads: viewer.spearheads } : {};
  return JSON.stringify({
    verified: viewer.emailVerified,
    organisations: [...viewer.organisationIds].sort(),
    ...curator,
  });
}
