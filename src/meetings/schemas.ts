// The shapes of meetings in the API, validated and documented from these TypeBox schemas. Slot times
// are Brussels wall-clock times as a datetime-local field sends them; answers give UTC instants too.
import { Type, type Static } from 'typebox';

export const MIN_MINUTES = 15;
export const MAX_MINUTES = 240;
export const MAX_SLOTS = 3;

export const SlotInput = Type.Object({
  start: Type.String({ description: 'Brussels local time, e.g. 2027-03-28T10:30', examples: ['2027-03-28T10:30'] }),
  durationMinutes: Type.Integer({ description: `${MIN_MINUTES} to ${MAX_MINUTES} minutes` }),
});

// Counts and ranges are checked by the service, so one answer names every problem by its field.
export const MeetingInput = Type.Object({
  slots: Type.Array(SlotInput, { description: `One to ${MAX_SLOTS} time slots for the other side to pick from` }),
  onlineUrl: Type.Optional(
    Type.String({ maxLength: 500, description: 'An https:// link to the call; or give an address' }),
  ),
  address: Type.Optional(Type.String({ maxLength: 500, description: 'Where to meet; or give an online link' })),
});
export type MeetingInput = Static<typeof MeetingInput>;

export const PickInput = Type.Object({ slotId: Type.String({ format: 'uuid' }) });
export const DeclineInput = Type.Object({ reason: Type.String({ minLength: 3, maxLength: 1000 }) });
export const OUTCOMES = ['next_step', 'pilot_agreed', 'not_a_fit'] as const;
export type MeetingOutcome = (typeof OUTCOMES)[number];
export const OutcomeInput = Type.Object({ outcome: Type.Enum([...OUTCOMES]) });

export const MeetingParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  meetingId: Type.String({ format: 'uuid' }),
});

export const Slot = Type.Object({
  id: Type.String(),
  start: Type.String({ description: 'UTC instant' }),
  end: Type.String({ description: 'UTC instant' }),
  startBrussels: Type.String({ description: 'Brussels local time' }),
  durationMinutes: Type.Integer(),
  chosen: Type.Boolean(),
});

export const Meeting = Type.Object({
  id: Type.String(),
  matchId: Type.String(),
  status: Type.Enum(['proposed', 'confirmed', 'declined', 'cancelled']),
  proposerSide: Type.Enum(['challenge', 'solution']),
  onlineUrl: Type.Union([Type.String(), Type.Null()]),
  address: Type.Union([Type.String(), Type.Null()]),
  slots: Type.Array(Slot),
  declineReason: Type.Union([Type.String(), Type.Null()]),
  outcome: Type.Union([Type.Enum([...OUTCOMES]), Type.Null()]),
  calendar: Type.Union([Type.String(), Type.Null()], {
    description: 'Address of the .ics invitation, once a slot was picked',
  }),
  actions: Type.Array(Type.Enum(['pick', 'decline', 'cancel', 'outcome']), {
    description: 'What the caller may do now',
  }),
});
export type Meeting = Static<typeof Meeting>;

export const MeetingList = Type.Object({ items: Type.Array(Meeting) });
