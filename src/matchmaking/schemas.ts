// The shapes of matchmaking days in the API, validated and documented from these TypeBox schemas.
// Times come in as Brussels wall-clock times (as a datetime-local field sends them) and go out as UTC
// instants with the Brussels time beside them. Slots are numbered from 0 within the event's window.
import { Type, type Static } from 'typebox';
import { SECTORS, SPEARHEAD_NUMBERS } from '../taxonomy/taxonomy.ts';
import { FollowUp } from './follow-up-schemas.ts';

const brussels = (what: string) =>
  Type.String({ description: `${what}, Brussels local time`, examples: ['2027-03-18T09:00'] });

export const EventInput = Type.Object({
  name: Type.String({ minLength: 3, maxLength: 200 }),
  description: Type.Optional(Type.String({ maxLength: 4000 })),
  start: brussels('Start of the meeting window'),
  end: brussels('End of the meeting window, the same day'),
  slotMinutes: Type.Integer({ minimum: 5, maximum: 120, description: 'Length of each meeting slot' }),
  tables: Type.Integer({ minimum: 1, maximum: 500, description: 'Meetings that can run at once' }),
  address: Type.Optional(Type.String({ maxLength: 500, description: 'Where it takes place; or an online link' })),
  onlineUrl: Type.Optional(Type.String({ maxLength: 500, description: 'An https:// link; or an address' })),
  registrationDeadline: brussels('Last moment to register'),
  sectors: Type.Array(Type.Enum(Object.keys(SECTORS)), { maxItems: 14, description: 'Target sectors' }),
  spearheads: Type.Array(Type.Enum([...SPEARHEAD_NUMBERS]), { maxItems: 9, description: 'Target spearheads' }),
});
export type EventInput = Static<typeof EventInput>;

const Links = Type.Object({
  self: Type.String({ description: 'This event in the API' }),
  page: Type.String({ description: 'The public event page' }),
  calendar: Type.String({ description: 'The event as an iCalendar (.ics) file' }),
});

export const SlotTime = Type.Object({
  slot: Type.Integer(),
  start: Type.String({ description: 'UTC instant' }),
  startBrussels: Type.String({ description: 'Brussels local time' }),
});

export const MatchmakingEvent = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Type.String(),
  start: Type.String({ description: 'UTC instant' }),
  end: Type.String({ description: 'UTC instant' }),
  startBrussels: Type.String(),
  endBrussels: Type.String(),
  slotMinutes: Type.Integer(),
  tables: Type.Integer(),
  slots: Type.Array(SlotTime, { description: 'The meeting slots of the window' }),
  address: Type.Union([Type.String(), Type.Null()]),
  onlineUrl: Type.Union([Type.String(), Type.Null()]),
  registrationDeadline: Type.String({ description: 'UTC instant' }),
  registrationOpen: Type.Boolean(),
  sectors: Type.Array(Type.String()),
  spearheads: Type.Array(Type.Integer()),
  changedAt: Type.Union([Type.String(), Type.Null()], { description: 'When an ambassador last changed the event' }),
  changes: Type.Array(Type.Enum(['description', 'time', 'place', 'tables', 'deadline', 'themes']), {
    description: 'What changed since the event was announced',
  }),
  links: Links,
});
export type MatchmakingEvent = Static<typeof MatchmakingEvent>;

export const EventList = Type.Object({
  upcoming: Type.Array(MatchmakingEvent, { description: 'Events not ended yet, soonest first' }),
  past: Type.Array(MatchmakingEvent, { description: 'Events that ended, latest first' }),
});

export const ParticipantInput = Type.Object({
  organisationId: Type.String({ format: 'uuid', description: 'The caller’s organisation' }),
  personId: Type.Optional(
    Type.String({ format: 'uuid', description: 'A member of that organisation who attends; the caller when left out' }),
  ),
  seeks: Type.String({ maxLength: 2000, description: 'What the participant looks for' }),
  offers: Type.String({ maxLength: 2000, description: 'What the participant offers' }),
  challengeIds: Type.Array(Type.String({ format: 'uuid' }), {
    maxItems: 20,
    description: 'The organisation’s challenges',
  }),
  solutionIds: Type.Array(Type.String({ format: 'uuid' }), {
    maxItems: 20,
    description: 'The organisation’s solutions',
  }),
  availableSlots: Type.Array(Type.Integer({ minimum: 0 }), {
    minItems: 1,
    maxItems: 200,
    description: 'The slots (numbers from the event’s `slots`) the participant is free',
  }),
});
export type ParticipantInput = Static<typeof ParticipantInput>;

export const Participant = Type.Object({
  id: Type.String(),
  eventId: Type.String(),
  organisationId: Type.String(),
  organisationName: Type.String(),
  name: Type.String(),
  seeks: Type.String(),
  offers: Type.String(),
  challengeIds: Type.Array(Type.String()),
  solutionIds: Type.Array(Type.String()),
  availableSlots: Type.Array(Type.Integer()),
});
export type Participant = Static<typeof Participant>;
export const ParticipantList = Type.Object({ items: Type.Array(Participant) });

export const RequestInput = Type.Object({
  fromParticipantId: Type.String({ format: 'uuid', description: 'The caller’s own participant' }),
  toParticipantId: Type.String({ format: 'uuid', description: 'The participant to meet' }),
  reason: Type.String({ minLength: 3, maxLength: 500, description: 'Why, in a sentence or two' }),
});
export type RequestInput = Static<typeof RequestInput>;

export const DecisionInput = Type.Object({ decision: Type.Enum(['accept', 'decline']) });
export const PlacementInput = Type.Object({
  slot: Type.Integer({ minimum: 0 }),
  table: Type.Integer({ minimum: 1 }),
});

export const MeetingRequest = Type.Object({
  id: Type.String(),
  eventId: Type.String(),
  fromParticipantId: Type.String(),
  toParticipantId: Type.String(),
  fromName: Type.String(),
  toName: Type.String(),
  reason: Type.String(),
  status: Type.Enum(['requested', 'accepted', 'declined']),
  slot: Type.Union([Type.Integer(), Type.Null()]),
  table: Type.Union([Type.Integer(), Type.Null()]),
  start: Type.Union([Type.String(), Type.Null()], { description: 'UTC instant of the placed slot' }),
  attendance: Type.Union([Type.Enum(['held', 'no_show']), Type.Null()], {
    description: 'Recorded after its slot began',
  }),
});
export type MeetingRequest = Static<typeof MeetingRequest>;
export const MeetingRequestList = Type.Object({ items: Type.Array(MeetingRequest) });

export const ScheduleResult = Type.Object({
  placed: Type.Integer(),
  unplaced: Type.Array(Type.Object({ requestId: Type.String(), reason: Type.String() })),
});

export const Agenda = Type.Object({
  event: MatchmakingEvent,
  participantId: Type.String(),
  meetings: Type.Array(
    Type.Object({
      requestId: Type.String(),
      with: Type.String({ description: 'The other participant and their organisation' }),
      reason: Type.String(),
      slot: Type.Integer(),
      table: Type.Integer(),
      start: Type.String({ description: 'UTC instant' }),
      end: Type.String({ description: 'UTC instant' }),
      startBrussels: Type.String(),
      followUp: FollowUp,
    }),
  ),
  calendar: Type.String({ description: 'Address of this agenda as an .ics file' }),
});
export type Agenda = Static<typeof Agenda>;

export const EventParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const RequestParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  requestId: Type.String({ format: 'uuid' }),
});

export const AttendanceInput = Type.Object({ attendance: Type.Enum(['held', 'no_show']) });

export const EventFigures = Type.Object({
  participants: Type.Integer(),
  organisations: Type.Integer({ description: 'Organisations with at least one participant' }),
  smeShare: Type.Union([Type.Number(), Type.Null()], {
    description: 'Share of those organisations that are SMEs, 0 to 1; null without participants',
  }),
  requested: Type.Integer({ description: 'Meeting requests made' }),
  accepted: Type.Integer(),
  placed: Type.Integer({ description: 'Accepted meetings with a slot and a table' }),
  held: Type.Integer({ description: 'Meetings recorded as held' }),
  noShows: Type.Integer({ description: 'Meetings recorded as missed' }),
});

export const SuggestionList = Type.Object({
  items: Type.Array(
    Type.Object({
      participantId: Type.String(),
      name: Type.String({ description: 'The participant and their organisation' }),
      score: Type.Number({ description: 'The best match score, 0 to 1' }),
      reasons: Type.Array(
        Type.Object({
          yourItemId: Type.String({ description: 'A challenge or solution the caller’s participant linked' }),
          theirItemId: Type.String({ description: 'The other participant’s item of the other kind' }),
          sharedTerms: Type.Array(Type.String(), { description: 'Words both use, strongest first' }),
          sectors: Type.Array(Type.String(), { description: 'Sectors both name' }),
        }),
      ),
    }),
  ),
});

export const ParticipantParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  participantId: Type.String({ format: 'uuid' }),
});
