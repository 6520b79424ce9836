// Account lockout: after LOCK_AFTER wrong passwords within the window the account refuses every
// password (even the right one) for LOCK_MINUTES, and the person is told by e-mail. This is per
// account and apart from the per-address rate limit, which a spread-out attack would not trip.
import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import type { PersonRow } from '../db/schema.ts';
import { recordAudit } from '../audit/repository.ts';
import { deliver, type AccountServices } from './service.ts';
import { lockoutMail } from './mails.tsx';

export const LOCK_AFTER = 10;
export const LOCK_WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;

export function isLocked(person: PersonRow, now: Date): boolean {
  return person.locked_until !== null && person.locked_until > now;
}

/** Failures since the window opened, not counting those before the last lock ended. */
async function recentFailures(services: AccountServices, person: PersonRow, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - LOCK_WINDOW_MINUTES * 60_000);
  const since = person.locked_until && person.locked_until > windowStart ? person.locked_until : windowStart;
  const row = await services.db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('person_id', '=', person.id)
    .where('occurred_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Where a guess was made: at login, when a signed-in person confirms a step with their password, or a second-factor code. */
export type GuessMethod = 'password' | 'password_confirmation' | 'second_factor';

/**
 * Records a wrong password or second-factor code (all are guesses at the same account); the one
 * that reaches the limit locks the account and sends the e-mail.
 */
export async function recordFailedAttempt(
  services: AccountServices,
  log: FastifyBaseLogger,
  person: PersonRow,
  method: GuessMethod,
): Promise<void> {
  const now = services.now();
  await services.db.insertInto('login_failures').values({ person_id: person.id, occurred_at: now }).execute();
  await recordAudit(services.db, {
    actorId: null,
    action: 'person.login_failed',
    objectType: 'person',
    objectId: person.id,
    after: { method },
  });
  if ((await recentFailures(services, person, now)) < LOCK_AFTER) return;
  const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
  // Only the request that actually sets the lock sends the e-mail, even when failures arrive together.
  const locked = await services.db
    .updateTable('people')
    .set({ locked_until: lockedUntil })
    .where('id', '=', person.id)
    .where(sql<boolean>`locked_until IS NULL OR locked_until <= ${now}`)
    .executeTakeFirst();
  if (Number(locked.numUpdatedRows) === 0) return;
  await recordAudit(services.db, {
    actorId: null,
    action: 'person.locked',
    objectType: 'person',
    objectId: person.id,
    after: { lockedUntil: lockedUntil.toISOString() },
  });
  await deliver(
    services,
    log,
    lockoutMail(
      { email: person.email, name: person.display_name, locale: person.locale },
      services.config.baseUrl,
      lockedUntil,
    ),
  );
}

/** Forgets old failures once a login succeeds, so they cannot add up over many days. */
export async function clearFailures(services: AccountServices, personId: string): Promise<void> {
  await services.db.deleteFrom('login_failures').where('person_id', '=', personId).execute();
}
