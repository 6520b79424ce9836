// Every step of a match is told to both sides' members and the challenge's ambassador, as a consumer
// of the match's events (once per event, in the event's transaction). Notices name items by id; each
// reader sees what they may read (notifications/titles.ts).
import type { Services } from '../app-types.ts';
import type { MatchStepTaken, SharedConsumer } from '../events/types.ts';
import { membersOf } from '../notifications/repository.ts';
import { notify } from '../notifications/service.ts';
import { findMatch } from './repository.ts';
import { loadParties } from './parties.ts';
import { matchMailContext } from './mail-context.ts';

// Engine suggestions are announced as strong matches instead, when their items are published; a match
// coming from a matchmaking day or an open call is announced by the acceptance that comes with it.
const QUIET_STEPS = ['engine', 'event', 'call'];

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

export const matchStepNotices: SharedConsumer = {
  name: 'match-step-notices',
  handles: (event) => event.type === 'match.step' && !QUIET_STEPS.includes(event.action),
  apply: (services, event) => matchStepNotice(services, event as MatchStepTaken),
};
