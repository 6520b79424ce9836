// What an e-mail about a match must carry besides its one-line notice, as notice parameters: the
// ambassador's note and the deadline while the match waits on an answer. Read from the stored match,
// so the deadline counts from the step just written.
import type { Services } from '../app-types.ts';
import * as repository from './repository.ts';
import { answerDeadline, UNDECIDED } from './lifecycle.ts';

export async function matchMailContext(services: Services, matchId: string): Promise<Record<string, string>> {
  const match = await repository.findMatch(services.db, matchId);
  if (!match || !UNDECIDED.includes(match.status)) return {};
  const events = await repository.matchEvents(services.db, matchId);
  const note = events.find((event) => event.action === 'ambassador' && event.note)?.note;
  const deadline = answerDeadline(match, services.config.reminders.matchExpiryDays);
  return { open: 'yes', ...(note ? { note } : {}), ...(deadline ? { deadline: deadline.toISOString() } : {}) };
}
