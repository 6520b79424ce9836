// helemaal serve | migrate | seed --demo | user create-admin … | digest | reminders | import | backup | restore | retention | feedback export
import { inspect, parseArgs } from 'node:util';
import { loadConfig, secretsCheck } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { sealLegacyTotpSecrets } from '../accounts/second-factor.ts';
import { seedDemoContent } from '../demo/seed.ts';
import { printDemoAccounts } from './demo-accounts.ts';
import { print, printError } from './output.ts';
import { processLog } from './process-log.ts';
import { createAdmin } from '../accounts/service.ts';
import { serve } from './serve.ts';
import { runImportCommand } from '../imports/cli.ts';
import { digestCommand } from './job-services.ts';
import { backupCommand, restoreCommand } from '../operations/cli.ts';
import { applyRetention } from '../privacy/retention.ts';
import { remindersCommand } from './job-services.ts';
import { feedbackExportCommand } from '../matching/feedback-export.ts';

const USAGE = `usage: helemaal <command>
  serve                                   run the platform (PORT, DATABASE_URL, ...)
  migrate                                 apply database migrations
  seed --demo                             load the demo content into an empty database
  user create-admin --email E --name N --password P
                                          create an admin, or promote an existing person
  digest --daily|--weekly                 e-mail the notification digests that are due
  reminders                               send the reminders that are due, expire unanswered matches
  import FILE [--dry-run] [--as EMAIL]    import solutions and organisations from a CSV or JSON file
    [--organisation KBO]                  or one solution of that organisation from a publiccode.yml file
  backup FILE                             write a backup of the whole database (gzipped JSON lines)
  restore FILE [--force]                  load a backup into an empty database (--force replaces its content)
  retention                               remove accounts unverified for 30 days and notifications older than 180 days
  feedback export DIR                     write decided matches as a labelled set for npm run bench:match`;

/** A command that will not run as configured: its message is for the operator, without a stack trace. */
class CommandRefused extends Error {
  override name = 'CommandRefused';
}

async function withDatabase(task: (db: ReturnType<typeof openDatabase>) => Promise<void>): Promise<void> {
  // Every command seals second-factor secrets with SECRET_KEY, so production refuses the fallback here as serve does.
  const secrets = secretsCheck();
  if (secrets?.refuse) throw new CommandRefused(secrets.message);
  const config = loadConfig();
  const db = openDatabase(config.databaseUrl, {
    poolSize: config.databasePoolSize,
    log: processLog(config.logLevel),
  });
  try {
    await migrateToLatest(db);
    await sealLegacyTotpSecrets({ db, config });
    await task(db);
  } finally {
    await db.destroy();
  }
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean' },
      daily: { type: 'boolean' },
      weekly: { type: 'boolean' },
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      'dry-run': { type: 'boolean' },
      as: { type: 'string' },
      organisation: { type: 'string' },
      force: { type: 'boolean' },
    },
  });
  const command = positionals.join(' ');
  if (command === 'serve') return serve(loadConfig());
  if (command === 'migrate') {
    await withDatabase(async () => print('migrations applied'));
    return 0;
  }
  if (command === 'seed' && values.demo) {
    await withDatabase(async (db) => {
      const accounts = await seedDemoContent(db, new Date(), loadConfig().challengeLifetimeDays);
      if (accounts) printDemoAccounts(accounts);
      else print('the database already has content: nothing seeded');
    });
    return 0;
  }
  if (command === 'user create-admin' && values.email && values.name && values.password) {
    const { email, name, password } = values;
    await withDatabase(async (db) => {
      const result = await createAdmin(db, { email, name, password });
      print(result.created ? `admin ${email} created` : `${email} is now an admin`);
    });
    return 0;
  }
  if (command === 'digest' && values.daily !== values.weekly)
    return digestCommand(loadConfig(), values.daily ? 'daily' : 'weekly');
  if (command === 'reminders') return remindersCommand(loadConfig());
  if (positionals[0] === 'import' && positionals.length === 2) {
    let code = 0;
    await withDatabase(async (db) => {
      code = await runImportCommand(db, {
        file: positionals[1] as string,
        dryRun: values['dry-run'] ?? false,
        as: values.as,
        organisation: values.organisation,
      });
    });
    return code;
  }
  if (positionals[0] === 'backup' && positionals.length === 2)
    return backupCommand(loadConfig().databaseUrl, positionals[1] as string);
  if (positionals[0] === 'restore' && positionals.length === 2)
    return restoreCommand(loadConfig().databaseUrl, positionals[1] as string, values.force ?? false);
  if (positionals[0] === 'feedback' && positionals[1] === 'export' && positionals.length === 3) {
    await withDatabase((db) => feedbackExportCommand(db, positionals[2] as string));
    return 0;
  }
  if (command === 'retention') {
    await withDatabase(async (db) => {
      const result = await applyRetention(db, new Date());
      print(`removed ${result.unverifiedAccounts} unverified accounts and ${result.notifications} old notifications`);
    });
    return 0;
  }
  printError(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0 || process.argv[2] !== 'serve') process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CommandRefused) printError(error.message);
    else if (error instanceof Error && error.name === 'AppError')
      printError(`refused: ${JSON.stringify((error as { fields?: unknown }).fields ?? error.message)}`);
    else printError(inspect(error));
    process.exitCode = 1;
  },
);
