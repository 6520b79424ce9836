// Organisation input and output shapes: they validate the API and the forms alike and make the
// OpenAPI document. The enterprise number's mod-97 check and the website's scheme are checked by the
// service, which can name the field in a translated message.
import { Type, type Static, type TSchema } from 'typebox';
import { ORGANISATION_KINDS, keysOf } from '../taxonomy/taxonomy.ts';

export const OrganisationKindSchema = Type.Enum(keysOf(ORGANISATION_KINDS));

/** Field rules shared by registration (which prefixes the name) and editing. */
export const organisationFields = {
  name: Type.String({ minLength: 2, maxLength: 200 }),
  kind: OrganisationKindSchema,
  isSme: Type.Boolean(),
  enterpriseNumber: Type.String({
    minLength: 1,
    maxLength: 30,
    description:
      'Belgian KBO number (0123.456.749, BE0123456749) or a foreign VAT/registration id with its country prefix.',
  }),
  street: Type.String({ maxLength: 200 }),
  postalCode: Type.String({ maxLength: 12 }),
  municipality: Type.String({ maxLength: 100 }),
  nisCode: Type.String({ pattern: '^[0-9]{5}$', description: 'NIS code of the municipality.' }),
  website: Type.String({ format: 'uri', maxLength: 300 }),
};

const clearable = <S extends TSchema>(schema: S) => Type.Optional(Type.Union([schema, Type.Null()]));

/** A partial change; null clears an optional field. Only admins may change the enterprise number. */
export const OrganisationPatch = Type.Object(
  {
    name: Type.Optional(organisationFields.name),
    kind: Type.Optional(organisationFields.kind),
    isSme: Type.Optional(organisationFields.isSme),
    enterpriseNumber: Type.Optional(organisationFields.enterpriseNumber),
    street: clearable(organisationFields.street),
    postalCode: clearable(organisationFields.postalCode),
    municipality: clearable(organisationFields.municipality),
    nisCode: clearable(organisationFields.nisCode),
    website: clearable(organisationFields.website),
  },
  { additionalProperties: false },
);
export type OrganisationPatch = Static<typeof OrganisationPatch>;

export const OrganisationParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

const nullableText = Type.Union([Type.String(), Type.Null()]);

/** What anyone may see of an organisation. */
export const PublicOrganisation = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  kind: Type.String(),
  isSme: Type.Boolean(),
  enterpriseNumber: Type.String(),
  country: Type.String(),
  municipality: nullableText,
  website: nullableText,
  verified: Type.Boolean(),
});
export type PublicOrganisation = Static<typeof PublicOrganisation>;

/** What its members and admins see: the full address and the record's dates too. */
export const MemberOrganisation = Type.Object({
  ...PublicOrganisation.properties,
  street: nullableText,
  postalCode: nullableText,
  nisCode: nullableText,
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type MemberOrganisation = Static<typeof MemberOrganisation>;

export const MemberOrganisationList = Type.Object({ items: Type.Array(MemberOrganisation) });
