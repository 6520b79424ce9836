// Queries of the api_keys table.
import type { Selectable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ApiKeysTable } from '../db/schema.ts';

export type ApiKeyRow = Selectable<ApiKeysTable>;

export interface NewApiKey {
  clientName: string;
  keyHash: string;
  keyPrefix: string;
  rateLimitPerMinute: number;
  createdBy: string;
}

export async function insertApiKey(db: Database, key: NewApiKey): Promise<ApiKeyRow> {
  return db
    .insertInto('api_keys')
    .values({
      client_name: key.clientName,
      key_hash: key.keyHash,
      key_prefix: key.keyPrefix,
      rate_limit_per_minute: key.rateLimitPerMinute,
      created_by: key.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listApiKeys(db: Database): Promise<ApiKeyRow[]> {
  return db
    .selectFrom('api_keys')
    .selectAll()
    .orderBy('revoked_at', (o) => o.desc().nullsFirst())
    .orderBy('created_at', 'desc')
    .execute();
}

export async function findApiKey(db: Database, id: string): Promise<ApiKeyRow | undefined> {
  return db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findApiKeyByHash(db: Database, keyHash: string): Promise<ApiKeyRow | undefined> {
  return db.selectFrom('api_keys').selectAll().where('key_hash', '=', keyHash).executeTakeFirst();
}

export async function revokeApiKey(db: Database, id: string, now: Date): Promise<void> {
  await db
    .updateTable('api_keys')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Records use at most once a minute per key, so a busy client does not write on every request. */
export async function touchApiKey(db: Database, id: string, now: Date): Promise<void> {
  const aMinuteAgo = new Date(now.getTime() - 60_000);
  await db
    .updateTable('api_keys')
    .set({ last_used_at: now })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', aMinuteAgo)]))
    .execute();
}
