// The Kysely row types in schema.ts are written by hand: this test holds them against the migrated database, so a
// column added, dropped, retyped or made nullable in a migration fails here until its declaration follows.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { sql } from 'kysely';
import { openTestDatabase, type Database } from './database.ts';
import { migrateToLatest } from './migrate.ts';

const SCHEMA_FILE = fileURLToPath(new URL('./schema.ts', import.meta.url));
// Kysely's own bookkeeping, never read through the row types.
const BOOKKEEPING = new Set(['kysely_migration', 'kysely_migration_lock']);

/** What a value of a column is in TypeScript, reduced to what the database decides. */
type Kind = 'string' | 'number' | 'boolean' | 'Date' | 'json' | 'bytes' | `${string}[]`;

interface DatabaseColumn {
  kind: Kind;
  nullable: boolean;
  /** Has a default or is an identity: an insert may leave it out. */
  defaulted: boolean;
  /** GENERATED ALWAYS AS IDENTITY: an insert must leave it out. */
  alwaysGenerated: boolean;
}

interface DeclaredColumn {
  /** Each member of the select type's union, reduced to a kind ('null', 'undefined' and 'never' kept as such). */
  select: string[];
  insertOptional: boolean;
  insertNever: boolean;
}

type Tables<C> = Map<string, Map<string, C>>;

// How database.ts reads each type: bigint and numeric as numbers, dates as ISO strings, xid8 as text.
const KIND_OF_SQL_TYPE: Record<string, Kind> = {
  text: 'string',
  varchar: 'string',
  bpchar: 'string',
  uuid: 'string',
  date: 'string',
  xid8: 'string',
  int2: 'number',
  int4: 'number',
  int8: 'number',
  numeric: 'number',
  float4: 'number',
  float8: 'number',
  bool: 'boolean',
  timestamptz: 'Date',
  timestamp: 'Date',
  json: 'json',
  jsonb: 'json',
  bytea: 'bytes',
};

function kindOfSqlType(udtName: string): Kind {
  const element = udtName.startsWith('_') ? udtName.slice(1) : undefined;
  const kind = KIND_OF_SQL_TYPE[element ?? udtName];
  if (kind === undefined) throw new Error(`row-types.test.ts does not know the SQL type ${udtName} yet`);
  return element === undefined ? kind : `${kind}[]`;
}

async function databaseTables(db: Database): Promise<Tables<DatabaseColumn>> {
  const { rows } = await sql<{
    table_name: string;
    column_name: string;
    udt_name: string;
    is_nullable: 'YES' | 'NO';
    column_default: string | null;
    is_identity: 'YES' | 'NO';
    identity_generation: string | null;
  }>`SELECT table_name, column_name, udt_name, is_nullable, column_default, is_identity, identity_generation
     FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`.execute(db);
  const tables: Tables<DatabaseColumn> = new Map();
  for (const row of rows) {
    if (BOOKKEEPING.has(row.table_name)) continue;
    const columns = tables.get(row.table_name) ?? new Map<string, DatabaseColumn>();
    columns.set(row.column_name, {
      kind: kindOfSqlType(row.udt_name),
      nullable: row.is_nullable === 'YES',
      defaulted: row.column_default !== null || row.is_identity === 'YES',
      alwaysGenerated: row.identity_generation === 'ALWAYS',
    });
    tables.set(row.table_name, columns);
  }
  return tables;
}

/** The members of a union (one member for any other type). */
function members(type: ts.Type): ts.Type[] {
  return type.isUnion() ? type.types : [type];
}

/** Kysely's ColumnType<S, I, U> is an object with __select__, __insert__ and __update__; a plain type is all three. */
function side(checker: ts.TypeChecker, type: ts.Type, name: '__select__' | '__insert__'): ts.Type[] {
  return members(type).flatMap((member) => {
    const property = member.getProperty(name);
    return property ? members(checker.getTypeOfSymbol(property)) : [member];
  });
}

function kindOfType(checker: ts.TypeChecker, type: ts.Type): string {
  const flags = type.flags;
  if (flags & ts.TypeFlags.Null) return 'null';
  if (flags & ts.TypeFlags.Undefined) return 'undefined';
  if (flags & ts.TypeFlags.Never) return 'never';
  if (flags & ts.TypeFlags.StringLike) return 'string';
  if (flags & ts.TypeFlags.NumberLike) return 'number';
  if (flags & ts.TypeFlags.BooleanLike) return 'boolean';
  if (flags & ts.TypeFlags.BigIntLike) return 'bigint';
  if (flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return 'json';
  if (checker.isArrayType(type)) {
    const [element] = checker.getTypeArguments(type as ts.TypeReference);
    return `${element ? kindOfType(checker, element) : '?'}[]`;
  }
  if (type.getSymbol()?.getName() === 'Date') return 'Date';
  if (type.getSymbol()?.getName() === 'Uint8Array') return 'bytes';
  // Any other object (a record of parameters, a JSON document's shape) is what a json column holds.
  if (flags & ts.TypeFlags.Object) return 'json';
  return checker.typeToString(type);
}

/** The tables and columns of the Database interface, read from schema.ts with the TypeScript compiler. */
function declaredTables(): Tables<DeclaredColumn> {
  const program = ts.createProgram([SCHEMA_FILE], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    allowImportingTsExtensions: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(SCHEMA_FILE);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  const schema = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.getName() === 'DatabaseSchema');
  assert.ok(schema, 'schema.ts exports DatabaseSchema');
  const tables: Tables<DeclaredColumn> = new Map();
  for (const table of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(schema))) {
    const columns = new Map<string, DeclaredColumn>();
    for (const column of checker.getPropertiesOfType(checker.getTypeOfSymbol(table))) {
      const type = checker.getTypeOfSymbol(column);
      const insert = side(checker, type, '__insert__').map((member) => kindOfType(checker, member));
      columns.set(column.getName(), {
        select: [...new Set(side(checker, type, '__select__').map((member) => kindOfType(checker, member)))],
        insertOptional: insert.includes('undefined'),
        insertNever: insert.every((kind) => kind === 'never'),
      });
    }
    tables.set(table.getName(), columns);
  }
  return tables;
}

function columnMismatches(name: string, actual: DatabaseColumn, declared: DeclaredColumn): string[] {
  const found: string[] = [];
  const values = declared.select.filter((kind) => kind !== 'null').sort();
  const shown = [...values, ...declared.select.filter((kind) => kind === 'null')].join(' | ');
  if (values.length !== 1 || values[0] !== actual.kind)
    found.push(`${name}: the database gives ${actual.kind}, declared ${shown}`);
  if (declared.select.includes('null') !== actual.nullable)
    found.push(`${name}: ${actual.nullable ? 'nullable' : 'NOT NULL'} in the database, declared ${shown}`);
  if (declared.insertOptional && !actual.defaulted && !actual.nullable)
    found.push(`${name}: optional on insert, but NOT NULL without a default`);
  if (actual.alwaysGenerated && !declared.insertNever)
    found.push(`${name}: GENERATED ALWAYS, but declared insertable (GeneratedAlways)`);
  return found;
}

/** Every difference between the database and the declarations, one line each. */
function mismatches(actual: Tables<DatabaseColumn>, declared: Tables<DeclaredColumn>): string[] {
  const found: string[] = [];
  for (const table of declared.keys())
    if (!actual.has(table)) found.push(`${table}: declared, but no such table in the database`);
  for (const [table, columns] of actual) {
    const declaredColumns = declared.get(table);
    if (!declaredColumns) {
      found.push(`${table}: table in the database, not declared in DatabaseSchema`);
      continue;
    }
    for (const column of declaredColumns.keys())
      if (!columns.has(column)) found.push(`${table}.${column}: declared, but no such column in the database`);
    for (const [column, actualColumn] of columns) {
      const declaredColumn = declaredColumns.get(column);
      if (declaredColumn) found.push(...columnMismatches(`${table}.${column}`, actualColumn, declaredColumn));
      else found.push(`${table}.${column}: column in the database, not declared`);
    }
  }
  return found;
}

let database: { db: Database; drop: () => Promise<void> };
let declared: Tables<DeclaredColumn>;

before(async () => {
  database = await openTestDatabase();
  await migrateToLatest(database.db);
  declared = declaredTables();
});

after(() => database.drop());

test('the declared row types name exactly the migrated tables and columns, with their SQL types and nullability', async () => {
  assert.deepEqual(mismatches(await databaseTables(database.db), declared), []);
});

test('a column a migration adds without declaring it, or retypes, is reported', async () => {
  await sql`ALTER TABLE people ADD COLUMN nickname text`.execute(database.db);
  await sql`ALTER TABLE sessions ALTER COLUMN user_agent SET NOT NULL`.execute(database.db);
  await sql`ALTER TABLE api_keys ALTER COLUMN key_prefix TYPE integer USING 0`.execute(database.db);
  await sql`CREATE TABLE bookmarks (id uuid PRIMARY KEY)`.execute(database.db);
  const found = mismatches(await databaseTables(database.db), declared);
  assert.deepEqual(found, [
    'api_keys.key_prefix: the database gives number, declared string',
    'bookmarks: table in the database, not declared in DatabaseSchema',
    'people.nickname: column in the database, not declared',
    'sessions.user_agent: NOT NULL in the database, declared string | null',
  ]);
});
