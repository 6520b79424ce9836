// Challenge and solution rows as catalogue cards.
import type { ChallengeWithOrganisation, SolutionWithOrganisation } from '../items/repository.ts';
import type { CardItem } from './components.tsx';

export function challengeCard(row: ChallengeWithOrganisation): CardItem {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    href: `/challenges/${row.id}`,
    organisation: row.organisation_name,
    isSme: row.organisation_is_sme,
    status: row.status,
    sectors: row.sectors,
    language: row.language,
  };
}

export function solutionCard(row: SolutionWithOrganisation): CardItem {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    href: `/solutions/${row.id}`,
    organisation: row.organisation_name,
    isSme: row.organisation_is_sme,
    status: row.status,
    sectors: row.sectors,
    language: row.language,
  };
}
