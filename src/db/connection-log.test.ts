// A PostgreSQL server that closes an idle connection (restart, failover) is survived and said in the log given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, openTestDatabase, isEmbedded } from './database.ts';
import { until } from '../test-support/server-process.ts';

const serverUrl = process.env.DATABASE_URL;

if (serverUrl !== undefined && !isEmbedded(serverUrl)) {
  test('an idle connection the server ends is logged as a warning and the next query gets a new one', async () => {
    const { url, drop } = await openTestDatabase();
    const warnings: Array<{ details: object; message: string }> = [];
    const db = openDatabase(url, {
      poolSize: 1,
      log: { warn: (details, message) => warnings.push({ details, message }) },
    });
    try {
      const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(db);
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query('SELECT pg_terminate_backend($1)', [rows[0]?.pid]);
      await admin.end();
      const warning = await until('the warning', async () => warnings[0], 10_000);
      assert.equal(warning.message, 'database connection lost');
      assert.ok((warning.details as { err?: unknown }).err instanceof Error);
      assert.equal((await sql<{ one: number }>`SELECT 1 AS one`.execute(db)).rows[0]?.one, 1);
    } finally {
      await db.destroy();
      await drop();
    }
  });
} else {
  test('an embedded database has no connection to lose: it opens and answers without a log', async () => {
    const db = openDatabase('pglite://memory');
    assert.equal((await sql<{ one: number }>`SELECT 1 AS one`.execute(db)).rows[0]?.one, 1);
    await db.destroy();
  });
}
