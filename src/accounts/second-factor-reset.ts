// An admin resets a person's second factor, e.g. after a lost phone: the secret, the recovery codes
// and every session go, so the person logs in again and (as ambassador or admin) must enrol anew.
import type { Database } from '../db/database.ts';
import { recordAudit } from '../audit/repository.ts';
import { errors } from '../shared/errors.ts';
import { findPersonByEmail, findPersonById, updatePerson } from './repository.ts';
import { revokeSessionsOf } from './session-repository.ts';
import type { Viewer } from '../shared/viewer.ts';

export async function resetSecondFactor(db: Database, admin: Viewer, personId: string, now: Date): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const person = await findPersonById(tx, personId);
    if (!person?.totp_secret) throw errors.notFound();
    await updatePerson(tx, person.id, {
      totp_secret: null,
      totp_enabled_at: null,
      totp_last_step: null,
      updated_at: now,
    });
    await tx.deleteFrom('recovery_codes').where('person_id', '=', person.id).execute();
    await revokeSessionsOf(tx, person.id);
    await recordAudit(tx, {
      actorId: admin.id,
      action: 'person.second_factor_reset',
      objectType: 'person',
      objectId: person.id,
      before: { secondFactor: person.totp_enabled_at !== null },
      after: { secondFactor: false },
    });
  });
}

/** The id of the person with this address, for the admin page that works by e-mail address. */
export async function personIdByEmail(db: Database, email: string): Promise<string> {
  const person = await findPersonByEmail(db, email.trim());
  if (!person) throw errors.notFound();
  return person.id;
}
