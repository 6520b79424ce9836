// Membership input and output shapes: they validate the API and the forms alike and make the
// OpenAPI document.
import { Type, type Static } from 'typebox';
import { organisationFields } from './schemas.ts';

const Uuid = Type.String({ format: 'uuid' });

export const MemberParams = Type.Object({ id: Uuid, personId: Uuid });

/** A person in an organisation's member list or among its requests; only those who manage its members see it. */
const PersonInOrganisation = {
  personId: Uuid,
  name: Type.String(),
  email: Type.String(),
  emailVerified: Type.Boolean({ description: 'A request is approved only once the person confirmed this address.' }),
};

export const Member = Type.Object({ ...PersonInOrganisation, since: Type.String({ format: 'date-time' }) });
export type Member = Static<typeof Member>;

export const MembershipRequest = Type.Object({
  ...PersonInOrganisation,
  requestedAt: Type.String({ format: 'date-time' }),
});
export type MembershipRequest = Static<typeof MembershipRequest>;

export const MemberList = Type.Object({ members: Type.Array(Member), requests: Type.Array(MembershipRequest) });
export type MemberList = Static<typeof MemberList>;

export const MembershipDecisionBody = Type.Object(
  {
    decision: Type.Enum(['approve', 'refuse'], {
      description: 'approve makes the person a member; refuse removes the request.',
    }),
  },
  { additionalProperties: false },
);
export type MembershipDecisionBody = Static<typeof MembershipDecisionBody>;

export const JoinRequestBody = Type.Object(
  { enterpriseNumber: organisationFields.enterpriseNumber },
  { additionalProperties: false },
);
export type JoinRequestBody = Static<typeof JoinRequestBody>;

/** One's own request to join, while it waits. */
export const OwnMembershipRequest = Type.Object({
  organisationId: Uuid,
  organisationName: Type.String(),
  requestedAt: Type.String({ format: 'date-time' }),
});
export type OwnMembershipRequest = Static<typeof OwnMembershipRequest>;

export const OwnMembershipRequestList = Type.Object({ items: Type.Array(OwnMembershipRequest) });
