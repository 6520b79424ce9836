// Rules shared by the challenge and solution services.
import type { Viewer } from '../shared/viewer.ts';
import type { Database } from '../db/database.ts';
import { errors } from '../shared/errors.ts';
import { organisationExists } from './repository.ts';
import { LISTED_STATUSES, type Action, type ItemStatus } from './lifecycle.ts';
import { curatesItem, type GuardedItem } from './permissions.ts';
import { insertPublishedChange, type FieldValues } from './changes-repository.ts';

/**
 * The organisation an item is posted for: the one named, or the viewer's only one. One named that does
 * not exist (an admin may post for any) is refused by field rather than left to the foreign key.
 */
export async function resolveOrganisation(
  db: Database,
  viewer: Viewer,
  requested: string | undefined,
): Promise<string> {
  const organisationId = requested ?? viewer.organisationIds[0];
  if (!organisationId) throw errors.validation([{ field: 'organisationId', message: 'item.organisation_required' }]);
  if (!viewer.organisationIds.includes(organisationId) && !(await organisationExists(db, organisationId))) {
    throw errors.validation([{ field: 'organisationId', message: 'field.invalid_choice' }]);
  }
  return organisationId;
}

/** The columns a lifecycle action sets besides the status. */
export function transitionFields(
  action: Action,
  to: ItemStatus,
  reason: string | undefined,
  now: Date,
  lifetimeDays: number | null,
): Record<string, unknown> {
  const fields: Record<string, unknown> = { status: to };
  if (action === 'send_back') {
    if (!reason) throw errors.validation([{ field: 'reason', message: 'item.reason_required' }]);
    fields.review_note = reason;
  }
  if (action === 'submit') Object.assign(fields, { submitted_at: now });
  if (action === 'publish') Object.assign(fields, { published_at: now, review_note: null });
  if ((action === 'publish' || action === 'renew') && lifetimeDays !== null)
    fields.expires_at = new Date(now.getTime() + lifetimeDays * 86_400_000);
  return fields;
}

/** Requested statuses limited to those that may be listed; by default the open ones. */
export function statusFilter(
  requested: string[] | undefined,
  listed: readonly string[],
  open: readonly string[],
): string[] {
  const allowed = (requested ?? []).filter((s) => listed.includes(s));
  return allowed.length ? allowed : [...open];
}

// The content columns of challenges and solutions by their API field names, in the forms' order.
const CONTENT_FIELDS: Readonly<Record<string, string>> = {
  title: 'title',
  description: 'description',
  kind: 'kind',
  technologies: 'technologies',
  sectors: 'sectors',
  spearheads: 'spearheads',
  region: 'region',
  regions_served: 'regionsServed',
  language: 'language',
  languages: 'languages',
  urgency: 'urgency',
  deadline: 'deadline',
  duration_months: 'durationMonths',
  desired_kinds: 'desiredKinds',
  trl: 'trl',
  market_stage: 'marketStage',
  pricing: 'pricing',
  free_months: 'freeMonths',
  reference_text: 'references',
  classification: 'classification',
};

/** The content fields in the order the forms show them. */
export const CONTENT_FIELD_ORDER: readonly string[] = Object.values(CONTENT_FIELDS);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The content fields an update really alters, with their values before and after; null when none. */
export function contentChange(before: object, columns: object): { before: FieldValues; after: FieldValues } | null {
  const [was, now] = [before as Record<string, unknown>, columns as Record<string, unknown>];
  const changed = Object.entries(CONTENT_FIELDS).filter(([column]) => column in now && !same(was[column], now[column]));
  if (changed.length === 0) return null;
  return {
    before: Object.fromEntries(changed.map(([column, field]) => [field, was[column] ?? null])),
    after: Object.fromEntries(changed.map(([column, field]) => [field, now[column] ?? null])),
  };
}

/**
 * A change to a published item's content by someone who does not curate it (a member of its owner)
 * waits for the curating ambassador's check, while the item stays online; curators' and admins' own
 * edits are their review.
 */
export function awaitsCheck(viewer: Viewer, item: GuardedItem): boolean {
  return LISTED_STATUSES[item.kind].includes(item.status as ItemStatus) && !curatesItem(viewer, item);
}

/**
 * Inside an update's transaction: queues the content change for the curator's check when it awaits
 * one, and returns the columns to store, with the moment the content changed when it did.
 */
export async function noteContentChange<C extends object>(
  tx: Database,
  viewer: Viewer,
  item: GuardedItem & { id: string; before: object },
  columns: C,
  now: Date,
): Promise<C & { content_changed_at?: Date }> {
  const change = contentChange(item.before, columns);
  if (!change) return columns;
  if (awaitsCheck(viewer, item)) {
    await insertPublishedChange(tx, {
      itemKind: item.kind,
      itemId: item.id,
      changedBy: viewer.id,
      changedAt: now,
      ...change,
    });
  }
  return { ...columns, content_changed_at: now };
}
