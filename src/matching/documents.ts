// Challenges and solutions as the engine sees them, and as the permission rules see them.
import { KNOWN_LANGUAGES, type MatchDocument, type Language } from './engine/index.ts';
import type { GuardedItem } from '../items/permissions.ts';
import { OPEN_STATUSES } from '../items/lifecycle.ts';
import type { IndexedChallenge, IndexedSolution } from './repository.ts';

function language(code: string): Language {
  return KNOWN_LANGUAGES.find((known) => known === code) ?? 'other';
}

export function challengeDocument(row: IndexedChallenge): MatchDocument {
  return {
    id: row.id,
    kind: 'challenge',
    title: row.title,
    text: row.description,
    language: language(row.language),
    sectors: row.sectors,
    spearheads: row.spearheads,
    regions: [row.region],
    languages: [language(row.language)],
    open: OPEN_STATUSES.challenge.includes(row.status as never),
    updatedAt: row.updated_at,
  };
}

export function solutionDocument(row: IndexedSolution): MatchDocument {
  return {
    id: row.id,
    kind: 'solution',
    title: row.title,
    text: [row.description, row.technologies.join(', ')].join('\n'),
    language: language(row.language),
    sectors: row.sectors,
    spearheads: row.spearheads,
    regions: row.regions_served,
    languages: row.languages.map(language),
    maturity: row.trl,
    open: OPEN_STATUSES.solution.includes(row.status as never),
    updatedAt: row.updated_at,
  };
}

export function challengeGuard(row: IndexedChallenge): GuardedItem {
  return {
    kind: 'challenge',
    organisationId: row.owner_organisation_id,
    classification: row.classification,
    status: row.status,
    spearheads: row.spearheads,
    assignedAmbassadorId: row.assigned_ambassador_id,
  };
}

export function solutionGuard(row: IndexedSolution): GuardedItem {
  return {
    kind: 'solution',
    organisationId: row.provider_organisation_id,
    classification: row.classification,
    status: row.status,
    spearheads: row.spearheads,
  };
}
