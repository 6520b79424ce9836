// Schema pieces shared by challenges and solutions.
import { Type, type TSchema } from 'typebox';
import { PagingFields } from './cursor.ts';
import { CLASSIFICATIONS, CONTENT_LANGUAGES, REGIONS, SECTORS, keysOf } from '../taxonomy/taxonomy.ts';
import { ACTIONS } from './lifecycle.ts';

export const Title = Type.String({ minLength: 5, maxLength: 200, description: 'In the item’s own language.' });
export const Description = Type.String({ minLength: 30, maxLength: 10_000 });
export const Sectors = Type.Array(Type.Enum(keysOf(SECTORS)), { minItems: 1, maxItems: 6, uniqueItems: true });
export const Spearheads = Type.Array(Type.Integer({ minimum: 1, maximum: 9 }), {
  minItems: 1,
  maxItems: 9,
  uniqueItems: true,
  description: 'Spearheads (1–9) of the Digital Strategy for Flanders.',
});
export const RegionCode = Type.Enum(keysOf(REGIONS));
export const ContentLanguage = Type.Enum(keysOf(CONTENT_LANGUAGES));
export const Classification = Type.Enum(keysOf(CLASSIFICATIONS), { default: 'public' });

export const TransitionInput = Type.Object({
  action: Type.Enum([...ACTIONS]),
  reason: Type.Optional(
    Type.String({ minLength: 5, maxLength: 2000, description: 'Required when sending back for review.' }),
  ),
});

export const OrganisationSummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  isSme: Type.Boolean(),
  verified: Type.Boolean(),
});

export const ListQuery = {
  q: Type.Optional(Type.String({ maxLength: 200 })),
  sector: Type.Optional(Type.Array(Type.Enum(keysOf(SECTORS)))),
  spearhead: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 9 }))),
  region: Type.Optional(Type.Array(RegionCode)),
  language: Type.Optional(Type.Array(ContentLanguage)),
  status: Type.Optional(Type.Array(Type.String({ maxLength: 20 }))),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1 })),
  perPage: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
};

const nullable = <S extends TSchema>(schema: S) => Type.Union([schema, Type.Null()]);

/** The API shape's fields of an item's organisation and review, after its status. */
export const ReviewFields = {
  organisation: OrganisationSummary,
  reviewNote: nullable(Type.String()),
  publishedAt: nullable(Type.String()),
};

/** The fields an item's API shape ends with. */
export const RecordFields = {
  createdAt: Type.String(),
  updatedAt: Type.String(),
  links: Type.Object({ self: Type.String(), page: Type.String() }),
};

/** A list answer of the API: one page of items, by page number or by cursor. */
export function itemList<S extends TSchema>(item: S) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    page: Type.Optional(Type.Integer({ description: 'Only when paging by page number.' })),
    perPage: Type.Integer(),
    ...PagingFields,
  });
}
