// "Export of everything a member may see": the challenges or solutions a person may read, as CSV.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import { challengesVisibleTo, solutionsVisibleTo } from './repository.ts';
import { challengesCsv, solutionsCsv } from './csv.ts';

export type Dataset = 'challenges' | 'solutions';

/** The dataset as the viewer may see it, their organisation's drafts and confidential items included. */
export async function exportCsv(services: Services, dataset: Dataset, viewer: Viewer): Promise<string> {
  const { db, config } = services;
  return dataset === 'challenges'
    ? challengesCsv(await challengesVisibleTo(db, viewer), config.baseUrl)
    : solutionsCsv(await solutionsVisibleTo(db, viewer), config.baseUrl);
}
