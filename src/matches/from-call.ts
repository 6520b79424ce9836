// A decision in an open call that invites a respondent to a pilot or awards them: the pair of the call's
// challenge and the response's solution becomes an accepted match of origin 'call' (or the match the pair
// already has moves on to accepted); the caller links the response to it. Both sides said yes — the owner by deciding,
// the provider by responding with that solution — so the introduction follows by the usual rules.
import type { Database } from '../db/database.ts';
import type { MatchRow } from '../db/schema.ts';
import { errors } from '../shared/errors.ts';
import * as repository from './repository.ts';
import { writeStep } from './service.ts';
import { UNDECIDED } from './lifecycle.ts';

export interface CallPair {
  challengeId: string;
  solutionId: string;
  /** The call's name for the timeline ("came from the open call …"). */
  callName: string;
  decidedBy: string;
  now: Date;
}

/** In the caller's transaction; the caller runs the domain events' consumers after commit. */
export async function matchFromCall(tx: Database, pair: CallPair): Promise<MatchRow> {
  const inserted = await repository.insertMatch(tx, {
    challenge_id: pair.challengeId,
    solution_id: pair.solutionId,
    origin: 'call',
    created_by: pair.decidedBy,
    status: 'proposed',
    score: null,
    explanation: null,
    challenge_accepted_at: null,
    solution_accepted_at: null,
  });
  const existing = inserted ?? (await repository.findPair(tx, pair.challengeId, pair.solutionId));
  let match = existing && (await repository.findMatchForUpdate(tx, existing.id));
  if (!match) throw errors.notFound();
  const step = { actorId: pair.decidedBy, actorSide: 'challenge' as const };
  await writeStep(tx, { match, action: 'call', ...step }, pair.callName);
  if (UNDECIDED.includes(match.status)) {
    const changes = {
      status: 'accepted' as const,
      challenge_accepted_at: match.challenge_accepted_at ?? pair.now,
      solution_accepted_at: match.solution_accepted_at ?? pair.now,
    };
    await repository.updateMatch(tx, match.id, changes);
    const before = { status: match.status };
    match = { ...match, ...changes };
    await writeStep(tx, { match, action: 'accepted', ...step }, null, before);
  }
  return match;
}
