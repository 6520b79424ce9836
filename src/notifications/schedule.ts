// The notification jobs the server runs on a schedule and the CLI runs on demand. Digests are safe
// to run often: each person gets at most one per period.
import type { Config } from '../config.ts';
import type { Services } from '../app-types.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { assembleServices } from '../services.ts';
import { createMailer } from './mailer.ts';
import { sendDigests } from './digest.ts';

export async function runNotificationJobs(services: Services): Promise<{ daily: number; weekly: number }> {
  return { daily: await sendDigests(services, 'daily'), weekly: await sendDigests(services, 'weekly') };
}

/** Services for a one-off job from the command line, closed again when the task is done. */
export async function withJobServices(config: Config, task: (services: Services) => Promise<void>): Promise<void> {
  const db = openDatabase(config.databaseUrl, { poolSize: config.databasePoolSize });
  await migrateToLatest(db);
  const services = assembleServices(db, config, createMailer(config.smtpUrl, config.mailFrom, console as never));
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
    console.log(`${mode} digests sent: ${sent}`);
  });
  return 0;
}
