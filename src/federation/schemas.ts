// The federation wire format (what partners serve each other) and the admin's input. The puller
// validates every page against FederationPage before anything touches the database.
import { Type, type Static } from 'typebox';
import { MARKET_STAGES, ORGANISATION_KINDS, PRICING, SOLUTION_KINDS, URGENCIES, keysOf } from '../taxonomy/taxonomy.ts';
import { ContentLanguage, Description, RegionCode, Sectors, Spearheads, Title } from '../items/schemas.ts';
import { OPEN_STATUSES } from '../items/lifecycle.ts';

const RemoteId = Type.String({ minLength: 1, maxLength: 100 });
const Timestamp = Type.String({ format: 'date-time' });
const WebAddress = Type.String({ pattern: '^https?://', maxLength: 2000 });
const Country = Type.String({ pattern: '^[A-Z]{2}$' });

/** Public fields only: no addresses, enterprise numbers, people or contact details. */
export const FederatedOrganisation = Type.Object({
  id: RemoteId,
  name: Type.String({ minLength: 2, maxLength: 200 }),
  kind: Type.Enum(keysOf(ORGANISATION_KINDS)),
  isSme: Type.Boolean(),
  country: Country,
});

const common = {
  id: RemoteId,
  url: WebAddress,
  updatedAt: Timestamp,
  title: Title,
  description: Description,
  sectors: Sectors,
  spearheads: Spearheads,
  language: ContentLanguage,
  organisation: FederatedOrganisation,
};

export const FederatedChallenge = Type.Object({
  ...common,
  status: Type.Enum([...OPEN_STATUSES.challenge]),
  region: RegionCode,
  urgency: Type.Enum(keysOf(URGENCIES)),
  deadline: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  durationMonths: Type.Union([Type.Integer({ minimum: 1, maximum: 60 }), Type.Null()]),
  desiredKinds: Type.Array(Type.Enum(keysOf(SOLUTION_KINDS)), { uniqueItems: true }),
});
export type FederatedChallenge = Static<typeof FederatedChallenge>;

export const FederatedSolution = Type.Object({
  ...common,
  status: Type.Enum([...OPEN_STATUSES.solution]),
  kind: Type.Enum(keysOf(SOLUTION_KINDS)),
  technologies: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 20 }),
  trl: Type.Union([Type.Integer({ minimum: 1, maximum: 9 }), Type.Null()]),
  marketStage: Type.Union([Type.Enum(keysOf(MARKET_STAGES)), Type.Null()]),
  pricing: Type.Enum(keysOf(PRICING)),
  freeMonths: Type.Union([Type.Integer({ minimum: 1, maximum: 36 }), Type.Null()]),
  regionsServed: Type.Array(RegionCode, { minItems: 1, uniqueItems: true }),
  languages: Type.Array(ContentLanguage, { minItems: 1, uniqueItems: true }),
  references: Type.String({ maxLength: 4000 }),
});
export type FederatedSolution = Static<typeof FederatedSolution>;

/** An item that was published and no longer is (withdrawn, closed, archived, made non-public). */
export const Tombstone = Type.Object({
  kind: Type.Enum(['challenge', 'solution']),
  id: RemoteId,
  updatedAt: Timestamp,
});
export type Tombstone = Static<typeof Tombstone>;

export const FederationPage = Type.Object({
  serverTime: Timestamp,
  challenges: Type.Array(FederatedChallenge, { maxItems: 500 }),
  solutions: Type.Array(FederatedSolution, { maxItems: 500 }),
  withdrawn: Type.Array(Tombstone, { maxItems: 500 }),
  nextCursor: Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Null()]),
});
export type FederationPage = Static<typeof FederationPage>;

export const FederationQuery = Type.Object({
  since: Type.Optional(
    Type.String({ format: 'date-time', description: 'Only changes at or after this moment; omit for everything.' }),
  ),
  cursor: Type.Optional(Type.String({ maxLength: 200, description: 'nextCursor of the previous page.' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
});
export type FederationQuery = Static<typeof FederationQuery>;

export const PartnerInput = Type.Object({
  name: Type.String({ minLength: 2, maxLength: 200 }),
  baseUrl: Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 }),
  key: Type.String({ minLength: 16, maxLength: 500, description: 'The key the partner gave us to read its items.' }),
});
export type PartnerInput = Static<typeof PartnerInput>;

export const Partner = Type.Object({
  id: Type.String(),
  name: Type.String(),
  baseUrl: Type.String(),
  status: Type.String(),
  lastSyncAt: Type.Union([Type.String(), Type.Null()]),
  lastSuccessAt: Type.Union([Type.String(), Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()]),
  nextAttemptAt: Type.String(),
  failureCount: Type.Integer(),
  items: Type.Integer(),
});
export type Partner = Static<typeof Partner>;

export const RegisteredPartner = Type.Object({
  partner: Partner,
  inboundKey: Type.String({ description: 'Give this key to the partner; it is shown only once.' }),
});

export const SyncOutcome = Type.Object({
  ok: Type.Boolean(),
  created: Type.Integer(),
  updated: Type.Integer(),
  withdrawn: Type.Integer(),
  error: Type.Union([Type.String(), Type.Null()]),
});
export type SyncOutcome = Static<typeof SyncOutcome>;
