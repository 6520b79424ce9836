// Open calls through the real server: who may draft one and on which challenge, the checks of its
// phases and weights, the ambassador's review before anyone else sees it, clarifications after opening,
// public questions while the Brussels-time questions phase runs, answers without the asker's identity,
// and a confidential challenge's call kept from those the challenge is kept from.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startWorld, publish, type World } from '../test-support/matches-world.ts';
import { challengeInput } from '../test-support/items.ts';
import { fromBrusselsInput } from '../meetings/brussels-time.ts';
import { startSession } from '../accounts/session.ts';
import { formSession } from '../test-support/harness.ts';
import { callInput, inDays, openCall } from './test-fixtures.ts';

let w: World;
before(async () => {
  w = await startWorld();
});
after(() => w.h.close());

const post = (url: string, who: { auth: Record<string, string> } | null, payload?: object) =>
  w.h.app.inject({ method: 'POST', url, headers: who?.auth ?? {}, ...(payload ? { payload } : {}) });
const get = (url: string, who?: { auth: Record<string, string> }) => w.h.app.inject({ url, headers: who?.auth ?? {} });
const callCount = async () => (await w.h.db.selectFrom('calls').select('id').execute()).length;

test('weights that do not sum to 100 and phases out of order are refused, every field named, nothing stored', async () => {
  const before = await callCount();
  const response = await post(
    '/api/v1/calls',
    w.careHome,
    callInput(w.challengeId, {
      criteria: [
        { name: 'Prijs', weight: 60 },
        { name: 'Privacy', weight: 30 },
      ],
      responsesUntil: inDays(5),
      resultDate: inDays(40),
    }),
  );
  assert.equal(response.statusCode, 400);
  const fields = response.json().error.fields.map((f: { field: string }) => f.field);
  assert.deepEqual(fields.sort(), ['criteria', 'resultDate', 'responsesUntil'].sort());
  assert.match(JSON.stringify(response.json()), /90 %/);
  assert.equal(await callCount(), before);
});

test('a choice question without two options and a text question without a limit are refused', async () => {
  const response = await post(
    '/api/v1/calls',
    w.careHome,
    callInput(w.challengeId, {
      questions: [
        { kind: 'choice', prompt: 'Welke levering?', options: ['Dienst'] },
        { kind: 'text', prompt: 'Uw aanpak?' },
      ],
    }),
  );
  assert.equal(response.statusCode, 400);
  assert.deepEqual(
    response.json().error.fields.map((f: { field: string }) => f.field),
    ['questions', 'questions'],
  );
});

test('a stranger may not draft a call on someone else’s challenge; nobody on an unpublished one', async () => {
  assert.equal((await post('/api/v1/calls', w.stranger, callInput(w.challengeId))).statusCode, 403);
  const draft = await post('/api/v1/challenges', w.careHome, challengeInput({ title: 'Nog niet gepubliceerd' }));
  const unpublished = await post('/api/v1/calls', w.careHome, callInput(draft.json().id));
  assert.equal(unpublished.statusCode, 409);
  assert.equal(unpublished.json().error.id, 'challenge_not_published');
  assert.equal((await post('/api/v1/calls', null, callInput(w.challengeId))).statusCode, 401);
});

test('a call is seen by others only after a curating ambassador approved it; returning needs a reason', async () => {
  const created = await post('/api/v1/calls', w.careHome, callInput(w.challengeId));
  assert.equal(created.statusCode, 201);
  const id = created.json().id;
  assert.equal(created.json().status, 'draft');
  assert.equal((await get(`/api/v1/calls/${id}`, w.stranger)).statusCode, 404);
  assert.equal((await get(`/calls/${id}`)).statusCode, 404);
  assert.ok(!(await get('/api/v1/calls')).json().items.some((c: { id: string }) => c.id === id));
  const review = (who: World['careHome'], payload: object) => post(`/api/v1/calls/${id}/review`, who, payload);
  assert.equal((await review(w.ambassador, { decision: 'approve' })).statusCode, 409, 'a draft is not reviewed');
  assert.equal((await post(`/api/v1/calls/${id}/submission`, w.careHome)).json().status, 'submitted');
  assert.equal((await review(w.careHome, { decision: 'approve' })).statusCode, 403, 'the owner does not approve');
  assert.equal((await review(w.otherAmbassador, { decision: 'approve' })).statusCode, 404, 'only a curator sees it');
  assert.equal((await review(w.ambassador, { decision: 'return' })).statusCode, 400, 'a reason is required');
  const returned = await review(w.ambassador, { decision: 'return', reason: 'Voeg een privacycriterium toe.' });
  assert.equal(returned.json().status, 'returned');
  assert.equal(returned.json().returnReason, 'Voeg een privacycriterium toe.');
  await post(`/api/v1/calls/${id}/submission`, w.careHome);
  const opened = await review(w.ambassador, { decision: 'approve' });
  assert.equal(opened.json().status, 'open');
  assert.equal(opened.json().phase, 'questions');
  const page = await get(`/calls/${id}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /"@type":"Demand"/);
  assert.ok((await get('/api/v1/calls?phase=questions')).json().items.some((c: { id: string }) => c.id === id));
  const feed = await get('/feeds/calls.atom');
  assert.match(feed.body, new RegExp(`/calls/${id}`));
});

test('a change after opening needs a clarification, shown dated and announced to the challenge’s followers', async () => {
  const id = await openCall(w.h, w.careHome, w.ambassador, callInput(w.challengeId));
  await post('/api/v1/follows', w.stranger, { targetType: 'challenge', target: w.challengeId });
  const { challengeId: _, ...update } = callInput(w.challengeId, { eligibility: 'Ook consortia mogen antwoorden.' });
  const url = `/api/v1/calls/${id}`;
  const without = await w.h.app.inject({ method: 'PUT', url, headers: w.careHome.auth, payload: update });
  assert.equal(without.statusCode, 400);
  assert.equal(without.json().error.fields[0].field, 'clarification');
  const clarification = 'Consortia van meerdere aanbieders mogen nu ook antwoorden.';
  const changed = await w.h.app.inject({
    method: 'PUT',
    url,
    headers: w.careHome.auth,
    payload: { ...update, clarification },
  });
  assert.equal(changed.statusCode, 200);
  assert.equal(changed.json().clarifications[0].text, clarification);
  assert.match((await get(`/calls/${id}`)).body, /Consortia van meerdere aanbieders/);
  await w.h.services.events.settled();
  const notices = await get('/api/v1/notifications', w.stranger);
  assert.ok(notices.json().items.some((n: { text: string }) => /verduidelijking/.test(n.text)));
});

test('questions are asked until the Brussels-time deadline, then refused with a clear message', async () => {
  const questionsUntil = inDays(8, 17);
  const id = await openCall(w.h, w.careHome, w.ambassador, callInput(w.challengeId, { questionsUntil }));
  const deadline = fromBrusselsInput(questionsUntil) as Date;
  assert.notEqual(deadline.getUTCHours(), 17, 'the deadline is 17:00 in Brussels, not in UTC');
  const real = w.h.services.now;
  // The asker signs in at each moment, so the session is as fresh as the clock says.
  const askAt = async (at: Date, question: string) => {
    w.h.services.now = () => at;
    const token = await startSession(w.h.db, w.provider.id, at);
    return post(`/api/v1/calls/${id}/qa`, { auth: { authorization: `Bearer ${token}` } }, { question });
  };
  try {
    const asked = await askAt(new Date(deadline.getTime() - 60_000), 'Mag een oplossing in het Frans?');
    assert.equal(asked.statusCode, 201);
    const after = new Date(deadline.getTime() + 60_000);
    const late = await askAt(after, 'Nog een vraag na de termijn?');
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().error.id, 'questions_closed');
    assert.match(late.json().error.message, /afgesloten/);
    const token = await startSession(w.h.db, w.provider.id, after);
    const page = await w.h.app.inject({ url: `/calls/${id}`, cookies: { hd_session: token } });
    assert.doesNotMatch(page.body, /name="question"/);
    assert.match(page.body, /vragenronde is afgesloten/);
  } finally {
    w.h.services.now = real;
  }
});

test('the owner answers; the answer is public without the asker, who is told', async () => {
  const id = await openCall(w.h, w.careHome, w.ambassador, callInput(w.challengeId));
  const question = 'Moet de oplossing werken op tablets van de bewoners zelf?';
  const asked = await post(`/api/v1/calls/${id}/qa`, w.provider, { question });
  const qaId = asked.json().id;
  assert.ok(!(await get(`/api/v1/calls/${id}`)).json().answeredQuestions.length, 'not public before its answer');
  const answer = { answer: 'Nee, we voorzien zelf tablets per afdeling.' };
  assert.equal((await post(`/api/v1/calls/${id}/qa/${qaId}/answer`, w.stranger, answer)).statusCode, 403);
  assert.equal((await post(`/api/v1/calls/${id}/qa/${qaId}/answer`, w.ambassador, answer)).statusCode, 403);
  assert.equal((await post(`/api/v1/calls/${id}/qa/${qaId}/answer`, w.careHome, answer)).statusCode, 200);
  assert.equal((await post(`/api/v1/calls/${id}/qa/${qaId}/answer`, w.careHome, answer)).statusCode, 409);
  const asker = await w.h.db
    .selectFrom('people')
    .select(['display_name', 'email'])
    .where('id', '=', w.provider.id)
    .executeTakeFirstOrThrow();
  const api = await get(`/api/v1/calls/${id}`);
  const page = await get(`/calls/${id}`);
  for (const body of [api.body, page.body, (await get(`/api/v1/calls/${id}`, w.careHome)).body]) {
    assert.match(body, /tablets van de bewoners zelf/);
    assert.match(body, /tablets per afdeling/);
    assert.ok(!body.includes(asker.display_name) && !body.includes(asker.email) && !body.includes(w.provider.id));
  }
  await w.h.services.events.settled();
  const notices = await get('/api/v1/notifications', w.provider);
  assert.ok(notices.json().items.some((n: { link: string }) => n.link === `/calls/${id}#qa-${qaId}`));
});

test('a confidential challenge’s call is seen only by whom the challenge is', async () => {
  const confidential = await publish(
    w.h,
    'challenges',
    w.careHome,
    w.ambassador,
    challengeInput({ title: 'Vertrouwelijke Pangolinoproep', classification: 'confidential' }),
  );
  const id = await openCall(w.h, w.careHome, w.ambassador, callInput(confidential));
  for (const outsider of [undefined, w.stranger, w.provider, w.otherAmbassador]) {
    assert.equal((await get(`/api/v1/calls/${id}`, outsider)).statusCode, 404);
    assert.doesNotMatch((await get('/api/v1/calls', outsider)).body, /Pangolin/);
    assert.doesNotMatch((await get('/feeds/calls.atom', outsider)).body, /Pangolin/);
  }
  const page = await w.h.app.inject({ url: '/calls', cookies: { hd_session: w.stranger.token } });
  assert.doesNotMatch(page.body, /Pangolin/);
  for (const insider of [w.careHome, w.ambassador]) {
    assert.equal((await get(`/api/v1/calls/${id}`, insider)).json().challenge.title, 'Vertrouwelijke Pangolinoproep');
  }
  assert.equal((await post(`/api/v1/calls/${id}/qa`, w.stranger, { question: 'Mag ik iets vragen?' })).statusCode, 404);
});

test('the call form shows a wrong form again with its problems and stores nothing; a right one leads to the call', async () => {
  const url = `/calls/new?challenge=${w.challengeId}`;
  const { csrf, cookies } = await formSession(w.h.app, url, w.careHome.token);
  const send = (fields: [string, string][]) =>
    w.h.app.inject({
      method: 'POST',
      url,
      cookies,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams([['_csrf', csrf], ...fields]).toString(),
    });
  const fields: [string, string][] = [
    ['kind', 'request_for_information'],
    ['questionsUntil', inDays(7)],
    ['responsesUntil', inDays(6)],
    ['evaluationUntil', inDays(40)],
    ['resultDate', inDays(50)],
    ['q1Prompt', 'Welke toestellen ondersteunt u?'],
    ['q1Kind', 'choice'],
    ['q1Options', 'Tablets\nSmartphones'],
    ['c1Name', 'Prijs'],
    ['c1Weight', '100'],
    ['panel', w.careHome.id],
    ['publishResult', 'true'],
  ];
  const before = await callCount();
  const wrong = await send(fields);
  assert.equal(wrong.statusCode, 400);
  assert.match(wrong.body, /id="responsesUntil-error"/);
  assert.match(wrong.body, /Welke toestellen ondersteunt u\?/, 'the input is kept');
  assert.equal(await callCount(), before);
  const right = await send(fields.map(([k, v]): [string, string] => [k, k === 'responsesUntil' ? inDays(20) : v]));
  assert.equal(right.statusCode, 303);
  assert.match(String(right.headers.location), /^\/calls\/[0-9a-f-]{36}\?done=saved$/);
  const id = String(right.headers.location).slice(7, 43);
  const call = (await get(`/api/v1/calls/${id}`, w.careHome)).json();
  assert.deepEqual(call.questions[0].options, ['Tablets', 'Smartphones']);
  assert.deepEqual(
    call.panel.map((p: { id: string }) => p.id),
    [w.careHome.id],
  );
  assert.equal(call.publishResult, true);
});
