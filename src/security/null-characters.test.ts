import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import {
  startHarness,
  createOrganisation,
  createPerson,
  formSession,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { challengeInput } from '../test-support/items.ts';
import { nullCharacterAt } from './null-characters.ts';

let h: Harness;
let member: TestPerson;
let admin: TestPerson;

before(async () => {
  h = await startHarness();
  member = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Nulteken bv'));
  admin = await createPerson(h.db, 'admin');
});
after(() => h.close());

async function challengeCount(): Promise<number> {
  return (await h.db.selectFrom('challenges').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
}

test('finds a NUL character in nested values and in keys, and names where', () => {
  assert.equal(nullCharacterAt({ title: 'ok', tags: ['a', 'b\u0000'] }), 'tags.1');
  assert.equal(nullCharacterAt({ outer: { 'x\u0000': 'fine' } }), 'outer.x\ufffd');
  assert.equal(nullCharacterAt('\u0000'), '');
  assert.equal(nullCharacterAt({ title: 'geen nulteken', n: 3, empty: null }), null);
});

test('walks a body nested a hundred thousand levels deep without running out of stack', () => {
  let deep: unknown = ['\u0000'];
  for (let i = 0; i < 100_000; i += 1) deep = [deep];
  assert.equal(nullCharacterAt(deep)?.split('.').length, 100_001);
});

test('leaves an uploaded file’s bytes alone: only text fields are checked', () => {
  assert.equal(nullCharacterAt({ file: { name: 'data.bin', content: Buffer.from([0, 1, 0]) } }), null);
});

test('an API post with a NUL character is refused with the field named, and nothing is stored', async () => {
  const before = await challengeCount();
  const response = await h.app.inject({
    method: 'POST',
    url: '/api/v1/challenges',
    headers: member.auth,
    payload: { ...challengeInput(), title: 'Zorg\u0000robot' },
  });
  assert.equal(response.statusCode, 400);
  assert.equal(response.json().error.id, 'validation_failed');
  assert.deepEqual(response.json().error.fields, [
    {
      field: 'title',
      message:
        'Deze waarde bevat een onzichtbaar nulteken dat niet bewaard kan worden. Typ de tekst opnieuw of plak hem zonder opmaak.',
    },
  ]);
  assert.equal(await challengeCount(), before);
});

test('a NUL character deep in a nested body is refused with a short field name', async () => {
  const body = `{"title":${'['.repeat(5_000)}"\\u0000"${']'.repeat(5_000)}}`;
  const response = await h.app.inject({
    method: 'POST',
    url: '/api/v1/challenges',
    headers: { ...member.auth, 'content-type': 'application/json' },
    payload: body,
  });
  assert.equal(response.statusCode, 400);
  const field = response.json().error.fields[0].field as string;
  assert.ok(field.startsWith('title.0.0.') && field.length <= 121, field.slice(0, 200));
});

test('a query value with a NUL character gets a clear 400, not a database error', async () => {
  const api = await h.app.inject({ method: 'GET', url: '/api/v1/audit-events?objectType=%00', headers: admin.auth });
  assert.equal(api.statusCode, 400);
  assert.equal(api.json().error.fields[0].field, 'objectType');
  const page = await h.app.inject({
    method: 'GET',
    url: '/challenges?q=zorg%00robot',
    headers: { 'accept-language': 'en' },
  });
  assert.equal(page.statusCode, 400);
  assert.match(page.headers['content-type'] as string, /^text\/html/);
  assert.match(page.body, /<code>q<\/code>: This value contains an invisible null character/);
});

test('a form post with a NUL character gets an error page in the reader’s language and changes nothing', async () => {
  const before = await challengeCount();
  const session = await formSession(h.app, '/challenges/new', member.token);
  const form = new URLSearchParams({
    _csrf: session.csrf,
    title: 'Zorg\u0000robot',
    description: 'Een beschrijving die lang genoeg is voor het formulier.',
  });
  const response = await h.app.inject({
    method: 'POST',
    url: '/challenges',
    cookies: session.cookies,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: form.toString(),
  });
  assert.equal(response.statusCode, 400);
  assert.match(response.body, /<code>title<\/code>: Deze waarde bevat een onzichtbaar nulteken/);
  assert.equal(await challengeCount(), before);
});
