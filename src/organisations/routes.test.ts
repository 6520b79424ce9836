import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness,
  createOrganisation,
  createPerson,
  formSession,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { FORM_HEADERS, formBody, rowCounts, uniqueKbo } from '../accounts/test-fixtures.ts';

let harness: Harness;
let organisationId: string;
let otherOrganisationId: string;
let member: TestPerson;
let otherMember: TestPerson;
let admin: TestPerson;

before(async () => {
  harness = await startHarness();
  organisationId = await createOrganisation(harness.db, 'Zorgtech Gent');
  otherOrganisationId = await createOrganisation(harness.db, 'Andere organisatie');
  member = await createPerson(harness.db, 'member', organisationId);
  otherMember = await createPerson(harness.db, 'member', otherOrganisationId);
  admin = await createPerson(harness.db, 'admin');
});

after(async () => {
  await harness.close();
});

const patch = (id: string, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  harness.app.inject({ method: 'PATCH', url: `/api/v1/organisations/${id}`, headers, payload });

const stored = (id: string) =>
  harness.db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('organisation API', () => {
  test('shows the public profile of an organisation to anyone, without the street address', async () => {
    const response = await harness.app.inject({ url: `/api/v1/organisations/${organisationId}` });
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.equal(body.name, 'Zorgtech Gent');
    assert.match(body.enterpriseNumber, /^\d{4}\.\d{3}\.\d{3}$/);
    assert.equal('street' in body, false);
  });

  test('answers 404 for an unknown organisation and 400 for an id that is no uuid', async () => {
    assert.equal(
      (await harness.app.inject({ url: '/api/v1/organisations/00000000-0000-4000-8000-000000000000' })).statusCode,
      404,
    );
    assert.equal((await harness.app.inject({ url: '/api/v1/organisations/zomaar' })).statusCode, 400);
  });

  test('lets a member change their organisation and records the change in the audit log', async () => {
    const response = await patch(
      organisationId,
      { street: 'Korenmarkt 1', postalCode: '9000', website: 'https://zorgtech.example' },
      member.auth,
    );
    assert.equal(response.statusCode, 200);
    assert.equal(response.json().street, 'Korenmarkt 1');
    const event = await harness.db
      .selectFrom('audit_events')
      .selectAll()
      .where('object_id', '=', organisationId)
      .where('action', '=', 'organisation.updated')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(event.actor_id, member.id);
    assert.equal((event.before as { street: string | null }).street, null);
    assert.equal((event.after as { street: string }).street, 'Korenmarkt 1');
  });

  test('refuses a change by a member of another organisation and changes nothing', async () => {
    const before = await stored(organisationId);
    const response = await patch(organisationId, { name: 'Overgenomen' }, otherMember.auth);
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().error.id, 'forbidden');
    assert.deepEqual(await stored(organisationId), before);
  });

  test('refuses a change by a visitor', async () => {
    assert.equal((await patch(organisationId, { name: 'Anoniem' })).statusCode, 401);
  });

  test('lets an admin change any organisation, including its enterprise number', async () => {
    const enterpriseNumber = uniqueKbo();
    const response = await patch(otherOrganisationId, { enterpriseNumber, municipality: 'Leuven' }, admin.auth);
    assert.equal(response.statusCode, 200);
    assert.equal((await stored(otherOrganisationId)).enterprise_number, enterpriseNumber);
  });

  test('refuses an enterprise number change by a member', async () => {
    const before = await stored(organisationId);
    const response = await patch(organisationId, { enterpriseNumber: uniqueKbo() }, member.auth);
    assert.equal(response.statusCode, 403);
    assert.deepEqual(await stored(organisationId), before);
  });

  test('refuses an invalid change field by field and changes nothing', async () => {
    const before = await rowCounts(harness.db);
    const cases: [Record<string, unknown>, string][] = [
      [{ website: 'ftp://zorgtech.example' }, 'website'],
      [{ name: 'Z' }, 'name'],
      [{ name: '   ' }, 'name'],
      [{ kind: 'bank' }, 'kind'],
      [{ nisCode: '4402' }, 'nisCode'],
      [{ enterpriseNumber: '0123.456.748' }, 'enterpriseNumber'],
    ];
    for (const [payload, field] of cases) {
      const response = await patch(organisationId, payload, admin.auth);
      assert.equal(response.statusCode, 400, JSON.stringify(payload));
      assert.deepEqual(
        response.json().error.fields.map((f: { field: string }) => f.field),
        [field],
      );
    }
    assert.deepEqual(await rowCounts(harness.db), before);
  });

  test('refuses an enterprise number that belongs to another organisation', async () => {
    const taken = (await stored(organisationId)).enterprise_number;
    const response = await patch(otherOrganisationId, { enterpriseNumber: taken }, admin.auth);
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().error.fields[0].field, 'enterpriseNumber');
  });

  test('lets only admins verify an organisation', async () => {
    const url = `/api/v1/organisations/${organisationId}/verify`;
    assert.equal((await harness.app.inject({ method: 'POST', url, headers: member.auth })).statusCode, 403);
    assert.equal((await harness.app.inject({ method: 'POST', url })).statusCode, 401);
    const response = await harness.app.inject({ method: 'POST', url, headers: admin.auth });
    assert.equal(response.statusCode, 200);
    assert.equal(response.json().verified, true);
  });

  test('asks for a new verification when a member renames a verified organisation, not when an admin does', async () => {
    await harness.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${organisationId}/verify`,
      headers: admin.auth,
    });
    await patch(organisationId, { name: 'Zorgtech Gent (admin)' }, admin.auth);
    assert.equal((await stored(organisationId)).verified, true);
    await patch(organisationId, { name: 'Zorgtech Gent' }, member.auth);
    assert.equal((await stored(organisationId)).verified, false);
  });

  test('asks for a new verification when a member changes a verified organisation’s website, not when an admin does or the website stays', async () => {
    const verify = () =>
      harness.app.inject({
        method: 'POST',
        url: `/api/v1/organisations/${organisationId}/verify`,
        headers: admin.auth,
      });
    await verify();
    await patch(organisationId, { website: 'https://zorgtech-admin.example' }, admin.auth);
    assert.equal((await stored(organisationId)).verified, true);
    await patch(organisationId, { website: 'https://zorgtech-admin.example', municipality: 'Gent' }, member.auth);
    assert.equal((await stored(organisationId)).verified, true, 'the same website sent again is no change');
    const changed = await patch(organisationId, { website: 'https://zorgtech-elders.example' }, member.auth);
    assert.equal(changed.json().verified, false);
    await verify();
    await patch(organisationId, { website: null }, member.auth);
    assert.equal((await stored(organisationId)).verified, false, 'clearing the website is a change too');
  });

  test('lists the organisations of the current person with their full address', async () => {
    const response = await harness.app.inject({ url: '/api/v1/me/organisations', headers: member.auth });
    assert.equal(response.statusCode, 200);
    const { items } = response.json();
    assert.deepEqual(
      items.map((o: { id: string }) => o.id),
      [organisationId],
    );
    assert.ok('street' in items[0]);
  });
});

describe('organisation pages', () => {
  const profile = `/organisations/`;

  test('renders the public profile in Dutch, French and English', async () => {
    const expected = { nl: 'Bedrijf', fr: 'Entreprise', en: 'Company' };
    for (const locale of ['nl', 'fr', 'en'] as const) {
      const response = await harness.app.inject({ url: `${profile}${organisationId}?lang=${locale}` });
      assert.equal(response.statusCode, 200);
      assert.match(response.body, new RegExp(`<dd>${expected[locale]}</dd>`));
      assert.doesNotMatch(response.body, /organisation\.[a-z_]+/);
    }
  });

  test('shows the edit link to members only, and 404 for an unknown organisation', async () => {
    const asMember = await harness.app.inject({
      url: `${profile}${organisationId}`,
      cookies: { hd_session: member.token },
    });
    assert.match(asMember.body, /\/edit"/);
    const asOther = await harness.app.inject({
      url: `${profile}${organisationId}`,
      cookies: { hd_session: otherMember.token },
    });
    assert.doesNotMatch(asOther.body, /\/edit"/);
    assert.equal((await harness.app.inject({ url: `${profile}zomaar` })).statusCode, 404);
  });

  test('lets a member edit the organisation through the form, clearing an emptied field', async () => {
    const url = `${profile}${organisationId}/edit`;
    const { csrf, cookies } = await formSession(harness.app, url, member.token);
    const values = {
      name: 'Zorgtech Gent',
      kind: 'startup',
      isSme: 'false',
      street: '',
      postalCode: '9000',
      municipality: 'Gent',
      nisCode: '44021',
      website: '',
      _csrf: csrf,
    };
    const response = await harness.app.inject({
      method: 'POST',
      url,
      headers: FORM_HEADERS,
      cookies,
      payload: formBody(values),
    });
    assert.equal(response.statusCode, 303);
    const row = await stored(organisationId);
    assert.equal(row.kind, 'startup');
    assert.equal(row.is_sme, false);
    assert.equal(row.street, null);
    assert.equal(row.website, null);
  });

  test('re-renders the edit form with messages tied to the fields and changes nothing', async () => {
    const url = `${profile}${organisationId}/edit`;
    const before = await stored(organisationId);
    const { csrf, cookies } = await formSession(harness.app, url, member.token);
    const values = { name: 'Zorgtech Gent', kind: 'startup', isSme: 'true', website: 'geen website', _csrf: csrf };
    const response = await harness.app.inject({
      method: 'POST',
      url,
      headers: FORM_HEADERS,
      cookies,
      payload: formBody(values),
    });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /id="website-error"/);
    assert.deepEqual(await stored(organisationId), before);
  });

  test('refuses the edit form to a member of another organisation and to visitors', async () => {
    const url = `${profile}${organisationId}/edit`;
    assert.equal((await harness.app.inject({ url, cookies: { hd_session: otherMember.token } })).statusCode, 403);
    const visitor = await harness.app.inject({ url });
    assert.equal(visitor.statusCode, 303);
    assert.match(String(visitor.headers.location), /^\/login\?next=/);
  });

  test('refuses an edit form post without a CSRF token', async () => {
    const before = await stored(organisationId);
    const response = await harness.app.inject({
      method: 'POST',
      url: `${profile}${organisationId}/edit`,
      headers: FORM_HEADERS,
      cookies: { hd_session: member.token },
      payload: formBody({ name: 'Zonder token', kind: 'company', isSme: 'true' }),
    });
    assert.equal(response.statusCode, 403);
    assert.deepEqual(await stored(organisationId), before);
  });

  test('shows admins the enterprise number field and a verify button', async () => {
    const page = await harness.app.inject({
      url: `${profile}${otherOrganisationId}`,
      cookies: { hd_session: admin.token },
    });
    assert.match(page.body, /action="\/organisations\/[^"]+\/verify"/);
    const edit = await harness.app.inject({
      url: `${profile}${otherOrganisationId}/edit`,
      cookies: { hd_session: admin.token },
    });
    assert.match(edit.body, /name="enterpriseNumber"/);
    const memberEdit = await harness.app.inject({
      url: `${profile}${organisationId}/edit`,
      cookies: { hd_session: member.token },
    });
    assert.doesNotMatch(memberEdit.body, /name="enterpriseNumber"/);
  });
});

describe('clearing optional organisation fields through the API', () => {
  test('clears a field sent as null or as an empty text', async () => {
    const response = await patch(organisationId, { street: 'Veldstraat 2', municipality: 'Gent' }, member.auth);
    assert.equal(response.statusCode, 200);
    const cleared = await patch(organisationId, { street: null, municipality: '' }, member.auth);
    assert.equal(cleared.statusCode, 200);
    const row = await stored(organisationId);
    assert.equal(row.street, null);
    assert.equal(row.municipality, null);
  });
});
