// One-off jobs from the command line (`helemaal digest`, `helemaal reminders`): services for the
// task, closed again when it is done.
import type { Config } from '../config.ts';
import type { Services } from '../app-types.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { assembleServices } from '../services.ts';
import { createMailer } from '../notifications/mailer.ts';
import { sendDigests } from '../notifications/digest.ts';
import { runReminders } from '../reminders/service.ts';
import { mailLog } from './mail-log.ts';
import { print } from './output.ts';
import { processLog } from './process-log.ts';

/** Services for a one-off job from the command line, closed again when the task is done. */
export async function withJobServices(config: Config, task: (services: Services) => Promise<void>): Promise<void> {
  const log = processLog(config.logLevel);
  const db = openDatabase(config.databaseUrl, { poolSize: config.databasePoolSize, log });
  await migrateToLatest(db);
  // Without SMTP_URL the e-mails are log lines, their tokens kept out in production as serve does.
  const services = assembleServices(
    db,
    config,
    createMailer(config.smtpUrl, config.mailFrom, mailLog(log, config.production)),
  );
  try {
    await task(services);
    // The notices the task queued are sent before the command ends.
    await services.events.settled();
  } finally {
    await services.events.stop();
    services.mailer.close();
    await db.destroy();
  }
}

/** `helemaal digest --daily|--weekly`: sends the digests due now and reports how many. */
export async function digestCommand(config: Config, mode: 'daily' | 'weekly'): Promise<number> {
  await withJobServices(config, async (services) => {
    const sent = await sendDigests(services, mode);
    print(`${mode} digests sent: ${sent}`);
  });
  return 0;
}

/** `helemaal reminders`: expires unanswered matches and sends the reminders that are due now. */
export async function remindersCommand(config: Config): Promise<number> {
  await withJobServices(config, async (services) => {
    const run = await runReminders(services);
    print(
      `reminders sent: ${run.expiring} expiring challenges, ${run.waiting} waiting matches, ${run.stale} stale profiles, ${run.callPhases} call phases ending; ${run.expiredMatches} unanswered matches expired`,
    );
  });
  return 0;
}
