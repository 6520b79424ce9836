// Helpers shared by the operations tests: databases to back up and restore, and their content in
// a form that can be compared across engines.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../db/database.ts';
import { readCatalog, quoteIdentifier } from './catalog.ts';

export function temporaryFolder(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Who the crash test's writer is, and how its challenges are titled. */
export const WRITER_EMAIL = 'crash-writer@test.example';
export const PROVIDER_EMAIL = 'crash-provider@test.example';
export const WRITER_TITLE = 'Crashtest: videogesprekken tegen eenzaamheid';

/** Every table's rows as sorted JSON texts, timestamps in UTC so that engines compare equal. */
export async function contentOf(db: Database): Promise<Record<string, string[]>> {
  return db.transaction().execute(async (trx) => {
    await sql`SET LOCAL TIME ZONE 'UTC'`.execute(trx);
    const content: Record<string, string[]> = {};
    for (const table of await readCatalog(trx)) {
      const { rows } = await sql<{
        row: string;
      }>`SELECT row_to_json(t)::text AS row FROM ${sql.raw(quoteIdentifier(table.name))} t`.execute(trx);
      content[table.name] = rows.map((r) => r.row).sort();
    }
    return content;
  });
}

/** A PGlite database in a folder of its own, as `helemaal` opens it from DATABASE_URL. */
export function embeddedDatabase(): { url: string; open: () => Database; remove: () => void } {
  const folder = temporaryFolder('helemaal-db-');
  const url = `pglite://${folder.path}`;
  return { url, open: () => openDatabase(url), remove: folder.remove };
}
