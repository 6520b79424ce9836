// The organiser's side of a matchmaking day: run the scheduler over the accepted requests (keeping the
// meetings placed by hand), or place one meeting by hand. Every participant whose agenda changed is
// told through the notifications.
import type { Services } from '../app-types.ts';
import type { Database } from '../db/database.ts';
import type { Viewer } from '../shared/viewer.ts';
import { errors, type FieldProblem } from '../shared/errors.ts';
import { recordAudit } from '../audit/repository.ts';
import { eventById, slotStarts } from './events.ts';
import { tellParticipant } from './participant-notices.ts';
import * as repository from './repository.ts';
import { scheduleMeetings, type ScheduleResult } from './scheduler.ts';

type Placement = { slot: number | null; table_number: number | null };
const samePlace = (a: Placement, b: Placement) => a.slot === b.slot && a.table_number === b.table_number;

/** Tells both sides of every request whose place changed that their agenda changed (once per person). */
async function announceChanges(
  services: Services,
  tx: Database,
  event: repository.EventRow,
  before: repository.RequestRow[],
  after: repository.RequestRow[],
) {
  const earlier = new Map(before.map((r) => [r.id, r]));
  const changed = after.filter((r) => {
    const old = earlier.get(r.id);
    return old !== undefined && !samePlace(old, r);
  });
  const participantIds = new Set(changed.flatMap((r) => [r.from_participant, r.to_participant]));
  for (const participant of await repository.participantsOf(tx, event.id))
    if (participantIds.has(participant.id))
      await tellParticipant(services, tx, participant, 'matchmaking_agenda', event);
}

/**
 * Runs the scheduler: the scheduler's earlier placements are redone, the organiser's kept as they are.
 * The scheduler counts tables from 0; people (and the stored table_number) from 1.
 */
export async function runSchedule(services: Services, viewer: Viewer, eventId: string): Promise<ScheduleResult> {
  const event = await eventById(services, eventId);
  return services.db.transaction().execute(async (tx) => {
    const before = await repository.requestsOfEvent(tx, eventId);
    const accepted = before.filter((r) => r.status === 'accepted');
    const participants = await repository.participantsOf(tx, eventId);
    const result = scheduleMeetings({
      slots: slotStarts(event).length,
      tables: event.table_count,
      participants: participants.map((p) => ({
        id: p.id,
        organisationId: p.organisation_id,
        available: p.available_slots,
      })),
      // Every accepted request, those placed by hand too: the scheduler keeps those where they are.
      requests: accepted.map((r) => ({ id: r.id, from: r.from_participant, to: r.to_participant })),
      fixed: accepted
        .filter((r) => r.placed_by === 'organiser')
        .map((r) => ({ requestId: r.id, slot: r.slot as number, table: (r.table_number as number) - 1 })),
    });
    await repository.clearSchedulerPlacements(tx, eventId);
    const byHand = new Set(accepted.filter((r) => r.placed_by === 'organiser').map((r) => r.id));
    for (const placed of result.placed.filter((p) => !byHand.has(p.requestId)))
      await repository.placeRequest(tx, placed.requestId, {
        slot: placed.slot,
        table_number: placed.table + 1,
        placed_by: 'scheduler',
      });
    await announceChanges(services, tx, event, before, await repository.requestsOfEvent(tx, eventId));
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'matchmaking.scheduled',
      objectType: 'matchmaking_event',
      objectId: eventId,
      after: { placed: result.placed.length, unplaced: result.unplaced.length },
    });
    return result;
  });
}

const pairOf = (a: string | undefined, b: string | undefined) => [a, b].sort().join('|');

type Conflict = 'error_not_free' | 'error_busy' | 'error_table_taken' | 'error_organisations_meet';

/**
 * Why the meeting cannot go in that slot at that table, by the scheduler's rules (null when it can):
 * either person not free then or already in a meeting, the table taken, or the two organisations
 * meeting then already. Named, so the organiser reads which rule it breaks.
 */
function placementConflict(
  request: repository.RequestRow,
  slot: number,
  table: number,
  others: repository.RequestRow[],
  participants: Map<string, repository.ParticipantRow>,
): Conflict | null {
  const sides = [request.from_participant, request.to_participant];
  if (sides.some((id) => !participants.get(id)?.available_slots.includes(slot))) return 'error_not_free';
  const organisationOf = (id: string) => participants.get(id)?.organisation_id;
  const pair = pairOf(organisationOf(sides[0] as string), organisationOf(sides[1] as string));
  const then = others.filter((other) => other.id !== request.id && other.slot === slot);
  if (then.some((other) => sides.includes(other.from_participant) || sides.includes(other.to_participant)))
    return 'error_busy';
  if (then.some((other) => other.table_number === table)) return 'error_table_taken';
  if (
    then.some((other) => pairOf(organisationOf(other.from_participant), organisationOf(other.to_participant)) === pair)
  )
    return 'error_organisations_meet';
  return null;
}

/** The organiser places one accepted meeting by hand; the scheduler keeps it where it is. */
export async function placeByHand(
  services: Services,
  viewer: Viewer,
  eventId: string,
  requestId: string,
  placement: { slot: number; table: number },
): Promise<void> {
  const event = await eventById(services, eventId);
  const request = await repository.findRequest(services.db, eventId, requestId);
  if (!request) throw errors.notFound();
  if (request.status !== 'accepted') throw errors.invalidTransition();
  const slots = slotStarts(event).length;
  const problems: FieldProblem[] = [];
  if (placement.slot >= slots)
    problems.push({ field: 'slot', message: 'matchmaking.error_slot', params: { max: slots - 1 } });
  if (placement.table > event.table_count)
    problems.push({ field: 'table', message: 'matchmaking.error_table', params: { max: event.table_count } });
  if (problems.length) throw errors.validation(problems);
  await services.db.transaction().execute(async (tx) => {
    const all = await repository.requestsOfEvent(tx, eventId);
    const participants = new Map((await repository.participantsOf(tx, eventId)).map((p) => [p.id, p]));
    const conflict = placementConflict(request, placement.slot, placement.table, all, participants);
    if (conflict) throw errors.conflict('slot_taken', `matchmaking.${conflict}`);
    await repository.placeRequest(tx, requestId, {
      slot: placement.slot,
      table_number: placement.table,
      placed_by: 'organiser',
    });
    await announceChanges(services, tx, event, all, await repository.requestsOfEvent(tx, eventId));
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'matchmaking.placed',
      objectType: 'matchmaking_event',
      objectId: eventId,
      after: { requestId, ...placement },
    });
  });
}
