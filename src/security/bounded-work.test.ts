// Bounded work for anonymous callers: periods of the indicators are checked before any query (months
// 2000-01 to 2100-12, at most 60 months), the text of "search before you post" and of the search
// field is capped as items' own fields are, and extreme input gets a clear 400, never a 5xx. What it
// costs is measured by `npm run bench:abuse`, not asserted here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { startHarness, createPerson, json, type Harness, type TestPerson } from '../test-support/harness.ts';
import { challengeInput, solutionInput } from '../test-support/items.ts';

let h: Harness;
let ambassador: TestPerson;

before(async () => {
  h = await startHarness({ rateLimitAllowList: ['127.0.0.1'] });
  ambassador = await createPerson(h.db, 'ambassador');
});
after(() => h.close());

type Problem = { field: string; message: string };

function problems(response: LightMyRequestResponse): Problem[] {
  assert.equal(response.statusCode, 400, response.body.slice(0, 300));
  const { error } = json<{ error: { id: string; fields: Problem[] } }>(response);
  assert.equal(error.id, 'validation_failed');
  return error.fields;
}

const english = { 'accept-language': 'en' };
const MONTH_MESSAGE = 'choose a month from 2000-01 to 2100-12, as YYYY-MM';

test('indicators refuse months outside 2000-01 to 2100-12 with a translated message naming each field', async () => {
  const response = await h.app.inject({ url: '/api/v1/indicators?from=0001-01&to=9999-12', headers: english });
  assert.deepEqual(problems(response), [
    { field: 'from', message: MONTH_MESSAGE },
    { field: 'to', message: MONTH_MESSAGE },
  ]);
  const french = await h.app.inject({ url: '/api/v1/indicators?from=1999-12', headers: { 'accept-language': 'fr' } });
  assert.deepEqual(problems(french), [
    { field: 'from', message: 'choisissez un mois de 2000-01 à 2100-12, au format AAAA-MM' },
  ]);
});

test('the year 0000 gets a 400 like any other month out of range, not a server error', async () => {
  assert.deepEqual(problems(await h.app.inject({ url: '/api/v1/indicators?from=0000-01', headers: english })), [
    { field: 'from', message: MONTH_MESSAGE },
  ]);
  assert.deepEqual(problems(await h.app.inject({ url: '/api/v1/indicators?to=2101-01', headers: english })), [
    { field: 'to', message: MONTH_MESSAGE },
  ]);
});

test('the first and last months of the range are accepted, a period of more than 60 months is not', async () => {
  assert.equal((await h.app.inject({ url: '/api/v1/indicators?from=2000-01&to=2004-12' })).statusCode, 200);
  assert.equal((await h.app.inject({ url: '/api/v1/indicators?from=2096-01&to=2100-12' })).statusCode, 200);
  assert.equal((await h.app.inject({ url: '/api/v1/indicators?from=2100-12' })).statusCode, 200);
  const tooLong = await h.app.inject({ url: '/api/v1/indicators?from=2000-01&to=2100-12', headers: english });
  assert.deepEqual(problems(tooLong), [{ field: 'from', message: 'choose a period of at most 60 months' }]);
});

test('the full indicators for ambassadors check the period the same way', async () => {
  const response = await h.app.inject({
    url: '/api/v1/indicators/full?from=0001-01&to=9999-12',
    headers: { ...ambassador.auth, ...english },
  });
  assert.deepEqual(
    problems(response).map((p) => p.field),
    ['from', 'to'],
  );
});

test('the indicators page names the wrong months and still shows the figures of the default period', async () => {
  const response = await h.app.inject({ url: '/indicators?from=0001-01&to=9999-12' });
  assert.equal(response.statusCode, 400);
  for (const field of ['from', 'to']) {
    assert.match(
      response.body,
      new RegExp(`id="${field}-error">kies een maand van 2000-01 tot en met 2100-12, als JJJJ-MM<`),
      field,
    );
    assert.match(response.body, new RegExp(`<a href="#${field}">`), `${field} in the error summary`);
  }
  assert.match(response.body, /<table>/);
});

test('the indicators CSV refuses months out of range with 400, not a server error', async () => {
  for (const query of ['from=0000-01', 'from=0001-01&to=9999-12', 'from=2000-01&to=2100-12']) {
    const response = await h.app.inject({ url: `/indicators.csv?${query}` });
    assert.equal(response.statusCode, 400, query);
    assert.doesNotMatch(String(response.headers['content-type']), /text\/csv/);
  }
});

test('search before you post accepts a title and a text as long as an item may have, and refuses longer ones by field', async () => {
  const largest = await h.app.inject({
    method: 'POST',
    url: '/api/v1/similar',
    payload: { kind: 'challenge', title: 't'.repeat(200), text: 'ouderenzorg'.repeat(910).slice(0, 10_000) },
  });
  assert.equal(largest.statusCode, 200, largest.body.slice(0, 200));
  const title = await h.app.inject({
    method: 'POST',
    url: '/api/v1/similar',
    headers: english,
    payload: { kind: 'challenge', title: 't'.repeat(201), text: '' },
  });
  assert.deepEqual(problems(title), [{ field: 'title', message: 'At most 200 characters.' }]);
  const text = await h.app.inject({
    method: 'POST',
    url: '/api/v1/similar',
    headers: english,
    payload: { kind: 'solution', title: 'Videobellen', text: 'x'.repeat(10_001) },
  });
  assert.deepEqual(problems(text), [{ field: 'text', message: 'At most 10000 characters.' }]);
});

test('the search field takes at most 200 characters in the API and on the catalogue pages', async () => {
  const longest = encodeURIComponent('zorg '.repeat(40).slice(0, 200));
  assert.equal((await h.app.inject({ url: `/api/v1/challenges?q=${longest}` })).statusCode, 200);
  assert.equal((await h.app.inject({ url: `/solutions?q=${longest}` })).statusCode, 200);
  const tooLong = encodeURIComponent('z'.repeat(5_000));
  assert.deepEqual(problems(await h.app.inject({ url: `/api/v1/solutions?q=${tooLong}`, headers: english })), [
    { field: 'q', message: 'At most 200 characters.' },
  ]);
  const page = await h.app.inject({ url: `/challenges?q=${tooLong}`, headers: english });
  assert.equal(page.statusCode, 400);
  assert.match(page.body, /At most 200 characters\./);
});

test('an admin posting an item for an organisation that does not exist gets a 400 naming the field, not a server error', async () => {
  const admin = await createPerson(h.db, 'admin');
  const nobody = '00000000-0000-4000-8000-000000000000';
  for (const [kind, input] of [
    ['challenges', challengeInput({ organisationId: nobody })],
    ['solutions', solutionInput({ organisationId: nobody })],
  ] as const) {
    const response = await h.app.inject({
      method: 'POST',
      url: `/api/v1/${kind}`,
      headers: { ...admin.auth, ...english },
      payload: input,
    });
    assert.deepEqual(problems(response), [{ field: 'organisationId', message: 'Choose one of the options.' }], kind);
  }
});
