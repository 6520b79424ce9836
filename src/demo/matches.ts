// Seeds the demo matches, each with a timeline spread over the time since its challenge was published, so the
// indicators see acceptances within and beyond 14 days and outcomes in several months.
import type { Database } from '../db/database.ts';
import { insertMatch, insertMatchEvent } from '../matches/repository.ts';
import { demoMatches, type DemoMatch } from './content/index.ts';

export interface SeededChallenge {
  id: string;
  publishedAt: Date;
}

/** The steps after a match was proposed, by how far it got. */
const STEPS: Record<DemoMatch['outcome'], readonly Step[]> = {
  declined: ['declined'],
  accepted: ['accepted'],
  introduced: ['accepted', 'introduced'],
  pilot: ['accepted', 'introduced', 'pilot'],
  deployed: ['accepted', 'introduced', 'pilot', 'deployed'],
};
type Step = 'accepted' | 'declined' | 'introduced' | 'pilot' | 'deployed';
type Side = 'challenge' | 'solution' | 'curator';
/** For whom the match was started: an application by the provider, a request by the challenge's owner. */
const STARTED_BY: Record<DemoMatch['origin'], Side | null> = {
  engine: null,
  ambassador: 'curator',
  application: 'solution',
  request: 'challenge',
};

/** The side that took a step: the side that did not start the match answers it; ambassadors record the outcomes. */
function sideOf(step: Step, origin: DemoMatch['origin']): Side {
  if (step === 'introduced' || step === 'pilot' || step === 'deployed') return 'curator';
  return STARTED_BY[origin] === 'challenge' ? 'solution' : 'challenge';
}
/** When each step happened, as a share of the time from the challenge's publication to the seeding. */
const MOMENTS: Record<Step | 'proposed', number> = {
  proposed: 0.05,
  accepted: 0.2,
  declined: 0.2,
  introduced: 0.35,
  pilot: 0.55,
  deployed: 0.8,
};

export async function seedDemoMatches(
  tx: Database,
  challenges: ReadonlyMap<string, SeededChallenge>,
  solutions: ReadonlyMap<string, string>,
  ambassadorId: string | null,
  now: Date,
): Promise<number> {
  for (const m of demoMatches) {
    const challenge = challenges.get(m.challenge)!;
    const at = (step: Step | 'proposed') =>
      new Date(challenge.publishedAt.getTime() + MOMENTS[step] * (now.getTime() - challenge.publishedAt.getTime()));
    const steps = STEPS[m.outcome];
    const decided = m.outcome === 'declined' ? null : at('accepted');
    const proposer = m.origin === 'ambassador' ? ambassadorId : null;
    const match = await insertMatch(tx, {
      challenge_id: challenge.id,
      solution_id: solutions.get(m.solution)!,
      origin: m.origin,
      score: null,
      explanation: null,
      status: m.outcome,
      challenge_accepted_at: decided,
      solution_accepted_at: decided,
      decline_reason: m.reason ?? null,
      created_by: proposer,
      created_at: at('proposed'),
      updated_at: at(steps.at(-1)!),
    });
    const matchId = match!.id;
    await insertMatchEvent(tx, {
      matchId,
      actorId: proposer,
      actorSide: STARTED_BY[m.origin],
      action: m.origin,
      occurredAt: at('proposed'),
    });
    for (const step of steps) {
      const side = sideOf(step, m.origin);
      await insertMatchEvent(tx, {
        matchId,
        actorId: side === 'curator' ? ambassadorId : null,
        actorSide: side,
        action: step,
        note: step === 'declined' ? m.reason : null,
        occurredAt: at(step),
      });
    }
  }
  return demoMatches.length;
}
