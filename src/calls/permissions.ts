// Who may see and act on an open call. A call is seen through its challenge by the one visibility rule
// (canReadItem): only whoever may read the challenge may read its calls, and only an open call is shown
// beyond those who manage it (the challenge's organisation and its curating ambassadors).
import type { Viewer } from '../shared/viewer.ts';
import { belongsToViewer, canReadItem, curatesItem, type GuardedItem } from '../items/permissions.ts';
import { OPEN_STATUSES } from '../items/lifecycle.ts';

export interface GuardedCall {
  status: 'draft' | 'submitted' | 'returned' | 'open';
  challenge: GuardedItem;
  /** Who drafted the call: they may return it but not open it themselves (four eyes). */
  draftedBy: string | null;
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

/** Four eyes: whoever drafted a call does not also open it. */
export const canApproveCall = (viewer: Viewer | null, call: GuardedCall): boolean =>
  canReviewCall(viewer, call) && viewer?.id !== call.draftedBy;

/** Public questions are answered by the challenge's own organisation. */
export const canAnswerQuestions = (viewer: Viewer | null, call: GuardedCall): boolean =>
  belongsToViewer(viewer, call.challenge);

/** What the response rules need of a call beyond its challenge: its deadline and its panel's declarations. */
export interface GuardedCallWithResponses extends GuardedCall {
  responsesUntil: Date;
  panel: { personId: string; conflict: 'none' | 'conflict' | null }[];
}

export interface GuardedResponse {
  organisationId: string;
  status: 'draft' | 'submitted' | 'withdrawn';
}

/** The organisations a viewer may respond for: their own, but never the challenge's owner. */
export const respondingOrganisations = (viewer: Viewer | null, call: GuardedCall): string[] =>
  viewer?.emailVerified ? viewer.organisationIds.filter((id) => id !== call.challenge.organisationId) : [];

/** Responses are drafted, submitted, changed and withdrawn only while the call is open and before its deadline. */
export const acceptsResponses = (call: GuardedCallWithResponses, now: Date): boolean =>
  call.status === 'open' && now < call.responsesUntil;

export const canRespond = (viewer: Viewer | null, call: GuardedCallWithResponses, now: Date): boolean =>
  respondingOrganisations(viewer, call).length > 0 && canReadCall(viewer, call) && acceptsResponses(call, now);

/**
 * The one rule for who sees a response, in every channel. Sealed until the deadline: only the responding
 * organisation's own members (not the owner, panel, ambassadors or admins). After it, a panel member who
 * declared no conflict sees submitted responses — never drafts or withdrawn ones.
 */
export function canReadResponse(
  viewer: Viewer | null,
  call: GuardedCallWithResponses,
  response: GuardedResponse,
  now: Date,
): boolean {
  if (!viewer) return false;
  if (viewer.organisationIds.includes(response.organisationId)) return true;
  if (now < call.responsesUntil || response.status !== 'submitted') return false;
  return call.panel.some((p) => p.personId === viewer.id && p.conflict === 'none');
}
