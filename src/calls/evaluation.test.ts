// A call's evaluation through the real server: the conflict-of-interest gate, responses sealed until the
// deadline, scores per criterion with weighted totals and their spread, the decision by a manager on the
// panel only, frozen once confirmed, feedback e-mailed to every respondent in their own language (on the
// SMTP test server), and awards becoming accepted matches of origin 'call' with their timeline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startWorld, publish, type World } from '../test-support/matches-world.ts';
import { createOrganisation, createPerson, type TestPerson } from '../test-support/harness.ts';
import { solutionInput } from '../test-support/items.ts';
import { startMailbox, type Mailbox } from '../test-support/mailbox.ts';
import { callInput, openCall } from './test-fixtures.ts';
import { organisationOf, passDeadline, submittedResponse } from './evaluation-fixtures.ts';

let w: World;
let mailbox: Mailbox;
let colleague: TestPerson;
let french: TestPerson;
let callId: string;
let criteria: string[];
const responses: Record<'nl' | 'fr', string> = { nl: '', fr: '' };

before(async () => {
  mailbox = await startMailbox();
  w = await startWorld(mailbox.mailer);
  colleague = await createPerson(w.h.db, 'member', await organisationOf(w.h, w.careHome.id));
  const frenchOrganisation = await createOrganisation(w.h.db, 'Soins Connectés sprl');
  french = await createPerson(w.h.db, 'member', frenchOrganisation);
  await w.h.db.updateTable('people').set({ locale: 'fr' }).where('id', '=', french.id).execute();
  const frenchSolution = await publish(w.h, 'solutions', french, w.ambassador, solutionInput({ title: 'Visio Soins' }));
  const panel = [w.careHome.id, colleague.id, w.ambassador.id, w.otherAmbassador.id];
  callId = await openCall(w.h, w.careHome, w.ambassador, callInput(w.challengeId, { panel }));
  const call = await w.h.app.inject({ url: `/api/v1/calls/${callId}`, headers: w.careHome.auth });
  criteria = call.json().criteria.map((c: { id: string }) => c.id);
  responses.nl = await submittedResponse(w.h, callId, await organisationOf(w.h, w.provider.id), w.solutionId);
  responses.fr = await submittedResponse(w.h, callId, frenchOrganisation, frenchSolution);
});
after(async () => {
  await w.h.close();
  await mailbox.close();
});

const api = (method: 'GET' | 'POST' | 'PUT', path: string, who: TestPerson | null, payload?: object) =>
  w.h.app.inject({
    method,
    url: `/api/v1/calls/${callId}${path}`,
    headers: who?.auth ?? {},
    ...(payload ? { payload } : {}),
  });
const scores = (responseId: string, values: number[]) => ({
  responseId,
  scores: criteria.map((criterionId, n) => ({ criterionId, score: values[n], comment: `Toelichting ${n + 1}` })),
});

test('a panel member sees nothing before declaring; a conflict excuses; before the deadline responses stay sealed', async () => {
  assert.equal((await api('GET', '/evaluation', null)).statusCode, 401);
  assert.equal((await api('GET', '/evaluation', w.stranger)).statusCode, 403, 'not on the panel');
  const undeclared = await api('GET', '/evaluation', w.careHome);
  assert.equal(undeclared.statusCode, 403);
  assert.equal(undeclared.json().error.id, 'declaration_required');
  assert.equal((await api('PUT', '/scores', w.careHome, scores(responses.nl, [8, 6, 10]))).statusCode, 403);

  const excused = await api('POST', '/panel/declaration', w.ambassador, { conflict: 'conflict' });
  assert.equal(excused.statusCode, 200);
  assert.deepEqual(excused.json().responses, []);
  assert.equal((await api('GET', '/evaluation', w.ambassador)).json().error.id, 'excused');
  const again = await api('POST', '/panel/declaration', w.ambassador, { conflict: 'none' });
  assert.equal(again.statusCode, 409, 'a declaration is made once');
  assert.equal(again.json().error.id, 'already_declared');

  for (const member of [w.careHome, colleague, w.otherAmbassador])
    assert.equal((await api('POST', '/panel/declaration', member, { conflict: 'none' })).statusCode, 200);
  const sealed = (await api('GET', '/evaluation', w.careHome)).json();
  assert.equal(sealed.sealed, true);
  assert.deepEqual(sealed.responses, [], 'not even the owner on the panel sees a response before the deadline');
  const early = await api('PUT', '/scores', w.careHome, scores(responses.nl, [8, 6, 10]));
  assert.equal(early.statusCode, 409);
  assert.equal(early.json().error.id, 'responses_sealed');
  assert.equal((await api('PUT', '/decision', w.careHome, { decisions: [] })).statusCode, 400);
});

test('after the deadline each member scores per criterion; totals are Σ weight × score / 10 with their spread', async () => {
  await passDeadline(w.h, callId);
  const wrong = await api('PUT', '/scores', w.careHome, {
    responseId: responses.nl,
    scores: [{ criterionId: criteria[0], score: 11, comment: '' }],
  });
  assert.equal(wrong.statusCode, 400);
  const partial = await api('PUT', '/scores', w.careHome, {
    responseId: responses.nl,
    scores: [{ criterionId: criteria[0], score: 8, comment: ' ' }],
  });
  assert.equal(partial.statusCode, 400);
  const fields = partial.json().error.fields.map((f: { field: string }) => f.field);
  assert.deepEqual(fields, ['scores', 'scores.0.comment']);

  assert.equal((await api('PUT', '/scores', w.careHome, scores(responses.nl, [1, 1, 1]))).statusCode, 200);
  // A member may change their scores until the decision is confirmed: the last ones count.
  assert.equal((await api('PUT', '/scores', w.careHome, scores(responses.nl, [8, 6, 10]))).statusCode, 200);
  assert.equal((await api('PUT', '/scores', colleague, scores(responses.nl, [6, 4, 5]))).statusCode, 200);
  assert.equal((await api('PUT', '/scores', w.careHome, scores(responses.fr, [5, 5, 5]))).statusCode, 200);
  const excused = await api('PUT', '/scores', w.ambassador, scores(responses.fr, [9, 9, 9]));
  assert.equal(excused.statusCode, 403);

  const evaluation = (await api('GET', '/evaluation', colleague)).json();
  assert.equal(evaluation.sealed, false);
  const nl = evaluation.responses.find((r: { id: string }) => r.id === responses.nl);
  assert.deepEqual(nl.totals.map((t: { total: number }) => t.total).sort(), [52, 78]);
  assert.equal(nl.mean, 65);
  assert.equal(nl.min, 52);
  assert.equal(nl.max, 78);
  assert.equal(nl.standardDeviation, 13);
  assert.equal(nl.scores.length, 6, 'every member’s scores are shown to the panel');
  const fr = evaluation.responses.find((r: { id: string }) => r.id === responses.fr);
  assert.equal(fr.mean, 50);
  assert.equal(fr.standardDeviation, 0);
});

test('after the deadline the panel reads each response’s answers beside the questions and its files', async () => {
  const questions = await w.h.db
    .selectFrom('call_questions')
    .select(['id', 'prompt'])
    .where('call_id', '=', callId)
    .orderBy('position')
    .execute();
  const first = questions[0];
  assert.ok(first);
  await w.h.db
    .insertInto('call_response_answers')
    .values({
      response_id: responses.nl,
      question_id: first.id,
      text_answer: 'Tablets met één knop, al in drie woonzorgcentra.',
    })
    .execute();
  const file = await w.h.db
    .insertInto('attachments')
    .values({
      name: 'referenties.pdf',
      media_type: 'application/pdf',
      size: 2048,
      content: new Uint8Array([37, 80, 68, 70]),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await w.h.db
    .insertInto('call_response_attachments')
    .values({ response_id: responses.nl, attachment_id: file.id, position: 1 })
    .execute();

  const nl = (await api('GET', '/evaluation', colleague))
    .json()
    .responses.find((r: { id: string }) => r.id === responses.nl);
  assert.equal(nl.answers.length, questions.length, 'every question is listed, answered or not');
  assert.deepEqual(nl.answers[0].question, first.prompt);
  assert.equal(nl.answers[0].text, 'Tablets met één knop, al in drie woonzorgcentra.');
  assert.deepEqual(nl.files, [{ id: file.id, name: 'referenties.pdf', size: 2048 }]);
  const page = await w.h.app.inject({ url: `/calls/${callId}/evaluation`, headers: colleague.auth });
  assert.match(page.body, /Tablets met één knop/);
  assert.match(page.body, new RegExp(`href="/call-response-attachments/${file.id}"`));
  const download = await w.h.app.inject({ url: `/call-response-attachments/${file.id}`, headers: colleague.auth });
  assert.equal(download.statusCode, 200, 'the panel member may open the file');
});

test('only a manager on the panel decides; once confirmed feedback goes out in each language and nothing changes', async () => {
  const decisions = {
    decisions: [
      { responseId: responses.nl, decision: 'award', reasons: 'Het gebruiksgemak overtuigde het panel.' },
      { responseId: responses.fr, decision: 'no_award', reasons: 'De prijs lag te hoog.' },
    ],
  };
  assert.equal((await api('PUT', '/decision', w.otherAmbassador, decisions)).statusCode, 403, 'not a manager');
  assert.equal((await api('PUT', '/decision', w.ambassador, decisions)).statusCode, 403, 'excused manager');
  const half = await api('PUT', '/decision', w.careHome, { decisions: decisions.decisions.slice(0, 1) });
  assert.equal(half.statusCode, 200);
  const incomplete = await api('POST', '/decision/confirmation', w.careHome);
  assert.equal(incomplete.statusCode, 409);
  assert.equal(incomplete.json().error.id, 'decision_incomplete');
  const noReasons = await api('PUT', '/decision', w.careHome, {
    decisions: [{ responseId: responses.fr, decision: 'no_award', reasons: '  ' }],
  });
  assert.deepEqual(
    noReasons.json().error.fields.map((f: { field: string }) => f.field),
    ['decisions.0.reasons'],
  );
  assert.equal((await api('PUT', '/decision', w.careHome, decisions)).statusCode, 200);
  assert.equal((await api('POST', '/decision/confirmation', colleague)).statusCode, 200);

  const frozen = [
    await api('PUT', '/decision', w.careHome, decisions),
    await api('POST', '/decision/confirmation', w.careHome),
    await api('PUT', '/scores', w.careHome, scores(responses.nl, [1, 1, 1])),
  ];
  for (const response of frozen) assert.equal(response.json().error.id, 'call_decided');
  const decidedAt = (await api('GET', '/evaluation', w.careHome)).json().decidedAt;
  assert.ok(decidedAt);

  const dutch = await feedbackTo(w.provider.email, /Uw antwoord op de open oproep/);
  assert.match(dutch.text, /gegund\. Gewogen totaal 65\/100/);
  assert.match(dutch.text, /Gebruiksgemak voor bewoners: 7\/10; Prijs: 5\/10; Privacy: 7,5\/10/);
  assert.match(dutch.text, /Het gebruiksgemak overtuigde het panel\./);
  const frenchMail = await feedbackTo(french.email, /Votre réponse à l’appel ouvert/);
  assert.match(frenchMail.text, /non attribué\. Total pondéré 50\/100/);
  assert.match(frenchMail.text, /Prijs\u00a0: 5\/10/);
  assert.match(frenchMail.text, /De prijs lag te hoog\./);
  assert.ok(!frenchMail.text.includes('Het gebruiksgemak'), 'a respondent hears only their own feedback');
});

/** The first e-mail to this address whose text matches, passing over the notices before it. */
async function feedbackTo(email: string, pattern: RegExp) {
  await w.h.services.events.settled();
  for (;;) {
    const mail = await mailbox.next(email);
    if (pattern.test(mail.text)) return mail;
  }
}

test('an award becomes an accepted match from the call, on its timeline, with the response linked both ways', async () => {
  const response = await w.h.db
    .selectFrom('call_responses')
    .select(['match_id'])
    .where('id', '=', responses.nl)
    .executeTakeFirstOrThrow();
  assert.ok(response.match_id);
  const match = await w.h.app.inject({ url: `/api/v1/matches/${response.match_id}`, headers: w.provider.auth });
  assert.equal(match.statusCode, 200);
  assert.equal(match.json().origin, 'call');
  assert.equal(match.json().status, 'accepted');
  const step = match.json().timeline.find((entry: { action: string }) => entry.action === 'call');
  assert.match(step.text, /Voortgekomen uit de open oproep/);
  const none = await w.h.db
    .selectFrom('call_responses')
    .select('match_id')
    .where('id', '=', responses.fr)
    .executeTakeFirstOrThrow();
  assert.equal(none.match_id, null, 'no award, no match');
});
