// `helemaal reminders`: expires unanswered matches and sends the reminders that are due now.
import type { Config } from '../config.ts';
import { withJobServices } from '../notifications/schedule.ts';
import { runReminders } from './service.ts';

export async function remindersCommand(config: Config): Promise<number> {
  await withJobServices(config, async (services) => {
    const run = await runReminders(services);
    console.log(
      `reminders sent: ${run.expiring} expiring challenges, ${run.waiting} waiting matches, ${run.stale} stale profiles; ${run.expiredMatches} unanswered matches expired`,
    );
  });
  return 0;
}
