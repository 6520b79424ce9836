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
import { challengeInput } from '../test-support/items.ts';

let h: Harness;
let member: TestPerson;
let ambassador: TestPerson;

before(async () => {
  h = await startHarness();
  member = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Basisschool De Regenboog'));
  ambassador = await createPerson(h.db, 'ambassador');
});
after(() => h.close());

function form(fields: Record<string, string | string[]>): string {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(key, v);
  return body.toString();
}

async function postForm(url: string, person: TestPerson, fields: Record<string, string | string[]>, pageUrl: string) {
  const session = await formSession(h.app, pageUrl, person.token);
  return h.app.inject({
    method: 'POST',
    url,
    cookies: session.cookies,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: form({ _csrf: session.csrf, ...fields }),
  });
}

const validForm = {
  title: 'Afstandsonderwijs voor zieke leerlingen',
  description: 'Leerlingen die lang ziek zijn, willen van thuis uit de lessen volgen en met hun klas praten.',
  sectors: ['education'],
  spearheads: ['1', '5'],
  region: 'BE24',
  language: 'nl',
  urgency: 'medium',
  durationMonths: '12',
  desiredKinds: ['platform'],
  classification: 'public',
};

test('the home page is in Dutch by default and switches to French and English', async () => {
  const dutch = await h.app.inject({ url: '/' });
  assert.equal(dutch.statusCode, 200);
  assert.match(dutch.body, /<html lang="nl-BE">/);
  assert.match(dutch.body, /Van maatschappelijke uitdaging naar digitale oplossing/);
  const french = await h.app.inject({ url: '/?lang=fr' });
  assert.match(french.body, /<html lang="fr-BE">/);
  const cookie = french.cookies.find((c) => c.name === 'hd_lang');
  assert.equal(cookie?.value, 'fr');
  const remembered = await h.app.inject({ url: '/challenges', cookies: { hd_lang: 'fr' } });
  assert.match(remembered.body, /<h1>Défis<\/h1>/);
  const english = await h.app.inject({ url: '/solutions', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
  assert.match(english.body, /<h1>Solutions<\/h1>/);
});

test('the home page says what its counts count', async () => {
  const body = (await h.app.inject({ url: '/' })).body;
  assert.match(body, /\d+ open uitdagingen en \d+ oplossingen/);
  assert.match(
    body,
    /<p class="hint">Geteld: de uitdagingen die gepubliceerd, gematcht of in uitvoering zijn en de gepubliceerde oplossingen die u mag zien\./,
  );
});

test('a visitor asking for the challenge form is sent to the login page', async () => {
  const response = await h.app.inject({ url: '/challenges/new' });
  assert.equal(response.statusCode, 303);
  assert.equal(response.headers.location, '/login?next=%2Fchallenges%2Fnew');
});

test('a member posts a challenge through the form and lands on its page', async () => {
  const response = await postForm('/challenges', member, validForm, '/challenges/new');
  assert.equal(response.statusCode, 303);
  const detail = await h.app.inject({ url: String(response.headers.location), cookies: { hd_session: member.token } });
  assert.match(detail.body, /Afstandsonderwijs voor zieke leerlingen/);
  assert.match(detail.body, /Indienen ter beoordeling/);
});

test('a form with errors is shown again with the input kept and each error tied to its field', async () => {
  const before = await h.db.selectFrom('challenges').select('id').execute();
  const response = await postForm(
    '/challenges',
    member,
    { ...validForm, title: 'Kort', sectors: [] },
    '/challenges/new',
  );
  assert.equal(response.statusCode, 400);
  assert.match(response.body, /class="error-summary" role="alert"/);
  assert.match(response.body, /id="title-error"[^>]*>Minstens 5 tekens\./);
  assert.match(response.body, /aria-describedby="title-error"/);
  assert.match(response.body, /value="Kort"/);
  assert.match(response.body, /<a href="#sectors">/);
  assert.equal((await h.db.selectFrom('challenges').select('id').execute()).length, before.length);
});

test('a form post without a CSRF token is refused and changes nothing', async () => {
  const response = await h.app.inject({
    method: 'POST',
    url: '/challenges',
    cookies: { hd_session: member.token },
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: form(validForm),
  });
  assert.equal(response.statusCode, 403);
  assert.match(response.body, /formulier is verlopen/);
});

test('an ambassador publishes a submitted challenge from its page; closing needs a confirmation', async () => {
  const created = await h.app.inject({
    method: 'POST',
    url: '/api/v1/challenges',
    headers: member.auth,
    payload: challengeInput(),
  });
  const id = created.json().id as string;
  await h.app.inject({
    method: 'POST',
    url: `/api/v1/challenges/${id}/transitions`,
    headers: member.auth,
    payload: { action: 'submit' },
  });
  const queue = await h.app.inject({ url: '/review', cookies: { hd_session: ambassador.token } });
  assert.match(queue.body, new RegExp(`/challenges/${id}`));
  const published = await postForm(
    `/challenges/${id}/transition`,
    ambassador,
    { action: 'publish' },
    `/challenges/${id}`,
  );
  assert.equal(published.statusCode, 303);
  const unconfirmed = await postForm(`/challenges/${id}/transition`, member, { action: 'close' }, `/challenges/${id}`);
  assert.equal(unconfirmed.statusCode, 400);
  const confirmed = await postForm(
    `/challenges/${id}/transition`,
    member,
    { action: 'close', confirm: 'yes' },
    `/challenges/${id}`,
  );
  assert.equal(confirmed.statusCode, 303);
  const page = await h.app.inject({ url: `/challenges/${id}` });
  assert.match(page.body, /status-closed/);
});

test('the catalogue shows facet counts and filters without JavaScript', async () => {
  const response = await h.app.inject({ url: '/challenges?status=closed&sector=care' });
  assert.equal(response.statusCode, 200);
  assert.match(response.body, /<input type="checkbox" id="sector-care" name="sector" value="care" checked/);
  assert.match(response.body, /1 resultaat/);
});

test('a malformed item address is simply not found', async () => {
  assert.equal((await h.app.inject({ url: '/challenges/niet-een-id' })).statusCode, 404);
  assert.equal((await h.app.inject({ url: '/solutions/00000000-0000-0000-0000-000000000000' })).statusCode, 404);
});

test('the review queue is for ambassadors only', async () => {
  const response = await h.app.inject({ url: '/review', cookies: { hd_session: member.token } });
  assert.equal(response.statusCode, 403);
});

test('facet counts are shared only between readers who may see the same items', async () => {
  const owner = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Stad Lier'));
  const outsider = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Gemeente Nijlen'));
  const created = await h.app.inject({
    method: 'POST',
    url: '/api/v1/challenges',
    headers: owner.auth,
    payload: challengeInput({ sectors: ['mobility'], classification: 'confidential' }),
  });
  const id = created.json().id as string;
  await h.app.inject({
    method: 'POST',
    url: `/api/v1/challenges/${id}/transitions`,
    headers: owner.auth,
    payload: { action: 'submit' },
  });
  await h.app.inject({
    method: 'POST',
    url: `/api/v1/challenges/${id}/transitions`,
    headers: ambassador.auth,
    payload: { action: 'publish' },
  });
  const mobility = (person: TestPerson) =>
    h.app
      .inject({ url: '/challenges', cookies: { hd_session: person.token } })
      .then((page) => /for="sector-mobility">[^<]*<span class="count">\((\d+)\)/.exec(page.body)?.[1]);
  assert.equal(await mobility(owner), '1');
  assert.equal(await mobility(outsider), '0');
});
