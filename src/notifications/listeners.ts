// Who hears about what, as consumers of the domain events: every step of a match goes to both sides'
// members and the challenge's ambassador; a strong new match of a published item goes to both items'
// owners and the ambassador; a newly published item goes to those who follow it, its sectors or
// spearheads, or saved a search it fits, if they may read it. Notices name items by id; each reader
// sees what they may read (titles.ts). Each consumer runs once per event, in the event's transaction.
import type { Services } from '../app-types.ts';
import type { DomainEvent, ItemChanged, MatchStepTaken, SharedConsumer } from '../events/types.ts';
import type { MatchResult } from '../matching/engine/index.ts';
import { findMatch } from '../matches/repository.ts';
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

function isPublication(event: DomainEvent): event is ItemChanged {
  return event.type === 'item.changed' && event.status === 'published' && !event.quiet;
}

async function matchStepNotice(services: Services, step: MatchStepTaken): Promise<void> {
  const match = await findMatch(services.db, step.matchId);
  if (!match) return;
  const { challenge, solution } = await loadParties(services.db, match);
  const people = await membersOf(services.db, [challenge.owner_organisation_id, solution.provider_organisation_id]);
  if (challenge.assigned_ambassador_id) people.push(challenge.assigned_ambassador_id);
  await notify(
    services,
    people.filter((id) => id !== step.actorId),
    {
      kind: 'match_step',
      params: {
        challengeId: challenge.id,
        solutionId: solution.id,
        step: step.action,
        ...(await matchMailContext(services, match.id)),
      },
      link: `/matches/${match.id}`,
    },
  );
}

async function alreadyAnnounced(
  services: Services,
  kind: string,
  key: 'pair' | 'item',
  value: string,
): Promise<boolean> {
  const row = await services.db
    .selectFrom('notifications')
    .select('id')
    .where('kind', '=', kind)
    .where((eb) => eb(eb.ref('params', '->>').key(key as never), '=', value))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Only a newly published item is announced to its followers and saved searches, once. */
async function followNotices(services: Services, change: ItemChanged): Promise<void> {
  if (await alreadyAnnounced(services, 'followed_item', 'item', change.id)) return;
  const interested = await interestedPeople(services, change.kind, change.id);
  if (!interested) return;
  const path = change.kind === 'challenge' ? 'challenges' : 'solutions';
  const readers = await readersAmong(services, interested.personIds, interested.guard);
  await notify(services, readers, {
    kind: 'followed_item',
    params: { item: change.id, itemKind: change.kind },
    link: `/${path}/${change.id}`,
  });
}

async function strongMatchNotices(services: Services, change: ItemChanged, results: MatchResult[]): Promise<void> {
  for (const result of results.filter((r) => r.score >= services.config.strongMatchScore)) {
    const [challengeId, solutionId] = change.kind === 'challenge' ? [change.id, result.id] : [result.id, change.id];
    const pair = `${challengeId}:${solutionId}`;
    const [challenge, solution] = await Promise.all([
      findChallenge(services.db, challengeId),
      findSolution(services.db, solutionId),
    ]);
    if (!challenge || !solution || (await alreadyAnnounced(services, 'strong_match', 'pair', pair))) continue;
    const people = await membersOf(services.db, [challenge.owner_organisation_id, solution.provider_organisation_id]);
    if (challenge.assigned_ambassador_id) people.push(challenge.assigned_ambassador_id);
    const params = { challengeId, solutionId, percent: `${Math.round(result.score * 100)} %`, pair };
    // Each is sent to an item of the pair they may read: the challenge, or else their own solution.
    const challengeReaders = await readersAmong(services, people, challengeGuard(challenge));
    await notify(services, challengeReaders, { kind: 'strong_match', params, link: `/challenges/${challengeId}` });
    await notify(
      services,
      people.filter((id) => !challengeReaders.includes(id)),
      { kind: 'strong_match', params, link: `/solutions/${solutionId}` },
    );
  }
}

export const matchStepNotices: SharedConsumer = {
  name: 'match-step-notices',
  handles: (event) => event.type === 'match.step' && !QUIET_STEPS.includes(event.action),
  apply: (services, event) => matchStepNotice(services, event as MatchStepTaken),
};

export const followedItemNotices: SharedConsumer = {
  name: 'followed-item-notices',
  handles: isPublication,
  apply: (services, event) => followNotices(services, event as ItemChanged),
};

/** The matches are ranked before the transaction: the matching index is this instance's memory, not the database. */
export const strongMatchAnnouncements: SharedConsumer<MatchResult[]> = {
  name: 'strong-match-notices',
  handles: isPublication,
  prepare: async (services, event) => {
    await services.events.catchUp();
    const change = event as ItemChanged;
    return services.matching.matchesFor(change.kind, change.id, null, 5);
  },
  apply: (services, event, results) => strongMatchNotices(services, event as ItemChanged, results),
};

/** Resolves when every consequence due so far has been done and mailed (for tests and the CLI). */
export async function noticesSettled(services: Services): Promise<void> {
  await services.events.settled();
}
