import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { formSession } from '../test-support/harness.ts';
import { FORM_HEADERS, formBody } from '../accounts/test-fixtures.ts';
import { solutionInput } from '../test-support/items.ts';
import type { TestPerson } from '../test-support/harness.ts';
import { publish, startWorld, type World } from '../test-support/matches-world.ts';

let w: World;
before(async () => {
  w = await startWorld();
});
after(() => w.h.close());

async function postForm(who: TestPerson, url: string, pageUrl: string, values: Record<string, unknown>) {
  const { csrf, cookies } = await formSession(w.h.app, pageUrl, who.token);
  return w.h.app.inject({
    method: 'POST',
    url,
    headers: FORM_HEADERS,
    cookies,
    payload: formBody({ ...values, _csrf: csrf }),
  });
}

test('the owner’s challenge page lists the engine’s suggestions as match records', async () => {
  const response = await w.h.app.inject({
    url: `/challenges/${w.challengeId}`,
    cookies: { hd_session: w.careHome.token },
  });
  assert.match(response.body, /id="records-heading"/);
  const stored = await w.h.db
    .selectFrom('matches')
    .select('status')
    .where('challenge_id', '=', w.challengeId)
    .where('solution_id', '=', w.solutionId)
    .executeTakeFirst();
  assert.equal(stored?.status, 'suggested');
  const visitor = await w.h.app.inject({ url: `/challenges/${w.challengeId}` });
  assert.doesNotMatch(visitor.body, /id="records-heading"/);
});

test('both sides accept on the match page, an outcome is recorded and shown on the challenge page', async () => {
  const solutionId = await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: 'Videobellen met de kleinkinderen' }),
  );
  const id = (
    await w.h.app.inject({
      method: 'POST',
      url: '/api/v1/matches/proposals',
      headers: w.ambassador.auth,
      payload: { challengeId: w.challengeId, solutionId },
    })
  ).json().id;
  for (const side of [w.careHome, w.provider]) {
    const accepted = await postForm(side, `/matches/${id}/decision`, `/matches/${id}`, { decision: 'accept' });
    assert.equal(accepted.statusCode, 303);
  }
  const outcome = await postForm(w.ambassador, `/matches/${id}/outcome`, `/matches/${id}`, {
    outcome: 'introduced',
    note: 'Eerste gesprek',
  });
  assert.equal(outcome.statusCode, 303);
  const challengePage = await w.h.app.inject({ url: `/challenges/${w.challengeId}` });
  assert.match(challengePage.body, /id="outcomes-heading"/);
  assert.match(challengePage.body, /Videobellen met de kleinkinderen<\/a>: kennismaking gebeurd/);
});

test('a stranger gets no match page and cannot post decisions or outcomes from forms', async () => {
  const solutionId = await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: 'Nog een beeldbeldienst' }),
  );
  const id = (
    await w.h.app.inject({
      method: 'POST',
      url: '/api/v1/matches/proposals',
      headers: w.ambassador.auth,
      payload: { challengeId: w.challengeId, solutionId },
    })
  ).json().id;
  assert.equal(
    (await w.h.app.inject({ url: `/matches/${id}`, cookies: { hd_session: w.stranger.token } })).statusCode,
    404,
  );
  const decision = await postForm(w.stranger, `/matches/${id}/decision`, '/my', { decision: 'accept' });
  assert.equal(decision.statusCode, 404);
  const outcome = await postForm(w.careHome, `/matches/${id}/outcome`, '/my', { outcome: 'introduced' });
  assert.equal(outcome.statusCode, 403);
});
