// GDPR rights of a person: a copy of all their data (export) and erasure of their account. Erasure
// anonymises rather than deletes the person row, so that what their organisation published stays
// and the audit trail keeps its shape, without the person's e-mail address or name in it.
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { recordAudit } from '../audit/repository.ts';
import type { FastifyBaseLogger } from 'fastify';
import { confirmPassword } from '../accounts/login-service.ts';
import type { AccountServices } from '../accounts/service.ts';
import { errors } from '../shared/errors.ts';
import { readersOf } from '../notifications/repository.ts';
import { readableAudit, readableItems, readableNotices } from './readable-export.ts';
import { eraseMessagesOf, messagesWrittenBy, reportsMadeBy } from '../conversations/repository.ts';
import { eraseDeclineReasonsOf, meetingsInvolving } from '../meetings/repository.ts';
import { followUpsOf, participationOf, requestsOf } from '../matchmaking/personal-data-repository.ts';
import {
  publicAnswersWrittenBy,
  publicQuestionsAskedBy,
  responsesStartedBy,
} from '../calls/personal-data-repository.ts';

async function rowsAsJson(db: Database, query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  const { rows } = await query.execute(db);
  return (rows as Array<{ row: Record<string, unknown> }>).map((r) => r.row);
}

/**
 * Everything the platform holds about a person, without secrets (password hash, session tokens),
 * and naming no item they may not read now (readable-export.ts).
 */
export async function exportPersonalData(db: Database, personId: string, now: Date): Promise<Record<string, unknown>> {
  const [profile] = await rowsAsJson(
    db,
    sql`SELECT to_jsonb(p) - 'password_hash' - 'totp_secret' - 'totp_last_step' AS row FROM people p WHERE id = ${personId}`,
  );
  const [reader] = await readersOf(db, [personId]);
  if (!profile || !reader) throw errors.notFound();
  return {
    exportedAt: now.toISOString(),
    profile,
    memberships: await rowsAsJson(
      db,
      sql`SELECT jsonb_build_object('organisationId', o.id, 'organisation', o.name, 'since', m.created_at) AS row
      FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.person_id = ${personId} ORDER BY o.name`,
    ),
    challenges: await readableItems(
      db,
      reader,
      'challenge',
      await rowsAsJson(
        db,
        sql`SELECT to_jsonb(c) AS row FROM challenges c WHERE created_by = ${personId} ORDER BY created_at`,
      ),
    ),
    solutions: await readableItems(
      db,
      reader,
      'solution',
      await rowsAsJson(
        db,
        sql`SELECT to_jsonb(s) AS row FROM solutions s WHERE created_by = ${personId} ORDER BY created_at`,
      ),
    ),
    sessions: await rowsAsJson(
      db,
      sql`SELECT to_jsonb(s) - 'id' AS row FROM sessions s WHERE person_id = ${personId} ORDER BY created_at`,
    ),
    notifications: await readableNotices(
      db,
      reader,
      await rowsAsJson(
        db,
        sql`SELECT to_jsonb(n) AS row FROM notifications n WHERE person_id = ${personId} ORDER BY created_at`,
      ),
    ),
    follows: await rowsAsJson(
      db,
      sql`SELECT to_jsonb(f) - 'person_id' AS row FROM follows f WHERE person_id = ${personId} ORDER BY created_at`,
    ),
    savedSearches: await rowsAsJson(
      db,
      sql`SELECT to_jsonb(s) - 'person_id' AS row FROM saved_searches s WHERE person_id = ${personId} ORDER BY created_at`,
    ),
    conversationMessages: await messagesWrittenBy(db, personId),
    conversationReports: await reportsMadeBy(db, personId),
    meetings: await meetingsInvolving(db, personId),
    matchmaking: {
      participation: await participationOf(db, personId),
      requests: await requestsOf(db, personId),
      followUps: await followUpsOf(db, personId),
    },
    calls: {
      publicQuestions: await publicQuestionsAskedBy(db, personId),
      publicAnswers: await publicAnswersWrittenBy(db, personId),
      responses: await responsesStartedBy(db, personId),
    },
    contactSettings: await rowsAsJson(
      db,
      sql`SELECT to_jsonb(c) - 'person_id' AS row FROM contact_settings c WHERE person_id = ${personId}`,
    ),
    auditEvents: await readableAudit(
      db,
      reader,
      await rowsAsJson(
        db,
        sql`SELECT to_jsonb(a) AS row FROM audit_events a
      WHERE actor_id = ${personId} OR (object_type = 'person' AND object_id = ${personId}) ORDER BY id`,
      ),
    ),
  };
}

// Tables whose rows belong to one person (they disappear with the person): sessions, tokens,
// memberships, notifications, second-factor secrets, and whatever later migrations add likewise.
async function personalTables(db: Database): Promise<Array<{ table: string; column: string }>> {
  const { rows } = await sql<{ table: string; column: string }>`
    SELECT c.conrelid::regclass::text AS table, a.attname AS column FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    WHERE c.contype = 'f' AND c.confrelid = 'people'::regclass AND c.confdeltype = 'c'`.execute(db);
  return rows;
}

export async function erasePerson(db: Database, personId: string, now: Date): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const person = await tx
      .selectFrom('people')
      .select(['email', 'display_name'])
      .where('id', '=', personId)
      .forUpdate()
      .executeTakeFirst();
    if (!person) throw errors.notFound();
    for (const { table, column } of await personalTables(tx)) {
      await sql`DELETE FROM ${sql.raw(table)} WHERE ${sql.ref(column)} = ${personId}`.execute(tx);
    }
    await eraseMessagesOf(tx, personId, now);
    await eraseDeclineReasonsOf(tx, personId);
    await sql`SELECT erase_person_from_audit(${personId}, ${person.email}, ${person.display_name})`.execute(tx);
    await sql`UPDATE people SET email = ${`erased-${personId}@erased.invalid`}, display_name = '[erased]', password_hash = NULL,
      email_verified_at = NULL, oidc_subject = NULL, totp_secret = NULL, totp_enabled_at = NULL, erased_at = ${now}, updated_at = ${now} WHERE id = ${personId}`.execute(
      tx,
    );
    await recordAudit(tx, { actorId: personId, action: 'person.erased', objectType: 'person', objectId: personId });
  });
}

/** Erasure is confirmed by the password, so a stolen session alone cannot erase an account. */
export async function eraseWithPassword(
  services: AccountServices,
  log: FastifyBaseLogger,
  personId: string,
  password: string,
): Promise<void> {
  await confirmPassword(services, log, personId, password);
  await erasePerson(services.db, personId, services.now());
}
