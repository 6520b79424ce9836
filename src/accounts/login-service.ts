// Logging in, by password or by the government's OpenID Connect provider. Both end in the same
// session start: an ambassador, an admin or anyone with a second factor gets a session that
// waits for it. Every login and failed login is in the audit log.
import type { FastifyBaseLogger } from 'fastify';
import type { PersonRow } from '../db/schema.ts';
import { recordAudit } from '../audit/repository.ts';
import { errors } from '../shared/errors.ts';
import { findPersonByEmail, findPersonById } from './repository.ts';
import { verifyAgainstNothing, verifyPassword } from './passwords.ts';
import { startSession } from './session.ts';
import { needsSecondFactor } from '../shared/viewer.ts';
import { clearFailures, isLocked, recordFailedAttempt } from './lockout.ts';
import { securityErrors } from './security-errors.ts';
import type { AccountServices } from './service.ts';
import type { LoginBody } from './schemas.ts';

export type LoginMethod = 'password' | 'oidc';

export interface LoggedIn {
  person: PersonRow;
  sessionToken: string;
  secondFactorPending: boolean;
}

export async function openSession(
  services: AccountServices,
  person: PersonRow,
  method: LoginMethod,
  userAgent: string | undefined,
  keepSignedIn = false,
): Promise<LoggedIn> {
  const secondFactorPending = needsSecondFactor(person.role, person.totp_enabled_at !== null);
  const sessionToken = await startSession(services.db, person.id, services.now(), {
    userAgent,
    secondFactorPending,
    keepSignedIn,
  });
  await recordAudit(services.db, {
    actorId: person.id,
    action: 'person.logged_in',
    objectType: 'person',
    objectId: person.id,
    after: { method, secondFactorPending },
  });
  return { person, sessionToken, secondFactorPending };
}

async function recordUnknownLogin(services: AccountServices, email: string): Promise<void> {
  await recordAudit(services.db, {
    actorId: null,
    action: 'login.failed_unknown_email',
    objectType: 'login',
    objectId: email.toLowerCase().slice(0, 254),
  });
}

/** The same answer and about the same time for an unknown e-mail as for a wrong password. */
export async function logIn(
  services: AccountServices,
  log: FastifyBaseLogger,
  input: LoginBody,
  userAgent?: string,
): Promise<LoggedIn> {
  const person = await findPersonByEmail(services.db, input.email.trim());
  // A locked account answers like a wrong password: a different answer would tell a stranger that
  // the address has an account. Its owner learns of the lock from the e-mail.
  if (person && isLocked(person, services.now())) {
    await verifyAgainstNothing(input.password);
    throw errors.invalidCredentials();
  }
  const valid = person?.password_hash
    ? await verifyPassword(person.password_hash, input.password)
    : await verifyAgainstNothing(input.password);
  if (!person) await recordUnknownLogin(services, input.email.trim());
  if (!person || !valid) {
    if (person) await recordFailedAttempt(services, log, person, 'password');
    throw errors.invalidCredentials();
  }
  await clearFailures(services, person.id);
  return openSession(services, person, 'password', userAgent, input.keepSignedIn);
}

/**
 * A signed-in person confirms a grave step (erasing the account) with their password. Wrong
 * passwords count towards the lockout like failed logins, so a stolen session cannot be used to
 * guess the password; a locked account refuses even the right one.
 */
export async function confirmPassword(
  services: AccountServices,
  log: FastifyBaseLogger,
  personId: string,
  password: string,
): Promise<void> {
  const person = await findPersonById(services.db, personId);
  if (!person) throw errors.unauthenticated();
  if (isLocked(person, services.now())) {
    await verifyAgainstNothing(password);
    throw securityErrors.accountLocked();
  }
  const valid = person.password_hash
    ? await verifyPassword(person.password_hash, password)
    : await verifyAgainstNothing(password);
  if (valid) return;
  await recordFailedAttempt(services, log, person, 'password_confirmation');
  throw errors.invalidCredentials();
}
