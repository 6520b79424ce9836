import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, createOrganisation, createPerson, formSession, type Harness } from '../test-support/harness.ts';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  REDIRECT_URI,
  followLogin,
  startTestProvider,
  type TestProvider,
} from './test-oidc-provider.ts';
import { FORM_HEADERS, formBody, uniqueEmail, uniqueKbo } from './test-fixtures.ts';

let provider: TestProvider;
let harness: Harness;
let subjects = 0;

before(async () => {
  provider = await startTestProvider();
  harness = await startHarness({
    authRateLimitPerMinute: 1000,
    oidc: { issuer: provider.issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri: REDIRECT_URI },
  });
});

after(async () => {
  await harness.close();
  await provider.close();
});

function governmentAccount(claims: Record<string, unknown> = {}): string {
  subjects += 1;
  const sub = `vo-${subjects}-${Date.now()}`;
  provider.accounts.set(sub, {
    email: uniqueEmail('overheid'),
    email_verified: true,
    given_name: 'Lies',
    family_name: 'Claes',
    ...claims,
  });
  return sub;
}

/** Starts the login on the platform, logs in at the provider and returns the callback and the pending cookie. */
async function throughProvider(sub: string, next = '/my'): Promise<{ callback: URL; cookies: Record<string, string> }> {
  const start = await harness.app.inject({ url: `/login/oidc?next=${encodeURIComponent(next)}` });
  assert.equal(start.statusCode, 303);
  const pending = start.cookies.find((c) => c.name === 'hd_oidc');
  assert.ok(pending?.httpOnly, 'the state, nonce and verifier travel in an HttpOnly cookie');
  const callback = await followLogin(String(start.headers.location), sub);
  return { callback, cookies: { hd_oidc: pending.value } };
}

async function logInAs(sub: string, next = '/my') {
  const { callback, cookies } = await throughProvider(sub, next);
  return harness.app.inject({ url: `${callback.pathname}${callback.search}`, cookies });
}

function sessionOf(response: { cookies: { name: string; value: string }[] }): string | undefined {
  return response.cookies.find((c) => c.name === 'hd_session')?.value;
}

async function personOfSession(session: string) {
  const me = await harness.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${session}` } });
  assert.equal(me.statusCode, 200);
  return me.json();
}

describe('logging in with a government account (OpenID Connect)', () => {
  test('shows the government login on the login page when a provider is configured', async () => {
    const page = await harness.app.inject({ url: '/login?next=%2Fmy' });
    assert.match(page.body, /href="\/login\/oidc\?next=%2Fmy"/);
  });

  test('sends the browser to the provider with PKCE, state, nonce and the scopes openid profile vo', async () => {
    const start = await harness.app.inject({ url: '/login/oidc' });
    const location = new URL(String(start.headers.location));
    assert.equal(location.origin, provider.issuer);
    assert.equal(location.searchParams.get('scope'), 'openid profile vo');
    assert.equal(location.searchParams.get('code_challenge_method'), 'S256');
    for (const name of ['state', 'nonce', 'code_challenge']) assert.ok(location.searchParams.get(name), name);
  });

  test('creates a verified member for a new government account and goes to the next page', async () => {
    const sub = governmentAccount();
    const response = await logInAs(sub, '/my');
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/my');
    const session = sessionOf(response);
    assert.ok(session);
    const person = await personOfSession(session);
    assert.equal(person.email, provider.accounts.get(sub)?.email);
    assert.equal(person.name, 'Lies Claes');
    assert.equal(person.emailVerified, true);
    const audit = await harness.db
      .selectFrom('audit_events')
      .select('after')
      .where('object_id', '=', person.id)
      .where('action', '=', 'person.logged_in')
      .execute();
    assert.deepEqual(
      audit.map((e) => e.after),
      [{ method: 'oidc', secondFactorPending: false }],
    );
  });

  test('recognises the person by the stored subject the next time, even with another e-mail', async () => {
    const sub = governmentAccount();
    const first = await personOfSession(sessionOf(await logInAs(sub)) ?? '');
    provider.accounts.set(sub, { ...provider.accounts.get(sub), email: uniqueEmail('nieuw') });
    const second = await personOfSession(sessionOf(await logInAs(sub)) ?? '');
    assert.equal(second.id, first.id);
  });

  test('links a government account to the existing person with the same verified e-mail', async () => {
    const member = await createPerson(harness.db, 'member');
    const sub = governmentAccount({ email: member.email });
    const person = await personOfSession(sessionOf(await logInAs(sub)) ?? '');
    assert.equal(person.id, member.id);
    const row = await harness.db
      .selectFrom('people')
      .select('oidc_subject')
      .where('id', '=', member.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.oidc_subject, sub);
  });

  test('does not link an e-mail address the provider has not verified', async () => {
    const member = await createPerson(harness.db, 'member');
    const sub = governmentAccount({ email: member.email, email_verified: false });
    const response = await logInAs(sub);
    assert.equal(response.statusCode, 400);
    assert.equal(sessionOf(response), undefined);
  });

  test('refuses a callback whose state does not match the one sent', async () => {
    const { callback, cookies } = await throughProvider(governmentAccount());
    callback.searchParams.set('state', 'forged-state');
    const response = await harness.app.inject({ url: `${callback.pathname}${callback.search}`, cookies });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Aanmelden met uw overheidsaccount is niet gelukt/);
    assert.equal(sessionOf(response), undefined);
  });

  test('refuses a callback without the signed cookie of the browser that started the login', async () => {
    const { callback, cookies } = await throughProvider(governmentAccount());
    const forged = await harness.app.inject({
      url: `${callback.pathname}${callback.search}`,
      cookies: { hd_oidc: `${cookies.hd_oidc}x` },
    });
    assert.equal(forged.statusCode, 400);
    assert.equal(sessionOf(forged), undefined);
  });

  test('makes the person a member of the organisation named by vo_orgcode', async () => {
    const organisationId = await createOrganisation(harness.db, 'Agentschap Digitaal Vlaanderen');
    const { enterprise_number: number } = await harness.db
      .selectFrom('organisations')
      .select('enterprise_number')
      .where('id', '=', organisationId)
      .executeTakeFirstOrThrow();
    const sub = governmentAccount({ vo_orgcode: number });
    const person = await personOfSession(sessionOf(await logInAs(sub)) ?? '');
    assert.deepEqual(person.organisationIds, [organisationId]);
    const again = await personOfSession(sessionOf(await logInAs(sub)) ?? '');
    assert.deepEqual(again.organisationIds, [organisationId]);
  });

  test('asks to register an organisation the platform does not know, then makes the person its member', async () => {
    const number = uniqueKbo();
    const response = await logInAs(governmentAccount({ vo_orgcode: number }));
    assert.equal(response.headers.location, `/account/organisation?number=${number}`);
    const session = sessionOf(response) ?? '';
    const page = await harness.app.inject({ url: String(response.headers.location), cookies: { hd_session: session } });
    assert.match(page.body, new RegExp(`value="${number}"`));
    const { csrf, cookies } = await formSession(harness.app, String(response.headers.location), session);
    const registered = await harness.app.inject({
      method: 'POST',
      url: '/account/organisation',
      headers: FORM_HEADERS,
      cookies,
      payload: formBody({
        enterpriseNumber: number,
        name: 'Gemeente Voorbeeld',
        kind: 'local_government',
        isSme: 'false',
        _csrf: csrf,
      }),
    });
    assert.equal(registered.statusCode, 303);
    const person = await personOfSession(session);
    assert.equal(person.organisationIds.length, 1);
  });

  test('sends an ambassador who logs in with a government account to the second factor', async () => {
    const ambassador = await createPerson(harness.db, 'ambassador');
    const response = await logInAs(governmentAccount({ email: ambassador.email }), '/review');
    assert.equal(response.headers.location, '/login/second-factor?next=%2Freview');
    const review = await harness.app.inject({ url: '/review', cookies: { hd_session: sessionOf(response) ?? '' } });
    assert.equal(review.statusCode, 303);
  });
});

describe('without a government login configured', () => {
  test('hides the button and does not offer the login route', async () => {
    const plain = await startHarness();
    try {
      const page = await plain.app.inject({ url: '/login' });
      assert.equal(page.statusCode, 200);
      assert.doesNotMatch(page.body, /\/login\/oidc/);
      assert.equal((await plain.app.inject({ url: '/login/oidc' })).statusCode, 404);
    } finally {
      await plain.close();
    }
  });
});
