import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness,
  createOrganisation,
  createPerson,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { challengeInput, solutionInput } from '../test-support/items.ts';
import { PublicAnswerStore } from './public-cache.ts';

let h: Harness;
let member: TestPerson;
let ambassador: TestPerson;
let challengeId: string;

async function publishChallenge(title: string): Promise<string> {
  const created = await h.app.inject({
    method: 'POST',
    url: '/api/v1/challenges',
    headers: member.auth,
    payload: challengeInput({ title }),
  });
  const id = created.json().id as string;
  await h.app.inject({
    method: 'POST',
    url: `/api/v1/challenges/${id}/transitions`,
    headers: member.auth,
    payload: { action: 'submit' },
  });
  await h.app.inject({
    method: 'POST',
    url: `/api/v1/challenges/${id}/transitions`,
    headers: ambassador.auth,
    payload: { action: 'publish' },
  });
  return id;
}

/** Changes a title the way another instance would: in the database, without this instance hearing of it. */
async function retitleBehindTheScenes(id: string, title: string): Promise<void> {
  await h.db.updateTable('challenges').set({ title }).where('id', '=', id).execute();
}

before(async () => {
  h = await startHarness();
  member = await createPerson(h.db, 'member', await createOrganisation(h.db, 'WZC De Linde'));
  ambassador = await createPerson(h.db, 'ambassador');
  challengeId = await publishChallenge('Valdetectie in de nacht');
});
after(() => h.close());

test('an anonymous reader gets the home page and catalogues without any cookie', async () => {
  for (const url of ['/', '/challenges', '/solutions']) {
    const page = await h.app.inject({ url });
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['set-cookie'], undefined, url);
  }
});

test('anonymous readers share a catalogue answer until the next write on the instance', async () => {
  // The publication's own events must have reached the cache first: under load they could arrive between
  // the two reads below and look like the write this test makes later.
  await h.services.events.settled();
  assert.match((await h.app.inject({ url: '/challenges' })).body, /Valdetectie in de nacht/);
  await retitleBehindTheScenes(challengeId, 'Valdetectie bij nacht');
  assert.match((await h.app.inject({ url: '/challenges' })).body, /Valdetectie in de nacht/);
  await h.app.inject({
    method: 'POST',
    url: '/api/v1/challenges',
    headers: member.auth,
    payload: challengeInput({ title: 'Een nieuw ontwerp' }),
  });
  assert.match((await h.app.inject({ url: '/challenges' })).body, /Valdetectie bij nacht/);
});

test('a signed-in reader never gets the shared anonymous answer', async () => {
  await h.app.inject({ url: '/challenges' });
  await retitleBehindTheScenes(challengeId, 'Valdetectie voor bewoners');
  const signedIn = await h.app.inject({ url: '/challenges', cookies: { hd_session: member.token } });
  assert.match(signedIn.body, /Valdetectie voor bewoners/);
});

test('a newly published item clears the shared answers at once', async () => {
  await h.app.inject({ url: '/challenges' });
  await publishChallenge('Medicatie op tijd');
  assert.match((await h.app.inject({ url: '/challenges' })).body, /Medicatie op tijd/);
});

test('shared answers are kept apart per language', async () => {
  const french = await h.app.inject({ url: '/challenges', headers: { 'accept-language': 'fr' } });
  const dutch = await h.app.inject({ url: '/challenges', headers: { 'accept-language': 'nl-BE' } });
  assert.match(french.body, /<html lang="fr/);
  assert.match(dutch.body, /<html lang="nl/);
});

test('the match list of an item is shared between anonymous readers, not with signed-in ones', async () => {
  const created = await h.app.inject({
    method: 'POST',
    url: '/api/v1/solutions',
    headers: member.auth,
    payload: solutionInput({ title: 'Valsensor voor de nacht' }),
  });
  const solutionId = created.json().id as string;
  await h.app.inject({
    method: 'POST',
    url: `/api/v1/solutions/${solutionId}/transitions`,
    headers: member.auth,
    payload: { action: 'submit' },
  });
  await h.app.inject({
    method: 'POST',
    url: `/api/v1/solutions/${solutionId}/transitions`,
    headers: ambassador.auth,
    payload: { action: 'publish' },
  });
  const url = `/api/v1/challenges/${challengeId}/matches`;
  assert.match((await h.app.inject({ url })).body, /Valsensor voor de nacht/);
  await h.db.updateTable('solutions').set({ title: 'Valsensor met alarm' }).where('id', '=', solutionId).execute();
  assert.match((await h.app.inject({ url })).body, /Valsensor voor de nacht/);
  assert.match((await h.app.inject({ url, headers: member.auth })).body, /Valsensor met alarm/);
  assert.equal((await h.app.inject({ url: `/api/v1/challenges/${crypto.randomUUID()}/matches` })).statusCode, 404);
});

test('a shared answer is dropped after five seconds', () => {
  let now = 0;
  const store = new PublicAnswerStore(() => now);
  store.put('nl /challenges', 'text/html', 'page');
  now = 4_999;
  assert.equal(store.get('nl /challenges')?.body, 'page');
  now = 5_000;
  assert.equal(store.get('nl /challenges'), undefined);
});

test('clearing the store moves its generation on, so answers built before a write are not kept', () => {
  const store = new PublicAnswerStore();
  const before = store.generation;
  store.put('nl /', 'text/html', 'page');
  store.clear();
  assert.equal(store.get('nl /'), undefined);
  assert.notEqual(store.generation, before);
});
