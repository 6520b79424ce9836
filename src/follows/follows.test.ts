import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createPerson, type TestPerson } from '../test-support/harness.ts';
import { solutionInput } from '../test-support/items.ts';
import { publish, startWorld, type World } from '../matches/test-world.ts';
import { noticesSettled } from '../notifications/listeners.ts';
import { queryObject } from './matching.ts';

let w: World;
let follower: TestPerson;
let searcher: TestPerson;
before(async () => {
  w = await startWorld();
  follower = await createPerson(w.h.db, 'member');
  searcher = await createPerson(w.h.db, 'member');
});
after(() => w.h.close());

const call = (who: TestPerson, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: Record<string, unknown>) =>
  w.h.app.inject({ method, url, headers: who.auth, payload });

const noticesOf = async (who: TestPerson) =>
  (await call(who, 'GET', '/api/v1/notifications')).json().items.filter((n: { kind: string }) => n.kind === 'followed_item') as { text: string }[];

test('a saved search is read as the catalogue reads its query string', () => {
  assert.deepEqual(queryObject('?sector=care&sector=education&q=tablet'), { sector: ['care', 'education'], q: 'tablet' });
});

test('a newly published item in a followed sector notifies the follower once', async () => {
  assert.equal((await call(follower, 'POST', '/api/v1/follows', { targetType: 'sector', target: 'education' })).statusCode, 200);
  const id = await publish(w.h, 'solutions', w.provider, w.ambassador, solutionInput({ title: 'Leerplatform voor scholen', sectors: ['education'] }));
  await noticesSettled(w.h.services);
  assert.equal((await noticesOf(follower)).filter((n) => n.text.includes('Leerplatform voor scholen')).length, 1);
  await call(w.provider, 'POST', `/api/v1/solutions/${id}/transitions`, { action: 'archive' });
  await noticesSettled(w.h.services);
  assert.equal((await noticesOf(follower)).filter((n) => n.text.includes('Leerplatform voor scholen')).length, 1);
});

test('a newly published item of a followed organisation notifies the follower', async () => {
  const organisationId = (await w.h.db.selectFrom('memberships').select('organisation_id').where('person_id', '=', w.provider.id).executeTakeFirstOrThrow()).organisation_id;
  await call(follower, 'POST', '/api/v1/follows', { targetType: 'organisation', target: organisationId });
  await publish(w.h, 'solutions', w.provider, w.ambassador, solutionInput({ title: 'Nieuw van een gevolgde aanbieder', sectors: ['mobility'] }));
  await noticesSettled(w.h.services);
  assert.equal((await noticesOf(follower)).filter((n) => n.text.includes('Nieuw van een gevolgde aanbieder')).length, 1);
});

test('a newly published item that fits a saved search notifies the person; one that does not, does not', async () => {
  assert.equal((await call(searcher, 'POST', '/api/v1/saved-searches', { kind: 'solution', query: 'sector=mobility' })).statusCode, 201);
  await publish(w.h, 'solutions', w.provider, w.ambassador, solutionInput({ title: 'Deelfietsen voor gemeenten', sectors: ['mobility'] }));
  await publish(w.h, 'solutions', w.provider, w.ambassador, solutionInput({ title: 'Zorgplanning op tablet', sectors: ['care'] }));
  await noticesSettled(w.h.services);
  const texts = (await noticesOf(searcher)).map((n) => n.text);
  assert.ok(texts.some((t) => t.includes('Deelfietsen voor gemeenten')));
  assert.ok(!texts.some((t) => t.includes('Zorgplanning op tablet')));
});

test('people manage only their own follows and saved searches', async () => {
  const saved = (await call(searcher, 'POST', '/api/v1/saved-searches', { kind: 'challenge', query: 'q=eenzaamheid' })).json();
  assert.equal((await call(w.stranger, 'DELETE', `/api/v1/saved-searches/${saved.id}`)).statusCode, 404);
  assert.equal((await call(w.stranger, 'GET', '/api/v1/saved-searches')).json().items.length, 0);
  assert.equal((await call(searcher, 'DELETE', `/api/v1/saved-searches/${saved.id}`)).statusCode, 204);
  assert.equal((await w.h.app.inject({ method: 'POST', url: '/api/v1/follows', payload: { targetType: 'sector', target: 'care' } })).statusCode, 401);
});
