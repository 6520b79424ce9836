// The test files' shared migrated copy must be the schema a fresh migration gives: every migration applied and
// the same columns, so no test runs against a stale or partial database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { openTestDatabase, type Database } from '../db/database.ts';
import { migrateToLatest, migrationStatus } from '../db/migrate.ts';
import { openMigratedTestDatabase } from './migrated-database.ts';

async function columns(db: Database): Promise<string[]> {
  const { rows } = await sql<{ column: string }>`
    SELECT table_name || '.' || column_name || ':' || data_type || ':' || is_nullable AS column
    FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1`.execute(db);
  return rows.map((row) => row.column);
}

test('a database from the migrated copy has every migration applied and the columns a fresh migration gives', async () => {
  const fresh = await openTestDatabase();
  await migrateToLatest(fresh.db);
  // The first call may write the copy, the second one loads it.
  const first = await openMigratedTestDatabase();
  const second = await openMigratedTestDatabase();
  try {
    const expected = await columns(fresh.db);
    assert.ok(expected.length > 100);
    for (const copy of [first, second]) {
      assert.ok((await migrationStatus(copy.db)).every((migration) => migration.applied));
      assert.deepEqual(await columns(copy.db), expected);
    }
    // Each file gets a database of its own: a row written in one is not in the other.
    await sql`INSERT INTO organisations (name, kind, is_sme, enterprise_number, country)
      VALUES ('Eigen kopie', 'company', true, '0123456749', 'BE')`.execute(first.db);
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM organisations`.execute(second.db);
    assert.equal(rows[0]?.n, 0);
  } finally {
    await Promise.all([fresh.drop(), first.drop(), second.drop()]);
  }
});
