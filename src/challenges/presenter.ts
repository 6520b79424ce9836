// Shapes challenges for the API and pages, and maps input to columns; rows never leave this area raw.
import type { ChallengeRow } from '../db/schema.ts';
import type { GuardedItem } from '../publication/permissions.ts';
import type { ChallengeWithOrganisation } from './repository.ts';
import type { Challenge, ChallengeInput, ChallengeUpdate } from './schemas.ts';

export function guardOf(row: ChallengeRow): GuardedItem {
  return {
    kind: 'challenge',
    organisationId: row.owner_organisation_id,
    classification: row.classification,
    status: row.status,
    spearheads: row.spearheads,
    assignedAmbassadorId: row.assigned_ambassador_id,
  };
}

function iso(value: Date | null): string | null {
  return value ? value.toISOString() : null;
}

export function presentChallenge(row: ChallengeWithOrganisation): Challenge {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    sectors: row.sectors,
    spearheads: row.spearheads,
    region: row.region,
    language: row.language,
    urgency: row.urgency,
    deadline: row.deadline,
    durationMonths: row.duration_months,
    desiredKinds: row.desired_kinds,
    classification: row.classification,
    status: row.status as Challenge['status'],
    organisation: {
      id: row.owner_organisation_id,
      name: row.organisation_name,
      isSme: row.organisation_is_sme,
      verified: row.organisation_verified,
    },
    reviewNote: row.review_note,
    publishedAt: iso(row.published_at),
    expiresAt: iso(row.expires_at),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    links: { self: `/api/v1/challenges/${row.id}`, page: `/challenges/${row.id}` },
  };
}

/** Input fields to columns; only the fields given are returned, so it serves updates too. */
export function toColumns(input: ChallengeInput | ChallengeUpdate): Partial<ChallengeRow> {
  const columns: Partial<ChallengeRow> = {};
  if (input.title !== undefined) columns.title = input.title;
  if (input.description !== undefined) columns.description = input.description;
  if (input.sectors !== undefined) columns.sectors = input.sectors;
  if (input.spearheads !== undefined) columns.spearheads = input.spearheads;
  if (input.region !== undefined) columns.region = input.region;
  if (input.language !== undefined) columns.language = input.language;
  if (input.urgency !== undefined) columns.urgency = input.urgency;
  if (input.deadline !== undefined || input.durationMonths !== undefined) {
    columns.deadline = input.deadline ?? null;
    columns.duration_months = input.durationMonths ?? null;
  }
  if (input.desiredKinds !== undefined) columns.desired_kinds = input.desiredKinds;
  if (input.classification !== undefined) columns.classification = input.classification;
  return columns;
}
