import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, createOrganisation, createPerson, type Harness } from '../test-support/harness.ts';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  REDIRECT_URI,
  followLogin,
  startTestProvider,
  type TestProvider,
} from '../accounts/test-oidc-provider.ts';

let provider: TestProvider;
let h: Harness;

before(async () => {
  provider = await startTestProvider();
  h = await startHarness({
    authRateLimitPerMinute: 1000,
    oidc: { issuer: provider.issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri: REDIRECT_URI },
  });
});

after(async () => {
  await h.close();
  await provider.close();
});

async function logInWithGovernmentAccount(sub: string): Promise<void> {
  const start = await h.app.inject({ url: '/login/oidc' });
  const pending = start.cookies.find((c) => c.name === 'hd_oidc')?.value ?? '';
  const callback = await followLogin(String(start.headers.location), sub);
  const done = await h.app.inject({ url: `${callback.pathname}${callback.search}`, cookies: { hd_oidc: pending } });
  assert.equal(done.statusCode, 303);
}

test('the government login joins at once the organisation it asserts, settling the person’s pending request, audited as such', async () => {
  const organisationId = await createOrganisation(h.db, 'Agentschap Wegen');
  await createPerson(h.db, 'member', organisationId);
  const person = await createPerson(h.db, 'member');
  const number = (await h.app.inject({ url: `/api/v1/organisations/${organisationId}` })).json()
    .enterpriseNumber as string;
  const asked = await h.app.inject({
    method: 'POST',
    url: '/api/v1/me/membership-requests',
    headers: person.auth,
    payload: { enterpriseNumber: number },
  });
  assert.equal(asked.statusCode, 201);
  assert.deepEqual((await h.app.inject({ url: '/api/v1/me', headers: person.auth })).json().organisationIds, []);

  provider.accounts.set('vo-wegen-1', {
    email: person.email,
    email_verified: true,
    given_name: 'Wim',
    family_name: 'Wegen',
    vo_orgcode: number.replace(/\D/g, ''),
  });
  await logInWithGovernmentAccount('vo-wegen-1');

  assert.deepEqual((await h.app.inject({ url: '/api/v1/me', headers: person.auth })).json().organisationIds, [
    organisationId,
  ]);
  assert.deepEqual(
    await h.db.selectFrom('membership_requests').selectAll().where('person_id', '=', person.id).execute(),
    [],
  );
  const joined = await h.db
    .selectFrom('audit_events')
    .select(['action', 'after'])
    .where('object_id', '=', organisationId)
    .where('action', '=', 'membership.created')
    .executeTakeFirstOrThrow();
  assert.deepEqual(joined.after, { personId: person.id, method: 'government_login' });
});
