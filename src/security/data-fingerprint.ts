// A fingerprint of everything the platform stores (row count and content hash per table), to prove
// that a refused request changed nothing. Leaves out what changes on any request by design.
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';

/** Session bookkeeping (last use, logouts), wrong-password counters and the migrator's own tables. */
const VOLATILE_TABLES = new Set(['sessions', 'login_failures', 'kysely_migration', 'kysely_migration_lock']);

/** Audit rows a refused login writes on purpose: they are how an attack is noticed afterwards. */
const FAILED_LOGIN_ACTIONS = ['login.failed_unknown_email', 'person.login_failed', 'person.locked'];

/** Columns a refusal sets on purpose: enough wrong passwords or codes lock the account. */
const DEFENSIVE_COLUMNS: ReadonlyMap<string, readonly string[]> = new Map([['people', ['locked_until']]]);

export type Fingerprint = Record<string, string>;

export async function storedTables(db: Database): Promise<string[]> {
  const result = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
  return result.rows.map((r) => r.table_name).filter((name) => !VOLATILE_TABLES.has(name) && /^[a-z_0-9]+$/.test(name));
}

function tableDigest(table: string): string {
  const filter =
    table === 'audit_events' ? `WHERE action NOT IN (${FAILED_LOGIN_ACTIONS.map((a) => `'${a}'`).join(', ')})` : '';
  const left = DEFENSIVE_COLUMNS.get(table) ?? [];
  const row = left.length > 0 ? `(to_jsonb(r) ${left.map((c) => `- '${c}'`).join(' ')})::text` : 'r::text';
  // A sum of row hashes is independent of row order, so nothing needs sorting: cheap enough per request.
  return `SELECT '${table}'::text AS name, (count(*) || ':' || coalesce(sum(hashtext(${row})::bigint), 0) || ':' || coalesce(sum(hashtext(md5(${row}))::bigint), 0))::text AS digest FROM ${table} r ${filter}`;
}

/**
 * Installs the digest of every table as a SQL function in the test database: PL/pgSQL keeps the
 * query plan, which makes a fingerprint per request affordable. Returns the function's caller.
 */
export async function installFingerprint(db: Database, tables: string[]): Promise<() => Promise<Fingerprint>> {
  const body = tables.map(tableDigest).join(' UNION ALL ');
  await sql
    .raw(
      `CREATE OR REPLACE FUNCTION test_fingerprint() RETURNS TABLE (name text, digest text) LANGUAGE plpgsql AS $fp$ BEGIN RETURN QUERY ${body}; END $fp$`,
    )
    .execute(db);
  return async () => {
    const result = await sql<{ name: string; digest: string }>`SELECT name, digest FROM test_fingerprint()`.execute(db);
    return Object.fromEntries(result.rows.map((r) => [r.name, r.digest]));
  };
}

/** The tables whose content differs between two fingerprints. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
}
