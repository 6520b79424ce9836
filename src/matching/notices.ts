// A strong new match of a newly published item is told to both items' owners and the challenge's
// ambassador, once per pair: a consumer of the item's events.
import type { Services } from '../app-types.ts';
import { isPublication, type ItemChanged, type SharedConsumer } from '../events/types.ts';
import { findItem } from '../items/repository.ts';
import { guardOf } from '../items/presenter.ts';
import { announcedBefore, membersOf } from '../notifications/repository.ts';
import { notify, readersAmong } from '../notifications/service.ts';
import type { MatchResult } from './engine/index.ts';

async function strongMatchNotices(services: Services, change: ItemChanged, results: MatchResult[]): Promise<void> {
  for (const result of results.filter((r) => r.score >= services.config.strongMatchScore)) {
    const [challengeId, solutionId] = change.kind === 'challenge' ? [change.id, result.id] : [result.id, change.id];
    const pair = `${challengeId}:${solutionId}`;
    const [challenge, solution] = await Promise.all([
      findItem(services.db, 'challenge', challengeId),
      findItem(services.db, 'solution', solutionId),
    ]);
    if (!challenge || !solution || (await announcedBefore(services.db, 'strong_match', 'pair', pair))) continue;
    const people = await membersOf(services.db, [challenge.owner_organisation_id, solution.provider_organisation_id]);
    if (challenge.assigned_ambassador_id) people.push(challenge.assigned_ambassador_id);
    const params = { challengeId, solutionId, percent: `${Math.round(result.score * 100)} %`, pair };
    // Each is sent to an item of the pair they may read: the challenge, or else their own solution.
    const challengeReaders = await readersAmong(services, people, guardOf('challenge', challenge));
    await notify(services, challengeReaders, { kind: 'strong_match', params, link: `/challenges/${challengeId}` });
    await notify(
      services,
      people.filter((id) => !challengeReaders.includes(id)),
      { kind: 'strong_match', params, link: `/solutions/${solutionId}` },
    );
  }
}

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
