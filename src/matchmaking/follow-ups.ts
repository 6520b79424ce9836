// After a held matchmaking meeting, each of its two participants says once how it went: a next step or
// not a fit. A next step on a challenge and a solution the two registered (one from each) becomes their
// match, of origin 'event' and linked to the meeting, or links the match the pair already has; it counts
// as the speaker's side accepting, as an application or a request does, so when both participants name
// the same pair the match is accepted by both and introduced as usual (the double opt-in: each side said
// yes to that very pair, and the form says that contact details follow once both have).
import type { Services } from '../app-types.ts';
import type { Database } from '../db/database.ts';
import type { Viewer } from '../shared/viewer.ts';
import { errors } from '../shared/errors.ts';
import { recordAudit } from '../audit/repository.ts';
import { matchFromEvent } from '../matches/service.ts';
import { eventById, slotStarts } from './events.ts';
import * as repository from './repository.ts';
import * as followUpRepository from './follow-up-repository.ts';
import type { FollowUp, FollowUpInput, FollowUpResult, MatchPair } from './follow-up-schemas.ts';

/** Accepted and placed, not recorded as missed, and either recorded as held or its slot has begun. */
export function isHeld(request: repository.RequestRow, start: Date | undefined, now: Date): boolean {
  if (request.status !== 'accepted' || !start || request.attendance === 'no_show') return false;
  return request.attendance === 'held' || start <= now;
}

/** The pairs a next step can make a match of: a challenge of one and a solution of the other, readable by the viewer. */
export async function pairsBetween(
  services: Services,
  viewer: Viewer,
  mine: repository.ParticipantRow,
  theirs: repository.ParticipantRow,
): Promise<MatchPair[]> {
  const { challenges, solutions } = await followUpRepository.matchableItems(
    services.db,
    viewer,
    [...mine.challenge_ids, ...theirs.challenge_ids],
    [...mine.solution_ids, ...theirs.solution_ids],
  );
  const crosses = (challengeId: string, solutionId: string) =>
    (mine.challenge_ids.includes(challengeId) && theirs.solution_ids.includes(solutionId)) ||
    (theirs.challenge_ids.includes(challengeId) && mine.solution_ids.includes(solutionId));
  return challenges.flatMap((c) =>
    solutions
      .filter((s) => crosses(c.id, s.id))
      .map((s) => ({ challengeId: c.id, challengeTitle: c.title, solutionId: s.id, solutionTitle: s.title })),
  );
}

/** What the agenda shows for each meeting of the participant: what they said, or whether they may say it now. */
export async function followUpsOfAgenda(
  services: Services,
  viewer: Viewer,
  participant: repository.ParticipantRow,
  meetings: { request: repository.RequestRow; start: Date; other: repository.ParticipantRow | undefined }[],
): Promise<Map<string, FollowUp>> {
  const said = new Map(
    (await followUpRepository.followUpsOf(services.db, participant.id)).map((row) => [row.request_id, row]),
  );
  const result = new Map<string, FollowUp>();
  for (const { request, start, other } of meetings) {
    const row = said.get(request.id);
    const mayRecord = !row && other !== undefined && isHeld(request, start, services.now());
    const pairs = mayRecord && other ? await pairsBetween(services, viewer, participant, other) : [];
    result.set(request.id, { mayRecord, outcome: row?.outcome ?? null, matchId: row?.match_id ?? null, pairs });
  }
  return result;
}

/** The held meeting and the two participants; a meeting the viewer did not attend is reported as missing. */
async function viewersMeeting(services: Services, viewer: Viewer | null, eventId: string, requestId: string) {
  if (!viewer) throw errors.unauthenticated();
  const event = await eventById(services, eventId);
  const request = await repository.findRequest(services.db, eventId, requestId);
  const mine = await repository.participantOfPerson(services.db, eventId, viewer.id);
  if (!request || !mine || (request.from_participant !== mine.id && request.to_participant !== mine.id))
    throw errors.notFound();
  const otherId = request.from_participant === mine.id ? request.to_participant : request.from_participant;
  const theirs = await repository.findParticipant(services.db, eventId, otherId);
  if (!theirs) throw errors.notFound();
  const start = request.slot === null ? undefined : slotStarts(event)[request.slot];
  if (!isHeld(request, start, services.now())) throw errors.conflict('not_held', 'matchmaking.error_not_held');
  return { viewer, event, request, mine, theirs };
}

/** The pair a next step names; one the two registered is taken without asking, several need a choice. */
async function chosenPair(
  services: Services,
  meeting: Awaited<ReturnType<typeof viewersMeeting>>,
  input: FollowUpInput,
) {
  const pairs = await pairsBetween(services, meeting.viewer, meeting.mine, meeting.theirs);
  const named = input.challengeId !== undefined || input.solutionId !== undefined;
  if (!named && pairs.length <= 1) return pairs[0] ?? null;
  const pair = pairs.find((p) => p.challengeId === input.challengeId && p.solutionId === input.solutionId);
  if (!pair) throw errors.validation([{ field: 'pair', message: 'matchmaking.error_pair' }]);
  return pair;
}

export async function recordFollowUp(
  services: Services,
  viewer: Viewer | null,
  eventId: string,
  requestId: string,
  input: FollowUpInput,
): Promise<FollowUpResult> {
  const meeting = await viewersMeeting(services, viewer, eventId, requestId);
  const pair = input.outcome === 'next_step' ? await chosenPair(services, meeting, input) : null;
  const save = async (tx: Database, matchId: string | null) => {
    const row = { request_id: requestId, participant_id: meeting.mine.id, outcome: input.outcome, match_id: matchId };
    if (!(await followUpRepository.insertFollowUp(tx, row)))
      throw errors.conflict('follow_up_recorded', 'matchmaking.error_follow_up_recorded');
    await recordAudit(tx, {
      actorId: meeting.viewer.id,
      action: 'matchmaking.follow_up',
      objectType: 'matchmaking_event',
      objectId: eventId,
      after: { requestId, outcome: input.outcome, matchId },
    });
  };
  if (!pair) {
    await services.db.transaction().execute((tx) => save(tx, null));
    return { outcome: input.outcome, matchId: null };
  }
  const event = { ...pair, requestId, eventName: meeting.event.name };
  const match = await matchFromEvent(services, meeting.viewer, event, (tx, m) => save(tx, m.id));
  return { outcome: input.outcome, matchId: match.id };
}
