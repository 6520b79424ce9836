// One SQL dialect, two engines: embedded PGlite (default) or a PostgreSQL server via DATABASE_URL.
import { mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { DatabaseSchema } from './schema.ts';

export type Database = Kysely<DatabaseSchema>;

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

// Dates stay ISO strings (a deadline has no time zone); counts come back as plain numbers on both engines.
const parsers = {
  [DATE_OID]: (value: string) => value,
  [INT8_OID]: (value: string) => Number(value),
  [NUMERIC_OID]: (value: string) => Number(value),
};

export function isEmbedded(url: string): boolean {
  return url.startsWith('pglite://');
}

function openPglite(url: string): PGlite {
  const location = url.slice('pglite://'.length);
  if (location === 'memory' || location === '') return new PGlite({ parsers });
  mkdirSync(location, { recursive: true });
  return new PGlite(location, { parsers });
}

/** Where a pool reports trouble it survives: `serve` passes its process log. */
export interface DatabaseLog {
  warn(details: object, message: string): void;
}

function openPostgres(url: string, poolSize: number, log?: DatabaseLog): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('connect', (client) => {
    client.setTypeParser(DATE_OID, parsers[DATE_OID]);
    client.setTypeParser(INT8_OID, parsers[INT8_OID]);
    client.setTypeParser(NUMERIC_OID, parsers[NUMERIC_OID]);
  });
  // An idle connection the server closes (restart, failover) must not crash the process; the pool
  // replaces it on the next query. A command without a log has nothing to say about it.
  pool.on('error', (error) => log?.warn({ err: error }, 'database connection lost'));
  return pool;
}

export interface DatabaseOptions {
  /** Connections to a PostgreSQL server (config.databasePoolSize); PGlite has one. Default 10, as DATABASE_POOL_SIZE's. */
  poolSize?: number;
  log?: DatabaseLog;
}

/** An embedded database in memory, empty or started from a data directory dumped earlier (`pglite.dumpDataDir`). */
export async function openEmbeddedInMemory(dataDir?: Blob): Promise<{ db: Database; pglite: PGlite }> {
  const pglite = await PGlite.create({ loadDataDir: dataDir, parsers });
  return { db: new Kysely<DatabaseSchema>({ dialect: new PGliteDialect({ pglite }) }), pglite };
}

export function openDatabase(url: string, { poolSize = 10, log }: DatabaseOptions = {}): Database {
  if (isEmbedded(url)) return new Kysely<DatabaseSchema>({ dialect: new PGliteDialect({ pglite: openPglite(url) }) });
  return new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool: openPostgres(url, poolSize, log) }) });
}

/**
 * A database of its own for one test file: in memory on PGlite, or a fresh database on the
 * PostgreSQL server named by DATABASE_URL, dropped again by the returned cleanup.
 */
export async function openTestDatabase(): Promise<{ db: Database; url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl || isEmbedded(serverUrl)) {
    const db = openDatabase('pglite://memory');
    return { db, url: 'pglite://memory', drop: () => db.destroy() };
  }
  const name = `hd_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = openDatabase(url.toString());
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await db.destroy();
      const cleaner = new pg.Client({ connectionString: serverUrl });
      await cleaner.connect();
      await cleaner.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleaner.end();
    },
  };
}
