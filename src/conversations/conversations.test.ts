// The conversation of a match through the real server: who may read and write, messages shown
// escaped with safe links, alerts by e-mail on the real SMTP test server following each person's
// choice, read state, reports and hiding (audited), the message to all accepted matches, and the
// messages as personal data (export, erasure).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startMailbox, type Mailbox } from '../test-support/mailbox.ts';
import { solutionInput } from '../test-support/items.ts';
import { publish, startWorld, type World } from '../test-support/matches-world.ts';
import { createOrganisation, createPerson, formSession, type TestPerson } from '../test-support/harness.ts';
import { sendDigests } from '../notifications/digest.ts';
import { sql } from 'kysely';

let w: World;
let mailbox: Mailbox;
let colleague: TestPerson;
let admin: TestPerson;
before(async () => {
  mailbox = await startMailbox();
  w = await startWorld(mailbox.mailer);
  await w.h.db.updateTable('people').set({ locale: 'en' }).where('id', '=', w.provider.id).execute();
  colleague = await createPerson(w.h.db, 'member', await memberOrganisation(w.careHome));
  admin = await createPerson(w.h.db, 'admin');
});
after(async () => {
  await w.h.close();
  await mailbox.close();
});

const messages = (matchId: string, who: TestPerson) =>
  w.h.app.inject({ url: `/api/v1/matches/${matchId}/conversation/messages`, headers: who.auth });

const write = (matchId: string, who: TestPerson, body: string) =>
  w.h.app.inject({
    method: 'POST',
    url: `/api/v1/matches/${matchId}/conversation/messages`,
    headers: who.auth,
    payload: { body },
  });

async function proposedMatch(): Promise<string> {
  const solutionId = await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: `Beeldbellen ${Math.random()}` }),
  );
  const response = await w.h.app.inject({
    method: 'POST',
    url: '/api/v1/matches/requests',
    headers: w.careHome.auth,
    payload: { challengeId: w.challengeId, solutionId },
  });
  return response.json().id;
}

async function acceptedMatch(): Promise<string> {
  const id = await proposedMatch();
  const accepted = await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/matches/${id}/decision`,
    headers: w.provider.auth,
    payload: { decision: 'accept' },
  });
  assert.equal(accepted.json().status, 'accepted');
  await w.h.services.events.settled();
  return id;
}

/** The next e-mail to this address that links to the conversation, passing over notices and introductions. */
async function alert(email: string, matchId: string) {
  for (;;) {
    const mail = await mailbox.next(email);
    if (mail.text.includes(`/matches/${matchId}/conversation`)) return mail;
  }
}

test('before both sides accepted there is no conversation: its parties get 403, an outsider 404', async () => {
  const id = await proposedMatch();
  assert.equal((await messages(id, w.careHome)).statusCode, 403);
  assert.equal((await messages(id, w.careHome)).json().error.id, 'conversation_not_open');
  assert.equal((await write(id, w.provider, 'Hallo')).statusCode, 403);
  assert.equal((await messages(id, w.stranger)).statusCode, 404);
  const page = await w.h.app.inject({ url: `/matches/${id}/conversation`, cookies: { hd_session: w.careHome.token } });
  assert.equal(page.statusCode, 403);
});

test('only both organisations’ members and the curating ambassador read and write; others are refused', async () => {
  const id = await acceptedMatch();
  for (const who of [w.careHome, colleague, w.provider, w.ambassador]) {
    assert.equal((await write(id, who, `Bericht van ${who.email}`)).statusCode, 201, who.email);
    assert.equal((await messages(id, who)).json().items.length >= 1, true);
  }
  const thirdOrganisation = await createPerson(w.h.db, 'member', await createOrganisation(w.h.db, 'Derde bv'));
  for (const who of [w.stranger, thirdOrganisation, w.otherAmbassador]) {
    assert.equal((await messages(id, who)).statusCode, 404, who.email);
    assert.equal((await write(id, who, 'Ik mag dit niet')).statusCode, 404, who.email);
  }
  // An admin may see the match, not the people's conversation.
  assert.equal((await messages(id, admin)).statusCode, 403);
  assert.equal((await write(id, admin, 'Beheer')).statusCode, 403);
  const anonymous = await w.h.app.inject({ url: `/api/v1/matches/${id}/conversation/messages` });
  assert.equal(anonymous.statusCode, 401);
  const items = (await messages(id, w.careHome)).json().items as { text: string; author: string }[];
  assert.equal(items.length, 4);
  assert.ok(!items.some((m) => /mag dit niet|Beheer/.test(m.text)));
});

test('a message is plain text: markup is escaped, web addresses become safe links, author and organisation shown', async () => {
  const id = await acceptedMatch();
  const body = '<script>alert(1)</script> Zie https://example.org/plan?a=1&b=2. En javascript:alert(2)\nTot dan';
  assert.equal((await write(id, w.provider, body)).statusCode, 201);
  const page = await w.h.app.inject({ url: `/matches/${id}/conversation`, cookies: { hd_session: w.careHome.token } });
  assert.equal(page.statusCode, 200);
  assert.ok(!page.body.includes('<script>alert(1)'));
  assert.ok(page.body.includes('&lt;script>alert(1)&lt;/script>'));
  assert.ok(page.body.includes('<a href="https://example.org/plan?a=1&amp;b=2" rel="nofollow noopener ugc">'));
  assert.ok(!page.body.includes('href="javascript:'));
  assert.ok(page.body.includes('Beeldlijn bv'));
  assert.ok(page.body.includes('<br/>Tot dan') || page.body.includes('<br />Tot dan'));
  const [message] = (await messages(id, w.careHome)).json().items;
  assert.equal(message.text, body);
  assert.equal(message.organisation, 'Beeldlijn bv');
  assert.equal(message.side, 'solution');
});

test('a message longer than the limit or only spaces is refused', async () => {
  const id = await acceptedMatch();
  assert.equal((await write(id, w.careHome, 'x'.repeat(4001))).statusCode, 400);
  const blank = await write(id, w.careHome, '   \n  ');
  assert.equal(blank.statusCode, 400);
  assert.equal(blank.json().error.fields[0].field, 'body');
});

test('the others get an e-mail alert in their own language, the author none', async () => {
  const id = await acceptedMatch();
  await write(id, w.careHome, 'Wanneer kunnen we afspreken?');
  await w.h.services.events.settled();
  const toProvider = await alert(w.provider.email, id);
  assert.match(toProvider.subject, /New message in the conversation about/);
  assert.ok(toProvider.text.includes(`http://hd.test/matches/${id}/conversation`));
  const toAmbassador = await alert(w.ambassador.email, id);
  assert.match(toAmbassador.subject, /Nieuw bericht in het gesprek over/);
  const toColleague = await alert(colleague.email, id);
  assert.ok(toColleague.text.includes(`/matches/${id}/conversation`));
  assert.ok(!mailbox.to(w.careHome.email).some((m) => m.text.includes(`/matches/${id}/conversation`)));
});

test('a participant on the daily digest gets no alert at once, and the message in the next digest', async () => {
  const id = await acceptedMatch();
  await w.h.db
    .insertInto('notification_settings')
    .values({ person_id: colleague.id, email_mode: 'daily' })
    .onConflict((oc) => oc.column('person_id').doUpdateSet({ email_mode: 'daily' }))
    .execute();
  await write(id, w.provider, 'Wij kunnen dinsdag.');
  await w.h.services.events.settled();
  await alert(w.careHome.email, id);
  assert.ok(!mailbox.to(colleague.email).some((m) => m.text.includes(`/matches/${id}/conversation`)));
  await sendDigests(w.h.services, 'daily');
  const digest = await alert(colleague.email, id);
  assert.match(digest.subject, /^Uw overzicht van Helemaal Digitaal/);
  assert.ok(digest.text.includes(`/matches/${id}/conversation`));
  await w.h.db.deleteFrom('notification_settings').where('person_id', '=', colleague.id).execute();
});

test('messages of others are unread until the person reads the conversation, and counted on the match page', async () => {
  const id = await acceptedMatch();
  await write(id, w.provider, 'Eerste');
  await write(id, w.provider, 'Tweede');
  const matchPage = () => w.h.app.inject({ url: `/matches/${id}`, cookies: { hd_session: w.careHome.token } });
  assert.ok((await matchPage()).body.includes('Gesprek (2 ongelezen)'));
  const first = (await messages(id, w.careHome)).json();
  assert.equal(first.unread, 2);
  assert.deepEqual(
    first.items.map((m: { unread: boolean }) => m.unread),
    [true, true],
  );
  assert.equal((await messages(id, w.careHome)).json().unread, 0);
  assert.ok((await matchPage()).body.includes('>Gesprek</a>'));
  assert.equal((await messages(id, w.provider)).json().unread, 0, 'one’s own messages are never unread');
  const strangerPage = await w.h.app.inject({ url: `/matches/${id}`, cookies: { hd_session: admin.token } });
  assert.ok(!strangerPage.body.includes(`/matches/${id}/conversation`));
});

test('a report notifies the ambassador and is audited; the ambassador hides the message, audited, for everyone', async () => {
  const id = await acceptedMatch();
  const messageId = (await write(id, w.provider, 'Iets ongepasts')).json().id;
  const report = (who: TestPerson) =>
    w.h.app.inject({
      method: 'POST',
      url: `/api/v1/conversation-messages/${messageId}/report`,
      headers: who.auth,
      payload: { reason: 'Dit is ongepast' },
    });
  assert.equal((await report(w.provider)).statusCode, 403, 'one does not report one’s own message');
  assert.equal((await report(w.stranger)).statusCode, 404);
  assert.equal((await report(w.careHome)).statusCode, 204);
  await w.h.services.events.settled();
  const notices = await w.h.db
    .selectFrom('notifications')
    .select('link')
    .where('person_id', '=', w.ambassador.id)
    .where('kind', '=', 'conversation_report')
    .execute();
  assert.deepEqual(
    notices.map((n) => n.link),
    [`/matches/${id}/conversation#message-${messageId}`],
  );
  const forAmbassador = (await messages(id, w.ambassador)).json().items[0];
  assert.deepEqual(forAmbassador.reports, ['Dit is ongepast']);
  assert.equal((await messages(id, w.careHome)).json().items[0].reports, undefined, 'only the ambassador sees reports');
  const hide = (who: TestPerson) =>
    w.h.app.inject({ method: 'POST', url: `/api/v1/conversation-messages/${messageId}/hide`, headers: who.auth });
  assert.equal((await hide(w.otherAmbassador)).statusCode, 404);
  assert.equal((await hide(w.careHome)).statusCode, 403);
  const hidden = await hide(w.ambassador);
  assert.equal(hidden.statusCode, 200);
  assert.equal(hidden.json().shown, 'hidden');
  for (const who of [w.careHome, w.provider]) {
    const [message] = (await messages(id, who)).json().items;
    assert.equal(message.text, null);
    assert.equal(message.shown, 'hidden');
  }
  const audit = await w.h.db
    .selectFrom('audit_events')
    .select(['action', 'actor_id'])
    .where('object_id', '=', id)
    .where('action', 'like', 'conversation.%')
    .orderBy('id')
    .execute();
  assert.deepEqual(
    audit.map((a) => [a.action, a.actor_id]),
    [
      ['conversation.message_posted', w.provider.id],
      ['conversation.message_reported', w.careHome.id],
      ['conversation.message_hidden', w.ambassador.id],
    ],
  );
  const page = await w.h.app.inject({ url: `/matches/${id}/conversation`, cookies: { hd_session: w.careHome.token } });
  assert.ok(!page.body.includes('Iets ongepasts'));
  assert.ok(page.body.includes('[verborgen door de ambassadeur]'));
});

test('the pages work without JavaScript: writing, reporting and hiding by form posts', async () => {
  const id = await acceptedMatch();
  const { csrf, cookies } = await formSession(w.h.app, `/matches/${id}/conversation`, w.careHome.token);
  const posted = await w.h.app.inject({
    method: 'POST',
    url: `/matches/${id}/conversation/messages`,
    cookies,
    payload: { _csrf: csrf, body: 'Via het formulier' },
  });
  assert.equal(posted.statusCode, 303);
  assert.match(
    String(posted.headers.location),
    new RegExp(`^/matches/${id}/conversation\\?done=message_sent#message-`),
  );
  const empty = await w.h.app.inject({
    method: 'POST',
    url: `/matches/${id}/conversation/messages`,
    cookies,
    payload: { _csrf: csrf, body: '' },
  });
  assert.equal(empty.statusCode, 400);
  assert.ok(empty.body.includes('aria-invalid="true"'));
  const messageId = (await messages(id, w.careHome)).json().items[0].id;
  const asProvider = await formSession(w.h.app, `/matches/${id}/conversation`, w.provider.token);
  const reported = await w.h.app.inject({
    method: 'POST',
    url: `/conversation-messages/${messageId}/report`,
    cookies: asProvider.cookies,
    payload: { _csrf: asProvider.csrf, reason: 'Klopt niet' },
  });
  assert.equal(reported.headers.location, `/matches/${id}/conversation?done=message_reported`);
  const asAmbassador = await formSession(w.h.app, `/matches/${id}/conversation`, w.ambassador.token);
  const unconfirmed = await w.h.app.inject({
    method: 'POST',
    url: `/conversation-messages/${messageId}/hide`,
    cookies: asAmbassador.cookies,
    payload: { _csrf: asAmbassador.csrf },
  });
  assert.equal(unconfirmed.statusCode, 400, 'hiding cannot be undone: without the confirmation nothing happens');
  assert.match(unconfirmed.body, /Bevestig dat u dit bericht wilt verbergen/);
  assert.equal((await messages(id, w.careHome)).json().items[0].shown, 'visible');
  const hidden = await w.h.app.inject({
    method: 'POST',
    url: `/conversation-messages/${messageId}/hide`,
    cookies: asAmbassador.cookies,
    payload: { _csrf: asAmbassador.csrf, confirm: 'yes' },
  });
  assert.equal(hidden.headers.location, `/matches/${id}/conversation?done=message_hidden`);
  assert.equal((await messages(id, w.careHome)).json().items[0].shown, 'hidden');
});

test('the curating ambassador sends one message to all parties of the challenge’s accepted matches', async () => {
  const first = await acceptedMatch();
  const second = await acceptedMatch();
  const waiting = await proposedMatch();
  const url = `/api/v1/challenges/${w.challengeId}/conversation-messages`;
  const refused = await w.h.app.inject({ method: 'POST', url, headers: w.careHome.auth, payload: { body: 'x' } });
  assert.equal(refused.statusCode, 403);
  const other = await w.h.app.inject({ method: 'POST', url, headers: w.otherAmbassador.auth, payload: { body: 'x' } });
  assert.equal(other.statusCode, 403);
  const sent = await w.h.app.inject({
    method: 'POST',
    url,
    headers: w.ambassador.auth,
    payload: { body: 'Uitnodiging voor de infodag' },
  });
  assert.equal(sent.statusCode, 201);
  const reached = sent.json().matchIds as string[];
  assert.ok(reached.includes(first) && reached.includes(second));
  assert.ok(!reached.includes(waiting));
  for (const id of [first, second]) {
    const last = (await messages(id, w.provider)).json().items.at(-1);
    assert.equal(last.text, 'Uitnodiging voor de infodag');
    assert.equal(last.toAllMatches, true);
    assert.equal(last.side, 'curator');
  }
  const page = await w.h.app.inject({
    url: `/challenges/${w.challengeId}/conversation-messages`,
    cookies: { hd_session: w.ambassador.token },
  });
  assert.equal(page.statusCode, 200);
});

test('a declined match keeps its conversation readable but closed to new messages', async () => {
  const id = await acceptedMatch();
  await write(id, w.careHome, 'Voor we stoppen');
  await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/matches/${id}/outcome`,
    headers: w.ambassador.auth,
    payload: { outcome: 'declined', note: 'Geen budget' },
  });
  assert.equal((await write(id, w.provider, 'Nog iets')).statusCode, 409);
  const read = (await messages(id, w.provider)).json();
  assert.equal(read.open, false);
  assert.equal(read.items.length, 1);
});

test('messages are personal data: in the export, and erased with the account, shown as “[erased]”', async () => {
  const id = await acceptedMatch();
  const leaving = await createPerson(w.h.db, 'member', await memberOrganisation(w.provider));
  await write(id, leaving, 'Mijn telefoonnummer is 0470 12 34 56');
  await write(id, w.careHome, 'Dank u');
  const thanks = (await messages(id, leaving)).json().items.at(-1).id;
  await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/conversation-messages/${thanks}/report`,
    headers: leaving.auth,
    payload: { reason: 'Te kort van stof' },
  });
  const exported = await w.h.app.inject({ url: '/api/v1/me/export', headers: leaving.auth });
  const written = exported.json().conversationMessages as { body: string; match_id: string }[];
  assert.deepEqual(
    written.map((m) => [m.match_id, m.body]),
    [[id, 'Mijn telefoonnummer is 0470 12 34 56']],
  );
  assert.deepEqual(
    exported.json().conversationReports.map((r: { message_id: string; reason: string }) => [r.message_id, r.reason]),
    [[thanks, 'Te kort van stof']],
  );
  const erased = await w.h.app.inject({
    method: 'DELETE',
    url: '/api/v1/me',
    headers: leaving.auth,
    payload: { password: 'correct horse battery staple' },
  });
  assert.equal(erased.statusCode, 204);
  const inFrench = await w.h.app.inject({
    url: `/api/v1/matches/${id}/conversation/messages`,
    headers: { ...w.careHome.auth, 'accept-language': 'fr' },
  });
  const [first, second] = inFrench.json().items;
  assert.equal(first.author, '[effacé]');
  assert.equal(first.text, null);
  assert.equal(first.shown, 'erased');
  assert.equal(second.text, 'Dank u');
  assert.equal((await messages(id, w.ambassador)).json().items[1].reports.length, 0, 'the report went with its author');
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM conversation_messages
    WHERE body LIKE '%0470%'`.execute(w.h.db);
  assert.equal(rows[0]?.n, 0);
  const page = await w.h.app.inject({
    url: `/matches/${id}/conversation`,
    cookies: { hd_session: w.provider.token },
    headers: { 'accept-language': 'en' },
  });
  assert.ok(page.body.includes('[erased]'));
  assert.ok(!page.body.includes('0470'));
});

async function memberOrganisation(person: TestPerson): Promise<string> {
  const row = await w.h.db
    .selectFrom('memberships')
    .select('organisation_id')
    .where('person_id', '=', person.id)
    .executeTakeFirstOrThrow();
  return row.organisation_id;
}
