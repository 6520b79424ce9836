// The demo content's open calls through the real server: one in its questions phase and one taking
// responses, both listed and filterable by phase, with answered questions and a clarification.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startLiveServer, type LiveServer } from '../test-support/browser.ts';

let server: LiveServer;
before(async () => {
  server = await startLiveServer();
});
after(() => server.close());

test('the demo shows an open call taking questions and one taking responses, with public answers', async () => {
  const list = (await server.app.inject({ url: '/api/v1/calls' })).json().items as {
    id: string;
    phase: string;
    answeredQuestions: unknown[];
    clarifications: unknown[];
  }[];
  assert.deepEqual(list.map((c) => c.phase).sort(), ['questions', 'responses']);
  assert.ok(list.every((c) => c.answeredQuestions.length === 1));
  assert.equal(list.find((c) => c.phase === 'responses')?.clarifications.length, 1);
  const questions = await server.app.inject({ url: '/api/v1/calls?phase=questions' });
  assert.equal(questions.json().items.length, 1);
  const page = await server.app.inject({ url: '/calls?phase=responses' });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Informatieaanvraag/);
  assert.doesNotMatch(page.body, /Marktconsultatie:/);
});
