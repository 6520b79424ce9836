// Match records: materialising engine suggestions, applications, requests and proposals, each
// side's decision, and the outcomes an ambassador records. Every change is written with its
// timeline event, audit entry and domain event in one transaction; the challenge becoming matched,
// introductions and notices are the event's consumers (challenges/, introductions/, notifications/).
import type { Services } from '../app-types.ts';
import type { Database } from '../db/database.ts';
import type { MatchOrigin, MatchRow } from '../db/schema.ts';
import type { Viewer } from '../shared/viewer.ts';
import { errors } from '../shared/errors.ts';
import { recordAudit } from '../audit/repository.ts';
import { readableItem } from '../items/service.ts';
import { recordEvent } from '../events/repository.ts';
import { requireContactAllowed } from '../follows/service.ts';
import * as repository from './repository.ts';
import { loadParties, requireParty, rolesOf, type MatchParties, type MatchRoles } from './parties.ts';
import { canExpire, canRecordOutcome, statusAfterAcceptance, UNDECIDED, type Outcome } from './lifecycle.ts';

export interface MatchStep {
  match: MatchRow;
  action: string;
  actorId: string | null;
  /** For which side the actor acted; null when the platform itself took the step. */
  actorSide: repository.ActorSide | null;
}

/** The step's timeline entry, audit entry and domain event, in the transaction of the change. */
export async function writeStep(tx: Database, step: MatchStep, note?: string | null, before?: unknown): Promise<void> {
  await repository.insertMatchEvent(tx, {
    matchId: step.match.id,
    actorId: step.actorId,
    actorSide: step.actorSide,
    action: step.action,
    note,
  });
  await recordEvent(tx, {
    type: 'match.step',
    matchId: step.match.id,
    challengeId: step.match.challenge_id,
    solutionId: step.match.solution_id,
    action: step.action,
    status: step.match.status,
    actorId: step.actorId,
    actorSide: step.actorSide,
  });
  await recordAudit(tx, {
    actorId: step.actorId,
    action: `match.${step.action}`,
    objectType: 'match',
    objectId: step.match.id,
    before,
    after: { status: step.match.status, note },
  });
}

export async function readableMatch(services: Services, viewer: Viewer | null, id: string): Promise<MatchParties> {
  const match = await repository.findMatch(services.db, id);
  if (!match) throw errors.notFound();
  const parties = await loadParties(services.db, match);
  requireParty(viewer, parties);
  return parties;
}

const OPEN_CHALLENGE = ['published', 'matched', 'in_progress'];

interface NewMatch {
  origin: MatchOrigin;
  challengeId: string;
  solutionId: string;
  note?: string;
  score?: number;
  explanation?: unknown;
}

const ORIGIN_SIDE: Record<MatchOrigin, repository.ActorSide | null> = {
  engine: null,
  application: 'solution',
  request: 'challenge',
  ambassador: 'curator',
  event: null,
  call: null,
};

/** Who may start a match of each origin, given their roles toward both items. */
function mayStart(origin: MatchOrigin, roles: MatchRoles): boolean {
  if (origin === 'application') return roles.solutionSide;
  if (origin === 'request') return roles.challengeSide;
  if (origin === 'ambassador') return roles.curator;
  if (origin === 'event') return false;
  return roles.challengeSide || roles.solutionSide || roles.curator;
}

export async function startMatch(services: Services, viewer: Viewer | null, input: NewMatch): Promise<MatchRow> {
  if (!viewer) throw errors.unauthenticated();
  const challenge = await readableItem(services, 'challenge', viewer, input.challengeId);
  const solution = await readableItem(services, 'solution', viewer, input.solutionId);
  if (!mayStart(input.origin, rolesOf(viewer, { challenge, solution }))) throw errors.forbidden();
  if (input.origin === 'application')
    await requireContactAllowed(services, solution.provider_organisation_id, challenge.owner_organisation_id);
  if (input.origin === 'request')
    await requireContactAllowed(services, challenge.owner_organisation_id, solution.provider_organisation_id);
  if (!OPEN_CHALLENGE.includes(challenge.status) || solution.status !== 'published') throw errors.invalidTransition();
  const now = services.now();
  // The engine's suggestions are the platform's, whoever opened the page that kept them.
  const step = {
    action: input.origin,
    actorId: input.origin === 'engine' ? null : viewer.id,
    actorSide: ORIGIN_SIDE[input.origin],
  };
  const created = await services.db.transaction().execute(async (tx) => {
    const match = await repository.insertMatch(tx, {
      challenge_id: challenge.id,
      solution_id: solution.id,
      origin: input.origin,
      created_by: step.actorId,
      status: input.origin === 'engine' ? 'suggested' : 'proposed',
      score: input.score ?? null,
      explanation: input.explanation === undefined ? null : JSON.stringify(input.explanation),
      challenge_accepted_at: input.origin === 'request' ? now : null,
      solution_accepted_at: input.origin === 'application' ? now : null,
    });
    if (match) await writeStep(tx, { match, ...step }, input.note);
    return match;
  });
  if (!created) return existingPair(services, viewer, input);
  await services.events.afterCommit();
  return created;
}

/** Applying or requesting for a pair already matched is that side's acceptance of it. */
async function existingPair(services: Services, viewer: Viewer, input: NewMatch): Promise<MatchRow> {
  const match = await repository.findPair(services.db, input.challengeId, input.solutionId);
  if (!match) throw errors.notFound();
  if (input.origin === 'application' || input.origin === 'request') {
    if (UNDECIDED.includes(match.status))
      return (await decide(services, viewer, match.id, { decision: 'accept', note: input.note })).match;
  }
  if (input.origin === 'engine') return match;
  if (input.origin === 'ambassador' && match.status === 'suggested')
    return proposeSuggestion(services, viewer, match.id, input.note);
  throw errors.conflict('match_exists', 'matches.error_exists');
}

/** An ambassador proposing an engine suggestion puts it to both sides. */
async function proposeSuggestion(services: Services, viewer: Viewer, id: string, note?: string): Promise<MatchRow> {
  const step = await services.db.transaction().execute(async (tx) => {
    const before = await repository.findMatchForUpdate(tx, id);
    if (before?.status !== 'suggested') throw errors.conflict('match_exists', 'matches.error_exists');
    await repository.updateMatch(tx, id, { status: 'proposed' });
    const match = { ...before, status: 'proposed' as const };
    const step = { match, action: 'ambassador', actorId: viewer.id, actorSide: 'curator' as const };
    await writeStep(tx, step, note, { status: before.status });
    return step;
  });
  await services.events.afterCommit();
  return step.match;
}

/** The engine's best matches for an item, kept as `suggested` records the first time they are shown. */
export async function materialiseSuggestions(
  services: Services,
  viewer: Viewer | null,
  kind: 'challenge' | 'solution',
  id: string,
  limit = 5,
): Promise<MatchRow[]> {
  if (!viewer) throw errors.unauthenticated();
  const item = await readableItem(services, kind, viewer, id);
  const results = await services.matching.matchesFor(kind, item.id, viewer, limit);
  for (const result of results) {
    const pair =
      kind === 'challenge' ? { challengeId: id, solutionId: result.id } : { challengeId: result.id, solutionId: id };
    if (await repository.findPair(services.db, pair.challengeId, pair.solutionId)) continue;
    await startMatch(services, viewer, {
      origin: 'engine',
      ...pair,
      score: result.score,
      explanation: result.explanation,
    }).catch((error: unknown) => {
      if (!isSkippable(error)) throw error;
    });
  }
  return repository.matchesOfItem(services.db, kind, id);
}

/** Every match of an item, in any state; who may see which is for the caller to decide. */
export function matchesOfItem(services: Services, kind: 'challenge' | 'solution', id: string): Promise<MatchRow[]> {
  return repository.matchesOfItem(services.db, kind, id);
}

/** An engine result whose other item is closed or not visible is simply not suggested. */
function isSkippable(error: unknown): boolean {
  return error instanceof Error && ['invalid_transition', 'not_found', 'forbidden'].includes(error.message);
}

export interface Decision {
  decision: 'accept' | 'decline';
  reason?: string;
  note?: string;
}

export interface Decided {
  match: MatchRow;
  /** False when the decision repeated one already taken: nothing was written or sent. */
  changed: boolean;
}

/** Accepting again for a side that already accepted, or declining a declined match, changes nothing. */
function repeats(before: MatchRow, roles: MatchRoles, decision: Decision['decision']): boolean {
  if (decision === 'decline') return before.status === 'declined';
  if (before.status === 'declined' || before.status === 'expired') return false;
  const challengeDone = !roles.challengeSide || before.challenge_accepted_at !== null;
  const solutionDone = !roles.solutionSide || before.solution_accepted_at !== null;
  return challengeDone && solutionDone;
}

export async function decide(services: Services, viewer: Viewer | null, id: string, input: Decision): Promise<Decided> {
  if (!viewer) throw errors.unauthenticated();
  if (input.decision === 'decline' && !input.reason)
    throw errors.validation([{ field: 'reason', message: 'field.required' }]);
  const roles = rolesOf(viewer, await readableMatch(services, viewer, id));
  if (!roles.challengeSide && !roles.solutionSide) throw errors.forbidden();
  const now = services.now();
  const step = await services.db.transaction().execute(async (tx) => {
    const before = await repository.findMatchForUpdate(tx, id);
    if (!before) throw errors.notFound();
    // Under the row lock, so a double click's second request sees the first one's answer.
    if (repeats(before, roles, input.decision)) return { match: before, changed: false } as const;
    if (!UNDECIDED.includes(before.status)) throw errors.invalidTransition();
    const changes =
      input.decision === 'decline'
        ? { status: 'declined' as const, decline_reason: input.reason ?? null }
        : acceptance(before, roles, now);
    await repository.updateMatch(tx, id, changes);
    const match = { ...before, ...changes };
    const action =
      input.decision === 'decline' ? 'declined' : match.status === 'accepted' ? 'accepted' : 'accepted_by_one_side';
    const step = {
      match,
      action,
      actorId: viewer.id,
      actorSide: roles.challengeSide ? ('challenge' as const) : ('solution' as const),
    };
    await writeStep(tx, step, input.reason ?? input.note, { status: before.status });
    return step;
  });
  if (!('action' in step)) return step;
  await services.events.afterCommit();
  return { match: step.match, changed: true };
}

function acceptance(before: MatchRow, roles: MatchRoles, now: Date) {
  const challengeAt = before.challenge_accepted_at ?? (roles.challengeSide ? now : null);
  const solutionAt = before.solution_accepted_at ?? (roles.solutionSide ? now : null);
  return {
    challenge_accepted_at: challengeAt,
    solution_accepted_at: solutionAt,
    status: statusAfterAcceptance(challengeAt !== null, solutionAt !== null),
  };
}

export async function recordOutcome(
  services: Services,
  viewer: Viewer | null,
  id: string,
  outcome: Outcome,
  note?: string,
): Promise<MatchRow> {
  if (!viewer) throw errors.unauthenticated();
  if (outcome === 'declined' && !note) throw errors.validation([{ field: 'note', message: 'field.required' }]);
  const parties = await readableMatch(services, viewer, id);
  if (!rolesOf(viewer, parties).curator) throw errors.forbidden();
  const step = await services.db.transaction().execute(async (tx) => {
    const before = await repository.findMatchForUpdate(tx, id);
    if (!before || !canRecordOutcome(outcome, before.status)) throw errors.invalidTransition();
    const changes = {
      status: outcome,
      decline_reason: outcome === 'declined' ? (note ?? null) : before.decline_reason,
    };
    await repository.updateMatch(tx, id, changes);
    const match = { ...before, ...changes };
    const step = { match, action: outcome, actorId: viewer.id, actorSide: 'curator' as const };
    await writeStep(tx, step, note, { status: before.status });
    return step;
  });
  await services.events.afterCommit();
  return step.match;
}

/** Proposed matches nobody answered since `since` expire; both sides and the ambassador hear of it. */
export async function expireUnansweredMatches(services: Services, since: Date): Promise<number> {
  let expired = 0;
  for (const id of await repository.unansweredSince(services.db, since)) {
    const step = await services.db.transaction().execute(async (tx) => {
      // Re-checked under the row lock: a side may have answered since the list was read.
      const before = await repository.findMatchForUpdate(tx, id);
      if (!before || !canExpire(before.status) || before.updated_at > since) return null;
      await repository.updateMatch(tx, id, { status: 'expired' });
      const match = { ...before, status: 'expired' as const };
      const step = { match, action: 'expired', actorId: null, actorSide: null };
      await writeStep(tx, step, null, { status: before.status });
      return step;
    });
    if (!step) continue;
    expired += 1;
    await services.events.afterCommit();
  }
  return expired;
}

export interface EventPair {
  challengeId: string;
  solutionId: string;
  /** The matchmaking meeting the pair came from, and its event's name for the timeline. */
  requestId: string;
  eventName: string;
}

/**
 * A "next step" said after a matchmaking meeting: the pair's match, new (origin 'event') or the one it
 * already has, is linked once to that meeting ("came from <event>" on its timeline) and accepted for the
 * speaker's side, as an application or a request is; the other side still accepts as usual. `also`
 * writes the caller's own record in the same transaction.
 */
export async function matchFromEvent(
  services: Services,
  viewer: Viewer | null,
  pair: EventPair,
  also: (tx: Database, match: MatchRow) => Promise<void>,
): Promise<MatchRow> {
  if (!viewer) throw errors.unauthenticated();
  const challenge = await readableItem(services, 'challenge', viewer, pair.challengeId);
  const solution = await readableItem(services, 'solution', viewer, pair.solutionId);
  const roles = rolesOf(viewer, { challenge, solution });
  if (!roles.challengeSide && !roles.solutionSide) throw errors.forbidden();
  const side = roles.challengeSide ? ('challenge' as const) : ('solution' as const);
  const [from, to] = [challenge.owner_organisation_id, solution.provider_organisation_id];
  await requireContactAllowed(services, side === 'challenge' ? from : to, side === 'challenge' ? to : from);
  if (!OPEN_CHALLENGE.includes(challenge.status) || solution.status !== 'published') throw errors.invalidTransition();
  const match = await services.db.transaction().execute(async (tx) => {
    const inserted = await repository.insertMatch(tx, {
      challenge_id: challenge.id,
      solution_id: solution.id,
      origin: 'event',
      created_by: viewer.id,
      status: 'proposed',
      score: null,
      explanation: null,
      challenge_accepted_at: null,
      solution_accepted_at: null,
      matchmaking_request_id: pair.requestId,
    });
    const existing = inserted ?? (await repository.findPair(tx, challenge.id, solution.id));
    let match = existing && (await repository.findMatchForUpdate(tx, existing.id));
    if (!match) throw errors.notFound();
    const step = { actorId: viewer.id, actorSide: side };
    if (inserted || match.matchmaking_request_id === null) {
      if (!inserted) await repository.updateMatch(tx, match.id, { matchmaking_request_id: pair.requestId });
      match = { ...match, matchmaking_request_id: pair.requestId };
      await writeStep(tx, { match, action: 'event', ...step }, pair.eventName);
    }
    if (UNDECIDED.includes(match.status) && !repeats(match, roles, 'accept')) {
      const changes = acceptance(match, roles, services.now());
      await repository.updateMatch(tx, match.id, changes);
      const before = { status: match.status };
      match = { ...match, ...changes };
      const action = match.status === 'accepted' ? 'accepted' : 'accepted_by_one_side';
      await writeStep(tx, { match, action, ...step }, null, before);
    }
    await also(tx, match);
    return match;
  });
  await services.events.afterCommit();
  return match;
}
