// Files attached to conversation messages, through the real server: hostile uploads refused with
// nothing written (renamed executables, markup posing as images, compressed bombs, too large, too
// many, empty), names made safe, downloads only for the conversation's readers and only as
// downloads, the page form with its CSRF token, alerts that mention files without their content,
// and files as personal data (export, erasure).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startMailbox, type Mailbox } from '../test-support/mailbox.ts';
import { solutionInput } from '../test-support/items.ts';
import { publish, startWorld, type World } from '../test-support/matches-world.ts';
import { createOrganisation, createPerson, formSession, type TestPerson } from '../test-support/harness.ts';
import { multipart, samples, type Part } from '../test-support/files.ts';

let w: World;
let mailbox: Mailbox;
let admin: TestPerson;
before(async () => {
  mailbox = await startMailbox();
  w = await startWorld(mailbox.mailer);
  await w.h.db.updateTable('people').set({ locale: 'en' }).where('id', '=', w.provider.id).execute();
  admin = await createPerson(w.h.db, 'admin');
});
after(async () => {
  await w.h.close();
  await mailbox.close();
});

const file = (filename: string, content: Buffer, type = 'application/pdf'): Part => ({
  name: 'files',
  filename,
  content,
  type,
});

function send(matchId: string, who: TestPerson, files: Part[], body = 'Zie bijlage') {
  const form = multipart([{ name: 'body', value: body }, ...files]);
  return w.h.app.inject({
    method: 'POST',
    url: `/api/v1/matches/${matchId}/conversation/messages`,
    headers: { ...who.auth, ...form.headers },
    payload: form.payload,
  });
}

const download = (attachmentId: string, who?: TestPerson) =>
  w.h.app.inject({ url: `/api/v1/conversation-attachments/${attachmentId}`, headers: who?.auth ?? {} });

async function stored() {
  const count = async (table: 'attachments' | 'conversation_messages') =>
    (await w.h.db.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
  return { files: await count('attachments'), messages: await count('conversation_messages') };
}

async function match(accept: boolean): Promise<string> {
  const solutionId = await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: `Dossier ${Math.random()}` }),
  );
  const requested = await w.h.app.inject({
    method: 'POST',
    url: '/api/v1/matches/requests',
    headers: w.careHome.auth,
    payload: { challengeId: w.challengeId, solutionId },
  });
  const id = requested.json().id as string;
  if (accept) {
    await w.h.app.inject({
      method: 'POST',
      url: `/api/v1/matches/${id}/decision`,
      headers: w.provider.auth,
      payload: { decision: 'accept' },
    });
    await w.h.services.events.settled();
  }
  return id;
}

test('before both sides accepted nobody attaches anything: parties 403, an outsider 404, nothing stored', async () => {
  const id = await match(false);
  const before = await stored();
  assert.equal((await send(id, w.careHome, [file('plan.pdf', samples.pdf())])).statusCode, 403);
  assert.equal((await send(id, w.stranger, [file('plan.pdf', samples.pdf())])).statusCode, 404);
  assert.deepEqual(await stored(), before);
});

test('a PDF and a PNG are attached, listed with safe names, and downloaded only as downloads', async () => {
  const id = await match(true);
  const sent = await send(id, w.provider, [
    file('../../etc/offerte.pdf', samples.pdf()),
    file('C:\\Users\\x\\schema\u0000.png', samples.png(), 'image/png'),
  ]);
  assert.equal(sent.statusCode, 201, sent.body);
  const attachments = sent.json().attachments as { id: string; name: string; mediaType: string; size: number }[];
  assert.deepEqual(
    attachments.map((a) => [a.name, a.mediaType, a.size]),
    [
      ['offerte.pdf', 'application/pdf', samples.pdf().length],
      ['schema.png', 'image/png', samples.png().length],
    ],
  );
  const got = await download(attachments[0]!.id, w.careHome);
  assert.equal(got.statusCode, 200);
  assert.deepEqual(got.rawPayload, samples.pdf());
  assert.equal(got.headers['content-type'], 'application/pdf');
  assert.equal(got.headers['content-disposition'], `attachment; filename="offerte.pdf"; filename*=UTF-8''offerte.pdf`);
  assert.equal(got.headers['x-content-type-options'], 'nosniff');
  assert.match(String(got.headers['content-security-policy']), /default-src 'none'; sandbox/);
  const page = await w.h.app.inject({
    url: `/conversation-attachments/${attachments[1]!.id}`,
    cookies: { hd_session: w.ambassador.token },
  });
  assert.equal(page.statusCode, 200);
  assert.match(String(page.headers['content-disposition']), /^attachment; filename="schema.png"/);
});

test('nobody outside the conversation downloads a file: outsiders and other ambassadors 404, admins 403, anonymous 401', async () => {
  const id = await match(true);
  const sent = await send(id, w.careHome, [file('intern.pdf', samples.pdf())]);
  const attachmentId = sent.json().attachments[0].id as string;
  const thirdOrganisation = await createPerson(w.h.db, 'member', await createOrganisation(w.h.db, 'Nieuwsgierig bv'));
  for (const who of [w.stranger, thirdOrganisation, w.otherAmbassador])
    assert.equal((await download(attachmentId, who)).statusCode, 404, who.email);
  assert.equal((await download(attachmentId, admin)).statusCode, 403);
  assert.equal((await download(attachmentId)).statusCode, 401);
  const unknown = await download('00000000-0000-4000-8000-000000000000', w.careHome);
  assert.equal(unknown.statusCode, 404);
});

test('hostile files are refused by their content, each named, and nothing is written', async () => {
  const id = await match(true);
  const before = await stored();
  const cases: [string, Part, string][] = [
    ['an executable renamed .pdf', file('offerte.pdf', samples.exe()), 'attachment.wrong_type'],
    ['HTML posing as an image', file('foto.png', samples.html(), 'image/png'), 'attachment.wrong_type'],
    ['SVG posing as an image', file('logo.png', samples.svg(), 'image/png'), 'attachment.wrong_type'],
    ['a gzip bomb named .pdf', file('bom.pdf', samples.gzipBomb()), 'attachment.wrong_type'],
    ['a zip bomb named .pdf', file('bom2.pdf', samples.zipBomb()), 'attachment.wrong_type'],
    ['an empty file', file('leeg.pdf', Buffer.alloc(0)), 'attachment.empty'],
  ];
  for (const [what, part, reason] of cases) {
    const refused = await send(id, w.provider, [file('goed.pdf', samples.pdf()), part]);
    assert.equal(refused.statusCode, 400, what);
    assert.deepEqual(
      refused.json().error.fields.map((f: { field: string }) => f.field),
      ['files'],
      what,
    );
    assert.ok(refused.json().error.fields[0].message.length > 0, what);
    const [problem] = (await w.h.db.selectFrom('attachments').select('id').execute()).slice(before.files);
    assert.equal(problem, undefined, `${what}: ${reason}`);
  }
  assert.deepEqual(await stored(), before);
});

test('a file over 10 MB and a sixth file are refused while streaming, and nothing is written', async () => {
  const id = await match(true);
  const before = await stored();
  const large = await send(id, w.provider, [
    file('groot.pdf', Buffer.concat([samples.pdf(), Buffer.alloc(10 * 1024 * 1024)])),
  ]);
  assert.equal(large.statusCode, 400);
  assert.match(large.json().error.fields[0].message, /groot\.pdf.*10 MB/);
  const six = Array.from({ length: 6 }, (_, n) => file(`deel-${n}.pdf`, samples.pdf()));
  const tooMany = await send(id, w.provider, six);
  assert.equal(tooMany.statusCode, 400);
  assert.match(tooMany.json().error.fields[0].message, /5/);
  assert.deepEqual(await stored(), before);
  const exactlyFive = await send(id, w.provider, six.slice(0, 5));
  assert.equal(exactlyFive.statusCode, 201);
  assert.equal(exactlyFive.json().attachments.length, 5);
});

test('the page form attaches a file with its CSRF token; without the token nothing is read or written', async () => {
  const id = await match(true);
  const { csrf, cookies } = await formSession(w.h.app, `/matches/${id}/conversation`, w.careHome.token);
  const page = await w.h.app.inject({ url: `/matches/${id}/conversation`, cookies });
  assert.match(page.body, /enctype="multipart\/form-data"/);
  assert.match(page.body, /type="file" id="files" name="files" multiple/);
  const before = await stored();
  const forged = multipart([{ name: 'body', value: 'Vervalst' }, file('x.pdf', samples.pdf())]);
  const refused = await w.h.app.inject({
    method: 'POST',
    url: `/matches/${id}/conversation/messages`,
    cookies,
    headers: forged.headers,
    payload: forged.payload,
  });
  assert.equal(refused.statusCode, 403);
  // The token must come before the files, as the form sends it: a file first is not read to find it.
  const fileFirst = multipart([
    file('x.pdf', samples.pdf()),
    { name: '_csrf', value: csrf },
    { name: 'body', value: 'Later' },
  ]);
  const late = await w.h.app.inject({
    method: 'POST',
    url: `/matches/${id}/conversation/messages`,
    cookies,
    headers: fileFirst.headers,
    payload: fileFirst.payload,
  });
  assert.equal(late.statusCode, 403);
  assert.deepEqual(await stored(), before);
  const form = multipart([
    { name: '_csrf', value: csrf },
    { name: 'body', value: 'Het plan zit erbij' },
    file('plan van aanpak.pdf', samples.pdf()),
    { name: 'files', filename: '', content: Buffer.alloc(0) },
  ]);
  const posted = await w.h.app.inject({
    method: 'POST',
    url: `/matches/${id}/conversation/messages`,
    cookies,
    headers: form.headers,
    payload: form.payload,
  });
  assert.equal(posted.statusCode, 303, posted.body);
  const shown = await w.h.app.inject({ url: String(posted.headers.location).split('#')[0]!, cookies });
  assert.match(shown.body, /<a href="\/conversation-attachments\/[0-9a-f-]+" download="plan van aanpak.pdf">/);
  const wrong = multipart([
    { name: '_csrf', value: csrf },
    { name: 'body', value: 'Blijft staan' },
    file('f.pdf', samples.html()),
  ]);
  const again = await w.h.app.inject({
    method: 'POST',
    url: `/matches/${id}/conversation/messages`,
    cookies,
    headers: wrong.headers,
    payload: wrong.payload,
  });
  assert.equal(again.statusCode, 400);
  assert.match(again.body, /„f.pdf” is geen bestand van een toegelaten soort \(PDF, PNG, JPG\)/);
  assert.match(again.body, />Blijft staan<\/textarea>/);
});

test('an alert mentions the attachments, not their names or content', async () => {
  const id = await match(true);
  await send(id, w.careHome, [
    file('geheim-contract.pdf', samples.pdf()),
    file('foto.jpg', samples.jpeg(), 'image/jpeg'),
  ]);
  for (;;) {
    const mail = await mailbox.next(w.provider.email);
    if (!mail.text.includes(`/matches/${id}/conversation`)) continue;
    assert.match(mail.text, /\(with 2 attachments\)/);
    assert.ok(!mail.text.includes('geheim-contract'));
    assert.ok(!mail.text.includes('%PDF'));
    break;
  }
});

test('a hidden message’s files are no longer downloaded; erasing the author deletes them, the export lists them', async () => {
  const id = await match(true);
  const hiddenOne = (await send(id, w.careHome, [file('weg.pdf', samples.pdf())])).json();
  await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/conversation-messages/${hiddenOne.id}/hide`,
    headers: w.ambassador.auth,
  });
  assert.equal((await download(hiddenOne.attachments[0].id, w.provider)).statusCode, 404);
  const membership = await w.h.db
    .selectFrom('memberships')
    .select('organisation_id')
    .where('person_id', '=', w.provider.id)
    .executeTakeFirstOrThrow();
  const leaving = await createPerson(w.h.db, 'member', membership.organisation_id);
  const theirs = (await send(id, leaving, [file('cv.pdf', samples.pdf())], 'Mijn cv')).json();
  const exported = (await w.h.app.inject({ url: '/api/v1/me/export', headers: leaving.auth })).json();
  assert.deepEqual(exported.conversationMessages[0].attachments, [
    { name: 'cv.pdf', mediaType: 'application/pdf', size: samples.pdf().length },
  ]);
  const erased = await w.h.app.inject({
    method: 'DELETE',
    url: '/api/v1/me',
    headers: leaving.auth,
    payload: { password: 'correct horse battery staple' },
  });
  assert.equal(erased.statusCode, 204);
  assert.equal((await download(theirs.attachments[0].id, w.careHome)).statusCode, 404);
  const left = await w.h.db.selectFrom('attachments').select('id').where('id', '=', theirs.attachments[0].id).execute();
  assert.equal(left.length, 0, 'the bytes went with the account');
  const items = (
    await w.h.app.inject({ url: `/api/v1/matches/${id}/conversation/messages`, headers: w.careHome.auth })
  ).json().items;
  assert.deepEqual(items.at(-1).attachments, []);
  assert.equal(items.at(-1).shown, 'erased');
});

test('deleting a match deletes the files of its messages, not only the links to them', async () => {
  const id = await match(true);
  const sent = (await send(id, w.careHome, [file('bijlage.pdf', samples.pdf())])).json();
  await w.h.db.deleteFrom('matches').where('id', '=', id).execute();
  const left = await w.h.db.selectFrom('attachments').select('id').where('id', '=', sent.attachments[0].id).execute();
  assert.equal(left.length, 0);
});
