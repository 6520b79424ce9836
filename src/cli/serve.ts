// Runs the platform: migrate, seed demo content into an empty database, listen, expire challenges
// on a schedule, and shut down gracefully (readiness turns false, in-flight requests finish).
import cluster from 'node:cluster';
import { secretsCheck, type Config } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { sealLegacyTotpSecrets } from '../accounts/second-factor.ts';
import { seedDemoContent } from '../demo/seed.ts';
import { buildApp } from '../app.ts';
import type { App, Services } from '../app-types.ts';
import { createMailer, type MailLog } from '../notifications/mailer.ts';
import { ItemEvents } from '../publication/events.ts';
import { MatchingService, lexiconLoadMilliseconds } from '../matching/service.ts';
import { expireDueChallenges } from '../challenges/service.ts';
import { printDemoAccounts } from './main.ts';
import { runNotificationJobs } from '../notifications/schedule.ts';
import { runReminders } from '../reminders/service.ts';
import { startFederationSchedule } from '../federation/schedule.ts';
import type { Database } from '../db/database.ts';
import { instancesFor, runInstances, SCHEDULES_ENV } from './instances.ts';
import { redactSecrets } from '../web/request-log.ts';

const EXPIRY_INTERVAL_MS = 60 * 60 * 1000;
// Other instances' changes reach this instance's matching index within this interval.
const MATCH_SYNC_INTERVAL_MS = 5_000;
const DRAIN_GRACE_MS = Number(process.env.SHUTDOWN_GRACE_MS ?? 2000);

export async function serve(config: Config): Promise<number> {
  if (cluster.isWorker) return serveInstance(config, openDatabase(config.databaseUrl), process.env[SCHEDULES_ENV] === '1');
  const secrets = secretsCheck();
  if (secrets) console.error(`\n${secrets.message}\n`);
  if (secrets?.refuse) return 1;
  const db = openDatabase(config.databaseUrl);
  await migrateToLatest(db);
  await sealLegacyTotpSecrets({ db, config });
  if (config.loadDemoContent) {
    const accounts = await seedDemoContent(db, new Date(), config.challengeLifetimeDays);
    if (accounts) printDemoAccounts(accounts);
  }
  const instances = instancesFor(config);
  if (instances === 1) return serveInstance(config, db, true);
  await db.destroy();
  return runInstances(config, instances);
}

/** One instance: the HTTP server, its matching index, and the schedules when `schedules` is set. */
async function serveInstance(config: Config, db: Database, schedules: boolean): Promise<number> {
  const events = new ItemEvents();
  const services: Services = {
    db, config, now: () => new Date(), state: { draining: false }, events,
    matching: new MatchingService(db, events, (error) => console.error('matching index update failed', error)),
    mailer: createMailer(config.smtpUrl, config.mailFrom, mailLog(config.production)),
  };
  const app = await buildApp(services);
  if (schedules) await expireDueChallenges(services);
  await services.matching.engine();
  app.log.info({ lexiconLoadMs: lexiconLoadMilliseconds() }, 'matching lexicon loaded');
  const sync = setInterval(() => { services.matching.syncChanges().catch((error: unknown) => app.log.error({ err: error }, 'matching sync failed')); }, MATCH_SYNC_INTERVAL_MS);
  sync.unref();
  const timers = [sync, ...(schedules ? startSchedules(app, services) : [])];
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`Helemaal Digitaal runs at ${config.baseUrl}`);

  const shutdown = async (signal: string) => {
    if (services.state.draining) return;
    services.state.draining = true;
    app.log.info({ signal }, 'draining: readiness is false, finishing in-flight requests');
    for (const timer of timers) clearInterval(timer);
    await new Promise((resolve) => setTimeout(resolve, DRAIN_GRACE_MS));
    await app.close();
    services.mailer.close();
    await db.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  return 0;
}

/** Without SMTP_URL e-mails go to the log; a developer follows their links, production keeps the tokens out. */
function mailLog(production: boolean): MailLog {
  const shown = (details: object) => (production
    ? Object.fromEntries(Object.entries(details).map(([name, value]) => [name, typeof value === 'string' ? redactSecrets(value) : value]))
    : details);
  return { info: (details: object, message: string) => console.log(message, shown(details)) } as MailLog;
}

/** Expiry, reminders, digests and federation pulls: run by one instance only. */
function startSchedules(app: App, services: Services): NodeJS.Timeout[] {
  const expiry = setInterval(() => { expireDueChallenges(services).catch((error: unknown) => app.log.error({ err: error }, 'expiry failed')); }, EXPIRY_INTERVAL_MS);
  // Reminders first, so that a digest sent in the same hour already carries them.
  const hourlyNotices = async () => {
    await runReminders(services).catch((error: unknown) => app.log.error({ err: error }, 'reminders failed'));
    await runNotificationJobs(services);
  };
  const notices = setInterval(() => { hourlyNotices().catch((error: unknown) => app.log.error({ err: error }, 'notification jobs failed')); }, EXPIRY_INTERVAL_MS);
  const federation = startFederationSchedule(services, (error: unknown) => app.log.error({ err: error }, 'federation sync failed'));
  for (const timer of [expiry, notices]) timer.unref();
  return [expiry, notices, federation];
}
