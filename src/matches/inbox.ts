// A person's matches, grouped by what each waits for: their own answer, the other side's, the
// ambassador's record of what happened, or nothing any more. The same content feeds /my/matches,
// GET /api/v1/me/matches and the dashboard; the header shows the size of the first group.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import { isAdmin } from '../shared/viewer.ts';
import type { Translator } from '../i18n/translator.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { belongsToViewer, curatesItem } from '../items/permissions.ts';
import { scoreInWords, scorePercent, storedReasons } from '../matching/presenter.ts';
import { countWaitingFor, inboxMatches, type InboxRow } from './inbox-repository.ts';
import { loadItemFacts, mayRead, titleFor, type ItemFacts } from '../items/withheld.ts';
import {
  INBOX_GROUPS,
  type Actor,
  type Inbox,
  type InboxEntry,
  type InboxGroup,
  type InboxGroupKey,
} from './inbox-schemas.ts';
import type { MatchRoles } from './parties.ts';
import type { ItemFilter } from '../items/filter.ts';
import { CHALLENGE_STATUSES, SOLUTION_STATUSES } from '../items/lifecycle.ts';
import { listItems } from '../items/repository.ts';
import { ITEM_KINDS } from '../items/kinds.ts';
import { challengeCard, solutionCard } from '../catalogue/cards.ts';
import type { CardItem } from '../catalogue/components.tsx';

const DAY_MS = 86_400_000;
const TOP_REASONS = 3;

/** The same roles as parties.ts rolesOf, from the facts already loaded for the whole list. */
function rolesFrom(viewer: Viewer, challenge: ItemFacts, solution: ItemFacts): MatchRoles {
  return {
    challengeSide: belongsToViewer(viewer, challenge.guard),
    solutionSide: belongsToViewer(viewer, solution.guard),
    curator: isAdmin(viewer) || curatesItem(viewer, challenge.guard) || curatesItem(viewer, solution.guard),
  };
}

interface Placement {
  group: InboxGroupKey;
  actor: Actor;
}

/** Who must answer a proposal: the reader if their side has not, otherwise whichever side has not. */
function proposal(row: InboxRow, roles: MatchRoles): Placement {
  const challengeWaits = row.challenge_accepted_at === null;
  const solutionWaits = row.solution_accepted_at === null;
  if ((roles.challengeSide && challengeWaits) || (roles.solutionSide && solutionWaits))
    return { group: 'your_turn', actor: 'you' };
  if (roles.challengeSide || roles.solutionSide) return { group: 'their_turn', actor: 'other_side' };
  if (challengeWaits && solutionWaits) return { group: 'their_turn', actor: 'both_sides' };
  return { group: 'their_turn', actor: challengeWaits ? 'challenge_side' : 'solution_side' };
}

/**
 * The engine's suggestions wait for nobody and never expire, so they are not "waiting for you" (nor counted in
 * the header): they have a group of their own, where either side may still take one up.
 */
function placementOf(row: InboxRow, roles: MatchRoles): Placement {
  const onASide = roles.challengeSide || roles.solutionSide;
  switch (row.status) {
    case 'proposed':
      return proposal(row, roles);
    case 'suggested':
      return { group: 'suggestions', actor: onASide ? 'you' : 'both_sides' };
    case 'accepted':
    case 'introduced':
      return { group: 'introduced', actor: 'ambassador' };
    case 'pilot':
      return { group: 'pilot', actor: 'ambassador' };
    case 'deployed':
      return { group: 'deployed', actor: 'nobody' };
    default:
      return { group: 'closed', actor: 'nobody' };
  }
}

function sideOf(
  viewer: Viewer,
  t: Translator,
  item: ItemFacts,
  language: string,
  acceptedAt: Date | null,
): InboxEntry['challenge'] {
  const readable = mayRead(viewer, item);
  const { path } = ITEM_KINDS[item.guard.kind];
  return {
    id: item.id,
    title: titleFor(viewer, t, item),
    organisation: readable ? item.organisationName : null,
    href: readable ? `/${path}/${item.id}` : null,
    readable,
    language: readable ? language : null,
    accepted: acceptedAt !== null,
  };
}

/** A suggestion waits on nobody: the reader may take it up, and is told so. */
function actorText(t: Translator, status: string, actor: Actor): string {
  return t.t(
    status === 'suggested' && actor === 'you'
      ? 'inbox.actor.you_if_interested'
      : (`inbox.actor.${actor}` as MessageKey),
  );
}

interface EntryInput {
  row: InboxRow;
  roles: MatchRoles;
  challenge: ItemFacts;
  solution: ItemFacts;
  expiryDays: number;
}

function entryOf(
  viewer: Viewer,
  t: Translator,
  { row, roles, challenge, solution, expiryDays }: EntryInput,
  actor: Actor,
): InboxEntry {
  // A proposal expires when nobody changed it for the configured period (expireUnansweredMatches).
  const deadline =
    row.status === 'proposed' ? new Date(row.updated_at.getTime() + expiryDays * DAY_MS).toISOString() : null;
  return {
    id: row.id,
    href: `/matches/${row.id}`,
    status: row.status,
    statusText: t.t(`matches.status.${row.status}` as MessageKey),
    origin: row.origin,
    yourSide: roles.challengeSide ? 'challenge' : roles.solutionSide ? 'solution' : null,
    challenge: sideOf(viewer, t, challenge, row.challenge_language, row.challenge_accepted_at),
    solution: sideOf(viewer, t, solution, row.solution_language, row.solution_accepted_at),
    score: row.score,
    scorePercent: row.score === null ? null : scorePercent(t, row.score),
    scoreInWords: row.score === null ? null : scoreInWords(t, row.score),
    reasons: storedReasons(t, row.explanation, mayRead(viewer, challenge) && mayRead(viewer, solution)).slice(
      0,
      TOP_REASONS,
    ),
    actor,
    actorText: actorText(t, row.status, actor),
    deadline,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Soonest deadline first where one waits for an answer; otherwise the most recent change first (the query's order). */
function ordered(group: InboxGroupKey, entries: InboxEntry[]): InboxEntry[] {
  if (group !== 'your_turn' && group !== 'their_turn') return entries;
  return [...entries].sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? ''));
}

export async function loadInbox(services: Services, viewer: Viewer, t: Translator): Promise<Inbox> {
  const rows = await inboxMatches(services.db, viewer);
  const facts = await loadItemFacts(services.db, {
    challenge: rows.map((r) => r.challenge_id),
    solution: rows.map((r) => r.solution_id),
  });
  const expiryDays = services.config.reminders.matchExpiryDays;
  const entries = rows.flatMap((row) => {
    const challenge = facts.get(row.challenge_id);
    const solution = facts.get(row.solution_id);
    if (!challenge || !solution) return [];
    const roles = rolesFrom(viewer, challenge, solution);
    if (!roles.challengeSide && !roles.solutionSide && !roles.curator) return [];
    const { group, actor } = placementOf(row, roles);
    return [{ group, entry: entryOf(viewer, t, { row, roles, challenge, solution, expiryDays }, actor) }];
  });
  const groups = INBOX_GROUPS.map((key) => {
    const inGroup = ordered(
      key,
      entries.filter((e) => e.group === key).map((e) => e.entry),
    );
    return { key, title: t.t(`inbox.group.${key}` as MessageKey), count: inGroup.length, entries: inGroup };
  });
  return { waitingForYou: groups[0]?.count ?? 0, groups };
}

export function yourTurn(inbox: Inbox): InboxGroup {
  return (
    inbox.groups.find((group) => group.key === 'your_turn') ?? { key: 'your_turn', title: '', count: 0, entries: [] }
  );
}

/** The number in the header: proposals one of the reader's organisations has not answered. */
export function waitingForYou(services: Services, viewer: Viewer): Promise<number> {
  return countWaitingFor(services.db, viewer.organisationIds);
}

export interface DashboardItems {
  challenges: CardItem[];
  solutions: CardItem[];
  drafts: CardItem[];
}

const DRAFTS = ['draft', 'sent_back'];
const DASHBOARD_SIZE = 100;

function ownFilter(viewer: Viewer, statuses: readonly string[]): ItemFilter {
  return {
    statuses: [...statuses],
    sectors: [],
    spearheads: [],
    regions: [],
    languages: [],
    organisationIds: viewer.organisationIds,
    limit: DASHBOARD_SIZE,
    offset: 0,
  };
}

/** The organisation's items for the dashboard: drafts and items sent back apart from the rest. */
export async function dashboardItems(services: Services, viewer: Viewer): Promise<DashboardItems> {
  if (viewer.organisationIds.length === 0) return { challenges: [], solutions: [], drafts: [] };
  const others = (statuses: readonly string[]) => statuses.filter((status) => !DRAFTS.includes(status));
  const [challenges, solutions, draftChallenges, draftSolutions] = await Promise.all([
    listItems(services.db, 'challenge', ownFilter(viewer, others(CHALLENGE_STATUSES)), viewer),
    listItems(services.db, 'solution', ownFilter(viewer, others(SOLUTION_STATUSES)), viewer),
    listItems(services.db, 'challenge', ownFilter(viewer, DRAFTS), viewer),
    listItems(services.db, 'solution', ownFilter(viewer, DRAFTS), viewer),
  ]);
  return {
    challenges: challenges.rows.map(challengeCard),
    solutions: solutions.rows.map(solutionCard),
    drafts: [...draftChallenges.rows.map(challengeCard), ...draftSolutions.rows.map(solutionCard)],
  };
}
