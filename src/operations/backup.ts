// `helemaal backup FILE`: a logical dump of every application table, the same format for PGlite
// and PostgreSQL, so a backup of one engine restores into the other. Gzipped JSON lines: a header
// with the applied migrations, then per table a line naming its columns followed by one line per
// row, then an end line with the row count (a truncated file is recognised and refused).
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { createGzip, type Gzip } from 'node:zlib';
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { quoteIdentifier, readCatalog, type TableInfo } from './catalog.ts';

export const BACKUP_FORMAT = 'helemaal-backup';
export const BACKUP_VERSION = 1;
const PAGE_SIZE = 1000;

export interface BackupHeader {
  format: string;
  version: number;
  createdAt: string;
  migrations: string[];
}
export interface TableLine {
  table: string;
  columns: string[];
}
export interface EndLine {
  end: true;
  rows: number;
}

export async function appliedMigrations(db: Database): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rows.map((row) => row.name);
}

async function writeLine(out: Gzip, value: string): Promise<void> {
  if (!out.write(`${value}\n`)) await once(out, 'drain');
}

// Pages through the table by physical row address: no sort on a possibly large table, and the
// snapshot of the surrounding transaction keeps the pages consistent.
async function dumpTable(db: Database, table: TableInfo, out: Gzip): Promise<number> {
  await writeLine(out, JSON.stringify({ table: table.name, columns: table.columns } satisfies TableLine));
  let after = '(0,0)';
  let count = 0;
  for (;;) {
    const { rows } = await sql<{ address: string; row: string }>`
      SELECT t.ctid::text AS address, row_to_json(t)::text AS row FROM ${sql.raw(quoteIdentifier(table.name))} t
      WHERE t.ctid > ${after}::tid ORDER BY t.ctid LIMIT ${PAGE_SIZE}`.execute(db);
    for (const row of rows) await writeLine(out, row.row);
    count += rows.length;
    if (rows.length < PAGE_SIZE) return count;
    after = rows[rows.length - 1]!.address;
  }
}

export interface BackupSummary {
  file: string;
  tables: number;
  rows: number;
}

/** Writes the backup next to FILE first and renames it into place, so FILE is only ever complete. */
export async function backupDatabase(db: Database, file: string, now = new Date()): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  const out = createGzip();
  const sink = createWriteStream(partial);
  out.pipe(sink);
  let rows = 0;
  let tables = 0;
  try {
    await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          createdAt: now.toISOString(),
          migrations: await appliedMigrations(trx),
        };
        await writeLine(out, JSON.stringify(header));
        for (const table of await readCatalog(trx)) {
          rows += await dumpTable(trx, table, out);
          tables += 1;
        }
        await writeLine(out, JSON.stringify({ end: true, rows } satisfies EndLine));
      });
  } catch (error) {
    out.destroy();
    sink.destroy();
    await rm(partial, { force: true });
    throw error;
  }
  out.end();
  await finished(sink);
  await rename(partial, file);
  return { file, tables, rows };
}
