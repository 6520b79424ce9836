// The operations commands of `helemaal`: backup and restore. They open the database themselves
// because a restore must choose the schema level before migrating.
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { backupDatabase } from './backup.ts';
import { restoreDatabase, RestoreRefused } from './restore.ts';

export async function backupCommand(databaseUrl: string, file: string): Promise<number> {
  const db = openDatabase(databaseUrl);
  try {
    await migrateToLatest(db);
    const summary = await backupDatabase(db, file);
    console.log(`backup written to ${summary.file}: ${summary.tables} tables, ${summary.rows} rows`);
    return 0;
  } finally {
    await db.destroy();
  }
}

export async function restoreCommand(databaseUrl: string, file: string, force: boolean): Promise<number> {
  const db = openDatabase(databaseUrl);
  try {
    const summary = await restoreDatabase(db, file, { force });
    console.log(
      `restored ${summary.rows} rows from ${file}${summary.migrations.length ? `; then applied ${summary.migrations.join(', ')}` : ''}`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof RestoreRefused)) throw error;
    console.error(`restore refused: ${error.message}`);
    return 1;
  } finally {
    await db.destroy();
  }
}
