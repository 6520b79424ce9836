// Account input and output shapes: the single source of validation for the API and the forms, and
// of the OpenAPI document. Rules the schema cannot express live in the service.
import { Type, type Static } from 'typebox';
import { organisationFields } from '../organisations/schemas.ts';
import { PASSWORD_MIN_LENGTH } from './passwords.ts';

const Email = Type.String({ format: 'email', maxLength: 254 });
const NewPassword = Type.String({
  minLength: PASSWORD_MIN_LENGTH,
  maxLength: 200,
  description: `At least ${PASSWORD_MIN_LENGTH} characters; not a common password, not containing the e-mail address.`,
});
const Locale = Type.Enum(['nl', 'fr', 'en']);
const Token = Type.String({ minLength: 20, maxLength: 100 });

/**
 * A person and their organisation in one flat object, so each field of the form maps to one
 * property: "join" needs only the enterprise number, "create" also the organisation's details.
 */
export const RegistrationBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120 }),
    email: Email,
    password: NewPassword,
    locale: Locale,
    organisationMode: Type.Enum(['join', 'create']),
    enterpriseNumber: organisationFields.enterpriseNumber,
    organisationName: Type.Optional(organisationFields.name),
    kind: Type.Optional(organisationFields.kind),
    isSme: Type.Optional(organisationFields.isSme),
    street: Type.Optional(organisationFields.street),
    postalCode: Type.Optional(organisationFields.postalCode),
    municipality: Type.Optional(organisationFields.municipality),
    nisCode: Type.Optional(organisationFields.nisCode),
    website: Type.Optional(organisationFields.website),
  },
  { additionalProperties: false },
);
export type RegistrationBody = Static<typeof RegistrationBody>;

export const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
    keepSignedIn: Type.Optional(
      Type.Boolean({
        description:
          'Keep me signed in: the session survives 12 hours without use instead of 30 minutes; it ends 12 hours after login either way.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const PasswordResetRequestBody = Type.Object({ email: Email }, { additionalProperties: false });
export type PasswordResetRequestBody = Static<typeof PasswordResetRequestBody>;

/** An admin resets the second factor of the person with this address. */
export const SecondFactorResetRequestBody = Type.Object({ email: Email }, { additionalProperties: false });

export const PasswordResetBody = Type.Object({ token: Token, password: NewPassword }, { additionalProperties: false });
export type PasswordResetBody = Static<typeof PasswordResetBody>;

export const EmailVerificationBody = Type.Object({ token: Token }, { additionalProperties: false });

export const PersonView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  email: Type.String(),
  role: Type.Enum(['member', 'ambassador', 'admin']),
  locale: Locale,
  emailVerified: Type.Boolean(),
  organisationIds: Type.Array(Type.String({ format: 'uuid' })),
});
export type PersonView = Static<typeof PersonView>;

export const SessionCreated = Type.Object({
  token: Type.String({ description: 'Send as "Authorization: Bearer <token>".' }),
  person: PersonView,
  secondFactorRequired: Type.Optional(
    Type.Boolean({
      description: 'True when the session works only after POST /api/v1/sessions/current/second-factor.',
    }),
  ),
});

export const SecondFactorBody = Type.Object(
  {
    code: Type.String({
      minLength: 6,
      maxLength: 20,
      description: 'A six-digit TOTP code or an unused recovery code.',
    }),
  },
  { additionalProperties: false },
);
export type SecondFactorBody = Static<typeof SecondFactorBody>;

export const Accepted = Type.Object({ status: Type.Literal('accepted') });

/** The organisation a person registers after a government login named one the platform does not know. */
export const OwnOrganisationBody = Type.Object(
  {
    name: organisationFields.name,
    kind: organisationFields.kind,
    isSme: organisationFields.isSme,
    enterpriseNumber: organisationFields.enterpriseNumber,
  },
  { additionalProperties: false },
);
export type OwnOrganisationBody = Static<typeof OwnOrganisationBody>;
