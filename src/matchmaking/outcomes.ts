// After a matchmaking day: the organiser records whether each placed meeting was held or someone did
// not come, and the event's figures (participants, the share of SMEs among their organisations,
// meetings requested, placed, held, missed) come from what was recorded.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import { errors } from '../shared/errors.ts';
import { recordAudit } from '../audit/repository.ts';
import { eventById, slotStarts } from './events.ts';
import * as repository from './repository.ts';

export type Attendance = 'held' | 'no_show';

/** For a placed meeting whose slot has begun; recorded again, the later answer counts. */
export async function recordAttendance(
  services: Services,
  viewer: Viewer,
  eventId: string,
  requestId: string,
  attendance: Attendance,
): Promise<void> {
  const event = await eventById(services, eventId);
  const request = await repository.findRequest(services.db, eventId, requestId);
  if (!request) throw errors.notFound();
  const start = request.slot === null ? undefined : slotStarts(event)[request.slot];
  if (request.status !== 'accepted' || !start) throw errors.invalidTransition();
  if (start > services.now()) throw errors.conflict('not_started', 'matchmaking.error_not_started');
  await services.db.transaction().execute(async (tx) => {
    await repository.recordAttendance(tx, requestId, attendance);
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'matchmaking.attendance',
      objectType: 'matchmaking_event',
      objectId: eventId,
      after: { requestId, attendance },
    });
  });
}

export interface EventFigures {
  participants: number;
  organisations: number;
  smeShare: number | null;
  requested: number;
  accepted: number;
  placed: number;
  held: number;
  noShows: number;
}

export async function eventFigures(services: Services, eventId: string): Promise<EventFigures> {
  await eventById(services, eventId);
  const participants = await repository.participantsOf(services.db, eventId);
  const requests = await repository.requestsOfEvent(services.db, eventId);
  const organisations = new Map(participants.map((p) => [p.organisation_id, p.is_sme]));
  const smes = [...organisations.values()].filter(Boolean).length;
  const accepted = requests.filter((r) => r.status === 'accepted');
  return {
    participants: participants.length,
    organisations: organisations.size,
    smeShare: organisations.size ? Math.round((smes / organisations.size) * 1000) / 1000 : null,
    requested: requests.length,
    accepted: accepted.length,
    placed: accepted.filter((r) => r.slot !== null).length,
    held: requests.filter((r) => r.attendance === 'held').length,
    noShows: requests.filter((r) => r.attendance === 'no_show').length,
  };
}
