// All queries on memberships and membership requests. A membership is an active member; a request
// is a person waiting for the consent of the organisation's members.
import type { Database } from '../db/database.ts';

export interface MemberRow {
  person_id: string;
  display_name: string;
  email: string;
  email_verified_at: Date | null;
  created_at: Date;
}

export interface OwnRequestRow {
  organisation_id: string;
  organisation_name: string;
  created_at: Date;
}

const PERSON_COLUMNS = [
  'people.id as person_id',
  'people.display_name',
  'people.email',
  'people.email_verified_at',
] as const;

export async function isMember(db: Database, personId: string, organisationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('memberships')
    .select('person_id')
    .where('person_id', '=', personId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function membersOfOrganisation(db: Database, organisationId: string): Promise<MemberRow[]> {
  return db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select([...PERSON_COLUMNS, 'memberships.created_at'])
    .where('memberships.organisation_id', '=', organisationId)
    .orderBy('people.display_name')
    .orderBy('people.id')
    .execute();
}

export async function requestsOfOrganisation(db: Database, organisationId: string): Promise<MemberRow[]> {
  return db
    .selectFrom('membership_requests')
    .innerJoin('people', 'people.id', 'membership_requests.person_id')
    .select([...PERSON_COLUMNS, 'membership_requests.created_at'])
    .where('membership_requests.organisation_id', '=', organisationId)
    .orderBy('membership_requests.created_at')
    .orderBy('people.id')
    .execute();
}

/** Those who are told about a request: members whose e-mail address is confirmed. */
export async function verifiedMemberIds(db: Database, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select('people.id')
    .where('memberships.organisation_id', '=', organisationId)
    .where('people.email_verified_at', 'is not', null)
    .execute();
  return rows.map((r) => r.id);
}

export async function requestsOfPerson(db: Database, personId: string): Promise<OwnRequestRow[]> {
  return db
    .selectFrom('membership_requests')
    .innerJoin('organisations', 'organisations.id', 'membership_requests.organisation_id')
    .select([
      'membership_requests.organisation_id',
      'organisations.name as organisation_name',
      'membership_requests.created_at',
    ])
    .where('membership_requests.person_id', '=', personId)
    .orderBy('organisations.name')
    .execute();
}

/** The request, locked until the transaction ends, so two members cannot decide on it at once. */
export async function findRequestForUpdate(
  db: Database,
  personId: string,
  organisationId: string,
): Promise<MemberRow | undefined> {
  return db
    .selectFrom('membership_requests')
    .innerJoin('people', 'people.id', 'membership_requests.person_id')
    .select([...PERSON_COLUMNS, 'membership_requests.created_at'])
    .where('membership_requests.person_id', '=', personId)
    .where('membership_requests.organisation_id', '=', organisationId)
    .forUpdate()
    .executeTakeFirst();
}

/** True when a new request was stored, false when the person was already waiting. */
export async function insertRequest(db: Database, personId: string, organisationId: string): Promise<boolean> {
  const rows = await db
    .insertInto('membership_requests')
    .values({ person_id: personId, organisation_id: organisationId })
    .onConflict((oc) => oc.doNothing())
    .returning('person_id')
    .execute();
  return rows.length > 0;
}

export async function deleteRequest(db: Database, personId: string, organisationId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('membership_requests')
    .where('person_id', '=', personId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function memberIds(db: Database, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('person_id')
    .where('organisation_id', '=', organisationId)
    .execute();
  return rows.map((r) => r.person_id);
}

/** The platform's admins, told about a request when the organisation has nobody to decide on it. */
export async function adminIds(db: Database): Promise<string[]> {
  const rows = await db
    .selectFrom('people')
    .select('id')
    .where('role', '=', 'admin')
    .where('email_verified_at', 'is not', null)
    .execute();
  return rows.map((r) => r.id);
}

export async function deleteMembership(db: Database, personId: string, organisationId: string): Promise<void> {
  await db
    .deleteFrom('memberships')
    .where('person_id', '=', personId)
    .where('organisation_id', '=', organisationId)
    .execute();
}
