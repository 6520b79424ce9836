// TOTP secrets encrypted at rest, and the admin's reset of someone's second factor.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, createPerson, formSession, type Harness, type TestPerson } from '../test-support/harness.ts';
import { FORM_HEADERS, formBody } from './test-fixtures.ts';
import { deriveKey, seal, unseal } from './secret-box.ts';
import { sealLegacyTotpSecrets, startEnrolment } from './second-factor.ts';

let harness: Harness;
let admin: TestPerson;

before(async () => {
  harness = await startHarness({
    authRateLimitPerMinute: 1000,
    secretKey: 'a test key that is long enough to be a key',
  });
  admin = await createPerson(harness.db, 'admin');
});

after(async () => {
  await harness.close();
});

const storedSecret = async (personId: string) =>
  (await harness.db.selectFrom('people').select('totp_secret').where('id', '=', personId).executeTakeFirstOrThrow())
    .totp_secret;

/** A person with a confirmed second factor and one recovery code, as enrolment leaves them. */
async function enrolled(role: 'member' | 'ambassador'): Promise<TestPerson> {
  const person = await createPerson(harness.db, role);
  await startEnrolment(harness.services, person.id);
  await harness.db.updateTable('people').set({ totp_enabled_at: new Date() }).where('id', '=', person.id).execute();
  await harness.db
    .insertInto('recovery_codes')
    .values({ person_id: person.id, code_hash: 'hash-of-a-recovery-code' })
    .execute();
  return person;
}

describe('TOTP secrets encrypted at rest', () => {
  test('stores the secret shown on the enrolment page only encrypted, bound to the person', async () => {
    const person = await createPerson(harness.db, 'member');
    const page = await harness.app.inject({
      method: 'GET',
      url: '/account/two-factor',
      cookies: { hd_session: person.token },
    });
    const shown = /<code class="secret">([A-Z2-7]+)<\/code>/.exec(page.body)?.[1] ?? '';
    assert.match(shown, /^[A-Z2-7]{32}$/);
    const stored = (await storedSecret(person.id)) ?? '';
    assert.match(stored, /^v1:/);
    assert.ok(!stored.includes(shown), 'the secret is not stored in clear');
    assert.equal(unseal(deriveKey(harness.services.config.secretKey), stored, person.id), shown);
  });

  test('a sealed secret opens neither with another key nor for another person', () => {
    const key = deriveKey('one key');
    const sealed = seal(key, 'JBSWY3DPEHPK3PXP', 'person-a');
    assert.equal(unseal(key, sealed, 'person-a'), 'JBSWY3DPEHPK3PXP');
    assert.throws(() => unseal(deriveKey('another key'), sealed, 'person-a'));
    assert.throws(() => unseal(key, sealed, 'person-b'));
    assert.notEqual(seal(key, 'JBSWY3DPEHPK3PXP', 'person-a'), sealed, 'a fresh nonce each time');
  });

  test('replaces a secret sealed with another key when the person enrols', async () => {
    const person = await createPerson(harness.db, 'member');
    const foreign = seal(deriveKey('the key of another installation'), 'JBSWY3DPEHPK3PXP', person.id);
    await harness.db.updateTable('people').set({ totp_secret: foreign }).where('id', '=', person.id).execute();
    const enrolment = await startEnrolment(harness.services, person.id);
    const stored = (await storedSecret(person.id)) ?? '';
    assert.notEqual(stored, foreign);
    assert.equal(unseal(deriveKey(harness.services.config.secretKey), stored, person.id), enrolment.secret);
  });

  test('seals secrets stored in clear before encryption existed, keeping the same secret', async () => {
    const person = await createPerson(harness.db, 'ambassador');
    await harness.db
      .updateTable('people')
      .set({ totp_secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', totp_enabled_at: new Date() })
      .where('id', '=', person.id)
      .execute();
    assert.ok((await sealLegacyTotpSecrets(harness.services)) >= 1);
    const stored = (await storedSecret(person.id)) ?? '';
    assert.match(stored, /^v1:/);
    assert.equal(
      unseal(deriveKey(harness.services.config.secretKey), stored, person.id),
      'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
    );
    assert.equal(await sealLegacyTotpSecrets(harness.services), 0, 'nothing left in clear');
  });
});

describe("an admin resets someone's second factor", () => {
  test('through the API: secret, recovery codes and sessions go, it is audited, and the ambassador must enrol again', async () => {
    const ambassador = await enrolled('ambassador');
    const reset = await harness.app.inject({
      method: 'DELETE',
      url: `/api/v1/people/${ambassador.id}/second-factor`,
      headers: admin.auth,
    });
    assert.equal(reset.statusCode, 204);
    assert.equal(await storedSecret(ambassador.id), null);
    assert.equal(
      (
        await harness.db
          .selectFrom('recovery_codes')
          .select('code_hash')
          .where('person_id', '=', ambassador.id)
          .execute()
      ).length,
      0,
    );
    assert.equal(
      (await harness.app.inject({ method: 'GET', url: '/api/v1/me', headers: ambassador.auth })).statusCode,
      401,
      'old sessions ended',
    );
    const audit = await harness.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id'])
      .where('object_id', '=', ambassador.id)
      .execute();
    assert.deepEqual(audit, [{ action: 'person.second_factor_reset', actor_id: admin.id }]);
    const login = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: ambassador.email, password: 'correct horse battery staple' },
    });
    assert.equal(login.json().secondFactorRequired, true);
    const next = await harness.app.inject({
      method: 'GET',
      url: '/login/second-factor',
      cookies: { hd_session: login.json().token },
    });
    assert.match(String(next.headers.location), /^\/account\/two-factor/);
  });

  test('answers 404 for a person without a second factor and changes nothing', async () => {
    const member = await createPerson(harness.db, 'member');
    const reset = await harness.app.inject({
      method: 'DELETE',
      url: `/api/v1/people/${member.id}/second-factor`,
      headers: admin.auth,
    });
    assert.equal(reset.statusCode, 404);
    assert.equal(reset.json().error.id, 'not_found');
    assert.equal(
      (await harness.app.inject({ method: 'GET', url: '/api/v1/me', headers: member.auth })).statusCode,
      200,
    );
  });

  test('refuses anyone but an admin', async () => {
    const ambassador = await enrolled('ambassador');
    const other = await createPerson(harness.db, 'ambassador');
    const reset = await harness.app.inject({
      method: 'DELETE',
      url: `/api/v1/people/${ambassador.id}/second-factor`,
      headers: other.auth,
    });
    assert.equal(reset.statusCode, 403);
    assert.match((await storedSecret(ambassador.id)) ?? '', /^v1:/);
  });

  test('on the admin page by e-mail address, with a confirmation or an error next to the field', async () => {
    const member = await enrolled('member');
    const { csrf, cookies } = await formSession(harness.app, '/admin/second-factor', admin.token);
    const post = (email: string) =>
      harness.app.inject({
        method: 'POST',
        url: '/admin/second-factor',
        headers: FORM_HEADERS,
        cookies,
        payload: formBody({ email, _csrf: csrf }),
      });
    const done = await post(member.email);
    assert.equal(done.statusCode, 200);
    assert.match(done.body, /role="status"/);
    assert.equal(await storedSecret(member.id), null);
    const unknown = await post('nobody@test.example');
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.body, /error-summary/);
  });

  test('on the admin page, something that is not an e-mail address gets the form back with an error, a NUL byte the error page naming the field, and nothing changes', async () => {
    const member = await enrolled('member');
    const { csrf, cookies } = await formSession(harness.app, '/admin/second-factor', admin.token);
    const post = (email: string) =>
      harness.app.inject({
        method: 'POST',
        url: '/admin/second-factor',
        headers: FORM_HEADERS,
        cookies,
        payload: formBody({ email, _csrf: csrf }),
      });
    const notAnAddress = await post('not an address');
    assert.equal(notAnAddress.statusCode, 400);
    assert.match(notAnAddress.body, /error-summary/);
    for (const email of ['\u0000', `${member.email}\u0000`]) {
      const answer = await post(email);
      assert.equal(answer.statusCode, 400, JSON.stringify(email));
      assert.match(answer.body, /<code>email<\/code>: Deze waarde bevat een onzichtbaar nulteken/);
    }
    assert.notEqual(await storedSecret(member.id), null);
  });
});
