// Pulling side: a partner's changes are fetched and checked in full first, then applied in one
// transaction (new and changed items upserted by their remote id, tombstoned ones withdrawn), so a
// partner that is down or answers garbage leaves the previous data exactly as it was. Failures are
// recorded and retried with back-off; successes are announced to the matching index.
import type { Services } from '../app-types.ts';
import type { Database } from '../db/database.ts';
import { recordAudit, type AuditEntry } from '../audit/repository.ts';
import { auditRow } from '../audit/repository.ts';
import type { ItemChanged } from '../events/types.ts';
import { recordEvents } from '../events/repository.ts';
import { errors } from '../shared/errors.ts';
import { backoffDelay } from './backoff.ts';
import { DEFAULT_PULL_OPTIONS, pullChanges, SyncFailure, type PullOptions } from './client.ts';
import * as repository from './repository.ts';
import type { FederatedChallenge, FederatedSolution, FederationPage, SyncOutcome, Tombstone } from './schemas.ts';

export interface SyncOptions extends PullOptions {
  /** How long after a successful sync the partner is due again. */
  intervalMs: number;
  random: () => number;
}

export const DEFAULT_SYNC_OPTIONS: SyncOptions = {
  ...DEFAULT_PULL_OPTIONS,
  intervalMs: 60 * 60_000,
  random: Math.random,
};

// The next sync asks for changes a little before the partner's clock said the last one began: a
// transaction there may commit with an older update time. Re-reading is harmless (upserts).
const OVERLAP_MS = 60_000;

// Up to this many changes are announced to people one by one, as bulk import does.
const ANNOUNCE_LIMIT = 500;

interface Work {
  tx: Database;
  partner: repository.PartnerRow;
  now: Date;
  organisations: Map<string, string>;
  audit: AuditEntry[];
  changes: ItemChanged[];
  outcome: SyncOutcome;
}

async function organisationId(work: Work, item: FederatedChallenge | FederatedSolution): Promise<string> {
  const number = `fed:${work.partner.id}:${item.organisation.id}`;
  let id = work.organisations.get(number);
  if (!id) {
    const { name, kind, isSme, country } = item.organisation;
    id = await repository.upsertOrganisation(work.tx, {
      enterprise_number: number,
      name,
      kind,
      is_sme: isSme,
      country,
    });
    work.organisations.set(number, id);
  }
  return id;
}

function challengeColumns(item: FederatedChallenge, owner: string) {
  return {
    title: item.title,
    description: item.description,
    sectors: item.sectors,
    spearheads: item.spearheads,
    language: item.language,
    status: item.status,
    region: item.region,
    urgency: item.urgency,
    deadline: item.deadline,
    duration_months: item.durationMonths,
    desired_kinds: item.desiredKinds,
    owner_organisation_id: owner,
    classification: 'public' as const,
    expires_at: null,
  };
}

function solutionColumns(item: FederatedSolution, owner: string) {
  return {
    title: item.title,
    description: item.description,
    sectors: item.sectors,
    spearheads: item.spearheads,
    language: item.language,
    status: item.status,
    kind: item.kind,
    technologies: item.technologies,
    trl: item.trl,
    market_stage: item.marketStage,
    pricing: item.pricing,
    free_months: item.freeMonths,
    regions_served: item.regionsServed,
    languages: item.languages,
    reference_text: item.references,
    provider_organisation_id: owner,
    classification: 'public' as const,
  };
}

type Kind = 'challenge' | 'solution';

async function upsertItem(work: Work, kind: Kind, item: FederatedChallenge | FederatedSolution): Promise<void> {
  const owner = await organisationId(work, item);
  const columns =
    kind === 'challenge'
      ? challengeColumns(item as FederatedChallenge, owner)
      : solutionColumns(item as FederatedSolution, owner);
  const remoteUpdatedAt = new Date(item.updatedAt);
  const mapping = await repository.findMapping(work.tx, work.partner.id, kind, item.id);
  let localId: string;
  if (!mapping) {
    const values = { ...columns, published_at: work.now, created_by: null };
    localId =
      kind === 'challenge'
        ? await repository.insertChallenge(work.tx, values as Parameters<typeof repository.insertChallenge>[1])
        : await repository.insertSolution(work.tx, values as Parameters<typeof repository.insertSolution>[1]);
    await repository.insertMapping(work.tx, {
      partner_id: work.partner.id,
      kind,
      remote_id: item.id,
      local_id: localId,
      remote_url: item.url,
      remote_updated_at: remoteUpdatedAt,
    });
    work.outcome.created += 1;
  } else {
    if (!mapping.withdrawn && mapping.remote_updated_at.getTime() === remoteUpdatedAt.getTime()) return;
    localId = mapping.local_id;
    if (kind === 'challenge')
      await repository.updateChallenge(work.tx, localId, columns as Parameters<typeof repository.updateChallenge>[2]);
    else await repository.updateSolution(work.tx, localId, columns as Parameters<typeof repository.updateSolution>[2]);
    await repository.updateMapping(work.tx, mapping, {
      remote_url: item.url,
      remote_updated_at: remoteUpdatedAt,
      withdrawn: false,
    });
    work.outcome.updated += 1;
  }
  work.audit.push({
    actorId: null,
    action: `${kind}.federated`,
    objectType: kind,
    objectId: localId,
    after: { partner: work.partner.id, remoteId: item.id, ...columns },
  });
  work.changes.push({ type: 'item.changed', kind, id: localId, status: item.status });
}

/** A withdrawn item is closed (challenge) or archived (solution): out of the catalogue and the matches, its history kept. */
async function withdrawItem(work: Work, tombstone: Tombstone): Promise<void> {
  const mapping = await repository.findMapping(work.tx, work.partner.id, tombstone.kind, tombstone.id);
  if (!mapping || mapping.withdrawn) return;
  const status = tombstone.kind === 'challenge' ? 'closed' : 'archived';
  if (tombstone.kind === 'challenge') await repository.updateChallenge(work.tx, mapping.local_id, { status });
  else await repository.updateSolution(work.tx, mapping.local_id, { status });
  await repository.updateMapping(work.tx, mapping, {
    withdrawn: true,
    remote_updated_at: new Date(tombstone.updatedAt),
  });
  work.audit.push({
    actorId: null,
    action: `${tombstone.kind}.federation_withdrawn`,
    objectType: tombstone.kind,
    objectId: mapping.local_id,
    after: { partner: work.partner.id, remoteId: tombstone.id, status },
  });
  work.changes.push({ type: 'item.changed', kind: tombstone.kind, id: mapping.local_id, status });
  work.outcome.withdrawn += 1;
}

async function applyPages(work: Work, pages: FederationPage[], options: SyncOptions): Promise<void> {
  for (const page of pages) {
    for (const item of page.challenges) await upsertItem(work, 'challenge', item);
    for (const item of page.solutions) await upsertItem(work, 'solution', item);
    for (const tombstone of page.withdrawn) await withdrawItem(work, tombstone);
  }
  const since = new Date(new Date((pages[0] as FederationPage).serverTime).getTime() - OVERLAP_MS);
  await repository.updatePartner(work.tx, work.partner.id, {
    status: 'ok',
    sync_since: since,
    last_sync_at: work.now,
    last_success_at: work.now,
    last_error: null,
    failure_count: 0,
    next_attempt_at: new Date(work.now.getTime() + options.intervalMs),
  });
  const { created, updated, withdrawn } = work.outcome;
  work.audit.push({
    actorId: null,
    action: 'federation.synced',
    objectType: 'federation_partner',
    objectId: work.partner.id,
    after: { created, updated, withdrawn },
  });
  if (work.audit.length) await work.tx.insertInto('audit_events').values(work.audit.map(auditRow)).execute();
}

async function recordFailure(
  services: Services,
  partner: repository.PartnerRow,
  message: string,
  now: Date,
  options: SyncOptions,
): Promise<SyncOutcome> {
  const failures = partner.failure_count + 1;
  const nextAttempt = new Date(now.getTime() + backoffDelay(failures, options.random));
  await services.db.transaction().execute(async (tx) => {
    await repository.updatePartner(tx, partner.id, {
      status: 'failing',
      last_sync_at: now,
      last_error: message,
      failure_count: failures,
      next_attempt_at: nextAttempt,
    });
    await recordAudit(tx, {
      actorId: null,
      action: 'federation.sync_failed',
      objectType: 'federation_partner',
      objectId: partner.id,
      after: { error: message, failures, nextAttempt },
    });
  });
  return { ok: false, created: 0, updated: 0, withdrawn: 0, error: message };
}

/** Pulls one partner's changes and applies them all, or records why not and when to try again. */
export async function syncPartner(
  services: Services,
  partnerId: string,
  options: SyncOptions = DEFAULT_SYNC_OPTIONS,
): Promise<SyncOutcome> {
  const partner = await repository.findActivePartner(services.db, partnerId);
  if (!partner) throw errors.notFound();
  const now = services.now();
  let pages: FederationPage[];
  try {
    pages = await pullChanges({ baseUrl: partner.base_url, key: partner.outbound_key }, partner.sync_since, options);
  } catch (error) {
    if (!(error instanceof SyncFailure)) throw error;
    return recordFailure(services, partner, error.message, now, options);
  }
  const outcome: SyncOutcome = { ok: true, created: 0, updated: 0, withdrawn: 0, error: null };
  const changes: ItemChanged[] = [];
  try {
    await services.db.transaction().execute(async (tx) => {
      const locked = await repository.lockPartner(tx, partner.id);
      if (!locked) throw errors.notFound();
      await applyPages(
        { tx, partner: locked, now, organisations: new Map(), audit: [], changes, outcome },
        pages,
        options,
      );
      // A large first sync reaches the index but is not announced item by item.
      const quiet = changes.length > ANNOUNCE_LIMIT;
      await recordEvents(
        tx,
        changes.map((change) => ({ ...change, quiet })),
      );
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'AppError') throw error;
    return recordFailure(
      services,
      partner,
      `could not apply the changes: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500),
      now,
      options,
    );
  }
  await services.events.afterCommit();
  return outcome;
}

/** Syncs every partner whose next attempt is due; one failing partner does not stop the others. */
export async function syncDuePartners(
  services: Services,
  options: SyncOptions = DEFAULT_SYNC_OPTIONS,
): Promise<SyncOutcome[]> {
  const due = await repository.duePartnerIds(services.db, services.now());
  const outcomes: SyncOutcome[] = [];
  for (const id of due) outcomes.push(await syncPartner(services, id, options));
  return outcomes;
}
