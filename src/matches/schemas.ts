// The shapes of match records in the API, validated and documented from these TypeBox schemas.
import { Type, type Static, type TSchema } from 'typebox';
import { Id } from '../http/schemas.ts';
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

const Nullable = <T extends TSchema>(schema: T, options?: { description: string }) =>
  Type.Union([schema, Type.Null()], options);

const Side = Type.Object({
  id: Type.String(),
  title: Type.String({
    description: 'The item’s title, or a neutral description when the caller may not read the item',
  }),
  organisation: Nullable(Type.String({ description: 'Null when the caller may not read the item' })),
  accepted: Type.Boolean(),
  acceptedAt: Nullable(
    Type.String({
      description: 'When this side accepted; starting a match by an application or a request counts as accepting',
    }),
  ),
  readable: Type.Boolean({ description: 'Whether the caller may read the item itself' }),
});
const TimelineEntry = Type.Object({
  action: Type.String(),
  text: Type.String({ description: 'The step in words, in the caller’s language' }),
  actor: Nullable(
    Type.String({ description: 'Null for the platform, and for the other side’s people until both sides accepted' }),
  ),
  by: Type.Enum(['platform', 'challenge', 'solution', 'curator'], { description: 'For whom the step was taken' }),
  note: Nullable(Type.String()),
  at: Type.String(),
});
const Contacts = Type.Object({
  organisation: Type.String(),
  website: Nullable(Type.String()),
  address: Nullable(Type.String()),
  people: Type.Array(Type.Object({ name: Type.String(), email: Type.String() })),
});
const Sharing = Type.Object({
  fields: Type.Array(Type.Enum(['organisation', 'website', 'address', 'contact_name', 'email']), {
    description: 'What each side receives of the other once both accepted',
  }),
  yours: Nullable(Contacts, {
    description: 'What the other side will receive of the caller’s own side; null for an ambassador',
  }),
  withWhom: Type.String({ description: 'The other side as the caller may name it' }),
});
const YourPart = Type.Object({
  sides: Type.Array(Type.Enum(['challenge', 'solution'])),
  acceptedAt: Nullable(Type.String({ description: 'When the caller’s side accepted' })),
  mayAccept: Type.Boolean(),
  mayDecline: Type.Boolean(),
  outcomes: Type.Array(Type.Enum([...OUTCOMES]), { description: 'The outcomes the caller may record now' }),
});

export const MatchRecord = Type.Object({
  id: Type.String(),
  challenge: Side,
  solution: Side,
  origin: Type.Enum(['engine', 'ambassador', 'application', 'request', 'event', 'call']),
  status: Type.String(),
  statusText: Type.String({ description: 'The status in words, in the caller’s language' }),
  score: Nullable(Type.Number()),
  scoreInWords: Nullable(Type.String({ description: 'Strong, good or possible match, in the caller’s language' })),
  scorePercent: Nullable(Type.String()),
  reasons: Type.Array(Type.String(), {
    description:
      'Why the platform found this match, in plain language (text reasons only when the caller may read both items)',
  }),
  ambassadorNote: Nullable(Type.Object({ by: Nullable(Type.String()), text: Type.String() })),
  deadline: Nullable(Type.String({ description: 'When a proposed match expires if a side has not answered' })),
  sharing: Sharing,
  yourPart: YourPart,
  declineReason: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  timeline: Type.Array(TimelineEntry),
  contacts: Type.Union([Type.Object({ challenge: Contacts, solution: Contacts }), Type.Null()], {
    description: 'Only once both sides accepted (double opt-in).',
  }),
});
export type MatchRecord = Static<typeof MatchRecord>;

export const MatchRecordList = Type.Object({ items: Type.Array(MatchRecord) });

export const DuplicateInput = Type.Object({
  kind: Type.Enum(['challenge', 'solution']),
  duplicateId: Id,
  originalId: Id,
});
export type DuplicateInput = Static<typeof DuplicateInput>;
