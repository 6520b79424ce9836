// Operation ids and descriptions of the challenge and solution operations, the matching engine, match
// records, the ambassador's work queue and the exports (see operation-texts.ts).
import type { OperationText } from './operation-texts.ts';

const VISIBILITY =
  'Classification applies: anonymous callers and API keys see published, public items only; signed-in members also internal ones, and confidential ones only those involved.';

const FILTERS = {
  challenge: 'sector, spearhead, region, language, status, free text and time of change',
  solution: 'sector, spearhead, region, language, status, maturity, pricing, free text and time of change',
};

const LIFECYCLES = {
  challenge:
    'Its organisation submits it for review, starts, solves, closes or renews it; an ambassador publishes it or sends it back with a reason, and may also start, solve, close or renew it.',
  solution:
    'Its organisation submits it for review or archives it; an ambassador publishes it or sends it back with a reason, and may also archive it.',
};

function itemTexts(kind: 'challenge' | 'solution', Kind: 'Challenge' | 'Solution'): Record<string, OperationText> {
  const base = `/api/v1/${kind}s`;
  return {
    [`GET ${base}`]: {
      operationId: `list${Kind}s`,
      description: `The ${kind}s the caller may read, newest first, filtered by ${FILTERS[kind]}; paged by cursor (limit, cursor) or by page number. ${VISIBILITY}`,
    },
    [`GET ${base}/:id`]: {
      operationId: `get${Kind}`,
      description: `One ${kind} with all its fields, if the caller may read it; otherwise 404, so that a hidden ${kind} is not named. ${VISIBILITY}`,
    },
    [`POST ${base}`]: {
      operationId: `post${Kind}`,
      description: `Posts a ${kind} of one of the caller’s organisations as a draft; it is public only once an ambassador has published it.`,
    },
    [`PATCH ${base}/:id`]: {
      operationId: `change${Kind}`,
      description: `Changes fields of a ${kind}, by the members of its organisation or, once it was submitted, its curating ambassador; a solved, closed or archived ${kind} only by an admin. Changes to a published ${kind} wait in the curating ambassador’s work queue until checked.`,
    },
    [`POST ${base}/:id/transitions`]: {
      operationId: `move${Kind}`,
      description: `Moves a ${kind} to the next status of its lifecycle. ${LIFECYCLES[kind]} An action its current status does not allow answers 409.`,
      failures: [409],
    },
    [`GET ${base}/:id/changes`]: {
      operationId: `list${Kind}ChangesSinceReview`,
      description: `For the curating ambassador: what the owner changed in a published ${kind} since its review, per field the value then and now.`,
    },
    [`POST ${base}/:id/changes/checked`]: {
      operationId: `check${Kind}Changes`,
      description: `For the curating ambassador: marks the changes to a published ${kind} as checked, which takes it off the work queue. Audited.`,
    },
  };
}

const MATCHING_TEXTS: Record<string, OperationText> = {
  'GET /api/v1/challenges/:id/matches': {
    operationId: 'rankSolutionsForChallenge',
    description:
      'The published solutions that fit a challenge best, ranked by the matching engine, each with its score and the reasons in the caller’s language. Only solutions the caller may read are listed.',
    access: 'anyoneOrSignedIn',
  },
  'GET /api/v1/solutions/:id/matches': {
    operationId: 'rankChallengesForSolution',
    description:
      'The open challenges a solution fits best, ranked by the matching engine, each with its score and the reasons in the caller’s language. Only challenges the caller may read are listed.',
    access: 'anyoneOrSignedIn',
  },
  'POST /api/v1/similar': {
    operationId: 'findSimilarItems',
    description:
      'Search before you post: the existing challenges or solutions most like a draft’s title and text, so that a poster can join one instead of posting it again.',
    access: 'anyoneOrSignedIn',
  },
};

const MATCH_RECORD_TEXTS: Record<string, OperationText> = {
  'GET /api/v1/matches': {
    operationId: 'listMatchRecords',
    description:
      'The match records of one challenge or solution (give challengeId or solutionId) that the caller is party to or curates.',
  },
  'POST /api/v1/matches/suggestions': {
    operationId: 'keepSuggestedMatches',
    description:
      'Keeps the matching engine’s five best matches for a challenge or solution the caller may read as suggested match records (pairs that already have one are left alone); the answer lists the item’s match records.',
  },
  'POST /api/v1/matches/applications': {
    operationId: 'applyWithSolution',
    description:
      'A provider applies with one of their solutions to a published challenge; the challenge owner is told and accepts or declines. Refused (403 `contact_refused`) when a member of the challenge’s organisation accepts contact only from organisations they follow.',
    failures: [409],
  },
  'POST /api/v1/matches/requests': {
    operationId: 'requestIntroduction',
    description:
      'A challenge owner asks for an introduction to a solution’s provider, who is told and accepts or declines. Refused (403 `contact_refused`) when a member of the provider’s organisation accepts contact only from organisations they follow.',
    failures: [409],
  },
  'POST /api/v1/matches/proposals': {
    operationId: 'proposeMatch',
    description:
      'A curating ambassador proposes a match between a challenge and a solution, with a note; both sides are told and each accepts or declines.',
    failures: [409],
  },
  'GET /api/v1/matches/:id': {
    operationId: 'getMatchRecord',
    description:
      'One match record with its timeline. A side the caller may not read shows only as its kind, classification, kind of organisation and region, and the other side’s people stay unnamed until both sides accepted.',
  },
  'POST /api/v1/matches/:id/decision': {
    operationId: 'decideOnMatch',
    description:
      'Accepts or declines a match for the caller’s side, a decline with its reason. Once both sides accepted, their contact details are exchanged by e-mail (double opt-in).',
    failures: [409],
  },
  'POST /api/v1/matches/:id/outcome': {
    operationId: 'recordMatchOutcome',
    description:
      'For the curating ambassador: records what came of a match (introduced, pilot, deployed or declined), with a note; the indicators count it.',
    failures: [409],
  },
  'POST /api/v1/duplicates': {
    operationId: 'markDuplicate',
    description:
      'For an ambassador curating both items, or an admin: marks a challenge or solution as a duplicate of another of the same kind, closes or archives it and moves its match records to the original. Audited.',
  },
  'GET /api/v1/me/matches': {
    operationId: 'listMyMatches',
    description:
      'The caller’s matches across their organisations, grouped by where each stands (the caller’s turn, the other side’s, suggestions, introduced, pilot, deployed, closed), with how many wait for the caller’s answer; the content of the page /my/matches.',
  },
  'GET /api/v1/work-queue': {
    operationId: 'getWorkQueue',
    description:
      'What waits on the calling ambassador in the spearheads they curate: items to review, published items changed since review, unmatched challenges, matches nobody answered and challenges about to expire, soonest deadline first, with counts per spearhead.',
  },
};

const EXPORT_TEXTS: Record<string, OperationText> = {
  'GET /api/v1/exports/challenges.csv': {
    operationId: 'exportChallengesCsv',
    description:
      'Every challenge the signed-in person may read, their organisation’s drafts and confidential ones included, as a CSV file (UTF-8, one row per challenge) to download.',
  },
  'GET /api/v1/exports/solutions.csv': {
    operationId: 'exportSolutionsCsv',
    description:
      'Every solution the signed-in person may read, their organisation’s drafts and confidential ones included, as a CSV file (UTF-8, one row per solution) to download.',
  },
  'GET /api/v1/solutions/:id/publiccode.yml': { operationId: 'getSolutionPubliccode' },
};

export const ITEM_OPERATION_TEXTS: Record<string, OperationText> = {
  ...itemTexts('challenge', 'Challenge'),
  ...itemTexts('solution', 'Solution'),
  ...MATCHING_TEXTS,
  ...MATCH_RECORD_TEXTS,
  ...EXPORT_TEXTS,
};
