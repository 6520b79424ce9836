import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { formSession, type TestPerson } from '../test-support/harness.ts';
import { FORM_HEADERS, formBody } from '../accounts/test-fixtures.ts';
import { solutionInput } from '../test-support/items.ts';
import { publish, startWorld, type World } from '../test-support/matches-world.ts';

let w: World;
before(async () => {
  w = await startWorld();
});
after(() => w.h.close());

const page = (url: string, who?: TestPerson) => w.h.app.inject({ url, cookies: who ? { hd_session: who.token } : {} });

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

async function matchOf(location: string) {
  const id = location.replace('/matches/', '');
  return w.h.db.selectFrom('matches').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

test('a provider sees the apply form on a published challenge, the owner and visitors do not', async () => {
  assert.match((await page(`/challenges/${w.challengeId}`, w.provider)).body, /id="apply-heading"/);
  assert.doesNotMatch((await page(`/challenges/${w.challengeId}`, w.careHome)).body, /id="apply-heading"/);
  assert.doesNotMatch((await page(`/challenges/${w.challengeId}`)).body, /id="apply-heading"/);
});

test('applying from the challenge page creates an application accepted by the provider and opens the match', async () => {
  const solutionId = await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: 'Tabletbellen vanuit het formulier' }),
  );
  const response = await postFrom(w.provider, `/challenges/${w.challengeId}`, `/challenges/${w.challengeId}/apply`, {
    solutionId,
    note: 'Wij helpen graag',
  });
  assert.equal(response.statusCode, 303);
  const match = await matchOf(String(response.headers.location));
  assert.equal(match.origin, 'application');
  assert.equal(match.status, 'proposed');
  assert.ok(match.solution_accepted_at);
  const matchPage = await page(String(response.headers.location), w.provider);
  assert.match(matchPage.body, /Wij helpen graag/);
});

test('a challenge owner asks for an introduction from the solution page', async () => {
  const solutionId = await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: 'Beeldbellen op aanvraag' }),
  );
  assert.match((await page(`/solutions/${solutionId}`, w.careHome)).body, /id="request-heading"/);
  const response = await postFrom(
    w.careHome,
    `/solutions/${solutionId}`,
    `/solutions/${solutionId}/request-introduction`,
    { challengeId: w.challengeId },
  );
  assert.equal(response.statusCode, 303);
  const match = await matchOf(String(response.headers.location));
  assert.equal(match.origin, 'request');
  assert.ok(match.challenge_accepted_at);
});

test('the curating ambassador proposes one of the engine’s suggestions with a note from the challenge page; members may not', async () => {
  const body = (await page(`/challenges/${w.challengeId}`, w.ambassador)).body;
  assert.match(body, /id="propose-heading"/);
  const solutionId = /name="solutionId" required><option value>[^<]*<\/option><option value="([^"]+)"/.exec(body)?.[1];
  assert.ok(solutionId);
  const response = await postFrom(
    w.ambassador,
    `/challenges/${w.challengeId}`,
    `/challenges/${w.challengeId}/propose`,
    { solutionId, note: 'Past goed bij jullie vraag' },
  );
  assert.equal(response.statusCode, 303);
  const match = await matchOf(String(response.headers.location));
  assert.equal(match.status, 'proposed');
  const event = await w.h.db
    .selectFrom('match_events')
    .select(['action', 'note'])
    .where('match_id', '=', match.id)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  assert.deepEqual(event, { action: 'ambassador', note: 'Past goed bij jullie vraag' });
  const refused = await postFrom(w.careHome, `/challenges/${w.challengeId}`, `/challenges/${w.challengeId}/propose`, {
    solutionId: w.solutionId,
  });
  assert.equal(refused.statusCode, 403);
});

test('follow buttons on a detail page follow the item and its organisation, and unfollow again', async () => {
  const body = (await page(`/solutions/${w.solutionId}`, w.careHome)).body;
  assert.match(body, /Volg Beeldlijn bv/);
  const organisationId =
    /name="targetType" value="organisation"\/><input type="hidden" name="target" value="([^"]+)"/.exec(body)?.[1];
  assert.ok(organisationId);
  const followed = await postFrom(w.careHome, `/solutions/${w.solutionId}`, '/account/follows', {
    targetType: 'organisation',
    target: organisationId,
    back: `/solutions/${w.solutionId}`,
  });
  assert.equal(followed.headers.location, `/solutions/${w.solutionId}`);
  assert.match((await page(`/solutions/${w.solutionId}`, w.careHome)).body, /Niet meer volgen: Beeldlijn bv/);
  await postFrom(w.careHome, `/solutions/${w.solutionId}`, '/account/follows/remove', {
    targetType: 'organisation',
    target: organisationId,
    back: 'https://elders.example/',
  });
  const follows = (await w.h.app.inject({ url: '/api/v1/follows', headers: w.careHome.auth })).json();
  assert.equal(follows.items.length, 0);
});
