// The writer of the crash test: creates challenges through the service, one after the other, and
// for each one accepts a match that waits on its side, printing each id on stdout only once its
// transaction has committed (`match:<id>` for an acceptance). Its event flow delivers the
// consequences (introductions, notices, e-mails) meanwhile. The test kills it at random moments and
// checks that every printed write survived with all its consequences, once.
// Run: DATABASE_URL=… node --import tsx crash-writer.ts
import { sql } from 'kysely';
import { openDatabase, type Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { testConfig } from '../config.ts';
import type { Viewer } from '../shared/viewer.ts';
import { createItem } from '../items/service.ts';
import { challengeContent } from '../challenges/content.ts';
import { decide } from '../matches/service.ts';
import { createMailer } from '../notifications/mailer.ts';
import { assembleServices } from '../services.ts';
import { challengeInput } from '../test-support/items.ts';
import { kboFromBase } from '../organisations/enterprise-number.ts';
import { PROVIDER_EMAIL, WRITER_EMAIL, WRITER_TITLE } from './test-support.ts';

async function organisation(db: Database, name: string, base: number): Promise<string> {
  await sql`INSERT INTO organisations (name, kind, is_sme, enterprise_number, country, municipality)
    VALUES (${name}, 'nonprofit', false, ${kboFromBase(base)}, 'BE', 'Gent') ON CONFLICT (enterprise_number) DO NOTHING`.execute(
    db,
  );
  return (
    await db
      .selectFrom('organisations')
      .select('id')
      .where('enterprise_number', '=', kboFromBase(base))
      .executeTakeFirstOrThrow()
  ).id;
}

async function member(db: Database, email: string, name: string, organisationId: string): Promise<string> {
  await sql`INSERT INTO people (email, display_name, role, locale, email_verified_at)
    VALUES (${email}, ${name}, 'member', 'nl', now()) ON CONFLICT (email) DO NOTHING`.execute(db);
  const person = await db.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  await sql`INSERT INTO memberships (person_id, organisation_id) VALUES (${person.id}, ${organisationId}) ON CONFLICT DO NOTHING`.execute(
    db,
  );
  return person.id;
}

// Idempotent, because the writer may have been killed half-way through an earlier start.
async function writerViewer(db: Database): Promise<Viewer> {
  const organisationId = await organisation(db, 'Crashtest vzw', 12_345_678);
  const id = await member(db, WRITER_EMAIL, 'Crash Writer', organisationId);
  return {
    id,
    email: WRITER_EMAIL,
    displayName: 'Crash Writer',
    role: 'member',
    locale: 'nl',
    emailVerified: true,
    organisationIds: [organisationId],
    spearheads: [],
    sessionId: 'crash-writer',
  };
}

/** The provider's published solution that every match pairs with a new challenge. */
async function providerSolution(db: Database): Promise<string> {
  const organisationId = await organisation(db, 'Crashtest Beeld bv', 23_456_789);
  const personId = await member(db, PROVIDER_EMAIL, 'Crash Provider', organisationId);
  await sql`INSERT INTO solutions (title, description, kind, pricing, language, provider_organisation_id, created_by, status, published_at)
    SELECT 'Crashtest: beeldbellen', 'Beeldbellen voor bewoners en familie.', 'app', 'paid', 'nl', ${organisationId}, ${personId}, 'published', now()
    WHERE NOT EXISTS (SELECT 1 FROM solutions WHERE provider_organisation_id = ${organisationId})`.execute(db);
  return (
    await db
      .selectFrom('solutions')
      .select('id')
      .where('provider_organisation_id', '=', organisationId)
      .executeTakeFirstOrThrow()
  ).id;
}

async function main(): Promise<void> {
  const config = testConfig({ databaseUrl: process.env.DATABASE_URL ?? 'pglite://memory' });
  const db = openDatabase(config.databaseUrl);
  await migrateToLatest(db);
  const viewer = await writerViewer(db);
  const solutionId = await providerSolution(db);
  const services = assembleServices(db, config, createMailer(null, config.mailFrom, { info() {} } as never));
  services.events.start(100);
  process.stdout.write('ready\n');
  for (let n = 1; ; n += 1) {
    const id = await createItem(
      services,
      challengeContent,
      viewer,
      challengeInput({ title: `${WRITER_TITLE} ${n}` }) as never,
    );
    process.stdout.write(`${id}\n`);
    // The provider applied; the writer's acceptance introduces both sides.
    const match = await db
      .insertInto('matches')
      .values({
        challenge_id: id,
        solution_id: solutionId,
        origin: 'application',
        status: 'proposed',
        solution_accepted_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await decide(services, viewer, match.id, { decision: 'accept' });
    process.stdout.write(`match:${match.id}\n`);
  }
}

await main();
