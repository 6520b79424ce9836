// The shapes of match records in the API, validated and documented from these TypeBox schemas.
import { Type, type Static } from 'typebox';
import { Id } from '../publication/schemas.ts';
import { OUTCOMES } from './lifecycle.ts';

const Note = Type.String({ minLength: 1, maxLength: 2000 });
const Reason = Type.String({ minLength: 3, maxLength: 2000 });

export const PairInput = Type.Object({ challengeId: Id, solutionId: Id, note: Type.Optional(Note) });
export type PairInput = Static<typeof PairInput>;

export const SuggestionInput = Type.Object({ kind: Type.Enum(['challenge', 'solution']), id: Id });

export const DecisionInput = Type.Object({
  decision: Type.Enum(['accept', 'decline']),
  reason: Type.Optional(Reason),
  note: Type.Optional(Note),
});
export type DecisionInput = Static<typeof DecisionInput>;

export const OutcomeInput = Type.Object({ outcome: Type.Enum([...OUTCOMES]), note: Type.Optional(Note) });
export type OutcomeInput = Static<typeof OutcomeInput>;

export const MatchListQuery = Type.Object({ challengeId: Type.Optional(Id), solutionId: Type.Optional(Id) });

const Side = Type.Object({
  id: Type.String(),
  title: Type.String({ description: 'The item’s title, or a neutral description when the caller may not read the item' }),
  organisation: Type.Union([Type.String(), Type.Null()], { description: 'Null when the caller may not read the item' }),
  accepted: Type.Boolean(),
  readable: Type.Boolean({ description: 'Whether the caller may read the item itself' }),
});
const TimelineEntry = Type.Object({
  action: Type.String(),
  actor: Type.Union([Type.String(), Type.Null()], { description: 'Null for the platform, and for the other side’s people until both sides accepted' }),
  by: Type.Enum(['platform', 'challenge', 'solution', 'curator'], { description: 'For whom the step was taken' }),
  note: Type.Union([Type.String(), Type.Null()]),
  at: Type.String(),
});
const Contacts = Type.Object({
  organisation: Type.String(),
  website: Type.Union([Type.String(), Type.Null()]),
  address: Type.Union([Type.String(), Type.Null()]),
  people: Type.Array(Type.Object({ name: Type.String(), email: Type.String() })),
});

export const MatchRecord = Type.Object({
  id: Type.String(),
  challenge: Side,
  solution: Side,
  origin: Type.Enum(['engine', 'ambassador', 'application', 'request']),
  status: Type.String(),
  score: Type.Union([Type.Number(), Type.Null()]),
  declineReason: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  timeline: Type.Array(TimelineEntry),
  contacts: Type.Union([Type.Object({ challenge: Contacts, solution: Contacts }), Type.Null()], { description: 'Only once both sides accepted (double opt-in).' }),
});
export type MatchRecord = Static<typeof MatchRecord>;

export const MatchRecordList = Type.Object({ items: Type.Array(MatchRecord) });

export const DuplicateInput = Type.Object({ kind: Type.Enum(['challenge', 'solution']), duplicateId: Id, originalId: Id });
export type DuplicateInput = Static<typeof DuplicateInput>;
