import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness,
  createOrganisation,
  createPerson,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { startMailbox, linkIn, type Mailbox } from '../test-support/mailbox.ts';
import { challengeInput } from '../test-support/items.ts';
import { registration, uniqueKbo } from '../accounts/test-fixtures.ts';

let h: Harness;
let mailbox: Mailbox;
let ambassador: TestPerson;
let admin: TestPerson;

before(async () => {
  mailbox = await startMailbox();
  h = await startHarness({ baseUrl: 'http://hd.test', authRateLimitPerMinute: 1000 }, mailbox.mailer);
  ambassador = await createPerson(h.db, 'ambassador', undefined, [5]);
  admin = await createPerson(h.db, 'admin');
});

after(async () => {
  await h.close();
  await mailbox.close();
});

interface Organisation {
  id: string;
  number: string;
  members: TestPerson[];
}

/** A fresh organisation with this many members (verified, Dutch), so each test reads its own mailboxes. */
async function organisationWith(memberCount: number, name = 'WZC Ter Linde'): Promise<Organisation> {
  const id = await createOrganisation(h.db, name);
  const members: TestPerson[] = [];
  for (let i = 0; i < memberCount; i += 1) members.push(await createPerson(h.db, 'member', id));
  const number = (await h.app.inject({ url: `/api/v1/organisations/${id}` })).json().enterpriseNumber as string;
  return { id, number, members };
}

const api = (
  person: TestPerson | null,
  method: 'GET' | 'POST' | 'DELETE' | 'PATCH',
  url: string,
  payload?: Record<string, unknown>,
) => h.app.inject({ method, url, headers: person?.auth ?? {}, ...(payload ? { payload } : {}) });

/** A person with a confirmed address and no organisation who asks to join this one. */
async function requester(organisation: Organisation): Promise<TestPerson> {
  const person = await createPerson(h.db, 'member');
  const response = await api(person, 'POST', '/api/v1/me/membership-requests', {
    enterpriseNumber: organisation.number,
  });
  assert.equal(response.statusCode, 201);
  return person;
}

const decide = (by: TestPerson | null, organisation: Organisation, personId: string, decision: string) =>
  api(by, 'POST', `/api/v1/organisations/${organisation.id}/membership-requests/${personId}/decision`, { decision });

const membersOf = async (organisationId: string) =>
  (await h.db.selectFrom('memberships').select('person_id').where('organisation_id', '=', organisationId).execute())
    .map((m) => m.person_id)
    .sort();

const auditActions = async (organisationId: string) =>
  await h.db
    .selectFrom('audit_events')
    .select(['action', 'actor_id', 'after'])
    .where('object_id', '=', organisationId)
    .where('action', 'like', 'membership.%')
    .orderBy('id')
    .execute();

const noticeKinds = async (person: TestPerson) =>
  ((await api(person, 'GET', '/api/v1/notifications')).json().items as { kind: string }[]).map((n) => n.kind);

describe('asking to join an organisation', () => {
  test('registering to join makes a pending request, audited, that the requester sees in the API and on their account page', async () => {
    const organisation = await organisationWith(1);
    const payload = registration({
      organisationMode: 'join',
      enterpriseNumber: organisation.number,
      organisationName: undefined,
    });
    const registered = (await h.app.inject({ method: 'POST', url: '/api/v1/accounts', payload })).json();
    const own = await h.app.inject({
      url: '/api/v1/me/membership-requests',
      headers: { authorization: `Bearer ${registered.token}` },
    });
    assert.deepEqual(
      own
        .json()
        .items.map((r: { organisationId: string; organisationName: string }) => [r.organisationId, r.organisationName]),
      [[organisation.id, 'WZC Ter Linde']],
    );
    const page = await h.app.inject({ url: '/account', cookies: { hd_session: registered.token } });
    assert.match(page.body, /WZC Ter Linde: wacht op goedkeuring door een lid/);
    const events = await auditActions(organisation.id);
    assert.deepEqual(
      events.map((e) => [e.action, e.actor_id]),
      [['membership.requested', registered.person.id]],
    );
  });

  test('tells each verified member in their own language, in the app and by e-mail with a link to the members page; not unconfirmed members', async () => {
    const organisation = await organisationWith(3);
    const [dutch, french, unconfirmed] = organisation.members as [TestPerson, TestPerson, TestPerson];
    await h.db.updateTable('people').set({ locale: 'fr' }).where('id', '=', french.id).execute();
    await h.db.updateTable('people').set({ email_verified_at: null }).where('id', '=', unconfirmed.id).execute();
    await requester(organisation);
    const toDutch = await mailbox.next(dutch.email);
    assert.equal(
      toDutch.subject,
      'Nieuw op Helemaal Digitaal: Iemand vraagt om lid te worden van WZC Ter Linde. Keur de aanvraag goed of weiger ze.',
    );
    assert.ok(toDutch.text.includes(`http://hd.test/organisations/${organisation.id}/members`));
    const toFrench = await mailbox.next(french.email);
    assert.match(toFrench.subject, /Quelqu’un demande à devenir membre de WZC Ter Linde/);
    assert.match(toFrench.html, /lang="fr"/);
    assert.deepEqual(mailbox.to(unconfirmed.email), []);
    assert.deepEqual(await noticeKinds(dutch), ['membership_request']);
  });

  test('asking twice keeps one request and tells the members once; a member cannot ask; an unknown number is named', async () => {
    const organisation = await organisationWith(1);
    const person = await requester(organisation);
    assert.equal(
      (await api(person, 'POST', '/api/v1/me/membership-requests', { enterpriseNumber: organisation.number }))
        .statusCode,
      201,
    );
    assert.equal(
      (
        await h.db
          .selectFrom('membership_requests')
          .selectAll()
          .where('organisation_id', '=', organisation.id)
          .execute()
      ).length,
      1,
    );
    assert.deepEqual(await noticeKinds(organisation.members[0] as TestPerson), ['membership_request']);
    const member = await api(organisation.members[0] as TestPerson, 'POST', '/api/v1/me/membership-requests', {
      enterpriseNumber: organisation.number,
    });
    assert.equal(member.statusCode, 409);
    assert.equal(member.json().error.id, 'already_member');
    const unknown = await api(person, 'POST', '/api/v1/me/membership-requests', { enterpriseNumber: uniqueKbo() });
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().error.fields[0].field, 'enterpriseNumber');
  });

  test('tells the admins when the organisation has no member with a confirmed address', async () => {
    const organisation = await organisationWith(0);
    await requester(organisation);
    assert.ok((await noticeKinds(admin)).includes('membership_request'));
  });
});

describe('deciding on a request', () => {
  test('a verified member approves once the requester confirmed their address: access at once, told, audited', async () => {
    const organisation = await organisationWith(1);
    const [member] = organisation.members as [TestPerson];
    const draft = (
      await api(member, 'POST', '/api/v1/challenges', challengeInput({ classification: 'confidential' }))
    ).json().id as string;
    const payload = registration({
      organisationMode: 'join',
      enterpriseNumber: organisation.number,
      organisationName: undefined,
    });
    const registered = (await h.app.inject({ method: 'POST', url: '/api/v1/accounts', payload })).json();
    const newcomer: TestPerson = {
      id: registered.person.id,
      token: registered.token,
      email: String(payload.email),
      auth: { authorization: `Bearer ${registered.token}` },
    };

    const early = await decide(member, organisation, newcomer.id, 'approve');
    assert.equal(early.statusCode, 409);
    assert.equal(early.json().error.id, 'requester_unverified');
    const listed = (await api(member, 'GET', `/api/v1/organisations/${organisation.id}/members`)).json();
    assert.deepEqual(
      listed.requests.map((r: { personId: string; emailVerified: boolean }) => [r.personId, r.emailVerified]),
      [[newcomer.id, false]],
    );

    const link = linkIn((await mailbox.next(newcomer.email)).text, '/verify-email');
    assert.equal((await h.app.inject({ url: `${link.pathname}${link.search}` })).statusCode, 200);
    const approved = await decide(member, organisation, newcomer.id, 'approve');
    assert.equal(approved.statusCode, 200);
    assert.deepEqual(approved.json().requests, []);
    assert.deepEqual(
      approved
        .json()
        .members.map((m: { personId: string }) => m.personId)
        .sort(),
      [member.id, newcomer.id].sort(),
    );
    assert.equal((await api(newcomer, 'GET', `/api/v1/challenges/${draft}`)).statusCode, 200);
    assert.deepEqual(await noticeKinds(newcomer), ['membership_approved']);
    const events = await auditActions(organisation.id);
    assert.deepEqual(
      events.map((e) => [e.action, e.actor_id, (e.after as { personId: string }).personId]),
      [
        ['membership.requested', newcomer.id, newcomer.id],
        ['membership.approved', member.id, newcomer.id],
      ],
    );
  });

  test('refusing removes the request and grants nothing; the person is told and it is audited', async () => {
    const organisation = await organisationWith(1);
    const person = await requester(organisation);
    const refused = await decide(organisation.members[0] as TestPerson, organisation, person.id, 'refuse');
    assert.equal(refused.statusCode, 200);
    assert.deepEqual(refused.json().requests, []);
    assert.deepEqual(await membersOf(organisation.id), [(organisation.members[0] as TestPerson).id]);
    assert.deepEqual(await noticeKinds(person), ['membership_refused']);
    assert.deepEqual(
      (await auditActions(organisation.id)).map((e) => e.action),
      ['membership.requested', 'membership.refused'],
    );
    assert.equal(
      (await decide(organisation.members[0] as TestPerson, organisation, person.id, 'approve')).statusCode,
      404,
      'a decided request is gone',
    );
  });

  test('only the organisation’s verified members, ambassadors and admins see and decide; never the requester', async () => {
    const organisation = await organisationWith(2);
    const [, unconfirmed] = organisation.members as [TestPerson, TestPerson];
    await h.db.updateTable('people').set({ email_verified_at: null }).where('id', '=', unconfirmed.id).execute();
    const outsider = (await organisationWith(1, 'Ander bedrijf')).members[0] as TestPerson;
    const person = await requester(organisation);
    for (const who of [outsider, unconfirmed, person]) {
      assert.equal((await api(who, 'GET', `/api/v1/organisations/${organisation.id}/members`)).statusCode, 403);
      assert.equal((await decide(who, organisation, person.id, 'approve')).statusCode, 403);
    }
    assert.equal((await decide(null, organisation, person.id, 'approve')).statusCode, 401);
    assert.deepEqual((await membersOf(organisation.id)).includes(person.id), false);
    assert.equal((await api(admin, 'GET', `/api/v1/organisations/${organisation.id}/members`)).statusCode, 200);
    assert.equal((await decide(ambassador, organisation, person.id, 'approve')).statusCode, 200);
    assert.ok((await membersOf(organisation.id)).includes(person.id));
  });
});

describe('removing members and leaving', () => {
  test('removing a member ends their access at once, tells them and is audited', async () => {
    const organisation = await organisationWith(2);
    const [remover, removed] = organisation.members as [TestPerson, TestPerson];
    assert.equal(
      (await api(removed, 'PATCH', `/api/v1/organisations/${organisation.id}`, { municipality: 'Gent' })).statusCode,
      200,
    );
    assert.equal(
      (await api(remover, 'DELETE', `/api/v1/organisations/${organisation.id}/members/${removed.id}`)).statusCode,
      204,
    );
    assert.equal(
      (await api(removed, 'PATCH', `/api/v1/organisations/${organisation.id}`, { municipality: 'Aalst' })).statusCode,
      403,
      'the same session has lost access',
    );
    assert.deepEqual((await api(removed, 'GET', '/api/v1/me/organisations')).json().items, []);
    assert.deepEqual(await noticeKinds(removed), ['membership_removed']);
    const [event] = await auditActions(organisation.id);
    assert.deepEqual(
      [event?.action, event?.actor_id, (event?.after as { personId: string } | undefined)?.personId],
      ['membership.removed', remover.id, removed.id],
    );
  });

  test('a member leaves; the last member stays unless an admin removes them', async () => {
    const organisation = await organisationWith(2);
    const [leaving, last] = organisation.members as [TestPerson, TestPerson];
    assert.equal(
      (await api(leaving, 'DELETE', `/api/v1/organisations/${organisation.id}/members/${leaving.id}`)).statusCode,
      204,
    );
    for (const who of [last, ambassador]) {
      const refused = await api(who, 'DELETE', `/api/v1/organisations/${organisation.id}/members/${last.id}`);
      assert.equal(refused.statusCode, 409);
      assert.equal(refused.json().error.id, 'last_member');
    }
    assert.deepEqual(await membersOf(organisation.id), [last.id]);
    assert.equal(
      (await api(admin, 'DELETE', `/api/v1/organisations/${organisation.id}/members/${last.id}`)).statusCode,
      204,
    );
    assert.deepEqual(await membersOf(organisation.id), []);
    assert.deepEqual(
      (await auditActions(organisation.id)).map((e) => e.action),
      ['membership.left', 'membership.removed'],
    );
  });

  test('an outsider or an unconfirmed member cannot remove anyone; removing a non-member answers 404', async () => {
    const organisation = await organisationWith(2);
    const [member, unconfirmed] = organisation.members as [TestPerson, TestPerson];
    await h.db.updateTable('people').set({ email_verified_at: null }).where('id', '=', unconfirmed.id).execute();
    const outsider = (await organisationWith(1, 'Derde bedrijf')).members[0] as TestPerson;
    assert.equal(
      (await api(outsider, 'DELETE', `/api/v1/organisations/${organisation.id}/members/${member.id}`)).statusCode,
      403,
    );
    assert.equal(
      (await api(unconfirmed, 'DELETE', `/api/v1/organisations/${organisation.id}/members/${member.id}`)).statusCode,
      403,
    );
    assert.equal(
      (await api(member, 'DELETE', `/api/v1/organisations/${organisation.id}/members/${outsider.id}`)).statusCode,
      404,
    );
    assert.deepEqual(await membersOf(organisation.id), [member.id, unconfirmed.id].sort());
  });
});
