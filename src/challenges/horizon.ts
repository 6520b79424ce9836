// A challenge runs until a deadline or for a number of months: exactly one of the two, and a deadline
// that has not already passed. The service checks it for the API and the forms; the forms also run it
// as a rule beside the schema, so its problem comes in the same round as the others.
import type { FieldProblem } from '../shared/errors.ts';

const BELGIAN_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date (yyyy-mm-dd) in Belgium, where the platform's deadlines fall. */
export function belgianToday(now: Date): string {
  return BELGIAN_DAY.format(now);
}

const isGiven = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

/**
 * What is wrong with a horizon, if anything. A deadline equal to `keptDeadline` (the one already stored) is not
 * refused for having passed, so an older challenge can still be edited.
 */
export function horizonProblems(
  deadline: unknown,
  durationMonths: unknown,
  today: string,
  keptDeadline?: string | null,
): FieldProblem[] {
  if (!isGiven(deadline) && !isGiven(durationMonths))
    return [{ field: 'deadline', message: 'posting.horizon_missing' }];
  if (isGiven(deadline) && isGiven(durationMonths)) return [{ field: 'deadline', message: 'posting.horizon_both' }];
  if (typeof deadline === 'string' && deadline < today && deadline !== keptDeadline)
    return [{ field: 'deadline', message: 'posting.deadline_past' }];
  return [];
}
