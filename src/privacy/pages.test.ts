import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, createOrganisation, createPerson, formSession, type Harness } from '../test-support/harness.ts';

const PASSWORD = 'correct horse battery staple';
let harness: Harness;

before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness.close();
});

async function member() {
  return createPerson(harness.db, 'member', await createOrganisation(harness.db, 'Privacy vzw'));
}

test('the privacy page offers the data download and the deletion form, in the chosen language', async () => {
  const person = await member();
  const page = await harness.app.inject({
    method: 'GET',
    url: '/account/privacy?lang=fr',
    cookies: { hd_session: person.token },
  });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Vos données/);
  assert.match(page.body, /href="\/account\/export"/);
  assert.match(page.body, /action="\/account\/delete"/);
  const download = await harness.app.inject({
    method: 'GET',
    url: '/account/export',
    cookies: { hd_session: person.token },
  });
  assert.equal(download.statusCode, 200);
  assert.match(String(download.headers['content-disposition']), /attachment/);
  assert.equal(JSON.parse(download.body).profile.email, person.email);
});

test('deleting the account without ticking the confirmation is refused and keeps the account', async () => {
  const person = await member();
  const { csrf, cookies } = await formSession(harness.app, '/account/privacy', person.token);
  const response = await harness.app.inject({
    method: 'POST',
    url: '/account/delete',
    cookies,
    payload: { _csrf: csrf, password: PASSWORD },
  });
  assert.equal(response.statusCode, 400);
  const row = await harness.db
    .selectFrom('people')
    .select('email')
    .where('id', '=', person.id)
    .executeTakeFirstOrThrow();
  assert.equal(row.email, person.email);
});

test('deleting the account with a wrong password is refused', async () => {
  const person = await member();
  const { csrf, cookies } = await formSession(harness.app, '/account/privacy', person.token);
  const response = await harness.app.inject({
    method: 'POST',
    url: '/account/delete',
    cookies,
    payload: { _csrf: csrf, password: 'wrong password here', confirm: 'yes' },
  });
  assert.equal(response.statusCode, 400);
  assert.equal(
    (await harness.db.selectFrom('sessions').select('id').where('person_id', '=', person.id).execute()).length,
    1,
  );
});

test('deleting the account with password and confirmation erases it and ends the session', async () => {
  const person = await member();
  const { csrf, cookies } = await formSession(harness.app, '/account/privacy', person.token);
  const response = await harness.app.inject({
    method: 'POST',
    url: '/account/delete',
    cookies,
    payload: { _csrf: csrf, password: PASSWORD, confirm: 'yes' },
  });
  assert.equal(response.statusCode, 200, response.body);
  const row = await harness.db
    .selectFrom('people')
    .select(['email', 'password_hash'])
    .where('id', '=', person.id)
    .executeTakeFirstOrThrow();
  assert.notEqual(row.email, person.email);
  assert.equal(row.password_hash, null);
  const after = await harness.app.inject({
    method: 'GET',
    url: '/account/privacy',
    cookies: { hd_session: person.token },
  });
  assert.notEqual(after.statusCode, 200);
});
