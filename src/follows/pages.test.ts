import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createOrganisation, createPerson, formSession, type TestPerson } from '../test-support/harness.ts';
import { FORM_HEADERS, formBody } from '../accounts/test-fixtures.ts';
import { solutionInput } from '../test-support/items.ts';
import { publish, startWorld, type World } from '../test-support/matches-world.ts';

let w: World;
let reader: TestPerson;
let providerOrganisation: string;
before(async () => {
  w = await startWorld();
  reader = await createPerson(w.h.db, 'member', await createOrganisation(w.h.db, 'Lezersclub'));
  providerOrganisation = (
    await w.h.db
      .selectFrom('memberships')
      .select('organisation_id')
      .where('person_id', '=', w.provider.id)
      .executeTakeFirstOrThrow()
  ).organisation_id;
});
after(() => w.h.close());

async function postFrom(who: TestPerson, pageUrl: string, url: string, values: Record<string, unknown>) {
  const { csrf, cookies } = await formSession(w.h.app, pageUrl, who.token);
  return w.h.app.inject({
    method: 'POST',
    url,
    headers: FORM_HEADERS,
    cookies,
    payload: formBody({ ...values, _csrf: csrf }),
  });
}

const api = (
  who: TestPerson,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: Record<string, unknown>,
  language = 'nl',
) => w.h.app.inject({ method, url, headers: { ...who.auth, 'accept-language': language }, payload });

test('the follows page lists what a person follows and their saved searches, and removes them', async () => {
  await api(reader, 'POST', '/api/v1/follows', { targetType: 'sector', target: 'care' });
  await api(reader, 'POST', '/api/v1/follows', { targetType: 'challenge', target: w.challengeId });
  const saved = await postFrom(reader, '/challenges?sector=care', '/account/saved-searches', {
    kind: 'challenge',
    query: 'sector=care&q=tablet',
  });
  assert.equal(saved.headers.location, '/account/follows');
  const page = await w.h.app.inject({ url: '/account/follows', cookies: { hd_session: reader.token } });
  assert.match(page.body, /Ik volg \(2\)/);
  assert.match(page.body, /Sector: Zorg en welzijn/);
  assert.match(page.body, new RegExp(`<a href="/challenges/${w.challengeId}">Videogesprekken tegen eenzaamheid`));
  assert.match(page.body, /<a href="\/challenges\?sector=care&amp;q=tablet">Uitdaging: sector=care&amp;q=tablet<\/a>/);
  const [search] = (await api(reader, 'GET', '/api/v1/saved-searches')).json().items;
  assert.equal(
    (await postFrom(reader, '/account/follows', `/account/saved-searches/${search.id}/delete`, {})).statusCode,
    303,
  );
  assert.equal(
    (await postFrom(w.stranger, '/account/follows', `/account/saved-searches/${search.id}/delete`, {})).statusCode,
    404,
  );
  await postFrom(reader, '/account/follows', '/account/follows/remove', {
    targetType: 'sector',
    target: 'care',
    back: '/account/follows',
  });
  const after = await w.h.app.inject({ url: '/account/follows', cookies: { hd_session: reader.token } });
  assert.match(after.body, /Ik volg \(1\)/);
  assert.match(after.body, /U hebt nog geen zoekopdrachten bewaard/);
  const audit = await w.h.db
    .selectFrom('audit_events')
    .select('action')
    .where('actor_id', '=', reader.id)
    .orderBy('id')
    .execute();
  assert.deepEqual(
    audit.map((a) => a.action),
    ['follow.create', 'follow.create', 'saved_search.create', 'saved_search.delete', 'follow.delete'],
  );
});

test('a signed-in reader can save a catalogue search from the catalogue page; visitors see no button', async () => {
  const catalogue = await w.h.app.inject({
    url: '/solutions?sector=mobility&page=2',
    cookies: { hd_session: reader.token },
  });
  assert.match(catalogue.body, /name="query" value="sector=mobility"/);
  assert.doesNotMatch((await w.h.app.inject({ url: '/solutions?sector=mobility' })).body, /Deze zoekopdracht bewaren/);
});

test('with contact from followed organisations only, an application from an unfollowed organisation is refused in the API, translated', async () => {
  assert.equal(
    (await postFrom(w.careHome, '/account/follows', '/account/contact-settings', { followedOnly: 'true' })).statusCode,
    303,
  );
  assert.deepEqual((await api(w.careHome, 'GET', '/api/v1/me/contact-settings')).json(), { followedOnly: true });
  const solutionId = await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: 'Ongevraagd beeldbellen' }),
  );
  const refused = await api(w.provider, 'POST', '/api/v1/matches/applications', {
    challengeId: w.challengeId,
    solutionId,
  });
  assert.equal(refused.statusCode, 403);
  assert.equal(refused.json().error.id, 'contact_refused');
  assert.match(refused.json().error.message, /aanvaardt alleen contact van organisaties die ze volgt/);
  const english = await api(
    w.provider,
    'POST',
    '/api/v1/matches/applications',
    { challengeId: w.challengeId, solutionId },
    'en',
  );
  assert.match(english.json().error.message, /accepts contact only from organisations it follows/);
  assert.equal(
    await w.h.db.selectFrom('matches').select('id').where('solution_id', '=', solutionId).executeTakeFirst(),
    undefined,
  );
});

test('the refusal shows as a page when applying from the form, and an ambassador may still propose the pair', async () => {
  const solutionId = await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: 'Nog een ongevraagde tablet' }),
  );
  const refused = await postFrom(w.provider, `/challenges/${w.challengeId}`, `/challenges/${w.challengeId}/apply`, {
    solutionId,
  });
  assert.equal(refused.statusCode, 403);
  assert.match(refused.body, /aanvaardt alleen contact van organisaties die ze volgt/);
  const proposal = await api(w.ambassador, 'POST', '/api/v1/matches/proposals', {
    challengeId: w.challengeId,
    solutionId,
  });
  assert.equal(proposal.statusCode, 201);
});

test('once the member follows the organisation its application goes through; the setting can be turned off', async () => {
  await api(w.careHome, 'POST', '/api/v1/follows', { targetType: 'organisation', target: providerOrganisation });
  const solutionId = await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: 'Gevolgde aanbieder belt' }),
  );
  assert.equal(
    (await api(w.provider, 'POST', '/api/v1/matches/applications', { challengeId: w.challengeId, solutionId }))
      .statusCode,
    201,
  );
  assert.equal((await api(w.careHome, 'PUT', '/api/v1/me/contact-settings', { followedOnly: false })).statusCode, 200);
  const audit = await w.h.db
    .selectFrom('audit_events')
    .select('after')
    .where('actor_id', '=', w.careHome.id)
    .where('action', '=', 'contact_setting.update')
    .orderBy('id')
    .execute();
  assert.deepEqual(
    audit.map((a) => a.after),
    [{ followedOnly: true }, { followedOnly: false }],
  );
});

test('a provider who accepts contact only from followed organisations refuses an introduction request', async () => {
  await api(w.provider, 'PUT', '/api/v1/me/contact-settings', { followedOnly: true });
  const solutionId = await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: 'Aanbieder met voorkeur' }),
  );
  const refused = await api(w.careHome, 'POST', '/api/v1/matches/requests', { challengeId: w.challengeId, solutionId });
  assert.equal(refused.json().error.id, 'contact_refused');
});
