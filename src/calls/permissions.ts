// Who may see and act on an open call. A call is seen through its challenge by the one visibility rule
// (canReadItem): only whoever may read the challenge may read its calls, and only an open call is shown
// beyond those who manage it (the challenge's organisation and its curating ambassadors).
import type { Viewer } from '../shared/viewer.ts';
import { belongsToViewer, canReadItem, curatesItem, type GuardedItem } from '../items/permissions.ts';
import { OPEN_STATUSES } from '../items/lifecycle.ts';

export interface GuardedCall {
  status: 'draft' | 'submitted' | 'returned' | 'open';
  challenge: GuardedItem;
}

export const managesCall = (viewer: Viewer | null, call: GuardedCall): boolean =>
  belongsToViewer(viewer, call.challenge) || curatesItem(viewer, call.challenge);

export const canReadCall = (viewer: Viewer | null, call: GuardedCall): boolean =>
  canReadItem(viewer, call.challenge) && (call.status === 'open' || managesCall(viewer, call));

/** A call is opened on a published, still open challenge, by its organisation or a curating ambassador. */
export const canOpenCallOn = (viewer: Viewer | null, challenge: GuardedItem): boolean =>
  (viewer?.emailVerified ?? false) &&
  (belongsToViewer(viewer, challenge) || curatesItem(viewer, challenge)) &&
  OPEN_STATUSES.challenge.includes(challenge.status as never);

export const curatesCall = (viewer: Viewer | null, call: GuardedCall): boolean => curatesItem(viewer, call.challenge);

/** An ambassador curating the challenge approves or returns a submitted call. */
export const canReviewCall = (viewer: Viewer | null, call: GuardedCall): boolean =>
  call.status === 'submitted' && curatesCall(viewer, call);

/** Public questions are answered by the challenge's own organisation. */
export const canAnswerQuestions = (viewer: Viewer | null, call: GuardedCall): boolean =>
  belongsToViewer(viewer, call.challenge);
