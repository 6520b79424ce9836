// Migration 0021 on a database that federated over the old protocol: the partner's address becomes its
// LDES address, its keys go, and each copy is re-keyed by the item's IRI (the url the old protocol
// sent), so the first LDES sync updates those copies rather than making new ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { openTestDatabase } from '../db/database.ts';
import { migrateToLatest, migrateUpTo } from '../db/migrate.ts';

test('migration 0021 turns a partner into its LDES address and re-keys its copies by the item IRI', async () => {
  const { db, drop } = await openTestDatabase();
  try {
    await migrateUpTo(db, '0020-ldes-members');
    const partner = await sql<{ id: string }>`
      INSERT INTO federation_partners (name, base_url, inbound_key_hash, outbound_key)
      VALUES ('Brainport (NL)', 'https://brainport.example', 'hash', 'their-key-of-sixteen')
      RETURNING id`.execute(db);
    const partnerId = partner.rows[0]?.id;
    await sql`
      INSERT INTO federated_items (partner_id, kind, remote_id, local_id, remote_url, remote_updated_at)
      VALUES (${partnerId}, 'challenge', 'c1', gen_random_uuid(), 'https://brainport.example/challenges/c1', now())`.execute(
      db,
    );
    await migrateToLatest(db);
    const row = await db
      .selectFrom('federation_partners')
      .selectAll()
      .where('id', '=', partnerId as string)
      .executeTakeFirstOrThrow();
    assert.equal(row.ldes_url, 'https://brainport.example/ldes/items');
    assert.ok(!('outbound_key' in row) && !('inbound_key_hash' in row), 'the keys are gone');
    const copy = await db.selectFrom('federated_items').select('remote_id').executeTakeFirstOrThrow();
    assert.equal(copy.remote_id, 'https://brainport.example/challenges/c1');
  } finally {
    await drop();
  }
});
