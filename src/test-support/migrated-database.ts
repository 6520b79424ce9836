// A migrated database for one test file. On PGlite, starting an empty cluster and running every migration
// costs each test file several seconds of CPU; the first file to need one dumps a migrated copy to the temporary
// directory, keyed by the migrations' source and PGlite's version, and every later file loads that copy instead.
// On a PostgreSQL server each file migrates a fresh database as before.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { isEmbedded, openEmbeddedInMemory, openTestDatabase, type Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';

const DB_FOLDER = fileURLToPath(new URL('../db/', import.meta.url));
const COPIES = join(tmpdir(), 'helemaal-digitaal-test-databases');

/** Changes whenever a migration, the migration list or PGlite changes, so a stale copy is never loaded. */
function copyKey(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(createRequire(import.meta.url).resolve('@electric-sql/pglite')));
  hash.update(readFileSync(join(DB_FOLDER, 'migrate.ts')));
  const migrations = join(DB_FOLDER, 'migrations');
  for (const file of readdirSync(migrations).sort()) hash.update(file).update(readFileSync(join(migrations, file)));
  return hash.digest('hex').slice(0, 16);
}

function readCopy(path: string): Blob | null {
  try {
    return new Blob([readFileSync(path)]);
  } catch {
    return null;
  }
}

/** Dumps a freshly migrated database; written under a name of its own, then renamed, so no reader sees half a file. */
async function writeCopy(pglite: PGlite, path: string): Promise<void> {
  const dump = await pglite.dumpDataDir('none');
  mkdirSync(COPIES, { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, path);
}

export async function openMigratedTestDatabase(): Promise<{ db: Database; url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl && !isEmbedded(serverUrl)) {
    const opened = await openTestDatabase();
    await migrateToLatest(opened.db);
    return opened;
  }
  const path = join(COPIES, `${copyKey()}.tar`);
  const copy = readCopy(path);
  const { db, pglite } = await openEmbeddedInMemory(copy ?? undefined);
  if (!copy) {
    await migrateToLatest(db);
    await writeCopy(pglite, path);
  }
  return { db, url: 'pglite://memory', drop: () => db.destroy() };
}
