// Responses to open calls through the real server: a provider drafts, submits, changes and withdraws its
// response until the deadline and is refused after it with nothing changed; answers are checked per
// question kind with every wrong field named; the response and its PDF files stay sealed to the responding
// organisation until the deadline; hostile uploads store nothing; a call's questions lock once answered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startWorld, publish, type World } from '../test-support/matches-world.ts';
import { solutionInput } from '../test-support/items.ts';
import { createOrganisation, createPerson, type TestPerson } from '../test-support/harness.ts';
import { multipart, samples, type Part } from '../test-support/files.ts';
import { callInput, openCall } from './test-fixtures.ts';

let w: World;
let admin: TestPerson;
let rival: TestPerson;
let rivalSolution: string;
before(async () => {
  w = await startWorld();
  admin = await createPerson(w.h.db, 'admin');
  rival = await createPerson(w.h.db, 'member', await createOrganisation(w.h.db, 'Concurrent nv'));
  rivalSolution = await publish(w.h, 'solutions', rival, w.ambassador, solutionInput({ title: 'Andere oplossing' }));
});
after(() => w.h.close());

type Who = TestPerson | null;
const call = (method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, who: Who, payload?: object) =>
  w.h.app.inject({ method, url, headers: who?.auth ?? {}, ...(payload ? { payload } : {}) });
const pdf = (filename: string, content = samples.pdf(), type = 'application/pdf'): Part => ({
  name: 'files',
  filename,
  content,
  type,
});
const attach = (id: string, who: Who, files: Part[]) => {
  const form = multipart(files);
  return w.h.app.inject({
    method: 'POST',
    url: `/api/v1/calls/${id}/responses/attachments`,
    headers: { ...(who?.auth ?? {}), ...form.headers },
    payload: form.payload,
  });
};
const download = (fileId: string, who: Who) => call('GET', `/api/v1/call-response-attachments/${fileId}`, who);
const fieldsOf = (response: { json: () => { error: { fields: { field: string }[] } } }) =>
  response.json().error.fields.map((f) => f.field);
const count = async (table: 'attachments' | 'call_responses' | 'call_response_answers') =>
  (await w.h.db.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
const noticesOf = async (who: TestPerson, kind: string) =>
  (
    await w.h.db
      .selectFrom('notifications')
      .select('id')
      .where('person_id', '=', who.id)
      .where('kind', '=', kind)
      .execute()
  ).length;

async function questionsOf(id: string) {
  const got = await call('GET', `/api/v1/calls/${id}`, w.provider);
  return got.json().questions as { id: string; kind: string }[];
}

/** Answers to the fixture's four questions: text, choice, yes/no, price range. */
function answers(questions: { id: string }[], change: Record<number, object> = {}) {
  const given = [
    { text: 'Beeldbellen zonder account, draait in twaalf woonzorgcentra.' },
    { choice: 'Als dienst' },
    { yesNo: true },
    { priceFrom: 1200, priceTo: 1800.5 },
  ];
  return questions.map((q, n) => ({ questionId: q.id, ...(change[n] ?? given[n]) }));
}

async function pastDeadline(id: string) {
  const past = new Date(Date.now() - 60_000);
  await w.h.db
    .updateTable('calls')
    .set({ questions_until: new Date(Date.now() - 120_000), responses_until: past })
    .where('id', '=', id)
    .execute();
}

test('a provider drafts, submits, changes and withdraws; sealed from everyone else until the deadline; late refused', async () => {
  const id = await openCall(
    w.h,
    w.careHome,
    w.ambassador,
    callInput(w.challengeId, { panel: [w.careHome.id, w.ambassador.id] }),
  );
  await w.h.db
    .updateTable('call_panel_members')
    .set({ conflict: 'none', declared_at: new Date() })
    .where('call_id', '=', id)
    .where('person_id', '=', w.careHome.id)
    .execute();
  const url = `/api/v1/calls/${id}/responses`;
  const questions = await questionsOf(id);
  assert.equal((await call('GET', url, w.provider)).statusCode, 404, 'no response yet');
  assert.equal(
    (await call('PUT', url, w.careHome, { solutionId: w.solutionId, answers: [] })).statusCode,
    403,
    'the owner does not respond',
  );
  assert.equal((await call('PUT', url, null, { solutionId: w.solutionId, answers: [] })).statusCode, 401);

  const draft = await call('PUT', url, w.provider, {
    solutionId: w.solutionId,
    answers: answers(questions).slice(0, 1),
  });
  assert.equal(draft.statusCode, 200, draft.body);
  assert.equal(draft.json().status, 'draft');
  assert.equal(draft.json().answers.length, 1);
  const incomplete = await call('POST', url, w.provider, {
    solutionId: w.solutionId,
    answers: answers(questions).slice(0, 1),
  });
  assert.equal(incomplete.statusCode, 400);
  assert.deepEqual(
    fieldsOf(incomplete),
    questions.slice(1).map((q) => `answer-${q.id}`),
  );
  assert.equal((await call('GET', url, w.provider)).json().status, 'draft', 'nothing changed');

  const submitted = await call('POST', url, w.provider, { solutionId: w.solutionId, answers: answers(questions) });
  assert.equal(submitted.statusCode, 200, submitted.body);
  assert.equal(submitted.json().status, 'submitted');
  assert.deepEqual(
    submitted.json().answers.find((a: { priceTo: number | null }) => a.priceTo !== null).priceTo,
    1800.5,
  );
  assert.equal(await noticesOf(w.provider, 'call_response_submitted'), 1, 'the organisation is told');
  const file = await attach(id, w.provider, [pdf('../../offerte.pdf')]);
  assert.equal(file.statusCode, 201, file.body);
  const fileId = file.json().attachments[0].id as string;
  assert.equal(file.json().attachments[0].name, 'offerte.pdf');
  assert.equal((await download(fileId, w.provider)).statusCode, 200);

  for (const who of [w.careHome, w.ambassador, w.otherAmbassador, admin, rival, w.stranger]) {
    assert.equal((await download(fileId, who)).statusCode, 404, `download sealed for ${who.email}`);
    assert.notEqual((await call('GET', url, who)).statusCode, 200, `response sealed for ${who.email}`);
  }
  assert.equal((await download(fileId, null)).statusCode, 401);
  for (const page of [`/calls/${id}`, `/calls/${id}/response`]) {
    const seen = await w.h.app.inject({ url: page, cookies: { hd_session: admin.token } });
    assert.ok(!seen.body.includes('Beeldbellen zonder account'), `${page} shows no answer to an admin`);
  }

  const changed = await call('PUT', url, w.provider, {
    solutionId: w.solutionId,
    answers: answers(questions, { 2: { yesNo: false } }),
  });
  assert.equal(changed.json().status, 'submitted', 'a change keeps it submitted');
  assert.equal(changed.json().answers.find((a: { yesNo: boolean | null }) => a.yesNo !== null).yesNo, false);
  const emptied = await call('PUT', url, w.provider, {
    solutionId: w.solutionId,
    answers: answers(questions).slice(0, 2),
  });
  assert.equal(emptied.statusCode, 400, 'a submitted response stays complete');

  const edit = (input: object) => call('PUT', `/api/v1/calls/${id}`, w.careHome, input);
  const fewer = await edit({
    ...callInput(w.challengeId, { panel: [w.careHome.id, w.ambassador.id] }),
    questions: callInput(w.challengeId).questions.slice(0, 2),
    clarification: 'Minder vragen.',
  });
  assert.equal(fewer.statusCode, 409);
  assert.equal(fewer.json().error.id, 'questions_locked');
  const weights = await edit({
    ...callInput(w.challengeId),
    criteria: [{ name: 'Prijs', weight: 100 }],
    clarification: 'Alleen de prijs.',
  });
  assert.equal(weights.statusCode, 409, 'criteria are locked too');
  const eligibility = await edit({
    ...callInput(w.challengeId, { panel: [w.careHome.id, w.ambassador.id] }),
    eligibility: 'Ook kleine aanbieders.',
    clarification: 'Ruimere doelgroep.',
  });
  assert.equal(eligibility.statusCode, 200, eligibility.body);
  assert.equal((await call('GET', url, w.provider)).json().answers.length, 4, 'answers survive an edit');
  assert.equal(await noticesOf(w.provider, 'call_clarified'), 1, 'respondents hear of clarifications');

  const rivalUrl = url;
  await call('PUT', rivalUrl, rival, { solutionId: rivalSolution, answers: answers(questions) });
  const withdrawn = await call('DELETE', rivalUrl, rival);
  assert.equal(withdrawn.json().status, 'withdrawn');
  assert.equal((await call('GET', url, w.provider)).json().status, 'submitted', 'each organisation its own response');

  await pastDeadline(id);
  const before = await count('call_response_answers');
  for (const late of [
    await call('PUT', url, w.provider, {
      solutionId: w.solutionId,
      answers: answers(questions, { 0: { text: 'Te laat.' } }),
    }),
    await call('POST', url, w.provider, { solutionId: w.solutionId, answers: answers(questions) }),
    await call('DELETE', url, w.provider),
    await attach(id, w.provider, [pdf('laat.pdf')]),
    await call('DELETE', `${url}/attachments/${fileId}`, w.provider),
  ]) {
    assert.equal(late.statusCode, 409, late.body);
    assert.equal(late.json().error.id, 'responses_closed');
    assert.match(late.json().error.message, /deadline|termijn|délai/);
  }
  const after = await call('GET', url, w.provider);
  assert.equal(after.json().status, 'submitted');
  assert.equal(after.json().mayChange, false);
  assert.equal(after.json().answers[0].text, (answers(questions)[0] as { text?: string }).text, 'nothing changed');
  assert.equal(await count('call_response_answers'), before);
  assert.equal(
    (await download(fileId, w.careHome)).statusCode,
    200,
    'after the deadline the declared panel member reads it',
  );
  for (const who of [w.ambassador, admin, rival])
    assert.equal((await download(fileId, who)).statusCode, 404, who.email);
});

test('answers are checked per question kind, every wrong field named, nothing stored', async () => {
  const id = await openCall(w.h, w.careHome, w.ambassador, callInput(w.challengeId));
  const url = `/api/v1/calls/${id}/responses`;
  const questions = await questionsOf(id);
  const before = await count('call_responses');
  const wrong = await call('PUT', url, w.provider, {
    solutionId: rivalSolution,
    answers: [
      ...answers(questions, {
        0: { text: 'x'.repeat(2001) },
        1: { choice: 'Per post' },
        3: { priceFrom: 500, priceTo: 100 },
      }),
      { questionId: '00000000-0000-4000-8000-000000000000', text: 'Extra' },
    ],
  });
  assert.equal(wrong.statusCode, 400);
  assert.deepEqual(
    fieldsOf(wrong).sort(),
    [
      'answers',
      'solution',
      `answer-${questions[0]?.id}`,
      `answer-${questions[1]?.id}`,
      `answer-${questions[3]?.id}`,
    ].sort(),
  );
  const negative = await call('POST', url, w.provider, {
    solutionId: w.solutionId,
    answers: answers(questions, { 3: { priceFrom: -5, priceTo: 10 } }),
  });
  assert.deepEqual(fieldsOf(negative), [`answer-${questions[3]?.id}`]);
  const halfPrice = await call('POST', url, w.provider, {
    solutionId: w.solutionId,
    answers: answers(questions, { 3: { priceFrom: 5 } }),
  });
  assert.deepEqual(fieldsOf(halfPrice), [`answer-${questions[3]?.id}`], 'a submitted price range has both ends');
  const notBoolean = await call('PUT', url, w.provider, {
    solutionId: w.solutionId,
    answers: answers(questions, { 2: { yesNo: 'misschien' } }),
  });
  assert.equal(notBoolean.statusCode, 400);
  assert.equal(await count('call_responses'), before);
  const unverified = await createPerson(w.h.db, 'member', await createOrganisation(w.h.db, 'Onbevestigd bv'));
  await w.h.db.updateTable('people').set({ email_verified_at: null }).where('id', '=', unverified.id).execute();
  assert.equal((await call('PUT', url, unverified, { solutionId: w.solutionId, answers: [] })).statusCode, 403);
});

test('hostile uploads are refused by content and limits, and nothing is stored', async () => {
  const id = await openCall(w.h, w.careHome, w.ambassador, callInput(w.challengeId));
  const questions = await questionsOf(id);
  assert.equal((await attach(id, w.provider, [pdf('vroeg.pdf')])).statusCode, 404, 'save the response first');
  await call('PUT', `/api/v1/calls/${id}/responses`, w.provider, {
    solutionId: w.solutionId,
    answers: answers(questions),
  });
  const before = await count('attachments');
  // Each refusal names the file (its last path segment only) or the limit.
  const cases: [string, Part[], RegExp][] = [
    ['an executable renamed .pdf', [pdf('offerte.pdf', samples.exe())], /offerte\.pdf.*PDF/],
    ['a PNG', [pdf('schema.png', samples.png(), 'image/png')], /schema\.png.*PDF/],
    ['a zip bomb named .pdf', [pdf('bom.pdf', samples.zipBomb())], /bom\.pdf/],
    ['HTML named ../../index.pdf', [pdf('../../index.pdf', samples.html())], /^[^/]*index\.pdf[^/]*$/],
    [
      'over 10 MB',
      [pdf('groot.pdf', Buffer.concat([samples.pdf(), Buffer.alloc(10 * 1024 * 1024)]))],
      /groot\.pdf.*10 MB/,
    ],
    ['six files', [1, 2, 3, 4, 5, 6].map((n) => pdf(`${n}.pdf`)), /5/],
  ];
  for (const [what, files, message] of cases) {
    const refused = await attach(id, w.provider, files);
    assert.equal(refused.statusCode, 400, what);
    assert.deepEqual(fieldsOf(refused), ['files'], what);
    assert.match(refused.json().error.fields[0].message, message, what);
    assert.equal(await count('attachments'), before, `${what}: nothing stored`);
  }
  assert.equal(
    (
      await attach(
        id,
        w.provider,
        [1, 2, 3, 4].map((n) => pdf(`${n}.pdf`)),
      )
    ).statusCode,
    201,
  );
  const sixth = await attach(id, w.provider, [pdf('5.pdf'), pdf('6.pdf')]);
  assert.equal(sixth.statusCode, 400, 'five per response in all');
  assert.equal(await count('attachments'), before + 4);
  const own = (await call('GET', `/api/v1/calls/${id}/responses`, w.provider)).json();
  const removed = await call(
    'DELETE',
    `/api/v1/calls/${id}/responses/attachments/${own.attachments[0].id}`,
    w.provider,
  );
  assert.equal(removed.json().attachments.length, 3);
  assert.equal(await count('attachments'), before + 3, 'the file goes with its link');
});
