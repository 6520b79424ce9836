// Runs the platform: migrate, seed demo content into an empty database, listen, deliver the domain
// events' consequences, run the scheduled jobs, and shut down gracefully (readiness turns false,
// in-flight requests finish).
import cluster from 'node:cluster';
import { secretsCheck, type Config } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { sealLegacyTotpSecrets } from '../accounts/second-factor.ts';
import { seedDemoContent } from '../demo/seed.ts';
import { buildApp } from '../app.ts';
import type { Services } from '../app-types.ts';
import { createMailer } from '../notifications/mailer.ts';
import { lexiconLoadMilliseconds } from '../matching/service.ts';
import { assembleServices } from '../services.ts';
import { JobRunner, type ScheduledJob } from '../events/jobs.ts';
import { consumerStates, pruneDeliveredEvents } from '../events/repository.ts';
import { pruneSentMails } from '../notifications/outgoing-repository.ts';
import { applyRetention } from '../privacy/retention.ts';
import { observeEventLag, onCollect, recordJobRun, watchMatchingIndex } from '../operations/metrics.ts';
import { expireDueItems } from '../items/service.ts';
import { logDemoAccounts } from './demo-accounts.ts';
import { runNotificationJobs } from '../notifications/digest.ts';
import { runReminders } from '../reminders/service.ts';
import { federationOptions } from '../federation/schedule.ts';
import { syncDuePartners } from '../federation/sync.ts';
import type { Database } from '../db/database.ts';
import { instancesFor, runInstances } from './instances.ts';
import { mailLog } from './mail-log.ts';
import { processLog, type ProcessLog } from './process-log.ts';

// Other instances' changes reach this instance's index and caches within this interval, and retries
// that came due are picked up.
const EVENT_POLL_MS = 1_000;
const JOB_CHECK_MS = 15_000;
// Delivered domain events and sent e-mails are kept this long for inspection, then removed.
const OUTBOX_RETENTION_DAYS = 30;

export async function serve(config: Config): Promise<number> {
  const log = processLog(config.logLevel);
  const open = () => openDatabase(config.databaseUrl, { poolSize: config.databasePoolSize, log });
  if (cluster.isWorker) return serveInstance(config, open(), log);
  const secrets = secretsCheck();
  if (secrets?.refuse) {
    log.fatal(secrets.message);
    return 1;
  }
  if (secrets) log.warn(secrets.message);
  const db = open();
  await migrateToLatest(db);
  await sealLegacyTotpSecrets({ db, config });
  if (config.loadDemoContent) {
    const accounts = await seedDemoContent(db, new Date(), config.challengeLifetimeDays);
    if (accounts) logDemoAccounts(log, accounts);
  }
  const instances = instancesFor(config, log);
  if (instances === 1) return serveInstance(config, db, log);
  await db.destroy();
  return runInstances(config, instances, log);
}

/** One instance: the HTTP server, its matching index, its event flow, and its share of the scheduled jobs. */
async function serveInstance(config: Config, db: Database, log: ProcessLog): Promise<number> {
  const services = assembleServices(
    db,
    config,
    createMailer(config.smtpUrl, config.mailFrom, mailLog(log, config.production)),
  );
  const app = await buildApp(services);
  watchMatchingIndex(app, await services.matching.engine());
  app.log.info({ lexiconLoadMs: lexiconLoadMilliseconds() }, 'matching lexicon loaded');
  onCollect(app, async () => {
    for (const consumer of await consumerStates(db)) observeEventLag(app, consumer.name, consumer.lagSeconds);
  });
  services.events.start(EVENT_POLL_MS);
  const jobs = new JobRunner(db, services.events.holder, scheduledJobs(services), (report) => {
    recordJobRun(app, report.job, report.ok ? 'succeeded' : 'failed', report.seconds);
    if (!report.ok) app.log.error({ err: report.error, job: report.job }, 'scheduled job failed');
  });
  jobs.start(JOB_CHECK_MS);
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`Helemaal Digitaal runs at ${config.baseUrl}`);
  // Consequences of changes made while this instance was down are delivered now.
  services.events.kick();
  void jobs.runDue();

  const shutdown = async (signal: string) => {
    if (services.state.draining) return;
    services.state.draining = true;
    app.log.info({ signal }, 'draining: readiness is false, finishing in-flight requests');
    await jobs.stop();
    await new Promise((resolve) => setTimeout(resolve, config.shutdownGraceMs));
    await app.close();
    services.mailer.close();
    await db.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  return 0;
}

/** Expiry, reminders and digests hourly, federation every minute (each partner when it is due), retention daily. */
function scheduledJobs(services: Services): ScheduledJob[] {
  return [
    {
      name: 'challenge-expiry',
      everySeconds: 3600,
      leaseSeconds: 600,
      run: () => expireDueItems(services, 'challenge'),
    },
    // Reminders first, so that a digest sent in the same hour already carries them.
    {
      name: 'reminders-and-digests',
      everySeconds: 3600,
      leaseSeconds: 900,
      run: async () => {
        await runReminders(services);
        await runNotificationJobs(services);
      },
    },
    {
      name: 'outbox-retention',
      everySeconds: 86_400,
      leaseSeconds: 600,
      run: () =>
        Promise.all([
          pruneDeliveredEvents(services.db, OUTBOX_RETENTION_DAYS),
          pruneSentMails(services.db, OUTBOX_RETENTION_DAYS),
        ]),
    },
    {
      name: 'privacy-retention',
      everySeconds: 86_400,
      leaseSeconds: 600,
      run: () => applyRetention(services.db, services.now()),
    },
    {
      name: 'federation-sync',
      everySeconds: 60,
      leaseSeconds: 900,
      run: () => syncDuePartners(services, federationOptions(services.config.federationSyncMinutes)),
    },
  ];
}
