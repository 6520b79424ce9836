// All queries on follows and saved searches.
import type { Database } from '../db/database.ts';
import type { FollowsTable } from '../db/schema.ts';

export type TargetType = FollowsTable['target_type'];

export async function follow(db: Database, personId: string, targetType: TargetType, target: string): Promise<void> {
  await db
    .insertInto('follows')
    .values({ person_id: personId, target_type: targetType, target })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function unfollow(db: Database, personId: string, targetType: TargetType, target: string): Promise<void> {
  await db
    .deleteFrom('follows')
    .where('person_id', '=', personId)
    .where('target_type', '=', targetType)
    .where('target', '=', target)
    .execute();
}

export async function followsOf(db: Database, personId: string) {
  return db
    .selectFrom('follows')
    .select(['target_type', 'target'])
    .where('person_id', '=', personId)
    .orderBy('created_at')
    .execute();
}

/** People following any of these targets. */
export async function followersOf(db: Database, targets: { type: TargetType; target: string }[]): Promise<string[]> {
  if (targets.length === 0) return [];
  const rows = await db
    .selectFrom('follows')
    .select('person_id')
    .distinct()
    .where((eb) => eb.or(targets.map((t) => eb.and([eb('target_type', '=', t.type), eb('target', '=', t.target)]))))
    .execute();
  return rows.map((r) => r.person_id);
}

export async function saveSearch(
  db: Database,
  personId: string,
  kind: 'challenge' | 'solution',
  query: string,
): Promise<string> {
  const row = await db
    .insertInto('saved_searches')
    .values({ person_id: personId, kind, query })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteSearch(db: Database, personId: string, id: string): Promise<number> {
  const result = await db
    .deleteFrom('saved_searches')
    .where('id', '=', id)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function searchesOf(db: Database, personId: string) {
  return db
    .selectFrom('saved_searches')
    .select(['id', 'kind', 'query'])
    .where('person_id', '=', personId)
    .orderBy('created_at')
    .execute();
}

export async function searchesFor(db: Database, kind: 'challenge' | 'solution') {
  return db
    .selectFrom('saved_searches')
    .innerJoin('people', 'people.id', 'saved_searches.person_id')
    .select(['saved_searches.person_id', 'saved_searches.query'])
    .where('kind', '=', kind)
    .execute();
}

export async function contactSettingOf(db: Database, personId: string): Promise<boolean> {
  const row = await db
    .selectFrom('contact_settings')
    .select('followed_only')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row?.followed_only ?? false;
}

export async function setContactSetting(db: Database, personId: string, followedOnly: boolean): Promise<void> {
  await db
    .insertInto('contact_settings')
    .values({ person_id: personId, followed_only: followedOnly })
    .onConflict((oc) => oc.column('person_id').doUpdateSet({ followed_only: followedOnly, updated_at: new Date() }))
    .execute();
}

/** Members of an organisation who accept contact only from organisations they follow, and do not follow this one. */
export async function membersRefusing(
  db: Database,
  organisationId: string,
  fromOrganisationId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('contact_settings', 'contact_settings.person_id', 'memberships.person_id')
    .select('memberships.person_id')
    .where('memberships.organisation_id', '=', organisationId)
    .where('contact_settings.followed_only', '=', true)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('follows')
            .select('follows.person_id')
            .whereRef('follows.person_id', '=', 'memberships.person_id')
            .where('follows.target_type', '=', 'organisation')
            .where('follows.target', '=', fromOrganisationId),
        ),
      ),
    )
    .execute();
  return rows.map((r) => r.person_id);
}

/** Names of followed organisations, by id. */
export async function organisationNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const rows = valid.length
    ? await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', valid).execute()
    : [];
  return new Map(rows.map((row) => [row.id, row.name]));
}
