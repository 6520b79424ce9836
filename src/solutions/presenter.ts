// Shapes solutions for the API and pages.
import { presentedRecord } from '../items/presenter.ts';
import type { SolutionWithOrganisation } from '../items/repository.ts';
import type { Solution } from './schemas.ts';

export function presentSolution(row: SolutionWithOrganisation): Solution {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    kind: row.kind,
    technologies: row.technologies,
    sectors: row.sectors,
    spearheads: row.spearheads,
    trl: row.trl,
    marketStage: row.market_stage,
    pricing: row.pricing,
    freeMonths: row.free_months,
    regionsServed: row.regions_served,
    languages: row.languages,
    language: row.language,
    references: row.reference_text,
    classification: row.classification,
    status: row.status as Solution['status'],
    ...presentedRecord('solution', row),
  };
}
