// Who may see and change a challenge or solution. Each rule is small, named and tested on its own.
import type { Viewer } from '../shared/viewer.ts';
import { isAdmin, isAmbassador } from '../shared/viewer.ts';
import { LISTED_STATUSES, REVIEW_STATUSES, type Actor } from './lifecycle.ts';
import type { ItemKind } from '../shared/item-kind.ts';

export interface GuardedItem {
  kind: ItemKind;
  organisationId: string;
  classification: 'public' | 'internal' | 'confidential';
  status: string;
  spearheads: number[];
  assignedAmbassadorId?: string | null;
}

export function belongsToViewer(viewer: Viewer | null, item: GuardedItem): boolean {
  return viewer?.organisationIds.includes(item.organisationId) ?? false;
}

/** An ambassador curates the spearheads they are assigned to, and any item assigned to them. */
export function curatesItem(viewer: Viewer | null, item: GuardedItem): boolean {
  if (!viewer || !isAmbassador(viewer)) return false;
  if (isAdmin(viewer) || item.assignedAmbassadorId === viewer.id) return true;
  return viewer.spearheads.length === 0 || item.spearheads.some((s) => viewer.spearheads.includes(s));
}

/** Classification: public for everyone, internal for signed-in members, confidential for those involved. */
export function classificationAllows(viewer: Viewer | null, item: GuardedItem): boolean {
  if (item.classification === 'public') return true;
  if (!viewer) return false;
  if (item.classification === 'internal') return viewer.emailVerified;
  return belongsToViewer(viewer, item) || curatesItem(viewer, item);
}

export function canReadItem(viewer: Viewer | null, item: GuardedItem): boolean {
  if (belongsToViewer(viewer, item) || isAdmin(viewer)) return true;
  if (REVIEW_STATUSES.includes(item.status as never) || item.status === 'sent_back') return curatesItem(viewer, item);
  if (!LISTED_STATUSES[item.kind].includes(item.status as never)) return false;
  return classificationAllows(viewer, item);
}

export function canEditItem(viewer: Viewer | null, item: GuardedItem): boolean {
  if (isAdmin(viewer)) return true;
  const closed = ['solved', 'closed', 'archived'].includes(item.status);
  return !closed && (belongsToViewer(viewer, item) || (item.status !== 'draft' && curatesItem(viewer, item)));
}

export function canCreateItemFor(viewer: Viewer | null, organisationId: string): boolean {
  if (viewer === null) return false;
  return viewer.emailVerified && (viewer.organisationIds.includes(organisationId) || isAdmin(viewer));
}

/** The roles this viewer plays toward the item, which decide the lifecycle actions open to them. */
export function actorsFor(viewer: Viewer | null, item: GuardedItem): Actor[] {
  const actors: Actor[] = [];
  if (belongsToViewer(viewer, item) || isAdmin(viewer)) actors.push('owner');
  if (curatesItem(viewer, item)) actors.push('ambassador');
  return actors;
}

/**
 * Everything the visibility rules (and visibleTo, their SQL form) depend on, as a string: two viewers with the same scope see the same items,
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
