// The review lifecycle of challenges and solutions: which action moves an item from which status
// to which, and who may take it. Everything else (storage, audit) follows from this table.
import type { ItemKind } from '../shared/item-kind.ts';

export const CHALLENGE_STATUSES = [
  'draft',
  'submitted',
  'sent_back',
  'published',
  'matched',
  'in_progress',
  'solved',
  'closed',
  'expired',
] as const;
export const SOLUTION_STATUSES = ['draft', 'submitted', 'sent_back', 'published', 'archived'] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];
export type SolutionStatus = (typeof SOLUTION_STATUSES)[number];
export type ItemStatus = ChallengeStatus | SolutionStatus;

export const ACTIONS = [
  'submit',
  'publish',
  'send_back',
  'mark_matched',
  'start',
  'solve',
  'close',
  'expire',
  'renew',
  'archive',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Who takes an action: the owning organisation, a reviewing ambassador (or admin), or the platform itself. */
export type Actor = 'owner' | 'ambassador' | 'system';

interface Transition {
  from: readonly ItemStatus[];
  to: ItemStatus;
  by: readonly Actor[];
}

const CHALLENGE_TRANSITIONS: Partial<Record<Action, Transition>> = {
  submit: { from: ['draft', 'sent_back'], to: 'submitted', by: ['owner'] },
  publish: { from: ['submitted'], to: 'published', by: ['ambassador'] },
  send_back: { from: ['submitted'], to: 'sent_back', by: ['ambassador'] },
  mark_matched: { from: ['published'], to: 'matched', by: ['ambassador', 'system'] },
  start: { from: ['published', 'matched'], to: 'in_progress', by: ['owner', 'ambassador'] },
  solve: { from: ['matched', 'in_progress'], to: 'solved', by: ['owner', 'ambassador'] },
  close: {
    from: ['draft', 'sent_back', 'published', 'matched', 'in_progress', 'expired'],
    to: 'closed',
    by: ['owner', 'ambassador'],
  },
  expire: { from: ['published', 'matched'], to: 'expired', by: ['system'] },
  renew: { from: ['expired', 'published', 'matched'], to: 'published', by: ['owner', 'ambassador'] },
};

const SOLUTION_TRANSITIONS: Partial<Record<Action, Transition>> = {
  submit: { from: ['draft', 'sent_back', 'archived'], to: 'submitted', by: ['owner'] },
  publish: { from: ['submitted'], to: 'published', by: ['ambassador'] },
  send_back: { from: ['submitted'], to: 'sent_back', by: ['ambassador'] },
  archive: { from: ['draft', 'sent_back', 'published'], to: 'archived', by: ['owner', 'ambassador'] },
};

const TRANSITIONS: Record<ItemKind, Partial<Record<Action, Transition>>> = {
  challenge: CHALLENGE_TRANSITIONS,
  solution: SOLUTION_TRANSITIONS,
};

/** The status an action leads to, or null when the action is not allowed from here by these actors. */
export function nextStatus(kind: ItemKind, action: Action, from: string, actors: readonly Actor[]): ItemStatus | null {
  const transition = TRANSITIONS[kind][action];
  if (!transition?.from.includes(from as ItemStatus)) return null;
  return transition.by.some((actor) => actors.includes(actor)) ? transition.to : null;
}

/** The actions these actors can take on an item in this status, to offer them as buttons. */
export function availableActions(kind: ItemKind, from: string, actors: readonly Actor[]): Action[] {
  return ACTIONS.filter((action) => action !== 'expire' && nextStatus(kind, action, from, actors) !== null);
}

/** Statuses in which an item is visible beyond its owners (subject to its classification). */
export const LISTED_STATUSES: Record<ItemKind, readonly ItemStatus[]> = {
  challenge: ['published', 'matched', 'in_progress', 'solved', 'closed', 'expired'],
  solution: ['published', 'archived'],
};

/** Statuses a visitor sees in the catalogue unless they ask for others. */
export const OPEN_STATUSES: Record<ItemKind, readonly ItemStatus[]> = {
  challenge: ['published', 'matched', 'in_progress'],
  solution: ['published'],
};

export const REVIEW_STATUSES: readonly ItemStatus[] = ['submitted'];
