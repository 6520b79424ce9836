import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createPerson, formSession, type TestPerson } from '../test-support/harness.ts';
import { FORM_HEADERS, formBody } from '../accounts/test-fixtures.ts';
import { challengeInput, solutionInput } from '../test-support/items.ts';
import { publish, startWorld, type World } from '../test-support/matches-world.ts';
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
  (await call(who, 'GET', '/api/v1/notifications'))
    .json()
    .items.filter((n: { kind: string }) => n.kind === 'followed_item') as { text: string }[];

test('a saved search is read as the catalogue reads its query string', () => {
  assert.deepEqual(queryObject('?sector=care&sector=education&q=tablet'), {
    sector: ['care', 'education'],
    q: 'tablet',
  });
});

test('a newly published item in a followed sector notifies the follower once', async () => {
  assert.equal(
    (await call(follower, 'POST', '/api/v1/follows', { targetType: 'sector', target: 'education' })).statusCode,
    200,
  );
  const id = await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: 'Leerplatform voor scholen', sectors: ['education'] }),
  );
  await w.h.services.events.settled();
  assert.equal((await noticesOf(follower)).filter((n) => n.text.includes('Leerplatform voor scholen')).length, 1);
  await call(w.provider, 'POST', `/api/v1/solutions/${id}/transitions`, { action: 'archive' });
  await w.h.services.events.settled();
  assert.equal((await noticesOf(follower)).filter((n) => n.text.includes('Leerplatform voor scholen')).length, 1);
});

test('a newly published item of a followed organisation notifies the follower', async () => {
  const organisationId = (
    await w.h.db
      .selectFrom('memberships')
      .select('organisation_id')
      .where('person_id', '=', w.provider.id)
      .executeTakeFirstOrThrow()
  ).organisation_id;
  await call(follower, 'POST', '/api/v1/follows', { targetType: 'organisation', target: organisationId });
  await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: 'Nieuw van een gevolgde aanbieder', sectors: ['mobility'] }),
  );
  await w.h.services.events.settled();
  assert.equal(
    (await noticesOf(follower)).filter((n) => n.text.includes('Nieuw van een gevolgde aanbieder')).length,
    1,
  );
});

test('a newly published item that fits a saved search notifies the person; one that does not, does not', async () => {
  assert.equal(
    (await call(searcher, 'POST', '/api/v1/saved-searches', { kind: 'solution', query: 'sector=mobility' })).statusCode,
    201,
  );
  await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: 'Deelfietsen voor gemeenten', sectors: ['mobility'] }),
  );
  await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: 'Zorgplanning op tablet', sectors: ['care'] }),
  );
  await w.h.services.events.settled();
  const texts = (await noticesOf(searcher)).map((n) => n.text);
  assert.ok(texts.some((t) => t.includes('Deelfietsen voor gemeenten')));
  assert.ok(!texts.some((t) => t.includes('Zorgplanning op tablet')));
});

test('people manage only their own follows and saved searches', async () => {
  const saved = (
    await call(searcher, 'POST', '/api/v1/saved-searches', { kind: 'challenge', query: 'q=eenzaamheid' })
  ).json();
  assert.equal((await call(w.stranger, 'DELETE', `/api/v1/saved-searches/${saved.id}`)).statusCode, 404);
  assert.equal((await call(w.stranger, 'GET', '/api/v1/saved-searches')).json().items.length, 0);
  assert.equal((await call(searcher, 'DELETE', `/api/v1/saved-searches/${saved.id}`)).statusCode, 204);
  assert.equal(
    (
      await w.h.app.inject({
        method: 'POST',
        url: '/api/v1/follows',
        payload: { targetType: 'sector', target: 'care' },
      })
    ).statusCode,
    401,
  );
});

test('following a challenge or solution one may not read is refused as missing, and nothing of it shows on the follows page', async () => {
  const title = 'Quokkaventiel voor het woonzorgcentrum';
  const id = await publish(
    w.h,
    'challenges',
    w.careHome,
    w.ambassador,
    challengeInput({ title, classification: 'confidential' }),
  );
  assert.equal(
    (await call(w.stranger, 'POST', '/api/v1/follows', { targetType: 'challenge', target: id })).statusCode,
    404,
  );
  assert.equal(
    (await call(w.stranger, 'POST', '/api/v1/follows', { targetType: 'solution', target: 'geen-id' })).statusCode,
    404,
  );
  const { csrf, cookies } = await formSession(w.h.app, '/account/follows', w.stranger.token);
  const form = await w.h.app.inject({
    method: 'POST',
    url: '/account/follows',
    headers: FORM_HEADERS,
    cookies,
    payload: formBody({ targetType: 'challenge', target: id, _csrf: csrf }),
  });
  assert.equal(form.statusCode, 404);
  assert.ok(
    !(await call(w.stranger, 'GET', '/api/v1/follows')).json().items.some((f: { target: string }) => f.target === id),
  );
  assert.ok(
    !(await w.h.app.inject({ url: '/account/follows', cookies: { hd_session: w.stranger.token } })).body.includes(
      title,
    ),
  );
  assert.equal(
    (await call(w.careHome, 'POST', '/api/v1/follows', { targetType: 'challenge', target: id })).statusCode,
    200,
  );
});

test('an item followed while readable shows as no longer available once the follower may not read it', async () => {
  const title = 'Wombatsleutel voor de thuiszorg';
  const id = await publish(w.h, 'challenges', w.careHome, w.ambassador, challengeInput({ title }));
  assert.equal(
    (await call(w.stranger, 'POST', '/api/v1/follows', { targetType: 'challenge', target: id })).statusCode,
    200,
  );
  assert.ok(
    (await w.h.app.inject({ url: '/account/follows', cookies: { hd_session: w.stranger.token } })).body.includes(title),
  );
  await w.h.db.updateTable('challenges').set({ classification: 'confidential' }).where('id', '=', id).execute();
  const page = (await w.h.app.inject({ url: '/account/follows', cookies: { hd_session: w.stranger.token } })).body;
  assert.ok(!page.includes(title));
  assert.ok(!page.includes(`/challenges/${id}"`));
  assert.ok(page.includes('niet meer beschikbaar'));
});
