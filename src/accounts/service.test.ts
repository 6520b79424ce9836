import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openTestDatabase, type Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { isAppError } from '../shared/errors.ts';
import { createAdmin, createDemoPerson } from './service.ts';
import { findPersonById } from './repository.ts';
import { verifyPassword } from './passwords.ts';
import { createOrganisation } from '../test-support/harness.ts';
import { uniqueEmail } from './test-fixtures.ts';

let db: Database;
let drop: () => Promise<void>;

before(async () => {
  ({ db, drop } = await openTestDatabase());
  await migrateToLatest(db);
});

after(async () => {
  await drop();
});

describe('createAdmin (admin CLI)', () => {
  test('creates a verified admin who can log in with the password', async () => {
    const email = uniqueEmail('Admin');
    const result = await createAdmin(db, { email, name: 'Platformteam', password: 'beheer van het platform 1' });
    assert.equal(result.created, true);
    const person = await findPersonById(db, result.id);
    assert.equal(person?.role, 'admin');
    assert.equal(person?.email, email.toLowerCase());
    assert.ok(person?.email_verified_at);
    assert.equal(await verifyPassword(person?.password_hash ?? '', 'beheer van het platform 1'), true);
    const audit = await db.selectFrom('audit_events').selectAll().where('object_id', '=', result.id).execute();
    assert.deepEqual(
      audit.map((e) => e.action),
      ['person.admin_created'],
    );
  });

  test('promotes an existing person, keeping their password', async () => {
    const email = uniqueEmail();
    const id = await createDemoPerson(db, {
      email,
      name: 'Lid',
      role: 'member',
      password: 'eigen wachtwoord van het lid',
    });
    const result = await createAdmin(db, { email, name: 'Lid', password: 'ander wachtwoord voor admin' });
    assert.deepEqual(result, { id, created: false });
    const person = await findPersonById(db, id);
    assert.equal(person?.role, 'admin');
    assert.equal(await verifyPassword(person?.password_hash ?? '', 'eigen wachtwoord van het lid'), true);
  });

  test('refuses a weak password and creates nothing', async () => {
    const email = uniqueEmail();
    await assert.rejects(
      createAdmin(db, { email, name: 'Zwak', password: 'wachtwoord12' }),
      (error) => isAppError(error) && error.id === 'validation_failed',
    );
    assert.equal(await db.selectFrom('people').select('id').where('email', '=', email).executeTakeFirst(), undefined);
  });
});

describe('createDemoPerson (demo seeding)', () => {
  test('creates a verified person with memberships and spearheads, once', async () => {
    const organisationId = await createOrganisation(db, 'Demo vzw');
    const input = {
      email: uniqueEmail(),
      name: 'Ambassadeur',
      role: 'ambassador' as const,
      organisationIds: [organisationId],
      spearheads: [3, 5],
    };
    const id = await createDemoPerson(db, input);
    assert.equal(await createDemoPerson(db, input), id);
    const spearheads = await db
      .selectFrom('ambassador_spearheads')
      .select('spearhead')
      .where('person_id', '=', id)
      .orderBy('spearhead')
      .execute();
    assert.deepEqual(
      spearheads.map((s) => s.spearhead),
      [3, 5],
    );
    const memberships = await db
      .selectFrom('memberships')
      .select('organisation_id')
      .where('person_id', '=', id)
      .execute();
    assert.deepEqual(
      memberships.map((m) => m.organisation_id),
      [organisationId],
    );
    assert.equal((await findPersonById(db, id))?.password_hash, null);
  });
});
