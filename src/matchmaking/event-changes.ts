// An ambassador changes a matchmaking day before it starts, with the same checks as creating one.
// Participants' free slots and placed meetings follow their Brussels clock time into the new window
// (a slot or table that is gone drops out, and its meeting waits to be placed again); everyone
// registered is told, and the event's page says what changed.
import type { Services } from '../app-types.ts';
import type { Database } from '../db/database.ts';
import type { Viewer } from '../shared/viewer.ts';
import { errors } from '../shared/errors.ts';
import { isAmbassador } from '../shared/viewer.ts';
import { recordAudit } from '../audit/repository.ts';
import { toBrusselsInput } from '../meetings/brussels-time.ts';
import { checkedEvent, eventById, slotStarts } from './events.ts';
import { tellParticipant } from './participant-notices.ts';
import * as repository from './repository.ts';
import type { EventInput } from './schemas.ts';

type EventValues = ReturnType<typeof checkedEvent>;
export type EventChange = 'description' | 'time' | 'place' | 'tables' | 'deadline' | 'themes';

const sameList = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((value, n) => value === b[n]);

/** Which parts of the event an edit changes, in the words the event page uses. */
function changesBetween(before: repository.EventRow, after: EventValues): EventChange[] {
  const differs: Record<EventChange, boolean> = {
    description: before.name !== after.name || before.description !== after.description,
    time:
      before.starts_at.getTime() !== after.starts_at.getTime() ||
      before.ends_at.getTime() !== after.ends_at.getTime() ||
      before.slot_minutes !== after.slot_minutes,
    place: before.address !== after.address || before.online_url !== after.online_url,
    tables: before.table_count !== after.table_count,
    deadline: before.registration_deadline.getTime() !== after.registration_deadline.getTime(),
    themes: !sameList(before.sectors, after.sectors) || !sameList(before.spearheads, after.spearheads),
  };
  return (Object.keys(differs) as EventChange[]).filter((part) => differs[part]);
}

/** Old slot number → new one, for each old slot whose Brussels clock time is still a slot. */
function slotMap(before: repository.EventRow, after: EventValues): Map<number, number> {
  const clock = (start: Date) => toBrusselsInput(start).slice(11);
  const byClock = new Map<string, number>();
  slotStarts(after).forEach((start, slot) => {
    if (!byClock.has(clock(start))) byClock.set(clock(start), slot);
  });
  return new Map(
    slotStarts(before).flatMap((start, slot): [number, number][] => {
      const moved = byClock.get(clock(start));
      return moved === undefined ? [] : [[slot, moved]];
    }),
  );
}

/** Moves availabilities and placements into the new window; what has no place there any more drops out. */
async function followSlots(tx: Database, before: repository.EventRow, after: EventValues) {
  const map = slotMap(before, after);
  const moved = (slots: number[]) => slots.flatMap((slot) => map.get(slot) ?? []).sort((a, b) => a - b);
  for (const participant of await repository.participantsOf(tx, before.id)) {
    const slots = moved(participant.available_slots);
    if (!sameList(slots, participant.available_slots)) await repository.setAvailableSlots(tx, participant.id, slots);
  }
  const placed = (await repository.requestsOfEvent(tx, before.id)).filter((r) => r.slot !== null);
  await repository.clearAllPlacements(tx, before.id);
  const taken = new Set<string>();
  for (const request of placed) {
    const slot = map.get(request.slot as number);
    const table = request.table_number as number;
    if (slot === undefined || table > after.table_count || taken.has(`${slot}|${table}`)) continue;
    taken.add(`${slot}|${table}`);
    await repository.placeRequest(tx, request.id, {
      slot,
      table_number: table,
      placed_by: request.placed_by ?? 'scheduler',
    });
  }
}

/** An ambassador's change before the event starts; an edit that changes nothing stores and tells nothing. */
export async function updateEvent(
  services: Services,
  viewer: Viewer | null,
  eventId: string,
  input: EventInput,
): Promise<EventChange[]> {
  if (!viewer || !isAmbassador(viewer)) throw errors.forbidden();
  const before = await eventById(services, eventId);
  const now = services.now();
  if (now >= before.starts_at) throw errors.conflict('event_started', 'matchmaking.error_started');
  const after = checkedEvent(input, now, before.registration_deadline);
  const changes = changesBetween(before, after);
  if (changes.length === 0) return changes;
  await services.db.transaction().execute(async (tx) => {
    const all = [...new Set([...before.changes, ...changes])];
    await repository.updateEvent(tx, eventId, { ...after, changed_at: now, changes: all });
    if (changes.includes('time') || changes.includes('tables')) await followSlots(tx, before, after);
    const changed = { ...before, ...after };
    for (const participant of await repository.participantsOf(tx, eventId))
      await tellParticipant(services, tx, participant, 'matchmaking_event_changed', changed, `/events/${eventId}`);
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'matchmaking.event_changed',
      objectType: 'matchmaking_event',
      objectId: eventId,
      after: { changes },
    });
  });
  return changes;
}
