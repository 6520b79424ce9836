// Posting forms: the check for similar items before saving, every problem in one round, the horizon's
// rules (API too), month bounds in words, required markers, and the message after each action.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness,
  createOrganisation,
  createPerson,
  formSession,
  json,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { challengeInput, solutionInput } from '../test-support/items.ts';
import { FORM_HEADERS } from '../accounts/test-fixtures.ts';
import { belgianToday } from './horizon.ts';

let h: Harness;
let owner: TestPerson;
let provider: TestPerson;
let outsider: TestPerson;
let ambassador: TestPerson;
let publishedId: string;

const yesterday = () => belgianToday(new Date(Date.now() - 36 * 3_600_000));

/** A form post as a browser sends it: lists as repeated fields, empty values as empty fields. */
function formBody(values: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    for (const one of Array.isArray(value) ? value : [value])
      params.append(key, one === undefined || one === null ? '' : String(one));
  }
  return params.toString();
}

async function postForm(who: TestPerson, pageUrl: string, url: string, values: Record<string, unknown>) {
  const { csrf, cookies } = await formSession(h.app, pageUrl, who.token);
  return h.app.inject({
    method: 'POST',
    url,
    headers: FORM_HEADERS,
    cookies,
    payload: formBody({ ...values, _csrf: csrf }),
  });
}

const api = (who: TestPerson, url: string, payload: object) =>
  h.app.inject({ method: 'POST', url, headers: who.auth, payload });
const page = (url: string, who: TestPerson) => h.app.inject({ url, cookies: { hd_session: who.token } });
const challengeCount = async () =>
  Number(
    (
      await h.db
        .selectFrom('challenges')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const fieldsOf = (body: string) => [...body.matchAll(/<li><a href="#(\w+)">/g)].map((m) => m[1]);

before(async () => {
  h = await startHarness();
  owner = await createPerson(h.db, 'member', await createOrganisation(h.db, 'WZC Zonneveld'));
  provider = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Beeldbel bv'));
  outsider = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Derde vzw'));
  ambassador = await createPerson(h.db, 'ambassador', undefined, [5, 9]);
  publishedId = json<{ id: string }>(await api(owner, '/api/v1/challenges', challengeInput())).id;
  await api(owner, `/api/v1/challenges/${publishedId}/transitions`, { action: 'submit' });
  assert.equal(
    (await api(ambassador, `/api/v1/challenges/${publishedId}/transitions`, { action: 'publish' })).statusCode,
    200,
  );
  // Published but confidential: only its own organisation and the ambassadors may read it.
  const secret = json<{ id: string }>(
    await api(
      provider,
      '/api/v1/challenges',
      challengeInput({ title: 'Tablets voor videobellen met familie van bewoners', classification: 'confidential' }),
    ),
  ).id;
  await api(provider, `/api/v1/challenges/${secret}/transitions`, { action: 'submit' });
  assert.equal(
    (await api(ambassador, `/api/v1/challenges/${secret}/transitions`, { action: 'publish' })).statusCode,
    200,
  );
});
after(() => h.close());

test('the check step lists similar published items with links, keeps what was typed and saves nothing', async () => {
  const before = await challengeCount();
  const draft = challengeInput({
    title: 'Videobellen tegen eenzaamheid bij ouderen',
    description: 'Wij zoeken tablets om met familie te bellen.',
  });
  const response = await postForm(outsider, '/challenges/new', '/challenges', { ...draft, intent: 'check' });
  assert.equal(response.statusCode, 200);
  assert.match(
    response.body,
    new RegExp(
      `<div id="similar-results" aria-live="polite"><p>Gelijkaardige gepubliceerde items</p><ul class="similar-list"><li><a href="/challenges/${publishedId}"`,
    ),
  );
  assert.match(response.body, /value="Videobellen tegen eenzaamheid bij ouderen"/);
  assert.match(response.body, /Wij zoeken tablets om met familie te bellen\./);
  assert.doesNotMatch(
    response.body,
    /Tablets voor videobellen met familie van bewoners/,
    'a confidential item of another organisation is not listed',
  );
  assert.doesNotMatch(response.body, /class="error-summary"/);
  assert.equal(await challengeCount(), before);
});

test('the check step asks for a title first, and says so when nothing alike exists', async () => {
  const short = await postForm(outsider, '/challenges/new', '/challenges', { title: 'ab', intent: 'check' });
  assert.match(short.body, /Geef eerst een titel van minstens 3 tekens\./);
  const none = await postForm(outsider, '/challenges/new', '/challenges', {
    title: 'Xylofoonstemming quasar zeppelin',
    intent: 'check',
  });
  assert.match(none.body, /Geen gelijkaardige gepubliceerde items gevonden\./);
});

test('the new-challenge form has the check button, the live region and the script that only enhances it', async () => {
  const body = (await page('/challenges/new', owner)).body;
  assert.match(
    body,
    /<button type="submit" name="intent" value="check" class="secondary" formaction="\/challenges#similar-check">Zoek gelijkaardige items<\/button>/,
  );
  assert.match(body, /<div id="similar-results" aria-live="polite"><\/div>/);
  assert.match(body, /<script src="\/static\/similar-items.js" defer><\/script>/);
  const script = await h.app.inject({ url: '/static/similar-items.js' });
  assert.equal(script.statusCode, 200);
  assert.match(script.body, /\/api\/v1\/similar/);
});

test('the solution form has the same check step', async () => {
  const response = await postForm(outsider, '/solutions/new', '/solutions', {
    ...solutionInput({ title: 'Niets gelijkaardigs hier quasar' }),
    intent: 'check',
  });
  assert.equal(response.statusCode, 200);
  assert.match(response.body, /formaction="\/solutions#similar-check"/);
  assert.match(response.body, /Geen gelijkaardige gepubliceerde items gevonden\./);
});

test('required fields are marked with a visible star and the required attribute, and required choices start empty', async () => {
  const body = (await page('/challenges/new', owner)).body;
  assert.match(body, /Velden met \* zijn verplicht\./);
  assert.match(body, /<label for="title">Titel<span class="required"> \*<\/span><\/label>/);
  assert.match(body, /<input id="title" name="title" type="text" value required/);
  assert.match(body, /<legend>Sectoren<span class="required"> \*<\/span><\/legend>/);
  for (const name of ['region', 'language', 'urgency']) {
    assert.match(body, new RegExp(`<select id="${name}" name="${name}" required><option value>Kies…</option>`), name);
  }
  assert.match(body, /<option value="BE2" selected>/, 'the default region is still chosen');
  const solution = (await page('/solutions/new', owner)).body;
  assert.match(solution, /<select id="kind" name="kind" required><option value>Kies…<\/option>/);
});

test('a challenge form with many mistakes shows every one of them in one round, in the order of the form', async () => {
  const response = await postForm(
    owner,
    '/challenges/new',
    '/challenges',
    challengeInput({ title: '', description: 'kort', sectors: [], durationMonths: undefined }),
  );
  assert.equal(response.statusCode, 400);
  assert.deepEqual(fieldsOf(response.body), ['title', 'description', 'sectors', 'deadline']);
  assert.match(response.body, /Geef een uiterste datum of een looptijd\./);
  assert.match(response.body, /Sectoren: Kies er minstens één\./);
});

test('the deadline and duration message fits each case', async () => {
  const both = await postForm(
    owner,
    '/challenges/new',
    '/challenges',
    challengeInput({ deadline: '2099-01-01', durationMonths: 6 }),
  );
  assert.match(both.body, /Geef een uiterste datum of een looptijd, niet allebei\./);
  const past = await postForm(
    owner,
    '/challenges/new',
    '/challenges',
    challengeInput({ deadline: yesterday(), durationMonths: undefined, title: '' }),
  );
  assert.deepEqual(fieldsOf(past.body), ['title', 'deadline']);
  assert.match(past.body, /Deze datum ligt in het verleden\. Kies vandaag of een latere datum\./);
});

test('the API refuses a deadline in the past with a clear message', async () => {
  const response = await api(
    owner,
    '/api/v1/challenges',
    challengeInput({ deadline: yesterday(), durationMonths: undefined }),
  );
  assert.equal(response.statusCode, 400);
  const { fields } = json<{ error: { fields: { field: string; message: string }[] } }>(response).error;
  assert.equal(fields[0]?.field, 'deadline');
  assert.match(JSON.stringify(fields), /deadline_past|verleden|past/);
  const today = await api(
    owner,
    '/api/v1/challenges',
    challengeInput({ deadline: belgianToday(new Date()), durationMonths: undefined }),
  );
  assert.equal(today.statusCode, 201);
});

test('a number out of bounds says the bounds in words, with their unit', async () => {
  const challenge = await postForm(owner, '/challenges/new', '/challenges', challengeInput({ durationMonths: 70 }));
  assert.match(challenge.body, /Looptijd \(maanden\): Geef een getal tussen 1 en 60 maanden\./);
  const solution = await postForm(
    owner,
    '/solutions/new',
    '/solutions',
    solutionInput({ pricing: 'free_period', freeMonths: 0 }),
  );
  assert.match(solution.body, /Geef een getal tussen 1 en 36 maanden\./);
  const trl = await postForm(owner, '/solutions/new', '/solutions', solutionInput({ trl: 12 }));
  assert.match(trl.body, /Geef een geheel getal tussen 1 en 9\./);
});

test('a solution form gives the offer terms problems together with the schema problems', async () => {
  const response = await postForm(
    owner,
    '/solutions/new',
    '/solutions',
    solutionInput({ title: '', trl: undefined, pricing: 'free_period' }),
  );
  assert.equal(response.statusCode, 400);
  assert.deepEqual(fieldsOf(response.body), ['title', 'trl', 'freeMonths']);
});

test('saving, submitting, publishing and sending back each lead to a page that confirms it', async () => {
  const created = await postForm(
    owner,
    '/challenges/new',
    '/challenges',
    challengeInput({ title: 'Een nieuwe vraag over valdetectie' }),
  );
  assert.equal(created.statusCode, 303);
  const location = String(created.headers.location);
  assert.match(location, /^\/challenges\/[0-9a-f-]+\?done=saved$/);
  const id = location.split('/')[2]!.split('?')[0]!;
  assert.match(
    (await page(location, owner)).body,
    /<p class="notice feedback" role="status">Uw wijzigingen zijn bewaard\.<\/p>/,
  );
  const edited = await postForm(
    owner,
    `/challenges/${id}/edit`,
    `/challenges/${id}/edit`,
    challengeInput({ title: 'Een nieuwe vraag over valdetectie 2' }),
  );
  assert.equal(edited.headers.location, `/challenges/${id}?done=saved`);
  const submitted = await postForm(owner, `/challenges/${id}`, `/challenges/${id}/transition`, { action: 'submit' });
  assert.equal(submitted.headers.location, `/challenges/${id}?done=submitted`);
  assert.match(
    (await page(String(submitted.headers.location), owner)).body,
    /role="status">Ingediend ter beoordeling\./,
  );
  const sentBack = await postForm(ambassador, `/challenges/${id}`, `/challenges/${id}/transition`, {
    action: 'send_back',
    reason: 'Graag een regio erbij.',
  });
  assert.equal(sentBack.headers.location, `/challenges/${id}?done=sent_back`);
  await postForm(owner, `/challenges/${id}`, `/challenges/${id}/transition`, { action: 'submit' });
  const published = await postForm(ambassador, `/challenges/${id}`, `/challenges/${id}/transition`, {
    action: 'publish',
  });
  assert.equal(published.headers.location, `/challenges/${id}?done=published`);
  const solution = await postForm(owner, '/solutions/new', '/solutions', solutionInput());
  assert.match(String(solution.headers.location), /^\/solutions\/[0-9a-f-]+\?done=saved$/);
  const solutionId = String(solution.headers.location).split('/')[2]!.split('?')[0]!;
  const solutionSubmitted = await postForm(owner, `/solutions/${solutionId}`, `/solutions/${solutionId}/transition`, {
    action: 'submit',
  });
  assert.equal(solutionSubmitted.headers.location, `/solutions/${solutionId}?done=submitted`);
});

test('editing an older challenge keeps its passed deadline, but a new past deadline is refused', async () => {
  const id = json<{ id: string }>(
    await api(
      owner,
      '/api/v1/challenges',
      challengeInput({ deadline: belgianToday(new Date()), durationMonths: undefined }),
    ),
  ).id;
  await h.db.updateTable('challenges').set({ deadline: '2020-01-01' }).where('id', '=', id).execute();
  const kept = await postForm(
    owner,
    `/challenges/${id}/edit`,
    `/challenges/${id}/edit`,
    challengeInput({ deadline: '2020-01-01', durationMonths: undefined, title: 'Een oudere vraag, opnieuw bewerkt' }),
  );
  assert.equal(kept.statusCode, 303);
  const moved = await postForm(
    owner,
    `/challenges/${id}/edit`,
    `/challenges/${id}/edit`,
    challengeInput({ deadline: '2021-01-01', durationMonths: undefined }),
  );
  assert.equal(moved.statusCode, 400);
  assert.match(moved.body, /Deze datum ligt in het verleden/);
});
