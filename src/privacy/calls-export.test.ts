// Open calls in the personal data export: the public questions a person asked and the answers they wrote,
// and the responses they started as metadata (call, status, dates) — never another person's words or
// the asker's identity in someone else's export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startWorld, type World } from '../test-support/matches-world.ts';
import type { TestPerson } from '../test-support/harness.ts';
import { callInput, openCall } from '../calls/test-fixtures.ts';

let w: World;
before(async () => {
  w = await startWorld();
});
after(() => w.h.close());

const exportOf = async (who: TestPerson) =>
  (await w.h.app.inject({ url: '/api/v1/me/export', headers: who.auth })).json().calls;

test('questions asked, answers written and responses started are in their author’s export only', async () => {
  const callId = await openCall(w.h, w.careHome, w.ambassador, callInput(w.challengeId));
  const question = 'Mag een consortium van twee aanbieders samen antwoorden?';
  const asked = await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/calls/${callId}/qa`,
    headers: w.stranger.auth,
    payload: { question },
  });
  assert.equal(asked.statusCode, 201, asked.body);
  const answer = 'Ja, als één van beide het antwoord indient.';
  const answered = await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/calls/${callId}/qa/${asked.json().id}/answer`,
    headers: w.careHome.auth,
    payload: { answer },
  });
  assert.equal(answered.statusCode, 200, answered.body);
  const { organisation_id } = await w.h.db
    .selectFrom('memberships')
    .select('organisation_id')
    .where('person_id', '=', w.provider.id)
    .executeTakeFirstOrThrow();
  await w.h.db
    .insertInto('call_responses')
    .values({ call_id: callId, organisation_id, solution_id: w.solutionId, created_by: w.provider.id })
    .execute();

  const asker = await exportOf(w.stranger);
  assert.equal(asker.publicQuestions.length, 1);
  assert.equal(asker.publicQuestions[0].question, question);
  assert.equal(asker.publicQuestions[0].call_id, callId);
  assert.ok(asker.publicQuestions[0].answered_at, 'the asker sees that it was answered');
  assert.deepEqual(asker.responses, []);

  const owner = await exportOf(w.careHome);
  assert.equal(owner.publicAnswers[0].answer, answer);
  assert.deepEqual(owner.publicQuestions, []);
  assert.doesNotMatch(JSON.stringify(owner), new RegExp(w.stranger.id), 'the asker is never named to the owner');

  const provider = await exportOf(w.provider);
  assert.equal(provider.responses.length, 1);
  assert.deepEqual(Object.keys(provider.responses[0]).sort(), [
    'call_id',
    'created_at',
    'id',
    'organisation_id',
    'status',
    'submitted_at',
    'updated_at',
  ]);
  assert.equal(provider.responses[0].status, 'draft');
  assert.deepEqual(provider.publicAnswers, []);
});
