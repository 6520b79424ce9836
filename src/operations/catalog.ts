// What a backup needs to know about the live schema, read from the database itself so that tables
// added by later migrations are backed up without changes here.
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';

export interface TableInfo {
  name: string;
  /** Columns that can be written (generated columns are recomputed by the database). */
  columns: string[];
  primaryKey: string[];
  /** Columns referencing the table itself: restored in a second pass, after every row exists. */
  selfReferences: string[];
  identityColumns: string[];
}

const MIGRATION_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

async function applicationTables(db: Database): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
  return rows.map((row) => row.name).filter((name) => !MIGRATION_TABLES.has(name));
}

async function columnsOf(
  db: Database,
): Promise<Array<{ table: string; column: string; generated: boolean; identity: boolean }>> {
  const { rows } = await sql<{
    table: string;
    column: string;
    is_generated: string;
    is_identity: string;
    column_default: string | null;
  }>`
    SELECT table_name AS table, column_name AS column, is_generated, is_identity, column_default
    FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`.execute(
    db,
  );
  return rows.map((row) => ({
    table: row.table,
    column: row.column,
    generated: row.is_generated === 'ALWAYS',
    identity: row.is_identity === 'YES' || (row.column_default ?? '').startsWith('nextval('),
  }));
}

async function foreignKeys(db: Database): Promise<Array<{ table: string; column: string; references: string }>> {
  const { rows } = await sql<{ table: string; column: string; references: string }>`
    SELECT c.conrelid::regclass::text AS table, a.attname AS column, c.confrelid::regclass::text AS references
    FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
    WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`.execute(db);
  return rows;
}

async function primaryKeys(db: Database): Promise<Array<{ table: string; column: string }>> {
  const { rows } = await sql<{ table: string; column: string }>`
    SELECT c.conrelid::regclass::text AS table, a.attname AS column
    FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
    WHERE c.contype = 'p' AND c.connamespace = current_schema()::regnamespace`.execute(db);
  return rows;
}

/** Parents before children, so that every row's references exist when it is inserted. */
function dependencyOrder(names: string[], edges: Array<{ table: string; references: string }>): string[] {
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (ordered.includes(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const edge of edges) if (edge.table === name && edge.references !== name) visit(edge.references);
    visiting.delete(name);
    ordered.push(name);
  };
  for (const name of names) visit(name);
  return ordered.filter((name) => names.includes(name));
}

export async function readCatalog(db: Database): Promise<TableInfo[]> {
  const [names, columns, keys, primary] = await Promise.all([
    applicationTables(db),
    columnsOf(db),
    foreignKeys(db),
    primaryKeys(db),
  ]);
  return dependencyOrder(names, keys).map((name) => ({
    name,
    columns: columns.filter((c) => c.table === name && !c.generated).map((c) => c.column),
    primaryKey: primary.filter((p) => p.table === name).map((p) => p.column),
    selfReferences: keys.filter((k) => k.table === name && k.references === name).map((k) => k.column),
    identityColumns: columns.filter((c) => c.table === name && c.identity).map((c) => c.column),
  }));
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
