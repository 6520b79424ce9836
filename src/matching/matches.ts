// Matches joined with what a person needs to see of the matched item.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import type { Translator } from '../i18n/translator.ts';
import { LISTED_STATUSES } from '../items/lifecycle.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import type { ItemFilter } from '../items/filter.ts';
import { listItems } from '../items/repository.ts';
import { itemPath } from '../items/kinds.ts';
import type { MatchExplanation, MatchResult } from './engine/index.ts';
import { explainMatch } from './presenter.ts';

export interface ExplainedMatch {
  kind: ItemKind;
  id: string;
  title: string;
  language: string;
  organisation: string;
  isSme: boolean;
  href: string;
  score: number;
  explanation: MatchExplanation;
  reasons: string[];
}

function idFilter(kind: ItemKind, ids: string[]): ItemFilter {
  return {
    statuses: [...LISTED_STATUSES[kind], 'submitted', 'sent_back', 'draft'],
    sectors: [],
    spearheads: [],
    regions: [],
    languages: [],
    ids,
    limit: ids.length,
    offset: 0,
  };
}

export async function explainedMatches(
  services: Services,
  kind: ItemKind,
  results: MatchResult[],
  viewer: Viewer | null,
  t: Translator,
): Promise<ExplainedMatch[]> {
  if (results.length === 0) return [];
  const ids = results.map((r) => r.id);
  const { rows } = await listItems(services.db, kind, idFilter(kind, ids), viewer);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return results.flatMap((result) => {
    const row = byId.get(result.id);
    if (!row) return [];
    return [
      {
        kind,
        id: row.id,
        title: row.title,
        language: row.language,
        organisation: row.organisation_name,
        isSme: row.organisation_is_sme,
        href: itemPath(kind, row.id),
        score: result.score,
        explanation: result.explanation,
        reasons: explainMatch(t, result.explanation),
      },
    ];
  });
}
