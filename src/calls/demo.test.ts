// The demo content's open calls through the real server: one in each phase — taking questions, taking
// responses (both listed and filterable by phase, with answered questions and a clarification), in
// evaluation (two submitted responses with answers, the panel declared, some scores) and decided (every
// score in, decisions with reasons, the award's accepted match of origin 'call', feedback to respondents).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startLiveServer, type LiveServer } from '../test-support/browser.ts';
import { startSession } from '../accounts/session.ts';

let server: LiveServer;
before(async () => {
  server = await startLiveServer();
});
after(() => server.close());

interface Listed {
  id: string;
  phase: string;
  answeredQuestions: unknown[];
  clarifications: unknown[];
}

test('the demo shows an open call in every phase, the early ones with public answers', async () => {
  const list = (await server.app.inject({ url: '/api/v1/calls' })).json().items as Listed[];
  assert.deepEqual(list.map((c) => c.phase).sort(), ['decided', 'evaluation', 'questions', 'responses']);
  const decided = await server.app.inject({ url: '/calls?phase=decided' });
  assert.match(decided.body, /Hotelbedden/, 'a decided call says so, though its result date is still ahead');
  const early = list.filter((c) => c.phase === 'questions' || c.phase === 'responses');
  assert.ok(early.every((c) => c.answeredQuestions.length === 1));
  assert.equal(list.find((c) => c.phase === 'responses')?.clarifications.length, 1);
  const questions = await server.app.inject({ url: '/api/v1/calls?phase=questions' });
  assert.equal(questions.json().items.length, 1);
  const page = await server.app.inject({ url: '/calls?phase=responses' });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Informatieaanvraag/);
  assert.match(page.body, /Antwoorden tot/);
  const later = (await server.app.inject({ url: '/calls?phase=evaluation' })).body;
  assert.match(later, /Antwoorden gesloten op/, 'a card past its deadline says when responses closed');
  assert.doesNotMatch(later, /Antwoorden tot/);
  assert.doesNotMatch(page.body, /Marktconsultatie:/);
  for (const call of list) assert.equal((await server.app.inject({ url: `/calls/${call.id}` })).statusCode, 200);
});

test('the call in evaluation has two submitted responses with answers, a declared panel and some scores', async () => {
  const { db } = server.services;
  const list = (await server.app.inject({ url: '/api/v1/calls?phase=evaluation' })).json().items as Listed[];
  const id = list[0]?.id as string;
  const responses = await db.selectFrom('call_responses').selectAll().where('call_id', '=', id).execute();
  assert.deepEqual(
    responses.map((r) => r.status),
    ['submitted', 'submitted'],
  );
  const answers = await db
    .selectFrom('call_response_answers')
    .select('response_id')
    .where(
      'response_id',
      'in',
      responses.map((r) => r.id),
    )
    .execute();
  assert.ok(answers.length >= 6, 'every question answered by both');
  const panel = await db.selectFrom('call_panel_members').selectAll().where('call_id', '=', id).execute();
  assert.ok(panel.length > 0 && panel.every((p) => p.conflict === 'none' && p.declared_at));
  const scores = await db
    .selectFrom('call_scores')
    .select('score')
    .where(
      'response_id',
      'in',
      responses.map((r) => r.id),
    )
    .execute();
  assert.ok(scores.length > 0, 'some scores');
  assert.ok(responses.every((r) => r.decision === null));
});

test('the decided call has every score, decisions with reasons, the award’s match and the feedback', async () => {
  const { db } = server.services;
  const list = (await server.app.inject({ url: '/api/v1/calls?phase=decided' })).json().items as Listed[];
  const id = list[0]?.id as string;
  const call = await db.selectFrom('calls').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  assert.ok(call.decided_at && call.decided_by);
  const responses = await db.selectFrom('call_responses').selectAll().where('call_id', '=', id).execute();
  assert.equal(responses.length, 2);
  assert.ok(responses.every((r) => r.decision && r.decision_reasons));
  const criteria = await db.selectFrom('call_criteria').select('id').where('call_id', '=', id).execute();
  const panel = await db.selectFrom('call_panel_members').select('person_id').where('call_id', '=', id).execute();
  const scores = await db
    .selectFrom('call_scores')
    .select('score')
    .where(
      'response_id',
      'in',
      responses.map((r) => r.id),
    )
    .execute();
  assert.equal(scores.length, responses.length * criteria.length * panel.length, 'scores complete');
  const award = responses.find((r) => r.decision === 'award');
  assert.ok(award?.match_id);
  const match = await db.selectFrom('matches').selectAll().where('id', '=', award.match_id).executeTakeFirstOrThrow();
  assert.equal(match.origin, 'call');
  assert.equal(match.status, 'accepted');
  const feedback = await db
    .selectFrom('notifications')
    .select('params')
    .where('kind', '=', 'call_feedback')
    .where('link', '=', `/calls/${id}`)
    .execute();
  assert.ok(feedback.length > 0, 'the demo provider received its feedback');
  const as = async (email: string) => {
    const person = await db.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    return { hd_session: await startSession(db, person.id, new Date()) };
  };
  const timeline = await server.app.inject({
    url: `/matches/${award.match_id}`,
    cookies: await as('ambassadeur@helemaaldigitaal.example'),
  });
  assert.match(timeline.body, /Voortgekomen uit de open oproep op “Hotelbedden/);
  const inbox = await server.app.inject({ url: '/notifications', cookies: await as('info@zilverlijn.example') });
  assert.match(inbox.body, /niet gegund/);
});

test('a search on the open calls finds them by their challenge in another language, best first', async () => {
  const titles = async (q: string) =>
    ((await server.app.inject({ url: `/api/v1/calls?q=${encodeURIComponent(q)}` })).json().items as Titled[]).map(
      (c) => c.challenge.title,
    );
  assert.match((await titles('loneliness'))[0] ?? '', /eenzaamheid/);
  assert.match((await titles('détection de chute'))[0] ?? '', /valdetectie/);
  assert.match((await titles('distance learning'))[0] ?? '', /Afstandsonderwijs/);
  const page = await server.app.inject({ url: '/calls?q=solitude' });
  assert.equal(page.statusCode, 200);
  const main = page.body.slice(page.body.indexOf('</aside>'));
  assert.match(main, /eenzaamheid/);
  const hotel = main.indexOf('Hotelbedden');
  assert.ok(hotel === -1 || hotel > main.indexOf('eenzaamheid'), 'the call on loneliness comes first');
  assert.match(page.body, /value="solitude"/, 'the search box keeps the words');
});

interface Titled {
  challenge: { title: string };
}
