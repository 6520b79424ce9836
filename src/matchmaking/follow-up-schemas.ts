// The shapes of "how did it go" after a matchmaking meeting, in the API and on the agenda.
import { Type, type Static } from 'typebox';

export const FOLLOW_UPS = ['next_step', 'not_a_fit'] as const;
export type FollowUpOutcome = (typeof FOLLOW_UPS)[number];

export const FollowUpInput = Type.Object({
  outcome: Type.Enum([...FOLLOW_UPS]),
  challengeId: Type.Optional(
    Type.String({ format: 'uuid', description: 'With a next step: the challenge of the pair (from `pairs`)' }),
  ),
  solutionId: Type.Optional(
    Type.String({ format: 'uuid', description: 'With a next step: the solution of the pair (from `pairs`)' }),
  ),
});
export type FollowUpInput = Static<typeof FollowUpInput>;

export const MatchPair = Type.Object({
  challengeId: Type.String(),
  challengeTitle: Type.String(),
  solutionId: Type.String(),
  solutionTitle: Type.String(),
});
export type MatchPair = Static<typeof MatchPair>;

export const FollowUp = Type.Object({
  mayRecord: Type.Boolean({ description: 'The meeting was held and the caller has not said how it went yet' }),
  outcome: Type.Union([Type.Enum([...FOLLOW_UPS]), Type.Null()], { description: 'What the caller said' }),
  matchId: Type.Union([Type.String(), Type.Null()], { description: 'The match the caller’s next step led to' }),
  pairs: Type.Array(MatchPair, {
    description:
      'While the caller may record: the open challenges and published solutions the two registered, one from ' +
      'each, that a next step can make a match of; only items the caller may read',
  }),
});
export type FollowUp = Static<typeof FollowUp>;

export const FollowUpResult = Type.Object({
  outcome: Type.Enum([...FOLLOW_UPS]),
  matchId: Type.Union([Type.String(), Type.Null()], {
    description: 'The new or existing match, linked to the meeting',
  }),
});
export type FollowUpResult = Static<typeof FollowUpResult>;
