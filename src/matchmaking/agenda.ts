// A participant's personal agenda: their placed meetings in slot order, with whom, why and at which
// table, and after each held one how it went (follow-ups.ts). Only the person attending sees it: the
// page and the API take it from the session, so no address names another participant's agenda.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import { errors } from '../shared/errors.ts';
import { toBrusselsInput } from '../meetings/brussels-time.ts';
import { eventById, slotEnd, slotStarts } from './events.ts';
import { agendaCalendar } from './calendar.ts';
import { presentEvent, participantLabel } from './presenter.ts';
import * as repository from './repository.ts';
import { followUpsOfAgenda } from './follow-ups.ts';
import type { Agenda } from './schemas.ts';

async function agendaRows(services: Services, viewer: Viewer | null, eventId: string) {
  if (!viewer) throw errors.unauthenticated();
  const event = await eventById(services, eventId);
  const participant = await repository.participantOfPerson(services.db, eventId, viewer.id);
  if (!participant) throw errors.notFound();
  const names = new Map((await repository.participantsOf(services.db, eventId)).map((p) => [p.id, p]));
  const placed = (await repository.requestsOfParticipant(services.db, participant.id)).filter(
    (r) => r.status === 'accepted' && r.slot !== null && r.table_number !== null,
  );
  const starts = slotStarts(event);
  const meetings = placed.map((request) => {
    const slot = request.slot as number;
    const other = names.get(
      request.from_participant === participant.id ? request.to_participant : request.from_participant,
    );
    const start = starts[slot] ?? event.starts_at;
    return {
      request,
      other,
      requestId: request.id,
      with: other ? participantLabel(other) : '',
      reason: request.reason,
      slot,
      table: request.table_number as number,
      start,
      end: slotEnd(event, slot),
    };
  });
  return { event, participant, meetings };
}

export async function agendaOf(services: Services, viewer: Viewer | null, eventId: string): Promise<Agenda> {
  const { event, participant, meetings } = await agendaRows(services, viewer, eventId);
  const followUps = await followUpsOfAgenda(services, viewer as Viewer, participant, meetings);
  const baseUrl = services.config.baseUrl;
  return {
    event: presentEvent(event, baseUrl, services.now()),
    participantId: participant.id,
    meetings: meetings.map(({ request, other, ...m }) => ({
      ...m,
      start: m.start.toISOString(),
      end: m.end.toISOString(),
      startBrussels: toBrusselsInput(m.start),
      followUp: followUps.get(request.id) ?? { mayRecord: false, outcome: null, matchId: null, pairs: [] },
    })),
    calendar: `${baseUrl}/events/${eventId}/agenda.ics`,
  };
}

/** The agenda as an .ics file: one event per meeting, named after the other participant and the table. */
export async function agendaFile(
  services: Services,
  viewer: Viewer | null,
  eventId: string,
  tableLabel: (table: number) => string,
): Promise<string> {
  const { event, meetings } = await agendaRows(services, viewer, eventId);
  const host = new URL(services.config.baseUrl).host;
  return agendaCalendar(
    event,
    host,
    meetings.map((m) => ({
      requestId: m.requestId,
      title: `${event.name}: ${m.with}`,
      description: `${tableLabel(m.table)}\n${m.reason}`,
      start: m.start,
      end: m.end,
    })),
  );
}
