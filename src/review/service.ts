// What the ambassador checks before publishing a submitted item: who submitted it (and whether that
// organisation is verified) and which existing items it resembles, the closest as possible duplicates.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import type { Translator } from '../i18n/translator.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import type { ItemFilter } from '../items/filter.ts';
import { listItems } from '../items/repository.ts';
import { guardOf } from '../items/presenter.ts';
import { itemPath } from '../items/kinds.ts';
import { explainedMatches } from '../matching/matches.ts';
import { explainMatch } from '../matching/presenter.ts';
import type { MatchResult } from '../matching/engine/index.ts';
import { listCalls, mayReview } from '../calls/service.ts';
import { unverifiedOrganisations, type UnverifiedOrganisation } from './repository.ts';

const QUEUE_SIZE = 200;
/** Looking for similar items costs the engine a ranking per item: done for the first ones, which are reviewed first. */
export const SIMILAR_CHECKED = 30;
const SIMILAR_SHOWN = 3;
const ORGANISATIONS_SHOWN = 50;
/**
 * A copy of an item, even reworded or shortened, scores about 0.7–0.8 against it; unrelated items of
 * the demo catalogue score below 0.2. Halfway flags the copies without crying wolf.
 */
export const DUPLICATE_SCORE = 0.5;

export interface SimilarItem {
  id: string;
  title: string;
  language: string;
  organisation: string;
  href: string;
  score: number;
  reasons: string[];
  possibleDuplicate: boolean;
}

export interface ReviewItem {
  kind: ItemKind;
  id: string;
  title: string;
  language: string;
  description: string;
  href: string;
  organisation: { id: string; name: string; verified: boolean };
  /** null: not looked for (beyond the first SIMILAR_CHECKED items). */
  similar: SimilarItem[] | null;
}

/** A submitted open call, reviewed on its own page where the ambassador opens or returns it. */
export interface ReviewCall {
  id: string;
  kind: string;
  challengeTitle: string;
  language: string;
  organisation: string;
  submittedAt: Date;
}

export interface ReviewQueue {
  challenges: ReviewItem[];
  solutions: ReviewItem[];
  calls: ReviewCall[];
  organisations: { rows: UnverifiedOrganisation[]; total: number };
}

function submittedFilter(): ItemFilter {
  return {
    statuses: ['submitted'],
    sectors: [],
    spearheads: [],
    regions: [],
    languages: [],
    limit: QUEUE_SIZE,
    offset: 0,
  };
}

interface Submitted {
  id: string;
  title: string;
  language: string;
  description: string;
  organisationId: string;
  organisation_name: string;
  organisation_verified: boolean;
}

async function submitted(services: Services, kind: ItemKind, viewer: Viewer): Promise<Submitted[]> {
  const { rows } = await listItems(services.db, kind, submittedFilter(), viewer);
  return rows.map((row) => ({ ...row, organisationId: guardOf(kind, row).organisationId }));
}

/** Items like each of the first submitted ones, among those the ambassador may read. */
async function similarItems(
  services: Services,
  kind: ItemKind,
  items: Submitted[],
  viewer: Viewer,
  t: Translator,
): Promise<Map<string, SimilarItem[]>> {
  const found = new Map<string, MatchResult[]>();
  for (const item of items.slice(0, SIMILAR_CHECKED)) {
    const results = await services.matching.similar(
      kind,
      { title: item.title, text: item.description },
      viewer,
      SIMILAR_SHOWN + 1,
    );
    found.set(item.id, results.filter((r) => r.id !== item.id).slice(0, SIMILAR_SHOWN));
  }
  // One query for the titles and organisations of every item found, whichever submitted item found it.
  const unique = [...new Map([...found.values()].flat().map((r) => [r.id, r])).values()];
  const described = new Map((await explainedMatches(services, kind, unique, viewer, t)).map((m) => [m.id, m]));
  const similar = new Map<string, SimilarItem[]>();
  for (const [id, results] of found) {
    similar.set(
      id,
      results.flatMap((result) => {
        const match = described.get(result.id);
        if (!match) return [];
        return [
          {
            id: match.id,
            title: match.title,
            language: match.language,
            organisation: match.organisation,
            href: match.href,
            score: result.score,
            reasons: explainMatch(t, result.explanation),
            possibleDuplicate: result.score >= DUPLICATE_SCORE,
          },
        ];
      }),
    );
  }
  return similar;
}

async function reviewItems(services: Services, kind: ItemKind, viewer: Viewer, t: Translator): Promise<ReviewItem[]> {
  const items = await submitted(services, kind, viewer);
  const similar = await similarItems(services, kind, items, viewer, t);
  return items.map((item) => ({
    kind,
    id: item.id,
    title: item.title,
    language: item.language,
    description: item.description,
    href: itemPath(kind, item.id),
    organisation: { id: item.organisationId, name: item.organisation_name, verified: item.organisation_verified },
    similar: similar.get(item.id) ?? null,
  }));
}

async function reviewCalls(services: Services, viewer: Viewer): Promise<ReviewCall[]> {
  const rows = await listCalls(services, viewer, { status: ['submitted'] });
  return rows
    .filter((row) => mayReview(viewer, row))
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      challengeTitle: row.challenge_title,
      language: row.language,
      organisation: row.organisation_name,
      submittedAt: row.updated_at,
    }))
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
}

export async function reviewQueue(services: Services, viewer: Viewer, t: Translator): Promise<ReviewQueue> {
  const [challenges, solutions, calls, organisations] = await Promise.all([
    reviewItems(services, 'challenge', viewer, t),
    reviewItems(services, 'solution', viewer, t),
    reviewCalls(services, viewer),
    unverifiedOrganisations(services.db, ORGANISATIONS_SHOWN),
  ]);
  return { challenges, solutions, calls, organisations };
}
