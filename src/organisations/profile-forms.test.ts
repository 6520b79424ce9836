// The organisation fields of the registration and profile forms: every problem in one round, required
// choices that start empty, and a website typed as www.… completed to https://.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness,
  createOrganisation,
  createPerson,
  formSession,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { FORM_HEADERS, formBody, registration, uniqueEmail } from '../accounts/test-fixtures.ts';

let h: Harness;
let member: TestPerson;
let organisationId: string;

before(async () => {
  h = await startHarness();
  organisationId = await createOrganisation(h.db, 'Zorgbedrijf Noord');
  member = await createPerson(h.db, 'member', organisationId);
});
after(() => h.close());

async function post(url: string, pageUrl: string, values: Record<string, unknown>, who?: TestPerson) {
  const { csrf, cookies } = await formSession(h.app, pageUrl, who?.token);
  return h.app.inject({
    method: 'POST',
    url,
    headers: FORM_HEADERS,
    cookies,
    payload: formBody({ ...values, _csrf: csrf }),
  });
}

const summaryFields = (body: string) => [...body.matchAll(/<li><a href="#(\w+)">/g)].map((m) => m[1]);
const profile = (overrides: Record<string, unknown>) => ({
  name: 'Zorgbedrijf Noord',
  kind: 'company',
  isSme: 'true',
  municipality: 'Gent',
  ...overrides,
});

test('a website typed as www.… on the profile form is stored with https://', async () => {
  const response = await post(
    `/organisations/${organisationId}/edit`,
    `/organisations/${organisationId}/edit`,
    profile({ website: 'www.zorgbedrijf-noord.be' }),
    member,
  );
  assert.equal(response.statusCode, 303);
  const row = await h.db
    .selectFrom('organisations')
    .select('website')
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  assert.equal(row.website, 'https://www.zorgbedrijf-noord.be');
});

test('saving the profile leads to the profile page, which confirms the save', async () => {
  const response = await post(
    `/organisations/${organisationId}/edit`,
    `/organisations/${organisationId}/edit`,
    profile({ municipality: 'Gent' }),
    member,
  );
  assert.equal(response.headers.location, `/organisations/${organisationId}?done=saved`);
  const page = await h.app.inject({ url: String(response.headers.location), cookies: { hd_session: member.token } });
  assert.match(page.body, /<p class="notice feedback" role="status">Uw wijzigingen zijn bewaard\.<\/p>/);
});

test('the profile form shows the schema problems and the website problem in one round', async () => {
  const response = await post(
    `/organisations/${organisationId}/edit`,
    `/organisations/${organisationId}/edit`,
    profile({ kind: 'spaceship', website: 'javascript:alert(1)' }),
    member,
  );
  assert.equal(response.statusCode, 400);
  assert.deepEqual(summaryFields(response.body).sort(), ['kind', 'website']);
});

test('the profile form marks its required choices, which start with an empty option', async () => {
  const body = (
    await h.app.inject({ url: `/organisations/${organisationId}/edit`, cookies: { hd_session: member.token } })
  ).body;
  assert.match(body, /<select id="kind" name="kind" required><option value>Kies…<\/option>/);
  assert.match(body, /<input id="street" name="street" type="text" value autocomplete="address-line1"/);
});

test('registration gives the missing organisation fields together with a malformed e-mail address', async () => {
  const response = await post(
    '/register',
    '/register',
    registration({
      email: 'geen-adres',
      organisationName: undefined,
      kind: undefined,
      isSme: undefined,
      enterpriseNumber: '0123.456.789',
    }),
  );
  assert.equal(response.statusCode, 400);
  assert.deepEqual(summaryFields(response.body), ['email', 'enterpriseNumber', 'organisationName', 'kind', 'isSme']);
});

test('registration completes a www.… website and marks its required choices', async () => {
  const page = (await h.app.inject({ url: '/register' })).body;
  assert.match(page, /<select id="locale" name="locale" required><option value>Kies…<\/option>/);
  assert.match(
    page,
    /<select id="organisationMode" name="organisationMode" required[^>]*><option value>Kies…<\/option>/,
  );
  const email = uniqueEmail('www');
  const response = await post('/register', '/register', registration({ email, website: 'www.digitalezorg.be' }));
  assert.equal(response.statusCode, 303);
  const row = await h.db
    .selectFrom('organisations')
    .innerJoin('memberships', 'memberships.organisation_id', 'organisations.id')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select('organisations.website')
    .where('people.email', '=', email)
    .executeTakeFirstOrThrow();
  assert.equal(row.website, 'https://www.digitalezorg.be');
});
