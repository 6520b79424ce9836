// `helemaal restore FILE [--force]`: loads a backup made by `helemaal backup` into this database,
// whichever engine made it. The schema is first migrated to the level the backup was made at, the
// rows go in inside one transaction (all or nothing), and later migrations then run over them.
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { migrateToLatest, migrateUpTo, migrationStatus } from '../db/migrate.ts';
import { fileLines } from '../shared/lines.ts';
import { quoteIdentifier, readCatalog, type TableInfo } from './catalog.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, type EndLine, type TableLine } from './backup.ts';

const BATCH_SIZE = 500;

export class RestoreRefused extends Error {
  override name = 'RestoreRefused';
}

async function* backupLines(file: string): AsyncGenerator<string> {
  for await (const line of fileLines(file)) if (line !== '') yield line;
}

function checkHeader(line: string | undefined, known: string[]): BackupHeader {
  const header = JSON.parse(line ?? '{}') as Partial<BackupHeader>;
  if (header.format !== BACKUP_FORMAT || header.version !== BACKUP_VERSION || !Array.isArray(header.migrations)) {
    throw new RestoreRefused('not a Helemaal Digitaal backup (or a version this release cannot read)');
  }
  const unknown = header.migrations.filter((name) => !known.includes(name));
  if (unknown.length > 0)
    throw new RestoreRefused(`the backup was made by a newer release (migrations ${unknown.join(', ')})`);
  return header as BackupHeader;
}

async function prepareSchema(db: Database, header: BackupHeader): Promise<void> {
  const status = await migrationStatus(db);
  const last = header.migrations.at(-1);
  const behind = last !== undefined && status.some((m) => m.name === last && !m.applied);
  if (behind) await migrateUpTo(db, last);
}

async function countRows(trx: Transaction<DatabaseSchema>, tables: TableInfo[]): Promise<number> {
  let total = 0;
  for (const table of tables) {
    const { rows } = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM ${sql.raw(quoteIdentifier(table.name))}`.execute(trx);
    total += rows[0]?.n ?? 0;
  }
  return total;
}

/** Loads one table's rows; references of a table to itself are set once all its rows exist. */
class TableLoader {
  private batch: string[] = [];
  private selfReferencing: Record<string, unknown>[] = [];
  loaded = 0;

  constructor(
    private trx: Transaction<DatabaseSchema>,
    private table: TableInfo,
    private columns: string[],
  ) {}

  async add(line: string): Promise<void> {
    this.batch.push(line);
    if (this.table.selfReferences.length > 0) this.keepSelfReferences(JSON.parse(line) as Record<string, unknown>);
    if (this.batch.length >= BATCH_SIZE) await this.flush();
  }

  private keepSelfReferences(row: Record<string, unknown>): void {
    if (!this.table.selfReferences.some((column) => row[column] != null)) return;
    const kept = Object.fromEntries(
      [...this.table.primaryKey, ...this.table.selfReferences].map((column) => [column, row[column]]),
    );
    this.selfReferencing.push(kept);
  }

  async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const name = quoteIdentifier(this.table.name);
    const columns = this.columns
      .filter((column) => !this.table.selfReferences.includes(column))
      .map(quoteIdentifier)
      .join(', ');
    await sql`INSERT INTO ${sql.raw(name)} (${sql.raw(columns)}) OVERRIDING SYSTEM VALUE
      SELECT ${sql.raw(columns)} FROM json_populate_recordset(NULL::${sql.raw(name)}, ${`[${this.batch.join(',')}]`}::json)`.execute(
      this.trx,
    );
    this.loaded += this.batch.length;
    this.batch = [];
  }

  async finish(): Promise<void> {
    await this.flush();
    if (this.selfReferencing.length === 0) return;
    const name = quoteIdentifier(this.table.name);
    const assignments = this.table.selfReferences
      .map((c) => `${quoteIdentifier(c)} = source.${quoteIdentifier(c)}`)
      .join(', ');
    const match = this.table.primaryKey
      .map((c) => `target.${quoteIdentifier(c)} = source.${quoteIdentifier(c)}`)
      .join(' AND ');
    await sql`UPDATE ${sql.raw(name)} AS target SET ${sql.raw(assignments)}
      FROM json_populate_recordset(NULL::${sql.raw(name)}, ${JSON.stringify(this.selfReferencing)}::json) AS source
      WHERE ${sql.raw(match)}`.execute(this.trx);
  }
}

// Identity columns restart after the highest restored value, so new rows do not collide.
async function resetIdentities(trx: Transaction<DatabaseSchema>, tables: TableInfo[]): Promise<void> {
  for (const table of tables) {
    for (const column of table.identityColumns) {
      await sql`SELECT setval(pg_get_serial_sequence(${quoteIdentifier(table.name)}, ${column}),
        COALESCE((SELECT max(${sql.raw(quoteIdentifier(column))}) FROM ${sql.raw(quoteIdentifier(table.name))}), 0) + 1, false)`.execute(
        trx,
      );
    }
  }
}

// Triggers (among them the audit log's append-only guard) are off only inside this transaction:
// the rows are restored as they were, not re-derived.
async function setTriggers(trx: Transaction<DatabaseSchema>, tables: TableInfo[], enabled: boolean): Promise<void> {
  for (const table of tables)
    await sql
      .raw(`ALTER TABLE ${quoteIdentifier(table.name)} ${enabled ? 'ENABLE' : 'DISABLE'} TRIGGER USER`)
      .execute(trx);
}

async function loadRows(
  trx: Transaction<DatabaseSchema>,
  tables: TableInfo[],
  lines: AsyncGenerator<string>,
): Promise<number> {
  let loader: TableLoader | null = null;
  let total = 0;
  for await (const line of lines) {
    const parsed =
      line.startsWith('{"table":') || line.startsWith('{"end":')
        ? (JSON.parse(line) as Partial<TableLine & EndLine>)
        : null;
    if (parsed?.end) {
      await loader?.finish();
      total += loader?.loaded ?? 0;
      if (parsed.rows !== total)
        throw new RestoreRefused(`the backup is inconsistent: ${total} rows read, ${parsed.rows} announced`);
      return total;
    }
    if (parsed?.table !== undefined && parsed.columns) {
      await loader?.finish();
      total += loader?.loaded ?? 0;
      const table = tables.find((t) => t.name === parsed.table);
      if (!table) throw new RestoreRefused(`the backup has a table this database does not: ${parsed.table}`);
      loader = new TableLoader(
        trx,
        table,
        parsed.columns.filter((column) => table.columns.includes(column)),
      );
      continue;
    }
    if (!loader) throw new RestoreRefused('the backup is damaged: a row before any table');
    await loader.add(line);
  }
  throw new RestoreRefused('the backup is incomplete: it ends before its end marker');
}

export interface RestoreSummary {
  rows: number;
  migrations: string[];
}

export async function restoreDatabase(
  db: Database,
  file: string,
  options: { force?: boolean } = {},
): Promise<RestoreSummary> {
  const lines = backupLines(file);
  try {
    return await restoreFrom(db, lines, options);
  } finally {
    await lines.return(undefined);
  }
}

async function restoreFrom(
  db: Database,
  lines: AsyncGenerator<string>,
  options: { force?: boolean },
): Promise<RestoreSummary> {
  const known = (await migrationStatus(db)).map((m) => m.name);
  const header = checkHeader((await lines.next()).value as string | undefined, known);
  await prepareSchema(db, header);
  const rows = await db.transaction().execute(async (trx) => {
    const tables = await readCatalog(trx);
    const present = await countRows(trx, tables);
    if (present > 0 && !options.force)
      throw new RestoreRefused(
        `the database is not empty (${present} rows): restore with --force to replace its content`,
      );
    await setTriggers(trx, tables, false);
    if (present > 0) await sql.raw(`TRUNCATE ${tables.map((t) => quoteIdentifier(t.name)).join(', ')}`).execute(trx);
    const loaded = await loadRows(trx, tables, lines);
    await setTriggers(trx, tables, true);
    await resetIdentities(trx, tables);
    return loaded;
  });
  return { rows, migrations: await migrateToLatest(db) };
}
