// Reminders, run every hour by the server and on demand by `helemaal reminders`: a challenge about to
// expire (its owner), a proposed match a side has not answered (that side and the curating
// ambassador), a profile not updated for a long time (its owner), a confirmed meeting the day before
// (both organisations, src/meetings), an open call's phase ending in two days (src/calls/reminders.ts).
// Each goes out once per item and reason, through the notification service, so it follows each
// person's e-mail choice and language.
import type { Services } from '../app-types.ts';
import { membersOf } from '../notifications/repository.ts';
import { notify, type Notice } from '../notifications/service.ts';
import { expireUnansweredMatches } from '../matches/service.ts';
import { matchMailContext } from '../matches/mail-context.ts';
import { remindUpcomingMeetings } from '../meetings/reminders.ts';
import { remindCallPhases } from '../calls/reminders.ts';
import * as repository from './repository.ts';

const DAY_MS = 86_400_000;

export interface ReminderRun {
  expiring: number;
  waiting: number;
  stale: number;
  expiredMatches: number;
  /** Confirmed meetings of tomorrow whose participants were reminded. */
  meetings: number;
  /** Phases of open calls ending in two days whose reminder went out. */
  callPhases: number;
}

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/** Sends one reminder unless it was sent before; the claim is given back if sending fails. */
async function remindOnce(
  services: Services,
  reason: string,
  itemKey: string,
  people: string[],
  notice: Notice,
): Promise<boolean> {
  if (people.length === 0 || !(await repository.claim(services.db, reason, itemKey, services.now()))) return false;
  try {
    await notify(services, people, notice);
    return true;
  } catch (error) {
    await repository.release(services.db, reason, itemKey);
    throw error;
  }
}

async function remindExpiring(services: Services, now: Date): Promise<number> {
  const until = new Date(now.getTime() + services.config.reminders.expiryNoticeDays * DAY_MS);
  let sent = 0;
  for (const challenge of await repository.expiringChallenges(services.db, now, until)) {
    const expiresAt = (challenge.expires_at as Date).toISOString();
    // Keyed by the expiry date: a renewed challenge is reminded again before its new expiry.
    const notice = {
      kind: 'reminder_expiring',
      params: { item: challenge.id, itemKind: 'challenge', date: expiresAt },
      link: `/challenges/${challenge.id}`,
    };
    if (
      await remindOnce(
        services,
        'challenge_expiring',
        `${challenge.id}:${expiresAt}`,
        await membersOf(services.db, [challenge.owner_organisation_id]),
        notice,
      )
    )
      sent += 1;
  }
  return sent;
}

async function curators(services: Services, match: repository.WaitingMatch): Promise<string[]> {
  if (match.assigned_ambassador_id) return [match.assigned_ambassador_id];
  return repository.ambassadorsFor(services.db, match.spearheads);
}

async function remindWaiting(services: Services, now: Date): Promise<number> {
  const { waitingDays } = services.config.reminders;
  let sent = 0;
  for (const match of await repository.waitingMatches(services.db, daysBefore(now, waitingDays))) {
    const sides = [
      { side: 'challenge', answered: match.challenge_accepted_at !== null, organisation: match.owner_organisation_id },
      { side: 'solution', answered: match.solution_accepted_at !== null, organisation: match.provider_organisation_id },
    ].filter((s) => !s.answered);
    const ambassadors = await curators(services, match);
    for (const { side, organisation } of sides) {
      const people = [...(await membersOf(services.db, [organisation])), ...ambassadors];
      // Items are named by id: each recipient sees a title only if they may read the item (notifications/titles.ts).
      const params = {
        challengeId: match.challenge_id,
        solutionId: match.solution_id,
        days: String(waitingDays),
        ...(await matchMailContext(services, match.id)),
      };
      const notice = { kind: 'reminder_waiting', params, link: `/matches/${match.id}` };
      if (await remindOnce(services, 'match_waiting', `${match.id}:${side}`, people, notice)) sent += 1;
    }
  }
  return sent;
}

async function remindStale(services: Services, now: Date): Promise<number> {
  const since = daysBefore(now, services.config.reminders.staleProfileDays);
  const days = String(services.config.reminders.staleProfileDays);
  let sent = 0;
  for (const organisation of await repository.staleOrganisations(services.db, since)) {
    const notice = {
      kind: 'reminder_stale',
      params: { title: organisation.name, days },
      link: `/organisations/${organisation.id}`,
    };
    // Keyed by the last update: a profile updated and left alone again is reminded again.
    const key = `organisation:${organisation.id}:${organisation.updated_at.toISOString()}`;
    if (await remindOnce(services, 'stale_profile', key, await membersOf(services.db, [organisation.id]), notice))
      sent += 1;
  }
  for (const solution of await repository.staleSolutions(services.db, since)) {
    const notice = {
      kind: 'reminder_stale',
      params: { item: solution.id, itemKind: 'solution', days },
      link: `/solutions/${solution.id}`,
    };
    const key = `solution:${solution.id}:${solution.updated_at.toISOString()}`;
    if (
      await remindOnce(
        services,
        'stale_profile',
        key,
        await membersOf(services.db, [solution.provider_organisation_id]),
        notice,
      )
    )
      sent += 1;
  }
  return sent;
}

export async function runReminders(services: Services): Promise<ReminderRun> {
  const now = services.now();
  const expiredMatches = await expireUnansweredMatches(
    services,
    daysBefore(now, services.config.reminders.matchExpiryDays),
  );
  return {
    expiring: await remindExpiring(services, now),
    waiting: await remindWaiting(services, now),
    stale: await remindStale(services, now),
    expiredMatches,
    meetings: await remindUpcomingMeetings(services),
    callPhases: await remindCallPhases(services),
  };
}
