import { Type, type Static } from 'typebox';
import { withoutDefaults } from '../shared/schema-defaults.ts';
import { unit } from '../shared/validation.ts';
import { PagingQuery } from '../items/cursor.ts';
import { MARKET_STAGES, PRICING, SOLUTION_KINDS, keysOf } from '../taxonomy/taxonomy.ts';
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
import { SOLUTION_STATUSES } from '../items/lifecycle.ts';

export const SolutionInput = Type.Object({
  organisationId: Type.Optional(Id),
  title: Title,
  description: Description,
  kind: Type.Enum(keysOf(SOLUTION_KINDS)),
  technologies: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 20, default: [] }),
  sectors: Sectors,
  spearheads: Spearheads,
  trl: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 9, description: 'Technology readiness level; or give marketStage.' }),
  ),
  marketStage: Type.Optional(Type.Enum(keysOf(MARKET_STAGES))),
  pricing: Type.Enum(keysOf(PRICING)),
  freeMonths: Type.Optional(Type.Integer({ minimum: 1, maximum: 36, ...unit('months') })),
  regionsServed: Type.Array(RegionCode, { minItems: 1, uniqueItems: true }),
  languages: Type.Array(ContentLanguage, { minItems: 1, uniqueItems: true }),
  language: ContentLanguage,
  references: Type.String({ maxLength: 4000, default: '' }),
  classification: Classification,
});
export type SolutionInput = Static<typeof SolutionInput>;

// Without the input's defaults, so that a change touches only the fields it names.
export const SolutionUpdate = Type.Partial(withoutDefaults(Type.Omit(SolutionInput, ['organisationId'])), {
  minProperties: 1,
});
export type SolutionUpdate = Static<typeof SolutionUpdate>;

export const Solution = Type.Object({
  id: Type.String(),
  title: Type.String(),
  description: Type.String(),
  kind: Type.String(),
  technologies: Type.Array(Type.String()),
  sectors: Type.Array(Type.String()),
  spearheads: Type.Array(Type.Integer()),
  trl: Type.Union([Type.Integer(), Type.Null()]),
  marketStage: Type.Union([Type.String(), Type.Null()]),
  pricing: Type.String(),
  freeMonths: Type.Union([Type.Integer(), Type.Null()]),
  regionsServed: Type.Array(Type.String()),
  languages: Type.Array(Type.String()),
  language: Type.String(),
  references: Type.String(),
  classification: Type.String(),
  status: Type.Enum([...SOLUTION_STATUSES]),
  ...ReviewFields,
  ...RecordFields,
});
export type Solution = Static<typeof Solution>;

export const SolutionListQuery = Type.Object({
  ...ListQuery,
  ...PagingQuery,
  maturity: Type.Optional(Type.Array(Type.String({ maxLength: 20 }), { description: 'trl1..trl9 or a market stage' })),
  pricing: Type.Optional(Type.Array(Type.Enum(keysOf(PRICING)))),
});
export type SolutionListQuery = Static<typeof SolutionListQuery>;

export const SolutionList = itemList(Solution);
