import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openTestDatabase, type Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { seedDemoContent } from './seed.ts';

let db: Database;
let drop: () => Promise<void>;
before(async () => {
  ({ db, drop } = await openTestDatabase());
  await migrateToLatest(db);
});
after(() => drop());

test('seeds at least 30 challenges, 40 solutions and an account per role into an empty database', async () => {
  const accounts = await seedDemoContent(db, new Date(), 180);
  assert.deepEqual([...new Set(accounts?.map((a) => a.role))].sort(), ['admin', 'ambassador', 'member']);
  const challenges = await db.selectFrom('challenges').select(['status', 'spearheads', 'classification']).execute();
  const solutions = await db.selectFrom('solutions').select('id').execute();
  assert.ok(challenges.length >= 30);
  assert.ok(solutions.length >= 40);
  const publicSpearheads = new Set(challenges.filter((c) => c.status === 'published' && c.classification === 'public').flatMap((c) => c.spearheads));
  assert.equal(publicSpearheads.size, 9);
});

test('seeding again leaves a database with content untouched', async () => {
  const before = await db.selectFrom('challenges').select('id').execute();
  assert.equal(await seedDemoContent(db, new Date(), 180), null);
  assert.equal((await db.selectFrom('challenges').select('id').execute()).length, before.length);
});

test('the audit log refuses to change or delete an event', async () => {
  await assert.rejects(db.updateTable('audit_events').set({ action: 'tampered' }).execute(), /append-only/);
  await assert.rejects(db.deleteFrom('audit_events').execute(), /append-only/);
});
