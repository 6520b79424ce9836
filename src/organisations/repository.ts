// All queries on organisations and memberships.
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { OrganisationRow, OrganisationsTable } from '../db/schema.ts';

export type NewOrganisationRow = Insertable<OrganisationsTable>;
export type OrganisationChanges = Updateable<OrganisationsTable>;

export async function findOrganisation(db: Database, id: string): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The same row, locked until the transaction ends, so two edits cannot interleave. */
export async function findOrganisationForUpdate(db: Database, id: string): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findOrganisationByNumber(
  db: Database,
  enterpriseNumber: string,
): Promise<OrganisationRow | undefined> {
  return db
    .selectFrom('organisations')
    .selectAll()
    .where('enterprise_number', '=', enterpriseNumber)
    .executeTakeFirst();
}

export async function insertOrganisation(db: Database, values: NewOrganisationRow): Promise<OrganisationRow> {
  return db.insertInto('organisations').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updateOrganisationRow(
  db: Database,
  id: string,
  changes: OrganisationChanges,
): Promise<OrganisationRow> {
  return db.updateTable('organisations').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** The organisation's challenges and solutions that anyone outside may have seen (published at some time). */
export async function publishedItemsOf(
  db: Database,
  organisationId: string,
): Promise<{ kind: 'challenge' | 'solution'; id: string; status: string }[]> {
  const challenges = db
    .selectFrom('challenges')
    .select(['id', 'status', sql<'challenge' | 'solution'>`'challenge'`.as('kind')])
    .where('owner_organisation_id', '=', organisationId)
    .where('published_at', 'is not', null);
  const solutions = db
    .selectFrom('solutions')
    .select(['id', 'status', sql<'challenge' | 'solution'>`'solution'`.as('kind')])
    .where('provider_organisation_id', '=', organisationId)
    .where('published_at', 'is not', null);
  return challenges.unionAll(solutions).execute();
}

export async function listOrganisationsOfPerson(db: Database, personId: string): Promise<OrganisationRow[]> {
  return db
    .selectFrom('organisations')
    .innerJoin('memberships', 'memberships.organisation_id', 'organisations.id')
    .selectAll('organisations')
    .where('memberships.person_id', '=', personId)
    .orderBy('organisations.name')
    .execute();
}

export async function insertMembership(db: Database, personId: string, organisationId: string): Promise<void> {
  await db
    .insertInto('memberships')
    .values({ person_id: personId, organisation_id: organisationId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
