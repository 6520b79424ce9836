// Challenges and solutions: posting, editing and moving through the review lifecycle, each change
// audited in the same transaction and announced to the matching index after it commits. What a kind
// adds (its columns and the checks of its content) comes in as its ItemContent.
import type { Insertable } from 'kysely';
import type { Services } from '../app-types.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import type { Viewer } from '../shared/viewer.ts';
import { errors, type FieldProblem } from '../shared/errors.ts';
import { recordEvent } from '../events/repository.ts';
import { recordAudit } from '../audit/repository.ts';
import { nextStatus, OPEN_STATUSES, LISTED_STATUSES, type Action } from './lifecycle.ts';
import { actorsFor, canCreateItemFor, canEditItem, canReadItem } from './permissions.ts';
import { noteContentChange, resolveOrganisation, statusFilter, transitionFields } from './service-support.ts';
import type { ItemFilter } from './filter.ts';
import { ITEM_KINDS } from './kinds.ts';
import * as repository from './repository.ts';
import type { ItemRows, ItemTables } from './repository.ts';
import { guardOf } from './presenter.ts';

/** What one kind of item adds to the kernel: how its input maps to columns and what its content must satisfy. */
export interface ItemContent<K extends ItemKind, Input extends object, Update extends object> {
  kind: K;
  /** The columns a new item has before its input's. */
  defaults: Partial<ItemRows[K]>;
  /** Input fields to columns; only the fields given are returned, so it serves updates too. */
  toColumns(input: Input | Update): Partial<ItemRows[K]>;
  /** What is wrong with the content to store (the stored row, if any, with the new columns over it). */
  problems(content: Partial<ItemRows[K]>, now: Date, before?: ItemRows[K]): FieldProblem[];
}

/** The fields every list query has; solutions' add maturity and pricing. */
export interface ItemListQuery {
  q?: string;
  sector?: string[];
  spearhead?: number[];
  region?: string[];
  language?: string[];
  status?: string[];
  page?: number;
  perPage?: number;
  maturity?: string[];
  pricing?: string[];
}

function check(problems: FieldProblem[]): void {
  if (problems.length) throw errors.validation(problems);
}

function announce(tx: Parameters<typeof recordEvent>[0], kind: ItemKind, id: string, status: string) {
  return recordEvent(tx, { type: 'item.changed', kind, id, status });
}

export async function createItem<K extends ItemKind, Input extends { organisationId?: string }>(
  services: Services,
  content: ItemContent<K, Input, object>,
  viewer: Viewer | null,
  input: Input,
): Promise<string> {
  const { kind } = content;
  if (!viewer) throw errors.unauthenticated();
  const organisationId = await resolveOrganisation(services.db, viewer, input.organisationId);
  if (!canCreateItemFor(viewer, organisationId)) throw errors.forbidden();
  const columns = { ...content.defaults, ...content.toColumns(input) };
  check(content.problems(columns, services.now()));
  const id = await services.db.transaction().execute(async (tx) => {
    const values = {
      ...columns,
      [ITEM_KINDS[kind].organisationColumn]: organisationId,
      created_by: viewer.id,
      status: 'draft',
    };
    const created = await repository.insertItem(tx, kind, values as Insertable<ItemTables[K]>);
    await recordAudit(tx, {
      actorId: viewer.id,
      action: `${kind}.created`,
      objectType: kind,
      objectId: created,
      after: values,
    });
    await announce(tx, kind, created, 'draft');
    return created;
  });
  await services.events.afterCommit();
  return id;
}

export async function readableItem<K extends ItemKind>(services: Services, kind: K, viewer: Viewer | null, id: string) {
  const row = await repository.findItem(services.db, kind, id);
  // An item the viewer may not read is reported as missing, so its existence does not leak.
  if (!row || !canReadItem(viewer, guardOf(kind, row))) throw errors.notFound();
  return row;
}

export async function changeItem<K extends ItemKind, Update extends object>(
  services: Services,
  content: ItemContent<K, object, Update>,
  viewer: Viewer | null,
  id: string,
  update: Update,
): Promise<void> {
  const { kind } = content;
  if (!viewer) throw errors.unauthenticated();
  await services.db.transaction().execute(async (tx) => {
    const before = await repository.findItemForUpdate(tx, kind, id);
    if (!before || !canReadItem(viewer, guardOf(kind, before))) throw errors.notFound();
    if (!canEditItem(viewer, guardOf(kind, before))) throw errors.forbidden();
    const columns = content.toColumns(update);
    check(content.problems({ ...before, ...columns }, services.now(), before));
    const changes = await noteContentChange(
      tx,
      viewer,
      { ...guardOf(kind, before), id, before },
      columns,
      services.now(),
    );
    await repository.updateItem(tx, kind, id, changes as never);
    await recordAudit(tx, {
      actorId: viewer.id,
      action: `${kind}.updated`,
      objectType: kind,
      objectId: id,
      before,
      after: changes,
    });
    await announce(tx, kind, id, before.status);
  });
  await services.events.afterCommit();
}

export async function transitionItem(
  services: Services,
  kind: ItemKind,
  viewer: Viewer | null,
  id: string,
  action: Action,
  reason?: string,
): Promise<string> {
  if (!viewer) throw errors.unauthenticated();
  const descriptor = ITEM_KINDS[kind];
  const status = await services.db.transaction().execute(async (tx) => {
    const before = await repository.findItemForUpdate(tx, kind, id);
    if (!before || !canReadItem(viewer, guardOf(kind, before))) throw errors.notFound();
    const guard = guardOf(kind, before);
    const actors = actorsFor(viewer, guard);
    if (actors.length === 0) throw errors.forbidden();
    const to = nextStatus(kind, action, before.status, actors);
    if (!to) throw errors.invalidTransition();
    const lifetime = descriptor.expires ? services.config.challengeLifetimeDays : null;
    const changes = transitionFields(action, to, reason, services.now(), lifetime);
    if (descriptor.assignsAmbassador && (action === 'publish' || action === 'send_back'))
      Object.assign(changes, { assigned_ambassador_id: guard.assignedAmbassadorId ?? viewer.id });
    await repository.updateItem(tx, kind, id, changes);
    await recordAudit(tx, {
      actorId: viewer.id,
      action: `${kind}.${action}`,
      objectType: kind,
      objectId: id,
      before: { status: before.status },
      after: changes,
    });
    await announce(tx, kind, id, to);
    return to;
  });
  await services.events.afterCommit();
  return status;
}

/** Items whose publication period has run out; run regularly by the server and the CLI. */
export async function expireDueItems(services: Services, kind: ItemKind): Promise<number> {
  const due = await repository.dueForExpiry(services.db, kind, services.now());
  for (const id of due) {
    await services.db.transaction().execute(async (tx) => {
      await repository.updateItem(tx, kind, id, { status: 'expired' });
      await recordAudit(tx, {
        actorId: null,
        action: `${kind}.expire`,
        objectType: kind,
        objectId: id,
        after: { status: 'expired' },
      });
      await announce(tx, kind, id, 'expired');
    });
  }
  if (due.length > 0) await services.events.afterCommit();
  return due.length;
}

export function itemFilter(kind: ItemKind, query: ItemListQuery, extra: Partial<ItemFilter> = {}): ItemFilter {
  const perPage = query.perPage ?? 20;
  const offerTerms = ITEM_KINDS[kind].offerTerms
    ? { maturities: query.maturity ?? [], pricings: query.pricing ?? [] }
    : {};
  return {
    statuses: statusFilter(query.status, LISTED_STATUSES[kind], OPEN_STATUSES[kind]),
    sectors: query.sector ?? [],
    spearheads: query.spearhead ?? [],
    regions: query.region ?? [],
    languages: query.language ?? [],
    ...offerTerms,
    text: query.q?.trim() || undefined,
    limit: perPage,
    offset: ((query.page ?? 1) - 1) * perPage,
    ...extra,
  };
}

/** One page of the items the viewer may see, for the routes (which do not query themselves). */
export function listVisibleItems<K extends ItemKind>(
  services: Services,
  kind: K,
  filter: ItemFilter,
  viewer: Viewer | null,
) {
  return repository.listItems(services.db, kind, filter, viewer);
}

export type ItemFacetCounts = repository.FacetCounts;
export type ItemWithOrganisation<K extends ItemKind> = repository.ItemWithOrganisation<K>;

/** How many visible items carry each facet value. */
export function countFacets(services: Services, kind: ItemKind, filter: ItemFilter, viewer: Viewer | null) {
  return repository.itemFacets(services.db, kind, filter, viewer);
}
