// The response pages through the real server, without JavaScript: the call page's way in for those who
// may respond, the form's errors at their fields with nothing stored, a draft, a PDF, submitting and
// withdrawing after its confirmation page, each with its feedback; after the deadline a clear 409.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startWorld, type World } from '../test-support/matches-world.ts';
import { formSession } from '../test-support/harness.ts';
import { multipart, samples } from '../test-support/files.ts';
import { callInput, openCall } from './test-fixtures.ts';

let w: World;
before(async () => {
  w = await startWorld();
});
after(() => w.h.close());

test('a provider drafts, attaches a PDF, submits and withdraws from the pages, with feedback and errors per field', async () => {
  const id = await openCall(w.h, w.careHome, w.ambassador, callInput(w.challengeId));
  const page = (url: string, token: string) => w.h.app.inject({ url, cookies: { hd_session: token } });
  assert.match((await page(`/calls/${id}`, w.provider.token)).body, new RegExp(`href="/calls/${id}/response"`));
  assert.doesNotMatch((await page(`/calls/${id}`, w.careHome.token)).body, /\/response"/, 'the owner does not respond');
  assert.equal((await page(`/calls/${id}/response`, w.careHome.token)).statusCode, 403);

  const form = `/calls/${id}/response`;
  const { csrf, cookies } = await formSession(w.h.app, form, w.provider.token);
  const questions = (await w.h.app.inject({ url: `/api/v1/calls/${id}`, headers: w.provider.auth })).json()
    .questions as { id: string }[];
  const [text, choice, yesNo, price] = questions.map((q) => `answer-${q.id}`) as [string, string, string, string];
  const send = (fields: [string, string][], url = form) =>
    w.h.app.inject({
      method: 'POST',
      url,
      cookies,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams([['_csrf', csrf], ...fields]).toString(),
    });
  const answers: [string, string][] = [
    ['solution', w.solutionId],
    [text, 'Beeldbellen zonder account voor de familie.'],
    [choice, 'Als dienst'],
    [yesNo, 'yes'],
    [price, '1200'],
    [`${price}-to`, '1800,50'],
  ];

  const wrong = await send([
    ['solution', w.solutionId],
    [text, 'x'.repeat(2001)],
    [price, 'veel'],
    ['intent', 'draft'],
  ]);
  assert.equal(wrong.statusCode, 400);
  assert.match(wrong.body, /class="error-summary"/);
  assert.match(wrong.body, new RegExp(`href="#${text}"`));
  assert.match(wrong.body, new RegExp(`href="#${price}"`));
  assert.match(wrong.body, /veel/, 'the input is kept');
  assert.equal((await w.h.db.selectFrom('call_responses').select('id').where('call_id', '=', id).execute()).length, 0);

  const draft = await send([...answers.slice(0, 2), ['intent', 'draft']]);
  assert.equal(draft.statusCode, 303);
  assert.equal(draft.headers.location, `${form}?done=response_saved`);
  const saved = await page(draft.headers.location as string, w.provider.token);
  assert.match(saved.body, /role="status"/);
  assert.match(saved.body, /Beeldbellen zonder account/);

  const files = multipart([
    { name: '_csrf', value: csrf },
    { name: 'files', filename: 'offerte.pdf', content: samples.pdf(), type: 'application/pdf' },
  ]);
  const attached = await w.h.app.inject({
    method: 'POST',
    url: `${form}/attachments`,
    cookies,
    headers: files.headers,
    payload: files.payload,
  });
  assert.equal(attached.headers.location, `${form}?done=response_files_added`);
  const png = multipart([
    { name: '_csrf', value: csrf },
    { name: 'files', filename: 'foto.pdf', content: samples.png(), type: 'application/pdf' },
  ]);
  const refused = await w.h.app.inject({
    method: 'POST',
    url: `${form}/attachments`,
    cookies,
    headers: png.headers,
    payload: png.payload,
  });
  assert.equal(refused.statusCode, 400);
  assert.match(refused.body, /href="#files"/);

  const submitted = await send([...answers, ['intent', 'submit']]);
  assert.equal(submitted.headers.location, `${form}?done=response_submitted`);
  const shown = await page(form, w.provider.token);
  assert.match(shown.body, /offerte\.pdf/);
  const fileId = /href="\/call-response-attachments\/([0-9a-f-]{36})"/.exec(shown.body)?.[1];
  const fileAs = (token: string) => page(`/call-response-attachments/${fileId}`, token);
  assert.equal(
    (await fileAs(w.provider.token)).headers['content-disposition']?.toString().startsWith('attachment'),
    true,
  );
  for (const who of [w.careHome, w.ambassador, w.stranger])
    assert.equal((await fileAs(who.token)).statusCode, 404, `the file is sealed from ${who.email}`);
  assert.match(shown.body, /value="1800.5"/);

  const confirm = await page(`${form}/withdraw`, w.provider.token);
  assert.equal(confirm.statusCode, 200);
  assert.match(confirm.body, new RegExp(`action="${form}/withdraw"`));
  const withdrawn = await send([], `${form}/withdraw`);
  assert.equal(withdrawn.headers.location, `${form}?done=response_withdrawn`);

  await w.h.db
    .updateTable('calls')
    .set({ questions_until: new Date(Date.now() - 120_000), responses_until: new Date(Date.now() - 60_000) })
    .where('id', '=', id)
    .execute();
  const late = await send([...answers, ['intent', 'submit']]);
  assert.equal(late.statusCode, 409);
  assert.match(late.body, /termijn voor antwoorden/);
  const status = await w.h.db
    .selectFrom('call_responses')
    .select('status')
    .where('call_id', '=', id)
    .executeTakeFirstOrThrow();
  assert.equal(status.status, 'withdrawn', 'nothing changed');
});
