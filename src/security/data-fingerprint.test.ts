import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { migrateToLatest } from '../db/migrate.ts';
import { openTestDatabase, type Database } from '../db/database.ts';
import { createPerson } from '../test-support/harness.ts';
import { changedTables, installFingerprint, storedTables, type Fingerprint } from './data-fingerprint.ts';

let db: Database;
let drop: () => Promise<void>;
let fingerprint: () => Promise<Fingerprint>;
let personId: string;

before(async () => {
  ({ db, drop } = await openTestDatabase());
  await migrateToLatest(db);
  personId = (await createPerson(db, 'member')).id;
  fingerprint = await installFingerprint(db, await storedTables(db));
});
after(() => drop());

test('a changed person shows as a changed people table, and only that', async () => {
  const before = await fingerprint();
  await db.updateTable('people').set({ display_name: 'Andere naam' }).where('id', '=', personId).execute();
  assert.deepEqual(changedTables(before, await fingerprint()), ['people']);
});

test('locking an account after wrong codes is left out, as refusals set it on purpose', async () => {
  const before = await fingerprint();
  await db
    .updateTable('people')
    .set({ locked_until: new Date(Date.now() + 60_000) })
    .where('id', '=', personId)
    .execute();
  assert.deepEqual(changedTables(before, await fingerprint()), []);
});
