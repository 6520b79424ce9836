// Solutions (offers): posting, editing and review, audited and announced like challenges.
import type { Insertable } from 'kysely';
import type { Services } from '../app-types.ts';
import type { SolutionsTable } from '../db/schema.ts';
import type { Viewer } from '../shared/viewer.ts';
import { errors, type FieldProblem } from '../shared/errors.ts';
import { recordEvent } from '../events/repository.ts';
import { recordAudit } from '../audit/repository.ts';
import { LISTED_STATUSES, OPEN_STATUSES, nextStatus, type Action } from '../publication/lifecycle.ts';
import { actorsFor, canCreateItemFor, canEditItem, canReadItem } from '../publication/permissions.ts';
import {
  noteContentChange,
  resolveOrganisation,
  statusFilter,
  transitionFields,
} from '../publication/service-support.ts';
import type { ItemFilter } from '../publication/filter.ts';
import * as repository from './repository.ts';
import type { SolutionListQuery } from './schemas.ts';
import type { SolutionInput, SolutionUpdate } from './schemas.ts';
import { guardOf, toColumns } from './presenter.ts';

export interface OfferTerms {
  trl: number | null;
  market_stage: string | null;
  pricing: string;
  free_months: number | null;
}

/** What is wrong with the terms of an offer; the forms also run it beside the schema, to say everything at once. */
export function offerTermsProblems(terms: OfferTerms): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (terms.trl === null && terms.market_stage === null)
    problems.push({ field: 'trl', message: 'item.maturity_required' });
  if (terms.pricing === 'free_period' && terms.free_months === null)
    problems.push({ field: 'freeMonths', message: 'item.free_months_required' });
  return problems;
}

export function checkOfferTerms(terms: OfferTerms): void {
  const problems = offerTermsProblems(terms);
  if (problems.length) throw errors.validation(problems);
}

export async function createSolution(services: Services, viewer: Viewer | null, input: SolutionInput): Promise<string> {
  if (!viewer) throw errors.unauthenticated();
  const organisationId = await resolveOrganisation(services.db, viewer, input.organisationId);
  if (!canCreateItemFor(viewer, organisationId)) throw errors.forbidden();
  const columns = { trl: null, market_stage: null, free_months: null, ...toColumns(input) } as OfferTerms &
    ReturnType<typeof toColumns>;
  checkOfferTerms(columns);
  const id = await services.db.transaction().execute(async (tx) => {
    const values = { ...columns, provider_organisation_id: organisationId, created_by: viewer.id, status: 'draft' };
    const created = await repository.insertSolution(tx, values as Insertable<SolutionsTable>);
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'solution.created',
      objectType: 'solution',
      objectId: created,
      after: values,
    });
    await recordEvent(tx, { type: 'item.changed', kind: 'solution', id: created, status: 'draft' });
    return created;
  });
  await services.events.afterCommit();
  return id;
}

export async function readableSolution(services: Services, viewer: Viewer | null, id: string) {
  const row = await repository.findSolution(services.db, id);
  if (!row || !canReadItem(viewer, guardOf(row))) throw errors.notFound();
  return row;
}

export async function updateSolution(
  services: Services,
  viewer: Viewer | null,
  id: string,
  update: SolutionUpdate,
): Promise<void> {
  if (!viewer) throw errors.unauthenticated();
  await services.db.transaction().execute(async (tx) => {
    const before = await repository.findSolutionForUpdate(tx, id);
    if (!before || !canReadItem(viewer, guardOf(before))) throw errors.notFound();
    if (!canEditItem(viewer, guardOf(before))) throw errors.forbidden();
    const columns = toColumns(update);
    checkOfferTerms({ ...before, ...columns } as OfferTerms);
    const changes = await noteContentChange(tx, viewer, { ...guardOf(before), id, before }, columns, services.now());
    await repository.updateSolution(tx, id, changes);
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'solution.updated',
      objectType: 'solution',
      objectId: id,
      before,
      after: changes,
    });
    await recordEvent(tx, { type: 'item.changed', kind: 'solution', id, status: before.status });
  });
  await services.events.afterCommit();
}

export async function transitionSolution(
  services: Services,
  viewer: Viewer | null,
  id: string,
  action: Action,
  reason?: string,
): Promise<string> {
  if (!viewer) throw errors.unauthenticated();
  const status = await services.db.transaction().execute(async (tx) => {
    const before = await repository.findSolutionForUpdate(tx, id);
    if (!before || !canReadItem(viewer, guardOf(before))) throw errors.notFound();
    const actors = actorsFor(viewer, guardOf(before));
    if (actors.length === 0) throw errors.forbidden();
    const to = nextStatus('solution', action, before.status, actors);
    if (!to) throw errors.invalidTransition();
    const changes = transitionFields(action, to, reason, services.now(), null);
    await repository.updateSolution(tx, id, changes);
    await recordAudit(tx, {
      actorId: viewer.id,
      action: `solution.${action}`,
      objectType: 'solution',
      objectId: id,
      before: { status: before.status },
      after: changes,
    });
    await recordEvent(tx, { type: 'item.changed', kind: 'solution', id, status: to });
    return to;
  });
  await services.events.afterCommit();
  return status;
}

export function solutionFilter(query: SolutionListQuery, extra: Partial<ItemFilter> = {}): ItemFilter {
  const perPage = query.perPage ?? 20;
  return {
    statuses: statusFilter(query.status, LISTED_STATUSES.solution, OPEN_STATUSES.solution),
    sectors: query.sector ?? [],
    spearheads: query.spearhead ?? [],
    regions: query.region ?? [],
    languages: query.language ?? [],
    maturities: query.maturity ?? [],
    pricings: query.pricing ?? [],
    text: query.q?.trim() || undefined,
    limit: perPage,
    offset: ((query.page ?? 1) - 1) * perPage,
    ...extra,
  };
}
