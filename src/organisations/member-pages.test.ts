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
import { FORM_HEADERS, formBody } from '../accounts/test-fixtures.ts';

let h: Harness;
let admin: TestPerson;

before(async () => {
  h = await startHarness({ authRateLimitPerMinute: 1000 });
  admin = await createPerson(h.db, 'admin');
});

after(() => h.close());

interface Organisation {
  id: string;
  number: string;
  members: TestPerson[];
}

async function organisationWith(memberCount: number): Promise<Organisation> {
  const id = await createOrganisation(h.db, 'Bibliotheek Zuid');
  const members: TestPerson[] = [];
  for (let i = 0; i < memberCount; i += 1) members.push(await createPerson(h.db, 'member', id));
  const number = (await h.app.inject({ url: `/api/v1/organisations/${id}` })).json().enterpriseNumber as string;
  return { id, number, members };
}

async function requester(organisation: Organisation): Promise<TestPerson> {
  const person = await createPerson(h.db, 'member');
  await h.app.inject({
    method: 'POST',
    url: '/api/v1/me/membership-requests',
    headers: person.auth,
    payload: { enterpriseNumber: organisation.number },
  });
  return person;
}

const page = (url: string, person: TestPerson) => h.app.inject({ url, cookies: { hd_session: person.token } });

/** Posts a form from the page that shows it, as a browser would. */
async function postForm(formPage: string, action: string, person: TestPerson, values: Record<string, string> = {}) {
  const { csrf, cookies } = await formSession(h.app, formPage, person.token);
  return h.app.inject({
    method: 'POST',
    url: action,
    headers: FORM_HEADERS,
    cookies,
    payload: formBody({ ...values, _csrf: csrf }),
  });
}

const isMember = async (organisationId: string, personId: string) =>
  (await h.db
    .selectFrom('memberships')
    .select('person_id')
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', personId)
    .executeTakeFirst()) !== undefined;

describe('the members page', () => {
  test('lists members and requests with their buttons in Dutch, French and English; the profile links to it', async () => {
    const organisation = await organisationWith(1);
    const [member] = organisation.members as [TestPerson];
    await requester(organisation);
    const headings = { nl: 'Aanvragen om lid te worden', fr: 'Demandes d’adhésion', en: 'Requests to join' };
    for (const locale of ['nl', 'fr', 'en'] as const) {
      const response = await page(`/organisations/${organisation.id}/members?lang=${locale}`, member);
      assert.equal(response.statusCode, 200);
      assert.ok(response.body.includes(headings[locale]), locale);
      assert.match(response.body, /name="decision" value="approve"/);
      assert.doesNotMatch(
        response.body,
        /\b(membership|organisation)\.[a-z_]+\.[a-z_]+\b/,
        'no untranslated message key',
      );
    }
    assert.match(
      (await page(`/organisations/${organisation.id}`, member)).body,
      new RegExp(`href="/organisations/${organisation.id}/members"`),
    );
  });

  test('is refused to an outsider and sends a visitor to log in', async () => {
    const organisation = await organisationWith(1);
    const outsider = (await organisationWith(1)).members[0] as TestPerson;
    assert.equal((await page(`/organisations/${organisation.id}/members`, outsider)).statusCode, 403);
    assert.doesNotMatch((await page(`/organisations/${organisation.id}`, outsider)).body, /\/members"/);
    const visitor = await h.app.inject({ url: `/organisations/${organisation.id}/members` });
    assert.equal(visitor.statusCode, 303);
    assert.match(String(visitor.headers.location), /^\/login\?next=/);
  });

  test('approves a request with the form and says so', async () => {
    const organisation = await organisationWith(1);
    const [member] = organisation.members as [TestPerson];
    const person = await requester(organisation);
    const membersPage = `/organisations/${organisation.id}/members`;
    const response = await postForm(
      membersPage,
      `/organisations/${organisation.id}/membership-requests/${person.id}/decision`,
      member,
      { decision: 'approve' },
    );
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `${membersPage}?done=approved`);
    assert.match((await page(String(response.headers.location), member)).body, /De aanvraag is goedgekeurd/);
    assert.ok(await isMember(organisation.id, person.id));
  });

  test('shows why a request cannot be approved yet, and changes nothing', async () => {
    const organisation = await organisationWith(1);
    const [member] = organisation.members as [TestPerson];
    const person = await requester(organisation);
    await h.db.updateTable('people').set({ email_verified_at: null }).where('id', '=', person.id).execute();
    const response = await postForm(
      `/organisations/${organisation.id}/members`,
      `/organisations/${organisation.id}/membership-requests/${person.id}/decision`,
      member,
      { decision: 'approve' },
    );
    assert.equal(response.statusCode, 409);
    assert.match(response.body, /role="alert"[\s\S]*e-mailadres nog niet bevestigd/);
    assert.equal(await isMember(organisation.id, person.id), false);
  });

  test('refuses a decision posted without a CSRF token', async () => {
    const organisation = await organisationWith(1);
    const person = await requester(organisation);
    const response = await h.app.inject({
      method: 'POST',
      url: `/organisations/${organisation.id}/membership-requests/${person.id}/decision`,
      headers: FORM_HEADERS,
      cookies: { hd_session: (organisation.members[0] as TestPerson).token },
      payload: formBody({ decision: 'approve' }),
    });
    assert.equal(response.statusCode, 403);
    assert.equal(await isMember(organisation.id, person.id), false);
  });
});

describe('removing a member and leaving through the pages', () => {
  test('asks before removing a member, then removes them and says so', async () => {
    const organisation = await organisationWith(2);
    const [member, other] = organisation.members as [TestPerson, TestPerson];
    const confirmPage = `/organisations/${organisation.id}/members/${other.id}/remove`;
    const question = await page(confirmPage, member);
    assert.equal(question.statusCode, 200);
    assert.match(question.body, /Wilt u member \d+ verwijderen uit Bibliotheek Zuid\?/);
    assert.ok(await isMember(organisation.id, other.id), 'showing the question changes nothing');
    const response = await postForm(confirmPage, confirmPage, member);
    assert.equal(response.statusCode, 303);
    assert.match((await page(String(response.headers.location), member)).body, /Het lid is verwijderd/);
    assert.equal(await isMember(organisation.id, other.id), false);
  });

  test('a member leaves from the profile page after confirming, and the account page says so', async () => {
    const organisation = await organisationWith(2);
    const [leaving] = organisation.members as [TestPerson];
    const confirmPage = `/organisations/${organisation.id}/members/${leaving.id}/remove`;
    assert.ok((await page(`/organisations/${organisation.id}`, leaving)).body.includes(`href="${confirmPage}"`));
    assert.match((await page(confirmPage, leaving)).body, /Wilt u Bibliotheek Zuid verlaten\?/);
    const response = await postForm(confirmPage, confirmPage, leaving);
    assert.equal(response.headers.location, '/account?left=1');
    assert.match((await page('/account?left=1', leaving)).body, /U hebt de organisatie verlaten/);
    assert.equal(await isMember(organisation.id, leaving.id), false);
  });

  test('the last member cannot leave: the page says why; an admin can remove them', async () => {
    const organisation = await organisationWith(1);
    const [last] = organisation.members as [TestPerson];
    const confirmPage = `/organisations/${organisation.id}/members/${last.id}/remove`;
    const refused = await postForm(confirmPage, confirmPage, last);
    assert.equal(refused.statusCode, 409);
    assert.match(refused.body, /Een organisatie houdt minstens één lid/);
    assert.ok(await isMember(organisation.id, last.id));
    const removed = await postForm(confirmPage, confirmPage, admin);
    assert.equal(removed.statusCode, 303);
    assert.equal(await isMember(organisation.id, last.id), false);
  });
});

describe('asking to join through the page', () => {
  test('sends the request and shows it as pending on the account page', async () => {
    const organisation = await organisationWith(1);
    const person = await createPerson(h.db, 'member');
    assert.match((await page('/account', person)).body, /href="\/account\/join"/);
    const response = await postForm('/account/join', '/account/join', person, {
      enterpriseNumber: organisation.number,
    });
    assert.equal(response.statusCode, 303);
    const account = await page(String(response.headers.location), person);
    assert.match(account.body, /Uw aanvraag is verstuurd/);
    assert.match(account.body, /Bibliotheek Zuid: wacht op goedkeuring door een lid/);
    assert.equal(await isMember(organisation.id, person.id), false);
  });

  test('names the field when the number is unknown or the person is already a member', async () => {
    const organisation = await organisationWith(1);
    const unknown = await postForm('/account/join', '/account/join', await createPerson(h.db, 'member'), {
      enterpriseNumber: '0123.456.749',
    });
    assert.equal(unknown.statusCode, 400);
    assert.match(
      unknown.body,
      /id="enterpriseNumber-error"[^>]*>Er is nog geen organisatie met dit ondernemingsnummer/,
    );
    const member = await postForm('/account/join', '/account/join', organisation.members[0] as TestPerson, {
      enterpriseNumber: organisation.number,
    });
    assert.equal(member.statusCode, 409);
    assert.match(member.body, /id="enterpriseNumber-error"[^>]*>U bent al lid van deze organisatie/);
  });
});
