// Meetings of an accepted match through the real server: who may propose and pick, slot checks that
// change nothing, Brussels time across a daylight-saving change, the invitation e-mailed on the real
// SMTP test server with its .ics parsed back by a second library (ical.js), the download, the reminder
// the day before, and "how did it go" on the match's timeline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { startMailbox, type Mailbox } from '../test-support/mailbox.ts';
import { acceptedMatch, proposedMatch, startWorld, type World } from '../test-support/matches-world.ts';
import { createOrganisation, createPerson, type TestPerson } from '../test-support/harness.ts';
import { startSession } from '../accounts/session.ts';
import { runReminders } from '../reminders/service.ts';
import { toBrusselsInput } from './brussels-time.ts';

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

const HOUR = 3_600_000;
type Auth = { authorization: string };

const list = (matchId: string, auth: Auth) =>
  w.h.app.inject({ url: `/api/v1/matches/${matchId}/meetings`, headers: auth });

const propose = (matchId: string, auth: Auth, payload: unknown) =>
  w.h.app.inject({
    method: 'POST',
    url: `/api/v1/matches/${matchId}/meetings`,
    headers: auth,
    payload: payload as object,
  });

const act = (matchId: string, meetingId: string, action: string, auth: Auth, payload?: object) =>
  w.h.app.inject({
    method: 'POST',
    url: `/api/v1/matches/${matchId}/meetings/${meetingId}/${action}`,
    headers: auth,
    ...(payload ? { payload } : {}),
  });

/** A Brussels wall-clock time this many hours from now, as the form sends it. */
const inHours = (hours: number) => toBrusselsInput(new Date(Date.now() + hours * HOUR));

/** A session started at the fake clock's time, as if the person signed in then. */
async function signedInAt(person: TestPerson, at: Date): Promise<Auth> {
  return { authorization: `Bearer ${await startSession(w.h.db, person.id, at)}` };
}

async function withClock<T>(at: Date, run: () => Promise<T>): Promise<T> {
  w.h.services.now = () => at;
  try {
    return await run();
  } finally {
    w.h.services.now = () => new Date();
  }
}

test('only the two sides propose; the ambassador reads; outsiders get 404 and nothing exists before both accepted', async () => {
  const open = { slots: [{ start: inHours(48), durationMinutes: 60 }], address: 'Lindelaan 4, 9000 Gent' };
  const early = await proposedMatch(w);
  assert.equal((await propose(early, w.careHome.auth, open)).statusCode, 403);
  assert.equal((await list(early, w.careHome.auth)).json().error.id, 'conversation_not_open');
  const id = await acceptedMatch(w);
  const third = await createPerson(w.h.db, 'member', await createOrganisation(w.h.db, 'Derde bv'));
  for (const outsider of [w.stranger, third, w.otherAmbassador]) {
    assert.equal((await list(id, outsider.auth)).statusCode, 404, outsider.email);
    assert.equal((await propose(id, outsider.auth, open)).statusCode, 404, outsider.email);
  }
  assert.equal((await propose(id, w.ambassador.auth, open)).statusCode, 403);
  assert.equal((await propose(id, admin.auth, open)).statusCode, 403);
  assert.equal((await w.h.app.inject({ url: `/api/v1/matches/${id}/meetings` })).statusCode, 401);
  const created = await propose(id, w.careHome.auth, open);
  assert.equal(created.statusCode, 201);
  const meeting = created.json();
  assert.deepEqual(meeting.actions, ['cancel']);
  assert.equal((await list(id, w.ambassador.auth)).json().items.length, 1);
  assert.deepEqual((await list(id, w.provider.auth)).json().items[0].actions, ['pick', 'decline']);
  // The proposing side does not pick its own slot; an outsider cannot reach the meeting at all.
  const slotId = meeting.slots[0].id;
  assert.equal((await act(id, meeting.id, 'pick', w.careHome.auth, { slotId })).statusCode, 403);
  assert.equal((await act(id, meeting.id, 'pick', w.stranger.auth, { slotId })).statusCode, 404);
  assert.equal((await act(id, meeting.id, 'pick', w.ambassador.auth, { slotId })).statusCode, 403);
  const other = await acceptedMatch(w);
  assert.equal(
    (await w.h.app.inject({ url: `/api/v1/matches/${other}/meetings/${meeting.id}`, headers: w.careHome.auth }))
      .statusCode,
    404,
  );
});

test('once the match no longer runs, no meeting is proposed or picked, and the earlier ones stay readable', async () => {
  const id = await acceptedMatch(w);
  const open = { slots: [{ start: inHours(30), durationMinutes: 30 }], address: 'Gent' };
  const meeting = (await propose(id, w.careHome.auth, open)).json();
  const closed = await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/matches/${id}/outcome`,
    headers: w.ambassador.auth,
    payload: { outcome: 'declined', note: 'Geen budget' },
  });
  assert.equal(closed.statusCode, 200);
  assert.equal((await propose(id, w.careHome.auth, open)).statusCode, 409);
  assert.equal((await act(id, meeting.id, 'pick', w.provider.auth, { slotId: meeting.slots[0].id })).statusCode, 409);
  assert.equal((await list(id, w.provider.auth)).json().items.length, 1);
});

test('wrong slots or place are refused with every problem named, and nothing is stored', async () => {
  const id = await acceptedMatch(w);
  const slot = { start: inHours(48), durationMinutes: 60 };
  const cases: [unknown, string[]][] = [
    [{ slots: [{ start: inHours(-2), durationMinutes: 60 }], address: 'Gent' }, ['slots.0.start']],
    [{ slots: [{ start: inHours(30), durationMinutes: 241 }], address: 'Gent' }, ['slots.0.durationMinutes']],
    [{ slots: [{ start: inHours(30), durationMinutes: 10 }], address: 'Gent' }, ['slots.0.durationMinutes']],
    [{ slots: [slot, slot, slot, slot], address: 'Gent' }, ['slots']],
    [{ slots: [], address: 'Gent' }, ['slots']],
    [{ slots: [{ start: '31/12/2027 10:00', durationMinutes: 60 }], address: 'Gent' }, ['slots.0.start']],
    [{ slots: [slot], onlineUrl: 'http://meet.example/abc' }, ['onlineUrl']],
    [{ slots: [slot], onlineUrl: 'javascript:alert(1)' }, ['onlineUrl']],
    [{ slots: [slot], onlineUrl: 'https://meet.example/abc', address: 'Gent' }, ['onlineUrl']],
    [{ slots: [slot] }, ['onlineUrl']],
    [
      { slots: [{ start: inHours(-1), durationMinutes: 300 }], onlineUrl: 'ftp://x' },
      ['slots.0.start', 'slots.0.durationMinutes', 'onlineUrl'],
    ],
  ];
  for (const [payload, fields] of cases) {
    const response = await propose(id, w.provider.auth, payload);
    assert.equal(response.statusCode, 400, JSON.stringify(payload));
    const named = (response.json().error.fields as { field: string }[]).map((f) => f.field);
    assert.deepEqual(named.sort(), [...fields].sort(), JSON.stringify(payload));
  }
  assert.deepEqual((await list(id, w.provider.auth)).json().items, []);
});

/** The last Sunday of March of next year: Brussels moves from UTC+1 to UTC+2 at 02:00 that night. */
function springForward(): string {
  const year = new Date().getUTCFullYear() + 1;
  const lastOfMarch = new Date(Date.UTC(year, 2, 31));
  const sunday = 31 - lastOfMarch.getUTCDay();
  return `${year}-03-${String(sunday).padStart(2, '0')}`;
}

test('Brussels times are stored as UTC instants across the change to summer time and read back unchanged', async () => {
  const id = await acceptedMatch(w);
  const day = springForward();
  const saturday = `${day.slice(0, 8)}${String(Number(day.slice(8)) - 1).padStart(2, '0')}`;
  const slots = [
    { start: `${saturday}T10:00`, durationMinutes: 60 },
    { start: `${day}T10:00`, durationMinutes: 90 },
  ];
  const created = await propose(id, w.provider.auth, { slots, onlineUrl: 'https://meet.example/linde' });
  assert.equal(created.statusCode, 201);
  const [winter, summer] = created.json().slots;
  assert.equal(winter.start, `${saturday}T09:00:00.000Z`);
  assert.equal(summer.start, `${day}T08:00:00.000Z`);
  assert.equal(summer.end, `${day}T09:30:00.000Z`);
  assert.deepEqual([winter.startBrussels, summer.startBrussels], [`${saturday}T10:00`, `${day}T10:00`]);
  // 02:30 does not exist that night in Brussels: refused, not moved.
  const skipped = await propose(id, w.provider.auth, {
    slots: [{ start: `${day}T02:30`, durationMinutes: 30 }],
    address: 'Gent',
  });
  assert.equal(skipped.statusCode, 400);
  assert.equal(skipped.json().error.fields[0].field, 'slots.0.start');
});

/** The next e-mail to this address with this calendar file attached (passing over notices and introductions). */
async function invitation(email: string, filename = 'invitation.ics') {
  for (;;) {
    const mail = await mailbox.next(email);
    if (mail.attachments.some((a) => a.filename === filename)) return mail;
  }
}

function parsedEvent(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent');
  assert.ok(vevent);
  const event = new ICAL.Event(vevent);
  return { calendar, vevent, event };
}

test('picking a slot confirms the meeting and e-mails both sides an invitation whose .ics parses back', async () => {
  const id = await acceptedMatch(w);
  const created = await propose(id, w.careHome.auth, {
    slots: [
      { start: inHours(50), durationMinutes: 45 },
      { start: inHours(74), durationMinutes: 60 },
    ],
    address: 'Lindelaan 4, 9000 Gent',
  });
  const meeting = created.json();
  const chosen = meeting.slots[1];
  const elsewhere = await act(id, meeting.id, 'pick', w.provider.auth, { slotId: crypto.randomUUID() });
  assert.equal(elsewhere.statusCode, 400, 'only a slot of this meeting is picked');
  const picked = await act(id, meeting.id, 'pick', w.provider.auth, { slotId: chosen.id });
  assert.equal(picked.statusCode, 200);
  assert.equal(picked.json().status, 'confirmed');
  assert.equal((await act(id, meeting.id, 'pick', w.provider.auth, { slotId: chosen.id })).statusCode, 409);
  await w.h.services.events.settled();
  const dutch = await invitation(w.careHome.email);
  const english = await invitation(w.provider.email);
  assert.match(dutch.subject, /Afspraak bevestigd/);
  assert.match(english.subject, /Meeting confirmed/);
  assert.match(english.text, /Lindelaan 4, 9000 Gent/);
  const [attached] = english.attachments;
  assert.match(attached?.contentType ?? '', /text\/calendar/);
  const { calendar, vevent, event } = parsedEvent(attached?.content ?? '');
  assert.equal(calendar.getFirstPropertyValue('method'), 'REQUEST');
  assert.equal(event.uid, `meeting-${meeting.id}@hd.test`);
  assert.equal(event.startDate.toJSDate().toISOString(), chosen.start);
  assert.equal(event.endDate.toJSDate().toISOString(), chosen.end);
  assert.equal(event.location, 'Lindelaan 4, 9000 Gent');
  assert.match(event.summary, /WZC De Linde – Beeldlijn bv/);
  assert.match(String(vevent.getFirstPropertyValue('organizer')), new RegExp(w.careHome.email));
  // The download is the same event (same UID) for those who take part, and nobody else's.
  const download = await w.h.app.inject({
    url: `/matches/${id}/meetings/${meeting.id}.ics`,
    cookies: { hd_session: w.careHome.token },
  });
  assert.equal(download.statusCode, 200);
  assert.match(String(download.headers['content-type']), /text\/calendar/);
  assert.equal(parsedEvent(download.body).event.uid, event.uid);
  const outsider = await w.h.app.inject({
    url: `/matches/${id}/meetings/${meeting.id}.ics`,
    cookies: { hd_session: w.stranger.token },
  });
  assert.equal(outsider.statusCode, 404);
});

async function confirmedMeeting(startHours: number, durationMinutes = 30) {
  const id = await acceptedMatch(w);
  const meeting = (
    await propose(id, w.provider.auth, {
      slots: [{ start: inHours(startHours), durationMinutes }],
      onlineUrl: 'https://meet.example/linde',
    })
  ).json();
  const slot = meeting.slots[0];
  assert.equal((await act(id, meeting.id, 'pick', w.careHome.auth, { slotId: slot.id })).statusCode, 200);
  return { id, meeting, start: new Date(slot.start), end: new Date(slot.end) };
}

test('cancelling a confirmed meeting sends both sides a METHOD:CANCEL of the same event with a higher SEQUENCE', async () => {
  const { id, meeting } = await confirmedMeeting(60);
  await w.h.services.events.settled();
  const invited = parsedEvent((await invitation(w.careHome.email)).attachments[0]?.content ?? '');
  assert.equal((await act(id, meeting.id, 'cancel', w.provider.auth)).json().status, 'cancelled');
  await w.h.services.events.settled();
  for (const email of [w.careHome.email, w.provider.email]) {
    const mail = await invitation(email, 'cancellation.ics');
    const { calendar, vevent, event } = parsedEvent(mail.attachments[0]?.content ?? '');
    assert.equal(calendar.getFirstPropertyValue('method'), 'CANCEL');
    assert.equal(vevent.getFirstPropertyValue('status'), 'CANCELLED');
    assert.equal(event.uid, invited.event.uid);
    assert.ok(event.sequence > invited.event.sequence);
  }
  const download = await w.h.app.inject({
    url: `/matches/${id}/meetings/${meeting.id}.ics`,
    cookies: { hd_session: w.careHome.token },
  });
  assert.equal(download.statusCode, 404);
});

const notices = (personId: string, kind: string) =>
  w.h.db
    .selectFrom('notifications')
    .select(['link', 'params'])
    .where('person_id', '=', personId)
    .where('kind', '=', kind)
    .execute();

test('the day before, both sides are reminded once of a confirmed meeting', async () => {
  const { meeting, start } = await confirmedMeeting(72);
  const remindersOf = async (person: TestPerson) =>
    (await notices(person.id, 'meeting_reminder')).filter((n) => n.link.includes(meeting.id));
  const runAt = (hoursBefore: number) =>
    withClock(new Date(start.getTime() - hoursBefore * HOUR), () => runReminders(w.h.services));
  await runAt(48);
  assert.equal((await remindersOf(w.careHome)).length, 0);
  assert.ok((await runAt(20)).meetings >= 1);
  await runAt(10);
  for (const person of [w.careHome, w.provider]) {
    const reminders = await remindersOf(person);
    assert.equal(reminders.length, 1, person.email);
    assert.equal(reminders[0]?.params.date, start.toISOString());
  }
});

test('declining needs a reason and tells the proposer; the proposer cancels; neither happens twice', async () => {
  const id = await acceptedMatch(w);
  const open = { slots: [{ start: inHours(40), durationMinutes: 30 }], address: 'Gent' };
  const first = (await propose(id, w.careHome.auth, open)).json();
  assert.equal((await act(id, first.id, 'decline', w.provider.auth, { reason: '' })).statusCode, 400);
  assert.equal((await act(id, first.id, 'decline', w.careHome.auth, { reason: 'Past niet' })).statusCode, 403);
  const declined = await act(id, first.id, 'decline', w.provider.auth, { reason: 'Liever volgende week' });
  assert.equal(declined.json().status, 'declined');
  assert.equal(declined.json().declineReason, 'Liever volgende week');
  assert.ok((await notices(w.careHome.id, 'meeting_declined')).some((n) => n.link.includes(first.id)));
  const second = (await propose(id, w.careHome.auth, open)).json();
  assert.equal((await act(id, second.id, 'cancel', w.provider.auth)).statusCode, 403);
  assert.equal((await act(id, second.id, 'cancel', w.careHome.auth)).json().status, 'cancelled');
  assert.equal((await act(id, second.id, 'cancel', w.careHome.auth)).statusCode, 409);
  assert.ok((await notices(w.provider.id, 'meeting_cancelled')).some((n) => n.link.includes(second.id)));
});

const timelineOf = async (id: string, auth: Auth) =>
  (await w.h.app.inject({ url: `/api/v1/matches/${id}`, headers: auth })).json().timeline as { action: string }[];

test('after the meeting, one "how did it go" goes on the timeline; a side’s pilot asks the ambassador to record it', async () => {
  const { id, meeting, end } = await confirmedMeeting(30);
  assert.equal((await act(id, meeting.id, 'outcome', w.careHome.auth, { outcome: 'next_step' })).statusCode, 409);
  const after = new Date(end.getTime() + HOUR);
  await withClock(after, async () => {
    const careHome = await signedInAt(w.careHome, after);
    const provider = await signedInAt(w.provider, after);
    assert.deepEqual((await list(id, careHome)).json().items[0].actions, ['outcome']);
    const done = await act(id, meeting.id, 'outcome', careHome, { outcome: 'pilot_agreed' });
    assert.equal(done.statusCode, 200);
    assert.equal(done.json().outcome, 'pilot_agreed');
    assert.equal((await act(id, meeting.id, 'outcome', provider, { outcome: 'not_a_fit' })).statusCode, 409);
    const match = (await w.h.app.inject({ url: `/api/v1/matches/${id}`, headers: careHome })).json();
    assert.equal(match.status, 'accepted');
    const entry = match.timeline.find((e: { action: string }) => e.action === 'meeting_pilot_agreed');
    assert.match(entry.text, /^Na een afspraak: pilot afgesproken/, 'the timeline says what happened in words');
    assert.equal(entry.note, null, 'no note repeating it in the clicker’s language');
  });
  assert.ok((await notices(w.ambassador.id, 'meeting_pilot_agreed')).some((n) => n.link === `/matches/${id}`));
});

test('the curating ambassador’s "pilot agreed" moves the match to pilot as an outcome does', async () => {
  const { id, meeting, end } = await confirmedMeeting(30);
  const after = new Date(end.getTime() + HOUR);
  await withClock(after, async () => {
    const ambassador = await signedInAt(w.ambassador, after);
    const done = await act(id, meeting.id, 'outcome', ambassador, { outcome: 'pilot_agreed' });
    assert.equal(done.statusCode, 200);
    const actions = (await timelineOf(id, ambassador)).map((e) => e.action);
    assert.ok(actions.includes('meeting_pilot_agreed'));
    assert.ok(actions.includes('pilot'));
    const match = (await w.h.app.inject({ url: `/api/v1/matches/${id}`, headers: ambassador })).json();
    assert.equal(match.status, 'pilot');
  });
});
