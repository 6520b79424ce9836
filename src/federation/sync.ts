// Following a partner's LDES: from where the follower stopped (its page and the members of that page
// already applied, kept in ldes_followers), each page is read and checked in full, then applied in one
// transaction together with the follower's new place, so a restart neither applies a member twice nor
// skips one, and a partner that is down or answers garbage leaves everything as it was. Failures are
// recorded and retried with back-off; every change is announced to the matching index.
import type { Services } from '../app-types.ts';
import { auditRow, recordAudit } from '../audit/repository.ts';
import { recordEvents } from '../events/repository.ts';
import { errors } from '../shared/errors.ts';
import { applyMember, type Work } from './apply.ts';
import { backoffDelay } from './backoff.ts';
import {
  DEFAULT_FOLLOW_OPTIONS,
  firstPage,
  readPage,
  SyncFailure,
  type FollowOptions,
  type StreamPage,
} from './follower.ts';
import * as repository from './repository.ts';
import type { SyncOutcome } from './schemas.ts';

export interface SyncOptions extends FollowOptions {
  /** How long after a successful sync the partner is due again. */
  intervalMs: number;
  random: () => number;
}

export const DEFAULT_SYNC_OPTIONS: SyncOptions = {
  ...DEFAULT_FOLLOW_OPTIONS,
  intervalMs: 60 * 60_000,
  random: Math.random,
};

// Up to this many changes in one sync are announced to people one by one, as bulk import does.
const ANNOUNCE_LIMIT = 500;

interface Place {
  pageUrl: string;
  seen: Set<string>;
}

async function startingPlace(services: Services, partner: repository.PartnerRow, options: SyncOptions): Promise<Place> {
  const state = await repository.followerState(services.db, partner.id);
  if (state) return { pageUrl: state.page_url, seen: new Set(state.members_seen) };
  return { pageUrl: await firstPage(partner.ldes_url, options), seen: new Set() };
}

/** Where the follower stands once `page` is applied: on the next page, or still on this open one. */
function placeAfter(page: StreamPage): Place {
  if (page.next) return { pageUrl: page.next, seen: new Set() };
  return { pageUrl: page.url, seen: new Set(page.members.map((member) => member.iri)) };
}

/** Applies the page's new members and moves the follower on, all or nothing. */
async function applyPage(services: Services, partnerId: string, page: StreamPage, place: Place, outcome: SyncOutcome) {
  const fresh = page.members.filter((member) => !place.seen.has(member.iri));
  const after = placeAfter(page);
  if (fresh.length === 0 && after.pageUrl === place.pageUrl && after.seen.size === place.seen.size) return after;
  const announced = outcome.created + outcome.updated + outcome.withdrawn;
  // Counted apart and added once committed: a page that fails counts for nothing.
  const counted: SyncOutcome = { ok: true, created: 0, updated: 0, withdrawn: 0, error: null };
  await services.db.transaction().execute(async (tx) => {
    const partner = await repository.lockPartner(tx, partnerId);
    if (!partner) throw errors.notFound();
    const work: Work = {
      tx,
      partner,
      now: services.now(),
      organisations: new Map(),
      audit: [],
      changes: [],
      outcome: counted,
    };
    for (const member of fresh) await applyMember(work, member);
    await repository.saveFollowerState(tx, partnerId, after.pageUrl, [...after.seen]);
    if (work.audit.length) await tx.insertInto('audit_events').values(work.audit.map(auditRow)).execute();
    // A large catch-up reaches the index but is not announced item by item.
    const quiet = announced + work.changes.length > ANNOUNCE_LIMIT;
    await recordEvents(
      tx,
      work.changes.map((change) => ({ ...change, quiet })),
    );
  });
  outcome.created += counted.created;
  outcome.updated += counted.updated;
  outcome.withdrawn += counted.withdrawn;
  await services.events.afterCommit();
  return after;
}

async function follow(services: Services, partner: repository.PartnerRow, options: SyncOptions, outcome: SyncOutcome) {
  let place = await startingPlace(services, partner, options);
  const read = new Set<string>();
  for (;;) {
    if (read.has(place.pageUrl)) throw new SyncFailure(`${place.pageUrl}: the partner's pages go round in a circle`);
    if (read.size >= options.maxPages) throw new SyncFailure(`more than ${options.maxPages} pages in one sync`);
    read.add(place.pageUrl);
    const page = await readPage(place.pageUrl, partner.ldes_url, options);
    const after = await applyPage(services, partner.id, page, place, outcome);
    if (!page.next) return;
    place = after;
  }
}

async function recordSuccess(services: Services, partnerId: string, outcome: SyncOutcome, options: SyncOptions) {
  const now = services.now();
  const { created, updated, withdrawn } = outcome;
  await services.db.transaction().execute(async (tx) => {
    await repository.updatePartner(tx, partnerId, {
      status: 'ok',
      last_sync_at: now,
      last_success_at: now,
      last_error: null,
      failure_count: 0,
      next_attempt_at: new Date(now.getTime() + options.intervalMs),
    });
    await recordAudit(tx, {
      actorId: null,
      action: 'federation.synced',
      objectType: 'federation_partner',
      objectId: partnerId,
      after: { created, updated, withdrawn },
    });
  });
}

async function recordFailure(
  services: Services,
  partner: repository.PartnerRow,
  message: string,
  outcome: SyncOutcome,
  options: SyncOptions,
): Promise<SyncOutcome> {
  const now = services.now();
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
  return { ...outcome, ok: false, error: message };
}

/** What to record of an error while following; undefined for the platform's own (not found), thrown on. */
function failureMessage(error: unknown): string | undefined {
  if (error instanceof SyncFailure) return error.message.slice(0, 500);
  if (!(error instanceof Error) || error.name === 'AppError') return undefined;
  return `could not apply the changes: ${error.message}`.slice(0, 500);
}

/**
 * Follows one partner's stream to its newest page, or records why not and when to try again. The
 * outcome counts what was applied, also when a later page failed (the pages before it stay applied).
 */
export async function syncPartner(
  services: Services,
  partnerId: string,
  options: SyncOptions = DEFAULT_SYNC_OPTIONS,
): Promise<SyncOutcome> {
  const partner = await repository.findActivePartner(services.db, partnerId);
  if (!partner) throw errors.notFound();
  const outcome: SyncOutcome = { ok: true, created: 0, updated: 0, withdrawn: 0, error: null };
  try {
    await follow(services, partner, options, outcome);
  } catch (error) {
    const message = failureMessage(error);
    if (message === undefined) throw error;
    return recordFailure(services, partner, message, outcome, options);
  }
  await recordSuccess(services, partner.id, outcome, options);
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
