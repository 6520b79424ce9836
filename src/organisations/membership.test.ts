import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createPerson, formSession } from '../test-support/harness.ts';
import { startMailbox, type Mailbox } from '../test-support/mailbox.ts';
import { challengeInput } from '../test-support/items.ts';
import { startWorld, type World } from '../test-support/matches-world.ts';
import { FORM_HEADERS, formBody, registration } from '../accounts/test-fixtures.ts';

let w: World;
let mailbox: Mailbox;
let careOrganisationId: string;
let draftId: string;

before(async () => {
  mailbox = await startMailbox();
  w = await startWorld(mailbox.mailer, { authRateLimitPerMinute: 1000 });
  careOrganisationId = (await w.h.app.inject({ url: '/api/v1/me/organisations', headers: w.careHome.auth })).json()
    .items[0].id;
  const draft = await w.h.app.inject({
    method: 'POST',
    url: '/api/v1/challenges',
    headers: w.careHome.auth,
    payload: challengeInput({ title: 'Vertrouwelijk: nieuw zorgsysteem', classification: 'confidential' }),
  });
  draftId = draft.json().id;
});

after(async () => {
  await w.h.close();
  await mailbox.close();
});

/** The enterprise number anyone can read on the organisation's public profile. */
async function publicNumber(organisationId: string): Promise<string> {
  return (await w.h.app.inject({ url: `/api/v1/organisations/${organisationId}` })).json().enterpriseNumber;
}

async function registerToJoin(organisationId: string, overrides: Record<string, unknown> = {}) {
  const payload = registration({
    organisationMode: 'join',
    enterpriseNumber: await publicNumber(organisationId),
    organisationName: undefined,
    ...overrides,
  });
  const response = await w.h.app.inject({ method: 'POST', url: '/api/v1/accounts', payload });
  assert.equal(response.statusCode, 201);
  const body = response.json();
  return {
    id: body.person.id as string,
    email: String(payload.email),
    organisationIds: body.person.organisationIds as string[],
    auth: { authorization: `Bearer ${body.token}` },
    token: body.token as string,
  };
}

describe('a stranger who registers to join an existing organisation by its public number', () => {
  test('is not a member: no organisation on the account, not in the member list of their own organisations', async () => {
    const stranger = await registerToJoin(careOrganisationId);
    assert.deepEqual(stranger.organisationIds, []);
    const mine = await w.h.app.inject({ url: '/api/v1/me/organisations', headers: stranger.auth });
    assert.deepEqual(mine.json().items, []);
    const me = await w.h.app.inject({ url: '/api/v1/me', headers: stranger.auth });
    assert.deepEqual(me.json().organisationIds, []);
  });

  test('cannot read the organisation’s confidential draft through the API', async () => {
    const stranger = await registerToJoin(careOrganisationId);
    const read = await w.h.app.inject({ url: `/api/v1/challenges/${draftId}`, headers: stranger.auth });
    assert.ok([403, 404].includes(read.statusCode), `answered ${read.statusCode}`);
    assert.ok(!read.body.includes('Vertrouwelijk: nieuw zorgsysteem'));
  });

  test('cannot change the organisation', async () => {
    const stranger = await registerToJoin(careOrganisationId);
    const before = await w.h.db
      .selectFrom('organisations')
      .selectAll()
      .where('id', '=', careOrganisationId)
      .executeTakeFirstOrThrow();
    const response = await w.h.app.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${careOrganisationId}`,
      headers: stranger.auth,
      payload: { website: 'https://overgenomen.example' },
    });
    assert.equal(response.statusCode, 403);
    assert.deepEqual(
      await w.h.db
        .selectFrom('organisations')
        .selectAll()
        .where('id', '=', careOrganisationId)
        .executeTakeFirstOrThrow(),
      before,
    );
  });

  test('does not receive the organisation’s notifications', async () => {
    const stranger = await registerToJoin(careOrganisationId);
    const request = await w.h.app.inject({
      method: 'POST',
      url: '/api/v1/matches/requests',
      headers: w.careHome.auth,
      payload: { challengeId: w.challengeId, solutionId: w.solutionId },
    });
    assert.equal(request.statusCode, 201);
    await w.h.services.events.settled();
    const notifications = (await w.h.app.inject({ url: '/api/v1/notifications', headers: stranger.auth })).json()
      .items as { kind: string }[];
    assert.deepEqual(
      notifications.filter((n) => n.kind === 'match_step'),
      [],
    );
    const provider = (await w.h.app.inject({ url: '/api/v1/notifications', headers: w.provider.auth })).json()
      .items as { kind: string }[];
    assert.ok(
      provider.some((n) => n.kind === 'match_step'),
      'the other side is told, so the stranger would have been too',
    );
  });

  test('registering through the form to join does not make the person a member either', async () => {
    const { csrf, cookies } = await formSession(w.h.app, '/register');
    const values = registration({
      organisationMode: 'join',
      enterpriseNumber: await publicNumber(careOrganisationId),
      organisationName: undefined,
      _csrf: csrf,
    });
    const response = await w.h.app.inject({
      method: 'POST',
      url: '/register',
      headers: FORM_HEADERS,
      cookies,
      payload: formBody(values),
    });
    assert.equal(response.statusCode, 303);
    const person = await w.h.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', String(values.email))
      .executeTakeFirstOrThrow();
    const memberships = await w.h.db.selectFrom('memberships').selectAll().where('person_id', '=', person.id).execute();
    assert.deepEqual(memberships, []);
  });

  test('a signed-in person posting the organisation’s number to /account/organisation is not made a member', async () => {
    const person = await createPerson(w.h.db, 'member');
    const { csrf, cookies } = await formSession(w.h.app, '/account/organisation', person.token);
    for (const extra of [{}, { organisationMode: 'join' }]) {
      const values = {
        enterpriseNumber: await publicNumber(careOrganisationId),
        name: 'WZC De Linde',
        kind: 'company',
        isSme: 'false',
        ...extra,
        _csrf: csrf,
      };
      const response = await w.h.app.inject({
        method: 'POST',
        url: '/account/organisation',
        headers: FORM_HEADERS,
        cookies,
        payload: formBody(values),
      });
      assert.equal(response.statusCode, 400);
    }
    assert.deepEqual(
      await w.h.db.selectFrom('memberships').selectAll().where('person_id', '=', person.id).execute(),
      [],
    );
  });
});
