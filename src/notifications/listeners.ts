// Who hears about what: every step of a match goes to both sides' members and the challenge's
// ambassador; a strong new match of a published item goes to both items' owners and the ambassador;
// a newly published item goes to those who follow it, its sectors or spearheads, or saved a search it
// fits, if they may read it. Notices name items by id; each reader sees what they may read (titles.ts).
import type { Services } from '../app-types.ts';
import type { ItemChange } from '../publication/events.ts';
import { onMatchStep, type MatchStep } from '../matches/service.ts';
import { loadParties } from '../matches/parties.ts';
import { matchMailContext } from '../matches/mail-context.ts';
import { findChallenge } from '../challenges/repository.ts';
import { findSolution } from '../solutions/repository.ts';
import { guardOf as challengeGuard } from '../challenges/presenter.ts';
import { membersOf } from './repository.ts';
import { notify, readersAmong } from './service.ts';
import { interestedPeople } from '../follows/matching.ts';

// Engine suggestions are announced as strong matches instead, when their items are published.
const QUIET_STEPS = ['engine'];

async function matchStepNotice(services: Services, step: MatchStep): Promise<void> {
  if (QUIET_STEPS.includes(step.action)) return;
  const { challenge, solution } = await loadParties(services.db, step.match);
  const people = await membersOf(services.db, [challenge.owner_organisation_id, solution.provider_organisation_id]);
  if (challenge.assigned_ambassador_id) people.push(challenge.assigned_ambassador_id);
  await notify(services, people.filter((id) => id !== step.actorId), {
    kind: 'match_step', params: { challengeId: challenge.id, solutionId: solution.id, step: step.action, ...(await matchMailContext(services, step.match.id)) }, link: `/matches/${step.match.id}`,
  });
}

async function alreadyAnnounced(services: Services, kind: string, key: 'pair' | 'item', value: string): Promise<boolean> {
  const row = await services.db.selectFrom('notifications').select('id').where('kind', '=', kind)
    .where((eb) => eb(eb.ref('params', '->>').key(key as never), '=', value)).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Only a newly published item is announced to its followers and saved searches, once. */
async function followNotices(services: Services, change: ItemChange): Promise<void> {
  if (change.status !== 'published' || (await alreadyAnnounced(services, 'followed_item', 'item', change.id))) return;
  const interested = await interestedPeople(services, change.kind, change.id);
  if (!interested) return;
  const path = change.kind === 'challenge' ? 'challenges' : 'solutions';
  const readers = await readersAmong(services, interested.personIds, interested.guard);
  await notify(services, readers, { kind: 'followed_item', params: { item: change.id, itemKind: change.kind }, link: `/${path}/${change.id}` });
}

async function strongMatchNotices(services: Services, change: ItemChange): Promise<void> {
  if (change.status !== 'published') return;
  const results = await services.matching.matchesFor(change.kind, change.id, null, 5);
  for (const result of results.filter((r) => r.score >= services.config.strongMatchScore)) {
    const [challengeId, solutionId] = change.kind === 'challenge' ? [change.id, result.id] : [result.id, change.id];
    const pair = `${challengeId}:${solutionId}`;
    const [challenge, solution] = await Promise.all([findChallenge(services.db, challengeId), findSolution(services.db, solutionId)]);
    if (!challenge || !solution || (await alreadyAnnounced(services, 'strong_match', 'pair', pair))) continue;
    const people = await membersOf(services.db, [challenge.owner_organisation_id, solution.provider_organisation_id]);
    if (challenge.assigned_ambassador_id) people.push(challenge.assigned_ambassador_id);
    const params = { challengeId, solutionId, percent: `${Math.round(result.score * 100)} %`, pair };
    // Each is sent to an item of the pair they may read: the challenge, or else their own solution.
    const challengeReaders = await readersAmong(services, people, challengeGuard(challenge));
    await notify(services, challengeReaders, { kind: 'strong_match', params, link: `/challenges/${challengeId}` });
    await notify(services, people.filter((id) => !challengeReaders.includes(id)), { kind: 'strong_match', params, link: `/solutions/${solutionId}` });
  }
}

const pending = new WeakMap<Services, Set<Promise<void>>>();

/** Runs a notice in the background, keeping it findable for `noticesSettled`. */
function track(services: Services, work: Promise<void>, onError: (error: unknown) => void): void {
  const set = pending.get(services) ?? new Set();
  pending.set(services, set);
  const tracked = work.catch(onError).finally(() => set.delete(tracked));
  set.add(tracked);
}

/** Resolves when every notice started so far has been written and mailed (for tests and shutdown). */
export async function noticesSettled(services: Services): Promise<void> {
  while (pending.get(services)?.size) await Promise.all(pending.get(services) ?? []);
}

let stepsRegistered = false;
const errorHandlers = new WeakMap<Services, (error: unknown) => void>();

export function registerNoticeListeners(services: Services, onError: (error: unknown) => void): void {
  errorHandlers.set(services, onError);
  services.events.on('changed', (change) => {
    track(services, strongMatchNotices(services, change), onError);
    track(services, followNotices(services, change), onError);
  });
  // Match steps are announced module-wide; each carries the services it happened in.
  if (stepsRegistered) return;
  stepsRegistered = true;
  onMatchStep(async (stepServices, step) => track(stepServices, matchStepNotice(stepServices, step), errorHandlers.get(stepServices) ?? onError));
}
