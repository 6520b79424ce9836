// The shape of a person's list of matches in the API (GET /api/v1/me/matches), the same content as /my/matches.
import { Type, type Static } from 'typebox';

export const INBOX_GROUPS = [
  'your_turn',
  'their_turn',
  'suggestions',
  'introduced',
  'pilot',
  'deployed',
  'closed',
] as const;
export type InboxGroupKey = (typeof INBOX_GROUPS)[number];

export const ACTORS = [
  'you',
  'other_side',
  'both_sides',
  'challenge_side',
  'solution_side',
  'ambassador',
  'nobody',
] as const;
export type Actor = (typeof ACTORS)[number];

const InboxSide = Type.Object({
  id: Type.String(),
  title: Type.String({
    description: 'The item’s title, or a neutral description when the caller may not read the item',
  }),
  organisation: Type.Union([Type.String(), Type.Null()], { description: 'Null when the caller may not read the item' }),
  href: Type.Union([Type.String(), Type.Null()], {
    description: 'The item’s page; null when the caller may not read the item',
  }),
  readable: Type.Boolean(),
  language: Type.Union([Type.String(), Type.Null()], {
    description: 'The language of the title; null for a neutral description, which is in the caller’s language',
  }),
  accepted: Type.Boolean({ description: 'Whether this side has accepted the match' }),
});

export const InboxEntry = Type.Object({
  id: Type.String(),
  href: Type.String({ description: 'The match page' }),
  status: Type.String(),
  statusText: Type.String(),
  origin: Type.Enum(['engine', 'ambassador', 'application', 'request', 'event', 'call']),
  yourSide: Type.Union([Type.Enum(['challenge', 'solution']), Type.Null()], {
    description: 'Null when the caller curates the match without being on a side',
  }),
  challenge: InboxSide,
  solution: InboxSide,
  score: Type.Union([Type.Number(), Type.Null()], {
    description: '0..1; null for matches people started without the engine',
  }),
  scorePercent: Type.Union([Type.String(), Type.Null()]),
  scoreInWords: Type.Union([Type.String(), Type.Null()]),
  reasons: Type.Array(Type.String(), {
    description: 'At most three reasons the engine gave, in the caller’s language',
  }),
  actor: Type.Enum([...ACTORS], { description: 'Who must act next' }),
  actorText: Type.String(),
  deadline: Type.Union([Type.String(), Type.Null()], { description: 'When a proposed match expires unanswered' }),
  updatedAt: Type.String(),
});
export type InboxEntry = Static<typeof InboxEntry>;

export const InboxGroup = Type.Object({
  key: Type.Enum([...INBOX_GROUPS]),
  title: Type.String(),
  count: Type.Integer(),
  entries: Type.Array(InboxEntry),
});
export type InboxGroup = Static<typeof InboxGroup>;

export const Inbox = Type.Object({
  waitingForYou: Type.Integer({ description: 'Proposed matches your side has not answered' }),
  groups: Type.Array(InboxGroup),
});
export type Inbox = Static<typeof Inbox>;
