// Challenges: posting, editing and moving through the review lifecycle, each change audited in the
// same transaction and announced to the matching index after it commits.
import type { Insertable } from 'kysely';
import type { Services } from '../app-types.ts';
import type { ChallengesTable } from '../db/schema.ts';
import type { Viewer } from '../shared/viewer.ts';
import { errors } from '../shared/errors.ts';
import { recordEvent } from '../events/repository.ts';
import { recordAudit } from '../audit/repository.ts';
import { nextStatus, OPEN_STATUSES, LISTED_STATUSES, type Action } from '../publication/lifecycle.ts';
import { actorsFor, canCreateItemFor, canEditItem, canReadItem } from '../publication/permissions.ts';
import {
  noteContentChange,
  resolveOrganisation,
  statusFilter,
  transitionFields,
} from '../publication/service-support.ts';
import type { ItemFilter } from '../publication/filter.ts';
import * as repository from './repository.ts';
import type { ChallengeInput, ChallengeListQuery, ChallengeUpdate } from './schemas.ts';
import { guardOf, toColumns } from './presenter.ts';
import { belgianToday, horizonProblems } from './horizon.ts';

function checkHorizon(
  deadline: string | undefined | null,
  durationMonths: number | undefined | null,
  now: Date,
  keptDeadline?: string | null,
): void {
  const problems = horizonProblems(deadline, durationMonths, belgianToday(now), keptDeadline);
  if (problems.length) throw errors.validation(problems);
}

export async function createChallenge(
  services: Services,
  viewer: Viewer | null,
  input: ChallengeInput,
): Promise<string> {
  if (!viewer) throw errors.unauthenticated();
  const organisationId = await resolveOrganisation(services.db, viewer, input.organisationId);
  if (!canCreateItemFor(viewer, organisationId)) throw errors.forbidden();
  checkHorizon(input.deadline, input.durationMonths, services.now());
  const id = await services.db.transaction().execute(async (tx) => {
    const values = {
      ...toColumns(input),
      owner_organisation_id: organisationId,
      created_by: viewer.id,
      status: 'draft',
    };
    const created = await repository.insertChallenge(tx, values as Insertable<ChallengesTable>);
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'challenge.created',
      objectType: 'challenge',
      objectId: created,
      after: values,
    });
    await recordEvent(tx, { type: 'item.changed', kind: 'challenge', id: created, status: 'draft' });
    return created;
  });
  await services.events.afterCommit();
  return id;
}

export async function readableChallenge(services: Services, viewer: Viewer | null, id: string) {
  const row = await repository.findChallenge(services.db, id);
  // An item the viewer may not read is reported as missing, so its existence does not leak.
  if (!row || !canReadItem(viewer, guardOf(row))) throw errors.notFound();
  return row;
}

export async function updateChallenge(
  services: Services,
  viewer: Viewer | null,
  id: string,
  update: ChallengeUpdate,
): Promise<void> {
  if (!viewer) throw errors.unauthenticated();
  await services.db.transaction().execute(async (tx) => {
    const before = await repository.findChallengeForUpdate(tx, id);
    if (!before || !canReadItem(viewer, guardOf(before))) throw errors.notFound();
    if (!canEditItem(viewer, guardOf(before))) throw errors.forbidden();
    const changesHorizon = update.deadline !== undefined || update.durationMonths !== undefined;
    checkHorizon(
      changesHorizon ? update.deadline : before.deadline,
      changesHorizon ? update.durationMonths : before.duration_months,
      services.now(),
      before.deadline,
    );
    const changes = await noteContentChange(
      tx,
      viewer,
      { ...guardOf(before), id, before },
      toColumns(update),
      services.now(),
    );
    await repository.updateChallenge(tx, id, changes);
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'challenge.updated',
      objectType: 'challenge',
      objectId: id,
      before,
      after: changes,
    });
    await recordEvent(tx, { type: 'item.changed', kind: 'challenge', id, status: before.status });
  });
  await services.events.afterCommit();
}

export async function transitionChallenge(
  services: Services,
  viewer: Viewer | null,
  id: string,
  action: Action,
  reason?: string,
): Promise<string> {
  if (!viewer) throw errors.unauthenticated();
  const status = await services.db.transaction().execute(async (tx) => {
    const before = await repository.findChallengeForUpdate(tx, id);
    if (!before || !canReadItem(viewer, guardOf(before))) throw errors.notFound();
    const actors = actorsFor(viewer, guardOf(before));
    if (actors.length === 0) throw errors.forbidden();
    const to = nextStatus('challenge', action, before.status, actors);
    if (!to) throw errors.invalidTransition();
    const changes = transitionFields(action, to, reason, services.now(), services.config.challengeLifetimeDays);
    if (action === 'publish' || action === 'send_back')
      Object.assign(changes, { assigned_ambassador_id: before.assigned_ambassador_id ?? viewer.id });
    await repository.updateChallenge(tx, id, changes);
    await recordAudit(tx, {
      actorId: viewer.id,
      action: `challenge.${action}`,
      objectType: 'challenge',
      objectId: id,
      before: { status: before.status },
      after: changes,
    });
    await recordEvent(tx, { type: 'item.changed', kind: 'challenge', id, status: to });
    return to;
  });
  await services.events.afterCommit();
  return status;
}

/** Challenges whose publication period has run out; run regularly by the server and the CLI. */
export async function expireDueChallenges(services: Services): Promise<number> {
  const due = await repository.dueForExpiry(services.db, services.now());
  for (const id of due) {
    await services.db.transaction().execute(async (tx) => {
      await repository.updateChallenge(tx, id, { status: 'expired' });
      await recordAudit(tx, {
        actorId: null,
        action: 'challenge.expire',
        objectType: 'challenge',
        objectId: id,
        after: { status: 'expired' },
      });
      await recordEvent(tx, { type: 'item.changed', kind: 'challenge', id, status: 'expired' });
    });
  }
  if (due.length > 0) await services.events.afterCommit();
  return due.length;
}

export function challengeFilter(query: ChallengeListQuery, extra: Partial<ItemFilter> = {}): ItemFilter {
  const perPage = query.perPage ?? 20;
  return {
    statuses: statusFilter(query.status, LISTED_STATUSES.challenge, OPEN_STATUSES.challenge),
    sectors: query.sector ?? [],
    spearheads: query.spearhead ?? [],
    regions: query.region ?? [],
    languages: query.language ?? [],
    text: query.q?.trim() || undefined,
    limit: perPage,
    offset: ((query.page ?? 1) - 1) * perPage,
    ...extra,
  };
}
