import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openTestDatabase, type Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import {
  consumeAccountToken,
  findPersonByEmail,
  findTokenHolder,
  insertAccountToken,
  insertPerson,
  retireTokensOf,
  setAmbassadorSpearheads,
} from './repository.ts';
import {
  findOrganisationByNumber,
  insertMembership,
  insertOrganisation,
  listOrganisationsOfPerson,
} from '../organisations/repository.ts';
import { uniqueEmail, uniqueKbo } from './test-fixtures.ts';

let db: Database;
let drop: () => Promise<void>;

before(async () => {
  ({ db, drop } = await openTestDatabase());
  await migrateToLatest(db);
});

after(async () => {
  await drop();
});

const newPerson = () =>
  insertPerson(db, { email: uniqueEmail(), display_name: 'Test', password_hash: null, role: 'member', locale: 'nl' });
const hour = 3_600_000;

describe('account repository', () => {
  test('finds a person by e-mail whatever the letter case', async () => {
    const person = await newPerson();
    assert.equal((await findPersonByEmail(db, person.email.toUpperCase()))?.id, person.id);
  });

  test('uses a token up once, and only for its purpose', async () => {
    const person = await newPerson();
    const now = new Date();
    await insertAccountToken(db, 'hash-once', person.id, 'verify_email', new Date(now.getTime() + hour));
    assert.equal(await consumeAccountToken(db, 'hash-once', 'reset_password', now), undefined);
    assert.equal(await consumeAccountToken(db, 'hash-once', 'verify_email', now), person.id);
    assert.equal(await consumeAccountToken(db, 'hash-once', 'verify_email', now), undefined);
  });

  test('does not use up or find an expired token', async () => {
    const person = await newPerson();
    const now = new Date();
    await insertAccountToken(db, 'hash-expired', person.id, 'reset_password', new Date(now.getTime() - 1));
    assert.equal(await findTokenHolder(db, 'hash-expired', 'reset_password', now), undefined);
    assert.equal(await consumeAccountToken(db, 'hash-expired', 'reset_password', now), undefined);
  });

  test('retires the other open tokens of a person', async () => {
    const person = await newPerson();
    const now = new Date();
    await insertAccountToken(db, 'hash-a', person.id, 'reset_password', new Date(now.getTime() + hour));
    await insertAccountToken(db, 'hash-b', person.id, 'reset_password', new Date(now.getTime() + hour));
    await retireTokensOf(db, person.id, 'reset_password', now);
    assert.equal(await findTokenHolder(db, 'hash-a', 'reset_password', now), undefined);
    assert.equal(await findTokenHolder(db, 'hash-b', 'reset_password', now), undefined);
  });

  test('replaces the spearheads of an ambassador', async () => {
    const person = await newPerson();
    await setAmbassadorSpearheads(db, person.id, [1, 5]);
    await setAmbassadorSpearheads(db, person.id, [2]);
    const rows = await db
      .selectFrom('ambassador_spearheads')
      .select('spearhead')
      .where('person_id', '=', person.id)
      .execute();
    assert.deepEqual(
      rows.map((r) => r.spearhead),
      [2],
    );
  });
});

describe('organisation repository', () => {
  test('finds an organisation by its enterprise number and lists the organisations of a person', async () => {
    const person = await newPerson();
    const number = uniqueKbo();
    const organisation = await insertOrganisation(db, {
      name: 'Repo bv',
      kind: 'company',
      is_sme: true,
      enterprise_number: number,
      country: 'BE',
      street: null,
      postal_code: null,
      municipality: null,
      nis_code: null,
      website: null,
    });
    assert.equal((await findOrganisationByNumber(db, number))?.id, organisation.id);
    await insertMembership(db, person.id, organisation.id);
    await insertMembership(db, person.id, organisation.id);
    assert.deepEqual(
      (await listOrganisationsOfPerson(db, person.id)).map((o) => o.id),
      [organisation.id],
    );
  });
});
