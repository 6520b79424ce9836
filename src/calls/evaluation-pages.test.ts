// The evaluation pages through the real server, as a browser without JavaScript posts them: the
// declaration comes first, a wrong scoring form comes back with its problems and nothing stored, the
// totals table and chart follow the scores, the decision form leads to a confirmation step, and the
// call's page then shows the published result.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startWorld, publish, type World } from '../test-support/matches-world.ts';
import { createOrganisation, createPerson, formSession, type TestPerson } from '../test-support/harness.ts';
import { solutionInput } from '../test-support/items.ts';
import { callInput, openCall } from './test-fixtures.ts';
import { organisationOf, passDeadline, submittedResponse } from './evaluation-fixtures.ts';

let w: World;
let callId: string;
let responseId: string;
let otherResponse: string;

before(async () => {
  w = await startWorld();
  const panel = [w.careHome.id, w.otherAmbassador.id];
  callId = await openCall(w.h, w.careHome, w.ambassador, callInput(w.challengeId, { panel }));
  responseId = await submittedResponse(w.h, callId, await organisationOf(w.h, w.provider.id), w.solutionId);
  const other = await createPerson(w.h.db, 'member', await createOrganisation(w.h.db, 'Tweede Lijn bv'));
  const solution = await publish(w.h, 'solutions', other, w.ambassador, solutionInput({ title: 'Praatpaal' }));
  otherResponse = await submittedResponse(w.h, callId, await organisationOf(w.h, other.id), solution);
  await passDeadline(w.h, callId);
});
after(() => w.h.close());

const page = (path: string, who: TestPerson) =>
  w.h.app.inject({ url: `/calls/${callId}${path}`, cookies: { hd_session: who.token } });

async function send(who: TestPerson, formPath: string, action: string, fields: [string, string][]) {
  const { csrf, cookies } = await formSession(w.h.app, `/calls/${callId}${formPath}`, who.token);
  return w.h.app.inject({
    method: 'POST',
    url: `/calls/${callId}${action}`,
    cookies,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams([['_csrf', csrf], ...fields]).toString(),
  });
}

const scoreCount = async () => (await w.h.db.selectFrom('call_scores').select('score').execute()).length;

test('a panel member declares first, then scores by form; a wrong form comes back and stores nothing', async () => {
  const first = await page('/evaluation', w.careHome);
  assert.equal(first.statusCode, 200);
  assert.match(first.body, /name="conflict"/);
  assert.ok(!first.body.includes('Praatpaal'), 'no response before the declaration');
  assert.equal((await page('/evaluation', w.stranger)).statusCode, 403);

  const empty = await send(w.careHome, '/evaluation', '/evaluation/declaration', []);
  assert.equal(empty.statusCode, 400);
  const declared = await send(w.careHome, '/evaluation', '/evaluation/declaration', [['conflict', 'none']]);
  assert.equal(declared.statusCode, 303);
  assert.equal(declared.headers.location, `/calls/${callId}/evaluation?done=declared`);

  const scoring = await page('/evaluation?done=declared', w.careHome);
  assert.match(scoring.body, /Praatpaal/);
  assert.match(scoring.body, /id="r0-score0"/);
  assert.ok(scoring.body.includes(`/calls/${callId}/evaluation/scores/${otherResponse}`), 'a form per response');

  const before = await scoreCount();
  const wrong = await send(w.careHome, '/evaluation', `/evaluation/scores/${responseId}`, [
    ['r0-score0', '8'],
    ['r1-score0', '8'],
  ]);
  assert.equal(wrong.statusCode, 400);
  assert.match(wrong.body, /error-summary/);
  assert.equal(await scoreCount(), before, 'nothing stored');

  const evaluation = await w.h.app.inject({ url: `/api/v1/calls/${callId}/evaluation`, headers: w.careHome.auth });
  const position = evaluation.json().responses.findIndex((r: { id: string }) => r.id === responseId);
  const fields: [string, string][] = [0, 1, 2].flatMap((n) => [
    [`r${position}-score${n}`, String(6 + n)] as [string, string],
    [`r${position}-comment${n}`, `Goed onderbouwd, punt ${n + 1}`] as [string, string],
  ]);
  const scored = await send(w.careHome, '/evaluation', `/evaluation/scores/${responseId}`, fields);
  assert.equal(scored.statusCode, 303);
  assert.equal(scored.headers.location, `/calls/${callId}/evaluation?done=scored`);
  const totals = await page('/evaluation?done=scored', w.careHome);
  // 50 × 6 / 10 + 30 × 7 / 10 + 20 × 8 / 10 = 30 + 21 + 16
  assert.match(totals.body, /<td>67<\/td>/);
  assert.match(totals.body, /<svg[^>]*role="img"/);
  assert.match(totals.body, /Goed onderbouwd, punt 2/);
  assert.match(totals.body, /<option value="6" selected/, 'the form starts from the member’s own scores');
});

test('the manager records the decision by form, confirms it on its own page, and the call shows the result', async () => {
  const form = await page('/decision', w.careHome);
  assert.equal(form.statusCode, 200);
  assert.equal((await page('/decision', w.otherAmbassador)).statusCode, 403, 'not declared, not a manager');
  const evaluation = await w.h.app.inject({ url: `/api/v1/calls/${callId}/evaluation`, headers: w.careHome.auth });
  const ids: string[] = evaluation.json().responses.map((r: { id: string }) => r.id);
  const mine = ids.indexOf(responseId);
  const theirs = ids.indexOf(otherResponse);
  const missing = await send(w.careHome, '/decision', '/decision', [[`d${mine}`, 'award']]);
  assert.equal(missing.statusCode, 400);
  assert.match(missing.body, new RegExp(`href="#why${mine}"`));
  const saved = await send(w.careHome, '/decision', '/decision', [
    [`d${mine}`, 'award'],
    [`why${mine}`, 'Eenvoudig voor bewoners en familie.'],
    [`d${theirs}`, 'no_award'],
    [`why${theirs}`, 'Te duur voor veertig bewoners.'],
  ]);
  assert.equal(saved.statusCode, 303);
  assert.equal(saved.headers.location, `/calls/${callId}/decision/confirm?done=decision_saved`);
  const confirm = await page('/decision/confirm?done=decision_saved', w.careHome);
  assert.match(confirm.body, /Eenvoudig voor bewoners en familie\./);
  const decided = await send(w.careHome, '/decision/confirm', '/decision/confirm', []);
  assert.equal(decided.statusCode, 303);
  assert.equal(decided.headers.location, `/calls/${callId}/evaluation?done=decision_confirmed`);
  const after = await page('/evaluation?done=decision_confirmed', w.careHome);
  assert.ok(!after.body.includes('/evaluation/scores/'), 'no scoring form after the decision');
  const callPage = await w.h.app.inject({ url: `/calls/${callId}` });
  assert.match(callPage.body, /id="result"/);
  assert.match(callPage.body, /Eenvoudig voor bewoners en familie\./);
  assert.ok(!callPage.body.includes('Te duur voor veertig bewoners.'), 'a no award is not published');
});
