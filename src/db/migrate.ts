// Migrations are lists of SQL statements run in order, the same on PGlite and PostgreSQL.
import { sql } from 'kysely';
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import type { Database } from './database.ts';
import { foundation } from './migrations/0001-foundation.ts';
import { accessibilityFeedback } from './migrations/0002-accessibility-feedback.ts';
import { matches } from './migrations/0003-matches.ts';
import { notifications } from './migrations/0004-notifications.ts';
import { follows } from './migrations/0005-follows.ts';
import { accountSecurity } from './migrations/0008-account-security.ts';
import { privacy } from './migrations/0009-privacy.ts';
import { reminders } from './migrations/0010-reminders.ts';
import { totpEncryption } from './migrations/0011-totp-encryption.ts';
import { indicators } from './migrations/0012-indicators.ts';
import { federation } from './migrations/0013-federation.ts';
import { apiKeys } from './migrations/0014-api-keys.ts';
import { visibleReferences } from './migrations/0016-visible-references.ts';
import { membershipRequests } from './migrations/0015-membership-requests.ts';
import { sessionLifetimes } from './migrations/0017-session-lifetimes.ts';
import { publishedChanges } from './migrations/0018-published-changes.ts';
import { domainEvents } from './migrations/0019-domain-events.ts';
import { ldesMembers } from './migrations/0020-ldes-members.ts';
import { ldesFollowers } from './migrations/0021-ldes-followers.ts';
import { conversations } from './migrations/0022-conversations.ts';
import { meetings } from './migrations/0023-meetings.ts';
import { ldesMembersByKind } from './migrations/0024-ldes-members-by-kind.ts';
import { matchmaking } from './migrations/0025-matchmaking.ts';
import { eventOutcomes } from './migrations/0026-event-outcomes.ts';
import { attachments } from './migrations/0027-attachments.ts';
import { openCalls } from './migrations/0028-open-calls.ts';
import { eventChanges } from './migrations/0030-event-changes.ts';
import { callResponses } from './migrations/0031-call-responses.ts';

const MIGRATIONS: Record<string, string[]> = {
  '0001-foundation': foundation,
  '0002-accessibility-feedback': accessibilityFeedback,
  '0003-matches': matches,
  '0004-notifications': notifications,
  '0005-follows': follows,
  '0008-account-security': accountSecurity,
  '0009-privacy': privacy,
  '0010-reminders': reminders,
  '0011-totp-encryption': totpEncryption,
  '0012-indicators': indicators,
  '0013-federation': federation,
  '0014-api-keys': apiKeys,
  '0015-membership-requests': membershipRequests,
  '0016-visible-references': visibleReferences,
  '0017-session-lifetimes': sessionLifetimes,
  '0018-published-changes': publishedChanges,
  '0019-domain-events': domainEvents,
  '0020-ldes-members': ldesMembers,
  '0021-ldes-followers': ldesFollowers,
  '0022-conversations': conversations,
  '0023-meetings': meetings,
  '0024-ldes-members-by-kind': ldesMembersByKind,
  '0025-matchmaking': matchmaking,
  '0026-event-outcomes': eventOutcomes,
  '0027-attachments': attachments,
  '0028-open-calls': openCalls,
  '0030-event-changes': eventChanges,
  '0031-call-responses': callResponses,
};

const provider: MigrationProvider = {
  async getMigrations() {
    const entries = Object.entries(MIGRATIONS).map(([name, statements]): [string, Migration] => [
      name,
      {
        async up(db) {
          for (const statement of statements) await sql.raw(statement).execute(db);
        },
      },
    ]);
    return Object.fromEntries(entries);
  },
};

function migrator(db: Database): Migrator {
  return new Migrator({ db, provider });
}

export async function migrateToLatest(db: Database): Promise<string[]> {
  const { error, results } = await migrator(db).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function pendingMigrations(db: Database): Promise<string[]> {
  const migrations = await migrator(db).getMigrations();
  return migrations.filter((m) => m.executedAt === undefined).map((m) => m.name);
}

/** Every migration the code knows, in order, and whether the database has applied it. */
export async function migrationStatus(db: Database): Promise<Array<{ name: string; applied: boolean }>> {
  const migrations = await migrator(db).getMigrations();
  return migrations.map((m) => ({ name: m.name, applied: m.executedAt !== undefined }));
}

/** Applies migrations up to and including NAME: a restore loads a backup at the schema it was made with. */
export async function migrateUpTo(db: Database, name: string): Promise<void> {
  const { error } = await migrator(db).migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
