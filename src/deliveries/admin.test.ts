// The administrators' deliveries page: dead letters and dead e-mails are shown, only to admins, and
// replaying one (a CSRF-protected form) makes it due again now.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, createPerson, formSession, type Harness, type TestPerson } from '../test-support/harness.ts';
import { consumerStates, recordEvent, recordFailure } from '../events/repository.ts';
import { markFailed, queueMail } from '../notifications/outgoing-repository.ts';
import type { Mailer, OutgoingMail } from '../shared/mail.ts';

/** A mail server that is down until the test brings it back. */
const mailServer = { up: false, received: [] as OutgoingMail[] };
const mailer: Mailer = {
  async send(mail) {
    if (!mailServer.up) throw new Error('connect ECONNREFUSED 127.0.0.1:2525');
    mailServer.received.push(mail);
  },
  close() {},
};

let h: Harness;
let admin: TestPerson;
let member: TestPerson;
/** Not a consumer of this instance: a replayed failure of it stays waiting, so the test sees it due. */
const RETIRED_CONSUMER = 'retired-consumer';
const ERROR = 'SMTP <unreachable> at 127.0.0.1:2525';

async function deadLetter(consumer: string): Promise<number> {
  const position = await h.db.transaction().execute(async (tx) => {
    await recordEvent(tx, {
      type: 'item.changed',
      kind: 'challenge',
      id: '7d9f6f1c-3a52-4b8e-9c1e-2f4a6b8d0e13',
      status: 'published',
      quiet: true,
    });
    const row = await tx
      .selectFrom('domain_events')
      .select('position')
      .orderBy('position', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    return Number(row.position);
  });
  await recordFailure(h.db, { consumer, position, error: ERROR, delaySeconds: 0, dead: true });
  return position;
}

async function deadMail(to: string): Promise<string> {
  await queueMail(h.db, `test:${to}`, null, { to, subject: 'Introductie', text: 'Hallo', html: '<p>Hallo</p>' });
  const { id } = await h.db
    .selectFrom('outgoing_mails')
    .select('id')
    .where('recipient', '=', to)
    .executeTakeFirstOrThrow();
  await markFailed(h.db, id, { error: 'Connection refused', delaySeconds: 0, dead: true });
  return id;
}

const page = (person: TestPerson, url = '/admin/deliveries') =>
  h.app.inject({ method: 'GET', url, cookies: { hd_session: person.token } });

async function replay(url: string, withCsrf = true) {
  const { csrf, cookies } = await formSession(h.app, '/admin/deliveries', admin.token);
  return h.app.inject({
    method: 'POST',
    url,
    cookies,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(withCsrf ? { _csrf: csrf } : {}).toString(),
  });
}

before(async () => {
  h = await startHarness({}, mailer);
  admin = await createPerson(h.db, 'admin');
  member = await createPerson(h.db, 'member');
});
after(() => h.close());

test('an admin sees a dead letter, named in words, with its error escaped, and a dead e-mail, each with a replay button', async () => {
  const position = await deadLetter('introductions');
  const mailId = await deadMail('onbereikbaar@example.org');
  const response = await page(admin, '/admin/deliveries?lang=en');
  assert.equal(response.statusCode, 200);
  const body = response.body;
  assert.match(body, /Introductions after an accepted match/);
  assert.match(body, /given up/);
  assert.ok(body.includes('SMTP &lt;unreachable> at 127.0.0.1:2525'), 'the error is shown escaped');
  assert.ok(!body.includes('<unreachable>'));
  assert.ok(body.includes(`action="/admin/deliveries/failures/introductions/${position}/replay"`));
  assert.match(body, /onbereikbaar@example\.org/);
  assert.match(body, /Connection refused/);
  assert.ok(body.includes(`action="/admin/deliveries/mails/${mailId}/replay"`));
  assert.match(body, /href="\/admin\/deliveries"/, 'the admin menu links to the page');
});

test('every consumer the platform registers is named in words, not by its code name', async () => {
  await h.services.events.settled();
  const names = (await consumerStates(h.db)).map((consumer) => consumer.name);
  assert.ok(names.includes('ldes-members'), 'the flow has run every registered consumer');
  const body = (await page(admin, '/admin/deliveries?lang=en')).body;
  for (const name of names) assert.ok(!body.includes(`<code>${name}</code>`), `${name} has a name in words`);
});

test('the page says so in words when nothing failed, nothing waits and no job is registered', async () => {
  const fresh = await startHarness();
  try {
    const someone = await createPerson(fresh.db, 'admin');
    const response = await fresh.app.inject({
      method: 'GET',
      url: '/admin/deliveries',
      cookies: { hd_session: someone.token },
    });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /Er zijn geen mislukte leveringen\./);
    assert.match(response.body, /Alle e-mails zijn verzonden\./);
    assert.match(response.body, /Er zijn nog geen geplande taken geregistreerd\./);
  } finally {
    await fresh.close();
  }
});

test('members are refused the page and its replay actions, and the menu does not offer it to them', async () => {
  assert.equal((await page(member)).statusCode, 403);
  const home = await h.app.inject({ method: 'GET', url: '/my', cookies: { hd_session: member.token } });
  assert.ok(!home.body.includes('/admin/deliveries'));
  const position = await deadLetter(RETIRED_CONSUMER);
  const { csrf, cookies } = await formSession(h.app, '/account', member.token);
  const response = await h.app.inject({
    method: 'POST',
    url: `/admin/deliveries/failures/${RETIRED_CONSUMER}/${position}/replay`,
    cookies,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrf }).toString(),
  });
  assert.equal(response.statusCode, 403);
  const failure = await h.db
    .selectFrom('event_failures')
    .select('state')
    .where('consumer', '=', RETIRED_CONSUMER)
    .where('position', '=', position)
    .executeTakeFirstOrThrow();
  assert.equal(failure.state, 'dead');
});

test('replaying a dead delivery makes it wait for a retry due now, and the page says the delivery is scheduled again', async () => {
  const position = await deadLetter(RETIRED_CONSUMER);
  const response = await replay(`/admin/deliveries/failures/${RETIRED_CONSUMER}/${position}/replay`);
  assert.equal(response.statusCode, 303);
  const failure = await h.db
    .selectFrom('event_failures')
    .selectAll()
    .where('consumer', '=', RETIRED_CONSUMER)
    .where('position', '=', position)
    .executeTakeFirstOrThrow();
  assert.equal(failure.state, 'retrying');
  assert.equal(failure.attempts, 0);
  assert.ok(failure.next_attempt_at.getTime() <= Date.now() + 1000, 'due now');
  const after = await page(admin, `${response.headers.location}&lang=en`);
  assert.match(after.body, /Delivery scheduled again\./);
  assert.match(after.body, /waiting for a retry/);
});

test('replaying a dead e-mail makes it pending again, and once the mail server is back it is sent once', async () => {
  const id = await deadMail('weer-bereikbaar@example.org');
  const response = await replay(`/admin/deliveries/mails/${id}/replay`);
  assert.equal(response.statusCode, 303);
  await h.services.events.settled();
  const mail = await h.db.selectFrom('outgoing_mails').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  assert.equal(mail.state, 'pending', 'the mail server is still down: the message waits for its next attempt');
  const after = await page(admin, `${response.headers.location}&lang=en`);
  assert.match(after.body, /E-mail scheduled again\./);
  assert.match(after.body, /waiting to be sent/);

  mailServer.up = true;
  assert.equal((await replay(`/admin/deliveries/mails/${id}/replay`)).statusCode, 303);
  await h.services.events.settled();
  const sent = await h.db.selectFrom('outgoing_mails').select('state').where('id', '=', id).executeTakeFirstOrThrow();
  assert.equal(sent.state, 'sent');
  assert.equal(mailServer.received.filter((m) => m.to === 'weer-bereikbaar@example.org').length, 1);
  mailServer.up = false;
});

test('a replay without the form’s CSRF token is refused and changes nothing', async () => {
  const id = await deadMail('zonder-token@example.org');
  const response = await replay(`/admin/deliveries/mails/${id}/replay`, false);
  assert.equal(response.statusCode, 403);
  const mail = await h.db.selectFrom('outgoing_mails').select('state').where('id', '=', id).executeTakeFirstOrThrow();
  assert.equal(mail.state, 'dead');
});

test('replaying what no longer exists says so instead of failing', async () => {
  const response = await replay('/admin/deliveries/mails/7d9f6f1c-3a52-4b8e-9c1e-2f4a6b8d0e13/replay');
  assert.equal(response.statusCode, 303);
  assert.match((await page(admin, response.headers.location as string)).body, /Deze levering bestaat niet meer/);
  assert.equal((await replay('/admin/deliveries/failures/introductions/abc/replay')).statusCode, 404);
});
