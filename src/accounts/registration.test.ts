import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, createOrganisation, formSession, type Harness } from '../test-support/harness.ts';
import { startMailbox, linkIn, type Mailbox } from '../test-support/mailbox.ts';
import {
  FORM_HEADERS,
  GOOD_PASSWORD,
  formBody,
  registration,
  rowCounts,
  uniqueEmail,
  uniqueKbo,
} from './test-fixtures.ts';

let harness: Harness;
let mailbox: Mailbox;

before(async () => {
  mailbox = await startMailbox();
  harness = await startHarness({ baseUrl: 'http://hd.test', authRateLimitPerMinute: 1000 }, mailbox.mailer);
});

after(async () => {
  await harness.close();
  await mailbox.close();
});

const register = (payload: Record<string, unknown>) =>
  harness.app.inject({ method: 'POST', url: '/api/v1/accounts', payload });

describe('registration through the API', () => {
  test('registers a person with a new organisation, logs them in and sends a verification link', async () => {
    const payload = registration();
    const response = await register(payload);
    assert.equal(response.statusCode, 201);
    const body = response.json();
    assert.equal(body.person.email, payload.email);
    assert.equal(body.person.emailVerified, false);
    assert.equal(body.person.organisationIds.length, 1);

    const me = await harness.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${body.token}` } });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().id, body.person.id);

    const organisation = await harness.db
      .selectFrom('organisations')
      .selectAll()
      .where('id', '=', body.person.organisationIds[0])
      .executeTakeFirstOrThrow();
    assert.equal(organisation.verified, false);
    assert.equal(organisation.enterprise_number, payload.enterpriseNumber);
    assert.equal(organisation.is_sme, true);

    const mail = await mailbox.next(String(payload.email));
    assert.equal(mail.subject, 'Bevestig uw e-mailadres voor Helemaal Digitaal');
    assert.match(mail.text, /Beste An Peeters,/);
    assert.match(mail.html, /href="http:\/\/hd\.test\/verify-email\?token=/);
    const token = linkIn(mail.text, '/verify-email').searchParams.get('token') ?? '';
    const stored = await harness.db
      .selectFrom('account_tokens')
      .selectAll()
      .where('person_id', '=', body.person.id)
      .executeTakeFirstOrThrow();
    assert.notEqual(stored.id, token, 'only the hash of the token is stored');
    assert.equal(stored.purpose, 'verify_email');
    assert.equal(Math.round((stored.expires_at.getTime() - stored.created_at.getTime()) / 3_600_000), 48);
  });

  test('records the registration in the audit log without the password hash', async () => {
    const response = await register(registration());
    const personId = response.json().person.id;
    const events = await harness.db.selectFrom('audit_events').selectAll().where('actor_id', '=', personId).execute();
    assert.deepEqual(events.map((e) => e.action).sort(), [
      'membership.created',
      'organisation.created',
      'person.registered',
    ]);
    const text = JSON.stringify(events);
    assert.doesNotMatch(text, /argon2|password/i);
  });

  test('asks to join an existing organisation by its enterprise number: a pending request, no membership, the organisation unchanged', async () => {
    const existingId = await createOrganisation(harness.db, 'Bestaande vzw');
    const existing = await harness.db
      .selectFrom('organisations')
      .select('enterprise_number')
      .where('id', '=', existingId)
      .executeTakeFirstOrThrow();
    const dotted = `BE${existing.enterprise_number.slice(0, 4)}.${existing.enterprise_number.slice(4, 7)}.${existing.enterprise_number.slice(7)}`;
    const response = await register({
      ...registration(),
      organisationMode: 'join',
      enterpriseNumber: dotted,
      organisationName: undefined,
    });
    assert.equal(response.statusCode, 201);
    const personId = response.json().person.id;
    assert.deepEqual(response.json().person.organisationIds, []);
    const requests = await harness.db
      .selectFrom('membership_requests')
      .select(['person_id', 'organisation_id'])
      .where('person_id', '=', personId)
      .execute();
    assert.deepEqual(requests, [{ person_id: personId, organisation_id: existingId }]);
    assert.deepEqual(
      await harness.db.selectFrom('memberships').selectAll().where('person_id', '=', personId).execute(),
      [],
    );
    const organisation = await harness.db
      .selectFrom('organisations')
      .select('verified')
      .where('id', '=', existingId)
      .executeTakeFirstOrThrow();
    assert.equal(organisation.verified, false);
  });

  test('registers a foreign organisation by its VAT id', async () => {
    const response = await register(
      registration({
        enterpriseNumber: `NL${Date.now()}B01`,
        organisationName: 'Zorgtech Rotterdam',
        street: undefined,
      }),
    );
    assert.equal(response.statusCode, 201);
    const organisation = await harness.db
      .selectFrom('organisations')
      .selectAll()
      .where('id', '=', response.json().person.organisationIds[0])
      .executeTakeFirstOrThrow();
    assert.equal(organisation.country, 'NL');
  });

  test('sends the verification e-mail in the language the person chose', async () => {
    const payload = registration({ locale: 'fr', name: 'Léa Dubois' });
    assert.equal((await register(payload)).statusCode, 201);
    const mail = await mailbox.next(String(payload.email));
    assert.equal(mail.subject, 'Confirmez votre adresse e-mail pour Helemaal Digitaal');
    assert.match(mail.text, /Bonjour Léa Dubois,/);
    assert.match(mail.html, /lang="fr"/);
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['a missing name', { name: undefined }, 'name'],
    ['a name of only spaces', { name: '   ' }, 'name'],
    ['an organisation name of only spaces', { organisationName: '   ' }, 'organisationName'],
    ['a malformed e-mail address', { email: 'an-at-voorbeeld.be' }, 'email'],
    ['a password shorter than 12 characters', { password: 'kort1234' }, 'password'],
    [
      'a password containing the e-mail address',
      { email: 'jan.janssens@voorbeeld.be', password: 'jan.janssens-2026!' },
      'password',
    ],
    ['a common Dutch password', { password: 'Wachtwoord123!' }, 'password'],
    ['an unknown interface language', { locale: 'de' }, 'locale'],
    ['a KBO number with a wrong check digit', { enterpriseNumber: '0123.456.748' }, 'enterpriseNumber'],
    ['a new organisation without a name', { organisationName: undefined }, 'organisationName'],
    ['a new organisation without a kind', { kind: undefined }, 'kind'],
    ['a new organisation without its SME answer', { isSme: undefined }, 'isSme'],
    ['an unknown kind of organisation', { kind: 'bank' }, 'kind'],
    ['a website that is not a web address', { website: 'javascript:alert(1)' }, 'website'],
    [
      'joining an organisation that is not registered',
      { organisationMode: 'join', enterpriseNumber: '0123.456.749' },
      'enterpriseNumber',
    ],
  ];
  for (const [what, change, field] of invalid) {
    test(`refuses ${what}, names the field and changes nothing`, async () => {
      const before = await rowCounts(harness.db);
      const response = await register(registration(change));
      assert.equal(response.statusCode, 400);
      const { error } = response.json();
      assert.equal(error.id, 'validation_failed');
      assert.ok(
        error.fields.some((f: { field: string }) => f.field === field),
        JSON.stringify(error.fields),
      );
      assert.deepEqual(await rowCounts(harness.db), before);
    });
  }

  test('refuses to register an organisation whose enterprise number is already registered', async () => {
    const enterpriseNumber = uniqueKbo();
    assert.equal((await register(registration({ enterpriseNumber }))).statusCode, 201);
    const before = await rowCounts(harness.db);
    const response = await register(registration({ enterpriseNumber }));
    assert.equal(response.statusCode, 400);
    assert.deepEqual(
      response.json().error.fields.map((f: { field: string }) => f.field),
      ['enterpriseNumber'],
    );
    assert.deepEqual(await rowCounts(harness.db), before);
  });

  test('refuses a duplicate e-mail address in any letter case, revealing nothing more and creating nothing', async () => {
    const email = uniqueEmail('dubbel');
    assert.equal((await register(registration({ email }))).statusCode, 201);
    const before = await rowCounts(harness.db);
    const response = await register(registration({ email: email.toUpperCase() }));
    assert.equal(response.statusCode, 409);
    const body = response.json();
    assert.deepEqual(Object.keys(body.error).sort(), ['fields', 'id', 'message']);
    assert.equal(body.error.id, 'email_taken');
    assert.deepEqual(body.error.fields, []);
    assert.deepEqual(await rowCounts(harness.db), before);
  });
});

describe('registration through the form', () => {
  const post = async (values: Record<string, unknown>, withCsrf = true) => {
    const { csrf, cookies } = await formSession(harness.app, '/register');
    return harness.app.inject({
      method: 'POST',
      url: '/register',
      headers: FORM_HEADERS,
      cookies,
      payload: formBody(withCsrf ? { ...values, _csrf: csrf } : values),
    });
  };

  test('registers, sets the session cookie and shows the account page', async () => {
    const values = registration({ isSme: 'false' });
    const response = await post(values);
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/account?welcome=1');
    const session = response.cookies.find((c) => c.name === 'hd_session');
    assert.ok(session?.httpOnly);
    const page = await harness.app.inject({
      url: String(response.headers.location),
      cookies: { hd_session: session.value },
    });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Welkom! Uw account is aangemaakt/);
    assert.match(page.body, /Digitale Zorg bv/);
  });

  test('re-renders the form with translated messages tied to their fields, keeping values but not the password', async () => {
    const before = await rowCounts(harness.db);
    const response = await post(
      registration({ email: 'geen-adres', enterpriseNumber: '0123456748', password: 'kort' }),
    );
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /id="email-error"[^>]*>Geef een geldig e-mailadres\./);
    assert.match(response.body, /aria-invalid="true" aria-describedby="email-error"/);
    assert.match(response.body, /Minstens 12 tekens\./);
    assert.match(
      response.body,
      /id="enterpriseNumber-error"[^>]*>Dit is geen geldig ondernemingsnummer/,
      'rule problems are listed with schema problems',
    );
    assert.ok(
      response.body.indexOf('href="#email"') < response.body.indexOf('href="#enterpriseNumber"'),
      'summary follows the order of the form',
    );
    assert.match(response.body, /value="geen-adres"/);
    assert.doesNotMatch(response.body, /value="kort"/);
    assert.deepEqual(await rowCounts(harness.db), before);
  });

  test('shows the duplicate e-mail message at the e-mail field', async () => {
    const email = uniqueEmail('formdubbel');
    assert.equal((await register(registration({ email }))).statusCode, 201);
    const response = await post(registration({ email }));
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /id="email-error"[^>]*>Er bestaat al een account met dit e-mailadres/);
  });

  test('refuses a form post without a CSRF token', async () => {
    const before = await rowCounts(harness.db);
    const response = await post(registration(), false);
    assert.equal(response.statusCode, 403);
    assert.deepEqual(await rowCounts(harness.db), before);
  });
});

describe('e-mail verification', () => {
  test('follows the link in the e-mail to confirm the address, once', async () => {
    const payload = registration();
    const personId = (await register(payload)).json().person.id;
    const link = linkIn((await mailbox.next(String(payload.email))).text, '/verify-email');
    const first = await harness.app.inject({ url: `${link.pathname}${link.search}` });
    assert.equal(first.statusCode, 200);
    assert.match(first.body, /E-mailadres bevestigd/);
    const person = await harness.db
      .selectFrom('people')
      .select('email_verified_at')
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    assert.ok(person.email_verified_at);
    const again = await harness.app.inject({ url: `${link.pathname}${link.search}` });
    assert.equal(again.statusCode, 400);
    assert.match(again.body, /ongeldig, verlopen of al gebruikt/);
  });

  test('shows a clear page for a missing, unknown or expired token', async () => {
    for (const url of ['/verify-email', '/verify-email?token=onbekend-token-0123456789']) {
      const response = await harness.app.inject({ url });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /Link niet geldig/);
    }
    const payload = registration();
    await register(payload);
    const link = linkIn((await mailbox.next(String(payload.email))).text, '/verify-email');
    const realNow = harness.services.now;
    harness.services.now = () => new Date(Date.now() + 49 * 3_600_000);
    try {
      const expired = await harness.app.inject({ url: `${link.pathname}${link.search}` });
      assert.equal(expired.statusCode, 400);
    } finally {
      harness.services.now = realNow;
    }
  });

  test('confirms an address through the API with the token from the e-mail', async () => {
    const payload = registration();
    await register(payload);
    const token = linkIn((await mailbox.next(String(payload.email))).text, '/verify-email').searchParams.get('token');
    const first = await harness.app.inject({ method: 'POST', url: '/api/v1/email-verifications', payload: { token } });
    assert.equal(first.statusCode, 204);
    const again = await harness.app.inject({ method: 'POST', url: '/api/v1/email-verifications', payload: { token } });
    assert.equal(again.statusCode, 400);
    assert.equal(again.json().error.id, 'invalid_token');
  });

  test('sends a new verification link on request from the account page', async () => {
    const payload = registration();
    const { token } = (await register(payload)).json();
    await mailbox.next(String(payload.email));
    const { csrf, cookies } = await formSession(harness.app, '/account', token);
    const response = await harness.app.inject({
      method: 'POST',
      url: '/account/verification-email',
      headers: FORM_HEADERS,
      cookies,
      payload: formBody({ _csrf: csrf }),
    });
    assert.equal(response.statusCode, 303);
    const mail = await mailbox.next(String(payload.email));
    assert.match(mail.text, /verify-email\?token=/);
  });
});

describe('account pages in three languages', () => {
  const pages: [string, Record<'nl' | 'fr' | 'en', string>][] = [
    ['/register', { nl: 'Registreren', fr: 'S’inscrire', en: 'Register' }],
    ['/login', { nl: 'Aanmelden', fr: 'Se connecter', en: 'Log in' }],
    ['/password/forgot', { nl: 'Wachtwoord vergeten', fr: 'Mot de passe oublié', en: 'Forgot your password' }],
  ];
  for (const [url, titles] of pages) {
    test(`renders ${url} in Dutch, French and English`, async () => {
      for (const locale of ['nl', 'fr', 'en'] as const) {
        const response = await harness.app.inject({ url: `${url}?lang=${locale}` });
        assert.equal(response.statusCode, 200);
        assert.match(response.body, new RegExp(`<h1>${titles[locale]}</h1>`));
        assert.match(response.body, new RegExp(`<html lang="${locale}-`));
        assert.doesNotMatch(
          response.body,
          /\b(account|organisation|mail)\.[a-z_]+\.[a-z_]+\b/,
          'no untranslated message key',
        );
      }
    });
  }

  test('uses the interface language of the registration form as the account language', async () => {
    const { csrf, cookies } = await formSession(harness.app, '/register?lang=en');
    assert.match((await harness.app.inject({ url: '/register?lang=en' })).body, /<option value="en" selected/);
    const values = registration({ locale: 'en', password: GOOD_PASSWORD, _csrf: csrf });
    const response = await harness.app.inject({
      method: 'POST',
      url: '/register',
      headers: FORM_HEADERS,
      cookies,
      payload: formBody(values),
    });
    assert.equal(response.statusCode, 303);
    const person = await harness.db
      .selectFrom('people')
      .select('locale')
      .where('email', '=', String(values.email))
      .executeTakeFirstOrThrow();
    assert.equal(person.locale, 'en');
  });
});

describe('password strength at registration', () => {
  test("refuses a password made of the person's name or the new organisation's name, changing nothing", async () => {
    const before = await rowCounts(harness.db);
    for (const password of ['AnPeeters-2025!', 'Digitale Zorg 2025!']) {
      const response = await register(registration({ password }));
      assert.equal(response.statusCode, 400, password);
      assert.deepEqual(response.json().error.fields, [
        {
          field: 'password',
          message:
            'Uw wachtwoord mag niet bestaan uit uw naam of de naam van uw organisatie. Kies iets wat anderen niet over u weten.',
        },
      ]);
    }
    assert.deepEqual(await rowCounts(harness.db), before);
  });

  test('refuses a common French password in the form, with the message next to the field', async () => {
    const { csrf, cookies } = await formSession(harness.app, '/register');
    const response = await harness.app.inject({
      method: 'POST',
      url: '/register',
      headers: FORM_HEADERS,
      cookies: { ...cookies, hd_lang: 'fr' },
      payload: formBody({ ...registration({ password: 'Bienvenue2025!' }), _csrf: csrf }),
    });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /id="password-error">Ce mot de passe est trop courant/);
  });
});
