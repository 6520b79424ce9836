// The day-before reminder of confirmed meetings, run with the platform's hourly reminders
// (src/reminders): both organisations' members hear of it once, as they chose to be notified.
import type { Services } from '../app-types.ts';
import { findMatch } from '../matches/repository.ts';
import { loadParties } from '../matches/parties.ts';
import { membersOf } from '../notifications/repository.ts';
import { notify } from '../notifications/service.ts';
import * as repository from './repository.ts';

const DAY_MS = 86_400_000;

async function remindOf(services: Services, meeting: repository.MeetingRow): Promise<void> {
  const match = await findMatch(services.db, meeting.match_id);
  const slot = (await repository.findMeeting(services.db, meeting.match_id, meeting.id))?.slots.find((s) => s.chosen);
  if (!match || !slot) return;
  const { challenge, solution } = await loadParties(services.db, match);
  await notify(
    services,
    await membersOf(services.db, [challenge.owner_organisation_id, solution.provider_organisation_id]),
    {
      kind: 'meeting_reminder',
      params: { challengeId: challenge.id, solutionId: solution.id, date: slot.starts_at.toISOString() },
      link: `/matches/${match.id}/meetings/${meeting.id}`,
    },
  );
}

/** The day before: both organisations' members are reminded of a confirmed meeting, once, as they chose to be notified. */
export async function remindUpcomingMeetings(services: Services): Promise<number> {
  const now = services.now();
  const due = await repository.claimDueReminders(services.db, now, new Date(now.getTime() + DAY_MS));
  for (const meeting of due) {
    try {
      await remindOf(services, meeting);
    } catch (error) {
      await repository.releaseReminder(services.db, meeting.id);
      throw error;
    }
  }
  return due.length;
}
