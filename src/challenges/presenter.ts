// Shapes challenges for the API and pages; rows never leave this area raw.
import { iso, presentedRecord } from '../items/presenter.ts';
import type { ChallengeWithOrganisation } from '../items/repository.ts';
import type { Challenge } from './schemas.ts';

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
    ...presentedRecord('challenge', row),
    expiresAt: iso(row.expires_at),
  };
}
