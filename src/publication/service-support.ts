// Rules shared by the challenge and solution services.
import type { Viewer } from '../accounts/viewer.ts';
import { errors } from '../shared/errors.ts';
import type { Action, ItemStatus } from './lifecycle.ts';

/** The organisation an item is posted for: the one named, or the viewer's only one. */
export function resolveOrganisation(viewer: Viewer, requested: string | undefined): string {
  const organisationId = requested ?? viewer.organisationIds[0];
  if (!organisationId) throw errors.validation([{ field: 'organisationId', message: 'item.organisation_required' }]);
  return organisationId;
}

/** The columns a lifecycle action sets besides the status. */
export function transitionFields(action: Action, to: ItemStatus, reason: string | undefined, now: Date, lifetimeDays: number | null): Record<string, unknown> {
  const fields: Record<string, unknown> = { status: to };
  if (action === 'send_back') {
    if (!reason) throw errors.validation([{ field: 'reason', message: 'item.reason_required' }]);
    fields.review_note = reason;
  }
  if (action === 'submit') Object.assign(fields, { submitted_at: now });
  if (action === 'publish') Object.assign(fields, { published_at: now, review_note: null });
  if ((action === 'publish' || action === 'renew') && lifetimeDays !== null) fields.expires_at = new Date(now.getTime() + lifetimeDays * 86_400_000);
  return fields;
}

/** Requested statuses limited to those that may be listed; by default the open ones. */
export function statusFilter(requested: string[] | undefined, listed: readonly string[], open: readonly string[]): string[] {
  const allowed = (requested ?? []).filter((s) => listed.includes(s));
  return allowed.length ? allowed : [...open];
}
