// Shapes of the demo content loaded into an empty database on first start.
import type {
  Classification,
  ContentLanguage,
  MarketStage,
  OrganisationKind,
  Pricing,
  Region,
  Sector,
  SolutionKind,
  Spearhead,
  Urgency,
} from '../../taxonomy/taxonomy.ts';

export interface DemoOrganisation {
  key: string;
  name: string;
  kind: OrganisationKind;
  isSme: boolean;
  /** Ten-digit KBO number (valid mod-97), or a foreign VAT id for partner-region organisations. */
  enterpriseNumber: string;
  street: string;
  postalCode: string;
  municipality: string;
  /** NIS code of the municipality (5 digits); null abroad. */
  nisCode: string | null;
  country: 'BE' | 'NL' | 'ES';
  website: string | null;
}

export type DemoChallengeStatus =
  | 'draft'
  | 'submitted'
  | 'sent_back'
  | 'published'
  | 'matched'
  | 'in_progress'
  | 'solved'
  | 'closed'
  | 'expired';

export interface DemoChallenge {
  key: string;
  organisation: string;
  title: string;
  description: string;
  sectors: Sector[];
  spearheads: Spearhead[];
  region: Region;
  language: ContentLanguage;
  urgency: Urgency;
  /** Days from the seeding day; negative means in the past. Exactly one of deadlineInDays / durationMonths. */
  deadlineInDays: number | null;
  durationMonths: number | null;
  desiredKinds: SolutionKind[];
  classification: Classification;
  status: DemoChallengeStatus;
}

export type DemoSolutionStatus = 'draft' | 'submitted' | 'sent_back' | 'published' | 'archived';

export interface DemoSolution {
  key: string;
  organisation: string;
  title: string;
  description: string;
  kind: SolutionKind;
  technologies: string[];
  sectors: Sector[];
  spearheads: Spearhead[];
  /** Technology readiness level 1..9, or null when a market stage is given. */
  trl: number | null;
  marketStage: MarketStage | null;
  pricing: Pricing;
  /** Months free when pricing is free_period. */
  freeMonths: number | null;
  regionsServed: Region[];
  languages: ContentLanguage[];
  references: string;
  classification: Classification;
  status: DemoSolutionStatus;
}

/** A match between a demo challenge and solution (by key), and how far it got; its moments follow from the
 * challenge's publication date when seeded. */
export interface DemoMatch {
  challenge: string;
  solution: string;
  origin: 'engine' | 'ambassador' | 'application' | 'request';
  outcome: 'accepted' | 'introduced' | 'pilot' | 'deployed' | 'declined';
  /** Why a side declined (only with outcome declined). */
  reason?: string;
}
