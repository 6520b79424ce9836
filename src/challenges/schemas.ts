import { Type, type Static } from 'typebox';
import { withoutDefaults } from '../shared/schema-defaults.ts';
import { unit } from '../shared/validation.ts';
import { PagingQuery } from '../items/cursor.ts';
import { SOLUTION_KINDS, URGENCIES, keysOf } from '../taxonomy/taxonomy.ts';
import {
  Classification,
  itemList,
  ContentLanguage,
  Description,
  ListQuery,
  RecordFields,
  ReviewFields,
  RegionCode,
  Sectors,
  Spearheads,
  Title,
} from '../items/schemas.ts';
import { Id } from '../http/schemas.ts';
import { CHALLENGE_STATUSES } from '../items/lifecycle.ts';

export const ChallengeInput = Type.Object({
  organisationId: Type.Optional(Id),
  title: Title,
  description: Description,
  sectors: Sectors,
  spearheads: Spearheads,
  region: RegionCode,
  language: ContentLanguage,
  urgency: Type.Enum(keysOf(URGENCIES)),
  deadline: Type.Optional(
    Type.String({
      format: 'date',
      description: 'Give a deadline (today or later, Belgian time) or a duration, not both.',
    }),
  ),
  durationMonths: Type.Optional(Type.Integer({ minimum: 1, maximum: 60, ...unit('months') })),
  desiredKinds: Type.Array(Type.Enum(keysOf(SOLUTION_KINDS)), { uniqueItems: true, default: [] }),
  classification: Classification,
});
export type ChallengeInput = Static<typeof ChallengeInput>;

// Without the input's defaults, so that a change touches only the fields it names.
export const ChallengeUpdate = Type.Partial(withoutDefaults(Type.Omit(ChallengeInput, ['organisationId'])), {
  minProperties: 1,
});
export type ChallengeUpdate = Static<typeof ChallengeUpdate>;

export const Challenge = Type.Object({
  id: Type.String(),
  title: Type.String(),
  description: Type.String(),
  sectors: Type.Array(Type.String()),
  spearheads: Type.Array(Type.Integer()),
  region: Type.String(),
  language: Type.String(),
  urgency: Type.String(),
  deadline: Type.Union([Type.String(), Type.Null()]),
  durationMonths: Type.Union([Type.Integer(), Type.Null()]),
  desiredKinds: Type.Array(Type.String()),
  classification: Type.String(),
  status: Type.Enum([...CHALLENGE_STATUSES]),
  ...ReviewFields,
  expiresAt: Type.Union([Type.String(), Type.Null()]),
  ...RecordFields,
});
export type Challenge = Static<typeof Challenge>;

export const ChallengeListQuery = Type.Object({ ...ListQuery, ...PagingQuery });
export type ChallengeListQuery = Static<typeof ChallengeListQuery>;

export const ChallengeList = itemList(Challenge);
