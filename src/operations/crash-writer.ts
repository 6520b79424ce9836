// The writer of the crash test: creates challenges through the service, one after the other, and
// prints each id on stdout only once its transaction has committed. The test kills it at random
// moments and checks that every printed id survived. Run: DATABASE_URL=… node --import tsx crash-writer.ts
import { sql } from 'kysely';
import { openDatabase, type Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { testConfig } from '../config.ts';
import type { Services } from '../app-types.ts';
import type { Viewer } from '../accounts/viewer.ts';
import { createChallenge } from '../challenges/service.ts';
import { createMailer } from '../notifications/mailer.ts';
import { assembleServices } from '../services.ts';
import { challengeInput } from '../test-support/items.ts';
import { kboFromBase } from '../organisations/enterprise-number.ts';
import { WRITER_EMAIL, WRITER_TITLE } from './test-support.ts';


// Idempotent, because the writer may have been killed half-way through an earlier start.
async function writerViewer(db: Database): Promise<Viewer> {
  await sql`INSERT INTO organisations (name, kind, is_sme, enterprise_number, country, municipality)
    VALUES ('Crashtest vzw', 'nonprofit', false, ${kboFromBase(12_345_678)}, 'BE', 'Gent') ON CONFLICT (enterprise_number) DO NOTHING`.execute(db);
  await sql`INSERT INTO people (email, display_name, role, locale, email_verified_at)
    VALUES (${WRITER_EMAIL}, 'Crash Writer', 'member', 'nl', now()) ON CONFLICT (email) DO NOTHING`.execute(db);
  const organisation = await db.selectFrom('organisations').select('id').where('enterprise_number', '=', kboFromBase(12_345_678)).executeTakeFirstOrThrow();
  const person = await db.selectFrom('people').select('id').where('email', '=', WRITER_EMAIL).executeTakeFirstOrThrow();
  await sql`INSERT INTO memberships (person_id, organisation_id) VALUES (${person.id}, ${organisation.id}) ON CONFLICT DO NOTHING`.execute(db);
  return {
    id: person.id, email: WRITER_EMAIL, displayName: 'Crash Writer', role: 'member', locale: 'nl',
    emailVerified: true, organisationIds: [organisation.id], spearheads: [], sessionId: 'crash-writer',
  };
}

async function main(): Promise<void> {
  const config = testConfig({ databaseUrl: process.env.DATABASE_URL ?? 'pglite://memory' });
  const db = openDatabase(config.databaseUrl);
  await migrateToLatest(db);
  const viewer = await writerViewer(db);
  const services = assembleServices(db, config, createMailer(null, config.mailFrom, { info() {} } as never));
  process.stdout.write('ready\n');
  for (let n = 1; ; n += 1) {
    const id = await createChallenge(services, viewer, challengeInput({ title: `${WRITER_TITLE} ${n}` }) as never);
    process.stdout.write(`${id}\n`);
  }
}

await main();
