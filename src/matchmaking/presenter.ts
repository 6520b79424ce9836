// Events, participants and meeting requests as the API and the pages show them.
import { toBrusselsInput } from '../meetings/brussels-time.ts';
import { slotStarts } from './events.ts';
import type { EventRow, NamedParticipant, RequestRow } from './repository.ts';
import type { MatchmakingEvent, MeetingRequest, Participant } from './schemas.ts';

export function presentEvent(event: EventRow, baseUrl: string, now: Date): MatchmakingEvent {
  return {
    id: event.id,
    name: event.name,
    description: event.description,
    start: event.starts_at.toISOString(),
    end: event.ends_at.toISOString(),
    startBrussels: toBrusselsInput(event.starts_at),
    endBrussels: toBrusselsInput(event.ends_at),
    slotMinutes: event.slot_minutes,
    tables: event.table_count,
    slots: slotStarts(event).map((start, slot) => ({
      slot,
      start: start.toISOString(),
      startBrussels: toBrusselsInput(start),
    })),
    address: event.address,
    onlineUrl: event.online_url,
    registrationDeadline: event.registration_deadline.toISOString(),
    registrationOpen: now < event.registration_deadline,
    sectors: event.sectors,
    spearheads: event.spearheads,
    changedAt: event.changed_at?.toISOString() ?? null,
    changes: event.changes as MatchmakingEvent['changes'],
    links: {
      self: `${baseUrl}/api/v1/events/${event.id}`,
      page: `${baseUrl}/events/${event.id}`,
      calendar: `${baseUrl}/events/${event.id}.ics`,
    },
  };
}

export function presentParticipant(row: NamedParticipant): Participant {
  return {
    id: row.id,
    eventId: row.event_id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    name: row.person_name,
    seeks: row.seeks,
    offers: row.offers,
    challengeIds: row.challenge_ids,
    solutionIds: row.solution_ids,
    availableSlots: row.available_slots,
  };
}

export const participantLabel = (p: NamedParticipant): string => `${p.person_name} (${p.organisation_name})`;

export function presentRequest(row: RequestRow, event: EventRow, names: Map<string, NamedParticipant>): MeetingRequest {
  const name = (id: string) => {
    const participant = names.get(id);
    return participant ? participantLabel(participant) : '';
  };
  return {
    id: row.id,
    eventId: row.event_id,
    fromParticipantId: row.from_participant,
    toParticipantId: row.to_participant,
    fromName: name(row.from_participant),
    toName: name(row.to_participant),
    reason: row.reason,
    status: row.status,
    slot: row.slot,
    table: row.table_number,
    start: row.slot === null ? null : (slotStarts(event)[row.slot]?.toISOString() ?? null),
    attendance: row.attendance,
  };
}
