// Partner instances, where the follower stands in each partner's LDES, and the origin of the items
// copied from them: the only queries the federation area runs.
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Database } from '../db/database.ts';
import type {
  ChallengesTable,
  FederatedItemsTable,
  FederationPartnersTable,
  LdesFollowersTable,
  SolutionsTable,
} from '../db/schema.ts';
import type { ItemKind } from '../shared/item-kind.ts';

export type PartnerRow = Selectable<FederationPartnersTable>;
export type FederatedItemRow = Selectable<FederatedItemsTable>;

export async function insertPartner(db: Database, values: Insertable<FederationPartnersTable>): Promise<PartnerRow> {
  return db.insertInto('federation_partners').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function activePartners(db: Database): Promise<Array<PartnerRow & { items: number }>> {
  return db
    .selectFrom('federation_partners')
    .where('removed_at', 'is', null)
    .selectAll()
    .select((eb) =>
      eb
        .selectFrom('federated_items')
        .whereRef('federated_items.partner_id', '=', 'federation_partners.id')
        .where('withdrawn', '=', false)
        .select(sql<number>`count(*)::int`.as('n'))
        .as('items'),
    )
    .orderBy('name')
    .execute() as Promise<Array<PartnerRow & { items: number }>>;
}

export async function findActivePartner(db: Database, id: string): Promise<PartnerRow | undefined> {
  return db
    .selectFrom('federation_partners')
    .selectAll()
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

/** Locks the partner so two instances never sync the same partner at once. */
export async function lockPartner(db: Database, id: string): Promise<PartnerRow | undefined> {
  return db
    .selectFrom('federation_partners')
    .selectAll()
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
}

export async function duePartnerIds(db: Database, now: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('federation_partners')
    .select('id')
    .where('removed_at', 'is', null)
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at')
    .execute();
  return rows.map((row) => row.id);
}

export async function updatePartner(
  db: Database,
  id: string,
  values: Updateable<FederationPartnersTable>,
): Promise<void> {
  await db.updateTable('federation_partners').set(values).where('id', '=', id).execute();
}

/** The copy of a partner's item, by the item's IRI there (of either kind: a tombstone does not say). */
export async function findMapping(
  db: Database,
  partnerId: string,
  remoteId: string,
): Promise<FederatedItemRow | undefined> {
  return db
    .selectFrom('federated_items')
    .selectAll()
    .where('partner_id', '=', partnerId)
    .where('remote_id', '=', remoteId)
    .executeTakeFirst();
}

export async function insertMapping(db: Database, values: Insertable<FederatedItemsTable>): Promise<void> {
  await db.insertInto('federated_items').values(values).execute();
}

export async function updateMapping(
  db: Database,
  row: FederatedItemRow,
  values: Updateable<FederatedItemsTable>,
): Promise<void> {
  await db
    .updateTable('federated_items')
    .set(values)
    .where('partner_id', '=', row.partner_id)
    .where('kind', '=', row.kind)
    .where('remote_id', '=', row.remote_id)
    .execute();
}

export type FollowerRow = Selectable<LdesFollowersTable>;

export async function followerState(db: Database, partnerId: string): Promise<FollowerRow | undefined> {
  return db.selectFrom('ldes_followers').selectAll().where('partner_id', '=', partnerId).executeTakeFirst();
}

/** Where the follower stands after a page was applied, in the same transaction as the page. */
export async function saveFollowerState(
  db: Database,
  partnerId: string,
  pageUrl: string,
  membersSeen: string[],
): Promise<void> {
  await db
    .insertInto('ldes_followers')
    .values({ partner_id: partnerId, page_url: pageUrl, members_seen: membersSeen })
    .onConflict((oc) =>
      oc.column('partner_id').doUpdateSet({ page_url: pageUrl, members_seen: membersSeen, updated_at: new Date() }),
    )
    .execute();
}

export async function mappingsOfPartner(db: Database, partnerId: string): Promise<FederatedItemRow[]> {
  return db
    .selectFrom('federated_items')
    .selectAll()
    .where('partner_id', '=', partnerId)
    .where('withdrawn', '=', false)
    .execute();
}

/** Where a local copy came from, for its detail page; undefined for the platform's own items. */
export async function originOf(
  db: Database,
  kind: ItemKind,
  localId: string,
): Promise<{ partner_name: string; remote_url: string } | undefined> {
  return db
    .selectFrom('federated_items')
    .innerJoin('federation_partners', 'federation_partners.id', 'federated_items.partner_id')
    .where('federated_items.kind', '=', kind)
    .where('federated_items.local_id', '=', localId)
    .select(['federation_partners.name as partner_name', 'federated_items.remote_url'])
    .executeTakeFirst();
}

/** The partner each of these local items was copied from, for catalogue cards. */
export async function originsOf(db: Database, kind: ItemKind, localIds: string[]): Promise<Map<string, string>> {
  if (localIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('federated_items')
    .innerJoin('federation_partners', 'federation_partners.id', 'federated_items.partner_id')
    .where('federated_items.kind', '=', kind)
    .where('federated_items.local_id', 'in', localIds)
    .select(['federated_items.local_id', 'federation_partners.name'])
    .execute();
  return new Map(rows.map((row) => [row.local_id, row.name]));
}

export interface OrganisationValues {
  enterprise_number: string;
  name: string;
  kind: string;
  is_sme: boolean;
  country: string;
}

/** A partner's organisation as a local one, keyed by a made-up number that cannot clash with a KBO number. */
export async function upsertOrganisation(db: Database, values: OrganisationValues): Promise<string> {
  const existing = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind', 'is_sme', 'country'])
    .where('enterprise_number', '=', values.enterprise_number)
    .executeTakeFirst();
  if (!existing) {
    const row = await db
      .insertInto('organisations')
      .values({
        ...values,
        street: null,
        postal_code: null,
        municipality: null,
        nis_code: null,
        website: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }
  const same =
    existing.name === values.name &&
    existing.kind === values.kind &&
    existing.is_sme === values.is_sme &&
    existing.country === values.country;
  if (!same)
    await db
      .updateTable('organisations')
      .set({ ...values, updated_at: new Date() })
      .where('id', '=', existing.id)
      .execute();
  return existing.id;
}

export async function insertChallenge(db: Database, values: Insertable<ChallengesTable>): Promise<string> {
  return (await db.insertInto('challenges').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertSolution(db: Database, values: Insertable<SolutionsTable>): Promise<string> {
  return (await db.insertInto('solutions').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateChallenge(db: Database, id: string, values: Updateable<ChallengesTable>): Promise<void> {
  await db
    .updateTable('challenges')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function updateSolution(db: Database, id: string, values: Updateable<SolutionsTable>): Promise<void> {
  await db
    .updateTable('solutions')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}
