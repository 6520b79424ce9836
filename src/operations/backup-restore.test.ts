import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { sql } from 'kysely';
import { openDatabase, openTestDatabase, type Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { seedDemoContent } from '../demo/seed.ts';
import { recordAudit } from '../audit/repository.ts';
import { backupDatabase } from './backup.ts';
import { restoreDatabase, RestoreRefused } from './restore.ts';
import { contentOf, temporaryFolder } from './test-support.ts';

const folder = temporaryFolder('helemaal-backup-');
let source: { db: Database; drop: () => Promise<void> };
let backupFile: string;

async function seededDatabase(db: Database): Promise<void> {
  await migrateToLatest(db);
  await seedDemoContent(db, new Date('2026-03-01T10:00:00Z'), 180);
  // A reference of a table to itself must survive too: one challenge marked a duplicate of another.
  const [original, copy] = await db.selectFrom('challenges').select('id').orderBy('id').limit(2).execute();
  await db
    .updateTable('challenges')
    .set({ duplicate_of: original!.id } as never)
    .where('id', '=', copy!.id)
    .execute();
  // Text pasted from a word processor keeps its line and paragraph separators (U+2028, U+2029).
  await db
    .updateTable('challenges')
    .set({ description: 'Eerste regel\u2028tweede regel\u2029een nieuwe alinea, lang genoeg voor de regels.' })
    .where('id', '=', original!.id)
    .execute();
}

async function freshTarget(): Promise<{ db: Database; drop: () => Promise<void> }> {
  return openTestDatabase();
}

before(async () => {
  source = await openTestDatabase();
  await seededDatabase(source.db);
  backupFile = join(folder.path, 'full.jsonl.gz');
  await backupDatabase(source.db, backupFile);
});

after(async () => {
  await source.drop();
  folder.remove();
});

test('a restored backup has exactly the content of the database it was made from', async () => {
  const target = await freshTarget();
  try {
    const summary = await restoreDatabase(target.db, backupFile);
    assert.ok(summary.rows > 100);
    assert.deepEqual(await contentOf(target.db), await contentOf(source.db));
  } finally {
    await target.drop();
  }
});

test('after a restore new audit events follow the restored ones and the log is append-only again', async () => {
  const target = await freshTarget();
  try {
    await restoreDatabase(target.db, backupFile);
    const highest = await target.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirstOrThrow();
    await recordAudit(target.db, { actorId: null, action: 'test.after_restore', objectType: 'test', objectId: 'x' });
    const added = await target.db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'test.after_restore')
      .executeTakeFirstOrThrow();
    assert.ok(Number(added.id) > Number(highest.id));
    await assert.rejects(sql`UPDATE audit_events SET action = 'changed'`.execute(target.db), /append-only/);
    await assert.rejects(sql`DELETE FROM audit_events`.execute(target.db), /append-only/);
  } finally {
    await target.drop();
  }
});

test('restoring into a database with content is refused without --force and changes nothing', async () => {
  const target = await freshTarget();
  try {
    await migrateToLatest(target.db);
    await target.db
      .insertInto('people')
      .values({
        email: 'someone@test.example',
        display_name: 'Someone',
        password_hash: null,
        role: 'member',
        locale: 'nl',
        email_verified_at: null,
      })
      .execute();
    await assert.rejects(
      restoreDatabase(target.db, backupFile),
      (error: unknown) => error instanceof RestoreRefused && /not empty/.test(error.message),
    );
    const people = await target.db.selectFrom('people').select('email').execute();
    assert.deepEqual(
      people.map((p) => p.email),
      ['someone@test.example'],
    );
  } finally {
    await target.drop();
  }
});

test('restoring with --force replaces the content of the database with the backup', async () => {
  const target = await freshTarget();
  try {
    await migrateToLatest(target.db);
    await target.db
      .insertInto('people')
      .values({
        email: 'someone@test.example',
        display_name: 'Someone',
        password_hash: null,
        role: 'member',
        locale: 'nl',
        email_verified_at: null,
      })
      .execute();
    await recordAudit(target.db, { actorId: null, action: 'test.before_restore', objectType: 'test', objectId: 'x' });
    await restoreDatabase(target.db, backupFile, { force: true });
    assert.deepEqual(await contentOf(target.db), await contentOf(source.db));
  } finally {
    await target.drop();
  }
});

test('a truncated backup is refused and leaves the database empty', async () => {
  const whole = await text(createReadStream(backupFile).pipe(createGunzip()));
  const cut = join(folder.path, 'cut.jsonl.gz');
  const lines = whole.trimEnd().split('\n');
  await pipeline(Readable.from([lines.slice(0, -40).join('\n')]), createGzip(), createWriteStream(cut));
  const target = await freshTarget();
  try {
    await assert.rejects(
      restoreDatabase(target.db, cut),
      (error: unknown) => error instanceof RestoreRefused && /incomplete/.test(error.message),
    );
    const content = await contentOf(target.db);
    assert.equal(Object.values(content).flat().length, 0);
  } finally {
    await target.drop();
  }
});

test('a file that is not a backup is refused', async () => {
  const bogus = join(folder.path, 'bogus.gz');
  await pipeline(Readable.from(['{"hello":"world"}\n']), createGzip(), createWriteStream(bogus));
  const target = await freshTarget();
  try {
    await assert.rejects(restoreDatabase(target.db, bogus), /not a Helemaal Digitaal backup/);
  } finally {
    await target.drop();
  }
});

// On the PostgreSQL run of the suite this crosses engines both ways; on the PGlite run it is embedded to embedded.
test('a backup moves from the embedded database to the suite’s database and back', async () => {
  const embedded = openDatabase('pglite://memory');
  const server = await openTestDatabase();
  const back = openDatabase('pglite://memory');
  try {
    await seededDatabase(embedded);
    const fromEmbedded = join(folder.path, 'embedded.jsonl.gz');
    await backupDatabase(embedded, fromEmbedded);
    await restoreDatabase(server.db, fromEmbedded);
    assert.deepEqual(await contentOf(server.db), await contentOf(embedded));
    const fromServer = join(folder.path, 'server.jsonl.gz');
    await backupDatabase(server.db, fromServer);
    await restoreDatabase(back, fromServer);
    assert.deepEqual(await contentOf(back), await contentOf(embedded));
  } finally {
    await embedded.destroy();
    await back.destroy();
    await server.drop();
  }
});
