// Matchmaking days as events: an ambassador creates one; anyone reads them. The window is given in
// Brussels time and stored in UTC; it is cut into slots of equal length, numbered from 0.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import { errors, type FieldProblem } from '../shared/errors.ts';
import { isAmbassador } from '../shared/viewer.ts';
import { recordAudit } from '../audit/repository.ts';
import { fromBrusselsInput } from '../meetings/brussels-time.ts';
import * as repository from './repository.ts';
import type { EventInput } from './schemas.ts';

export type { EventRow } from './repository.ts';

const DAY = 86_400_000;

type Window = Pick<repository.EventRow, 'starts_at' | 'ends_at' | 'slot_minutes'>;

/** The start of each slot that fits wholly in the window. */
export function slotStarts(event: Window): Date[] {
  const length = event.slot_minutes * 60_000;
  const count = Math.floor((event.ends_at.getTime() - event.starts_at.getTime()) / length);
  return Array.from({ length: count }, (_, n) => new Date(event.starts_at.getTime() + n * length));
}

export const slotEnd = (event: repository.EventRow, slot: number): Date =>
  new Date(event.starts_at.getTime() + (slot + 1) * event.slot_minutes * 60_000);

function isHttps(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The deadline may lie in the past only when an edit leaves it as it was (registration closed already). */
function timeProblems(input: EventInput, now: Date, problems: FieldProblem[], keptDeadline?: Date) {
  const start = fromBrusselsInput(input.start);
  const end = fromBrusselsInput(input.end);
  const deadline = fromBrusselsInput(input.registrationDeadline);
  if (!start) problems.push({ field: 'start', message: 'matchmaking.error_time' });
  else if (start <= now) problems.push({ field: 'start', message: 'matchmaking.error_past' });
  if (!end) problems.push({ field: 'end', message: 'matchmaking.error_time' });
  else if (
    start &&
    (end.getTime() - start.getTime() < input.slotMinutes * 60_000 || end.getTime() - start.getTime() > DAY)
  )
    problems.push({ field: 'end', message: 'matchmaking.error_window' });
  const kept = deadline !== null && deadline.getTime() === keptDeadline?.getTime();
  if (!deadline) problems.push({ field: 'registrationDeadline', message: 'matchmaking.error_time' });
  else if (start && (deadline > start || (deadline <= now && !kept)))
    problems.push({ field: 'registrationDeadline', message: 'matchmaking.error_deadline' });
  return { start, end, deadline };
}

function placeOf(input: EventInput, problems: FieldProblem[]) {
  const onlineUrl = input.onlineUrl?.trim() || null;
  const address = input.address?.trim() || null;
  if (!onlineUrl === !address) problems.push({ field: 'address', message: 'matchmaking.error_place' });
  else if (onlineUrl && !isHttps(onlineUrl)) problems.push({ field: 'onlineUrl', message: 'matchmaking.error_https' });
  return { online_url: onlineUrl, address };
}

/** The event's stored values from a form or API input; a validation error naming every wrong field. */
export function checkedEvent(input: EventInput, now: Date, keptDeadline?: Date) {
  const problems: FieldProblem[] = [];
  const { start, end, deadline } = timeProblems(input, now, problems, keptDeadline);
  const place = placeOf(input, problems);
  if (problems.length || !start || !end || !deadline) throw errors.validation(problems);
  return {
    name: input.name.trim(),
    description: input.description?.trim() ?? '',
    starts_at: start,
    ends_at: end,
    slot_minutes: input.slotMinutes,
    table_count: input.tables,
    registration_deadline: deadline,
    sectors: [...new Set(input.sectors)],
    spearheads: [...new Set(input.spearheads)],
    ...place,
  };
}

/** An ambassador creates an event; nothing is stored unless every field is right. */
export async function createEvent(services: Services, viewer: Viewer | null, input: EventInput): Promise<string> {
  if (!viewer || !isAmbassador(viewer)) throw errors.forbidden();
  const values = checkedEvent(input, services.now());
  return services.db.transaction().execute(async (tx) => {
    const id = await repository.insertEvent(tx, { ...values, created_by: viewer.id });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'matchmaking.event_created',
      objectType: 'matchmaking_event',
      objectId: id,
      after: { name: input.name },
    });
    return id;
  });
}

export async function eventById(services: Services, id: string): Promise<repository.EventRow> {
  const event = await repository.findEvent(services.db, id);
  if (!event) throw errors.notFound();
  return event;
}

/** Upcoming events (not ended) soonest first, and past ones latest first. */
export async function eventsByTime(services: Services) {
  const now = services.now();
  const all = await repository.allEvents(services.db);
  return {
    upcoming: all.filter((e) => e.ends_at > now),
    past: all.filter((e) => e.ends_at <= now).reverse(),
  };
}

/** When the list of events last changed, for the feed's Last-Modified. */
export const eventsChangedAt = (services: Services): Promise<Date | null> => repository.lastEventChange(services.db);

export async function takesPart(services: Services, eventId: string, personId: string): Promise<boolean> {
  return (await repository.participantOfPerson(services.db, eventId, personId)) !== undefined;
}
