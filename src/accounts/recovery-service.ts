// E-mail verification and password recovery, both by one-time links whose token is stored hashed.
import type { FastifyBaseLogger } from 'fastify';
import { recordAudit } from '../audit/repository.ts';
import { errors } from '../shared/errors.ts';
import { organisationsOf } from '../organisations/service.ts';
import { revokeSessionsOf } from './session-repository.ts';
import {
  consumeAccountToken,
  findPersonByEmail,
  findPersonById,
  findTokenHolder,
  retireTokensOf,
  updatePerson,
} from './repository.ts';
import { hashPassword, passwordProblems } from './passwords.ts';
import { tokenHash } from './tokens.ts';
import { passwordResetMail } from './mails.tsx';
import { personAuditSnapshot } from './presenter.ts';
import { deliver, issueAccountToken, sendVerificationEmail, type AccountServices } from './service.ts';
import type { PasswordResetBody } from './schemas.ts';
import type { Viewer } from '../shared/viewer.ts';

const RESET_HOURS = 1;

/** Marks the e-mail address of the link's owner as verified; a used, expired or unknown link is refused. */
export async function verifyEmail(services: AccountServices, token: string): Promise<void> {
  const now = services.now();
  await services.db.transaction().execute(async (tx) => {
    const personId = await consumeAccountToken(tx, tokenHash(token), 'verify_email', now);
    if (!personId) throw errors.invalidToken();
    const before = await findPersonById(tx, personId);
    if (!before || before.email_verified_at) return;
    const after = await updatePerson(tx, personId, { email_verified_at: now, updated_at: now });
    await recordAudit(tx, {
      actorId: personId,
      action: 'person.email_verified',
      objectType: 'person',
      objectId: personId,
      before: personAuditSnapshot(before),
      after: personAuditSnapshot(after),
    });
  });
}

export async function resendVerification(
  services: AccountServices,
  log: FastifyBaseLogger,
  viewer: Viewer,
): Promise<void> {
  const person = await findPersonById(services.db, viewer.id);
  if (!person || person.email_verified_at) return;
  await sendVerificationEmail(services, log, person);
}

/**
 * Sends a reset link when the address belongs to someone. The caller answers the same either way,
 * and the mail is not awaited so the answer takes as long for a stranger's address as for a member's.
 */
export async function requestPasswordReset(
  services: AccountServices,
  log: FastifyBaseLogger,
  email: string,
): Promise<void> {
  const person = await findPersonByEmail(services.db, email.trim());
  if (!person) return;
  const token = await issueAccountToken(services.db, person.id, 'reset_password', RESET_HOURS, services.now());
  void deliver(
    services,
    log,
    passwordResetMail(
      { email: person.email, name: person.display_name, locale: person.locale },
      services.config.baseUrl,
      token,
    ),
  );
}

export async function isResetTokenUsable(services: AccountServices, token: string): Promise<boolean> {
  return (await findTokenHolder(services.db, tokenHash(token), 'reset_password', services.now())) !== undefined;
}

/** Sets the new password and logs the person out everywhere, since someone else may have had access. */
export async function resetPassword(services: AccountServices, input: PasswordResetBody): Promise<void> {
  const now = services.now();
  const hash = tokenHash(input.token);
  const holderId = await findTokenHolder(services.db, hash, 'reset_password', now);
  const holder = holderId ? await findPersonById(services.db, holderId) : undefined;
  if (!holder) throw errors.invalidToken();
  const organisations = await organisationsOf(services.db, holder.id);
  const problems = passwordProblems(input.password, holder.email, [
    holder.display_name,
    ...organisations.map((o) => o.name),
  ]);
  if (problems.length > 0) throw errors.validation(problems);
  const passwordHash = await hashPassword(input.password);
  await services.db.transaction().execute(async (tx) => {
    if ((await consumeAccountToken(tx, hash, 'reset_password', now)) !== holder.id) throw errors.invalidToken();
    // Following the link proves the mailbox is theirs, so the address counts as verified too, and
    // a lock against password guessing has done its work.
    const after = await updatePerson(tx, holder.id, {
      password_hash: passwordHash,
      email_verified_at: holder.email_verified_at ?? now,
      locked_until: null,
      updated_at: now,
    });
    await retireTokensOf(tx, holder.id, 'reset_password', now);
    await revokeSessionsOf(tx, holder.id);
    await recordAudit(tx, {
      actorId: holder.id,
      action: 'person.password_reset',
      objectType: 'person',
      objectId: holder.id,
      before: personAuditSnapshot(holder),
      after: personAuditSnapshot(after),
    });
  });
}
