// The life of a match: suggested by the engine, proposed (by an ambassador, an application, a
// request, or one side's acceptance), accepted by both sides, then the outcomes an ambassador records.
import type { MatchStatus } from '../db/schema.ts';

export const OUTCOMES = ['introduced', 'pilot', 'deployed', 'declined'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Statuses in which the sides still decide. */
export const UNDECIDED: readonly MatchStatus[] = ['suggested', 'proposed'];
/** Only a match proposed to the sides waits on an answer, and so can expire unanswered. */
export function canExpire(status: MatchStatus): boolean {
  return status === 'proposed';
}

/** Statuses after both sides accepted: the introduction has started. */
export const INTRODUCED: readonly MatchStatus[] = ['accepted', 'introduced', 'pilot', 'deployed'];

const OUTCOME_FROM: Record<Outcome, readonly MatchStatus[]> = {
  introduced: ['accepted'],
  pilot: ['accepted', 'introduced'],
  deployed: ['introduced', 'pilot'],
  declined: ['suggested', 'proposed', 'accepted', 'introduced', 'pilot'],
};

export function canRecordOutcome(outcome: Outcome, from: MatchStatus): boolean {
  return OUTCOME_FROM[outcome].includes(from);
}

/** After a side accepts: accepted once both have, otherwise proposed to the other side. */
export function statusAfterAcceptance(challengeAccepted: boolean, solutionAccepted: boolean): MatchStatus {
  return challengeAccepted && solutionAccepted ? 'accepted' : 'proposed';
}

const DAY_MS = 86_400_000;

/** When a proposed match expires unanswered (expireUnansweredMatches counts from its last change); null when nothing waits on an answer. */
export function answerDeadline(match: { status: MatchStatus; updated_at: Date }, expiryDays: number): Date | null {
  return canExpire(match.status) ? new Date(match.updated_at.getTime() + expiryDays * DAY_MS) : null;
}

/** The outcomes an ambassador may record from this status: only once both sides accepted. */
export function outcomesFrom(status: MatchStatus): Outcome[] {
  return INTRODUCED.includes(status) ? OUTCOMES.filter((outcome) => canRecordOutcome(outcome, status)) : [];
}
