// What a partner's LDES members must say once read (members.ts turns each member's triples into one of
// these), and the admin's input. A page is applied only when every member on it passes.
import { Type, type Static } from 'typebox';
import { MARKET_STAGES, ORGANISATION_KINDS, PRICING, SOLUTION_KINDS, URGENCIES, keysOf } from '../taxonomy/taxonomy.ts';
import { ContentLanguage, Description, RegionCode, Sectors, Spearheads, Title } from '../items/schemas.ts';
import { LISTED_STATUSES } from '../items/lifecycle.ts';

const Timestamp = Type.String({ format: 'date-time' });
/** IRIs of items and organisations, and links back: web addresses only, never javascript: or data:. */
const WebAddress = Type.String({ pattern: '^https?://', maxLength: 2000 });
const Country = Type.String({ pattern: '^[A-Z]{2}$' });

/** Public fields only: no addresses, enterprise numbers, people or contact details. */
export const FederatedOrganisation = Type.Object({
  id: WebAddress,
  name: Type.String({ minLength: 2, maxLength: 200 }),
  kind: Type.Enum(keysOf(ORGANISATION_KINDS)),
  isSme: Type.Boolean(),
  country: Country,
});

const common = {
  /** The item's IRI at the partner (dcterms:isVersionOf). */
  id: WebAddress,
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
  status: Type.Enum([...LISTED_STATUSES.challenge]),
  region: RegionCode,
  urgency: Type.Enum(keysOf(URGENCIES)),
  deadline: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  durationMonths: Type.Union([Type.Integer({ minimum: 1, maximum: 60 }), Type.Null()]),
  desiredKinds: Type.Array(Type.Enum(keysOf(SOLUTION_KINDS)), { uniqueItems: true }),
});
export type FederatedChallenge = Static<typeof FederatedChallenge>;

export const FederatedSolution = Type.Object({
  ...common,
  status: Type.Enum([...LISTED_STATUSES.solution]),
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

export const PartnerInput = Type.Object({
  name: Type.String({ minLength: 2, maxLength: 200 }),
  ldesUrl: Type.String({
    format: 'uri',
    pattern: '^https?://',
    maxLength: 500,
    description: 'The partner’s LDES of published items, e.g. https://partner.example/ldes/items.',
  }),
});
export type PartnerInput = Static<typeof PartnerInput>;

export const Partner = Type.Object({
  id: Type.String(),
  name: Type.String(),
  ldesUrl: Type.String(),
  status: Type.String(),
  lastSyncAt: Type.Union([Type.String(), Type.Null()]),
  lastSuccessAt: Type.Union([Type.String(), Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()]),
  nextAttemptAt: Type.String(),
  failureCount: Type.Integer(),
  items: Type.Integer(),
});
export type Partner = Static<typeof Partner>;

export const SyncOutcome = Type.Object({
  ok: Type.Boolean(),
  created: Type.Integer(),
  updated: Type.Integer(),
  withdrawn: Type.Integer(),
  error: Type.Union([Type.String(), Type.Null()]),
});
export type SyncOutcome = Static<typeof SyncOutcome>;
