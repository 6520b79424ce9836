// All queries on people and their one-time account tokens.
import type { Insertable, Updateable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { AccountTokensTable, PeopleTable, PersonRow } from '../db/schema.ts';

export type TokenPurpose = AccountTokensTable['purpose'];

export async function findPersonByEmail(db: Database, email: string): Promise<PersonRow | undefined> {
  return db.selectFrom('people').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export async function findPersonById(db: Database, id: string): Promise<PersonRow | undefined> {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertPerson(db: Database, values: Insertable<PeopleTable>): Promise<PersonRow> {
  return db.insertInto('people').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updatePerson(db: Database, id: string, changes: Updateable<PeopleTable>): Promise<PersonRow> {
  return db.updateTable('people').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function insertAccountToken(
  db: Database,
  tokenHash: string,
  personId: string,
  purpose: TokenPurpose,
  expiresAt: Date,
): Promise<void> {
  await db
    .insertInto('account_tokens')
    .values({ id: tokenHash, person_id: personId, purpose, expires_at: expiresAt })
    .execute();
}

/** The person a live, unused token belongs to, without using it up (to show the reset form). */
export async function findTokenHolder(
  db: Database,
  tokenHash: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('account_tokens')
    .select('person_id')
    .where('id', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row?.person_id;
}

/** Uses a token up in one statement, so the same link can never succeed twice. */
export async function consumeAccountToken(
  db: Database,
  tokenHash: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<string | undefined> {
  const row = await db
    .updateTable('account_tokens')
    .set({ used_at: now })
    .where('id', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('person_id')
    .executeTakeFirst();
  return row?.person_id;
}

/** Retires the other open tokens of a person once one of them has been used. */
export async function retireTokensOf(db: Database, personId: string, purpose: TokenPurpose, now: Date): Promise<void> {
  await db
    .updateTable('account_tokens')
    .set({ used_at: now })
    .where('person_id', '=', personId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
}

export async function setAmbassadorSpearheads(
  db: Database,
  personId: string,
  spearheads: readonly number[],
): Promise<void> {
  await db.deleteFrom('ambassador_spearheads').where('person_id', '=', personId).execute();
  if (spearheads.length === 0) return;
  await db
    .insertInto('ambassador_spearheads')
    .values(spearheads.map((spearhead) => ({ person_id: personId, spearhead })))
    .execute();
}
