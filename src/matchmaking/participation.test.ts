// Matchmaking days, registration to agenda, through the real server: members register only their own
// organisation's people, before the deadline, linking only their own items; participants request
// meetings and the other side answers; only ambassadors schedule (or place by hand, without double
// booking); each participant reads only their own agenda, also as an .ics parsed back by ical.js; and
// every step is announced through the notifications.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { startWorld, type World } from '../test-support/matches-world.ts';
import type { TestPerson } from '../test-support/harness.ts';
import { eventInput } from './test-fixtures.ts';

let w: World;
let eventId: string;
const organisation: Record<string, string> = {};
before(async () => {
  w = await startWorld();
  for (const person of [w.careHome, w.provider, w.stranger]) {
    const row = await w.h.db
      .selectFrom('memberships')
      .select('organisation_id')
      .where('person_id', '=', person.id)
      .executeTakeFirstOrThrow();
    organisation[person.id] = row.organisation_id;
  }
  const created = await w.h.app.inject({
    method: 'POST',
    url: '/api/v1/events',
    headers: w.ambassador.auth,
    payload: eventInput({ tables: 2 }),
  });
  eventId = created.json().id;
});
after(async () => {
  await w.h.close();
});

type Auth = { authorization: string };
const post = (url: string, auth: Auth | undefined, payload: object, method: 'POST' | 'PUT' = 'POST') =>
  w.h.app.inject({ method, url, ...(auth ? { headers: auth } : {}), payload });
const get = (url: string, auth?: Auth) => w.h.app.inject({ url, ...(auth ? { headers: auth } : {}) });

const registration = (person: TestPerson, overrides: Record<string, unknown> = {}) => ({
  organisationId: organisation[person.id],
  seeks: 'Een partner voor beeldbellen',
  offers: 'Een testomgeving in ons woonzorgcentrum',
  challengeIds: [],
  solutionIds: [],
  availableSlots: [0, 1, 2],
  ...overrides,
});

async function kindsFor(person: TestPerson): Promise<string[]> {
  await w.h.services.events.settled();
  const rows = await w.h.db.selectFrom('notifications').select('kind').where('person_id', '=', person.id).execute();
  return rows.map((r) => r.kind);
}

const participants: Record<string, string> = {};
let requestId: string;

test('a member registers their own organisation before the deadline, linking only its own items', async () => {
  const url = `/api/v1/events/${eventId}/participants`;
  assert.equal((await post(url, undefined, registration(w.careHome))).statusCode, 401);
  assert.equal((await post(url, w.stranger.auth, registration(w.careHome))).statusCode, 403, 'another organisation');
  assert.equal((await post(url, w.ambassador.auth, registration(w.careHome))).statusCode, 403, 'not a member');
  const foreignItem = await post(url, w.careHome.auth, registration(w.careHome, { solutionIds: [w.solutionId] }));
  assert.equal(foreignItem.statusCode, 400);
  assert.deepEqual(
    foreignItem.json().error.fields.map((f: { field: string }) => f.field),
    ['solutionIds'],
  );
  const badSlot = await post(url, w.careHome.auth, registration(w.careHome, { availableSlots: [0, 9] }));
  assert.deepEqual(
    badSlot.json().error.fields.map((f: { field: string }) => f.field),
    ['availableSlots'],
  );
  const notMember = await post(url, w.careHome.auth, registration(w.careHome, { personId: w.provider.id }));
  assert.deepEqual(
    notMember.json().error.fields.map((f: { field: string }) => f.field),
    ['personId'],
  );
  assert.equal((await w.h.db.selectFrom('matchmaking_participants').select('id').execute()).length, 0);

  const care = await post(url, w.careHome.auth, registration(w.careHome, { challengeIds: [w.challengeId] }));
  assert.equal(care.statusCode, 201);
  assert.deepEqual(care.json().challengeIds, [w.challengeId]);
  participants.care = care.json().id;
  assert.equal((await post(url, w.careHome.auth, registration(w.careHome))).statusCode, 409, 'registered twice');
  const provider = await post(
    url,
    w.provider.auth,
    registration(w.provider, { solutionIds: [w.solutionId], availableSlots: [1, 2] }),
  );
  participants.provider = provider.json().id;
  participants.stranger = (
    await post(url, w.stranger.auth, registration(w.stranger, { availableSlots: [1] }))
  ).json().id;
});

test('after the registration deadline nobody registers', async () => {
  const late = await w.h.app.inject({
    method: 'POST',
    url: '/api/v1/events',
    headers: w.ambassador.auth,
    payload: eventInput(),
  });
  await w.h.db
    .updateTable('matchmaking_events')
    .set({ registration_deadline: new Date(Date.now() - 60_000) })
    .where('id', '=', late.json().id)
    .execute();
  const refused = await post(
    `/api/v1/events/${late.json().id}/participants`,
    w.careHome.auth,
    registration(w.careHome),
  );
  assert.equal(refused.statusCode, 409);
  assert.equal(refused.json().error.id, 'registration_closed');
});

test('participants are listed to those taking part and to ambassadors only', async () => {
  const url = `/api/v1/events/${eventId}/participants`;
  assert.equal((await get(url, w.careHome.auth)).json().items.length, 3);
  assert.equal((await get(url, w.ambassador.auth)).statusCode, 200);
  assert.equal((await get(url, w.otherAmbassador.auth)).statusCode, 200);
  assert.equal((await get(url)).statusCode, 401);
  const outsider = await w.h.app.inject({
    method: 'POST',
    url: '/api/v1/events',
    headers: w.ambassador.auth,
    payload: eventInput(),
  });
  assert.equal((await get(`/api/v1/events/${outsider.json().id}/participants`, w.careHome.auth)).statusCode, 403);
});

test('a participant requests a meeting with a reason; only the other side answers, once, and each side is told', async () => {
  const url = `/api/v1/events/${eventId}/requests`;
  const reason = 'Uw beeldbeloplossing past bij onze uitdaging';
  const forged = await post(url, w.stranger.auth, {
    fromParticipantId: participants.care,
    toParticipantId: participants.provider,
    reason,
  });
  assert.equal(forged.statusCode, 403, 'nobody asks in another organisation’s name');
  const created = await post(url, w.careHome.auth, {
    fromParticipantId: participants.care,
    toParticipantId: participants.provider,
    reason,
  });
  assert.equal(created.statusCode, 201);
  requestId = created.json().id;
  assert.equal(created.json().status, 'requested');
  assert.ok((await kindsFor(w.provider)).includes('matchmaking_requested'));
  const twice = await post(url, w.careHome.auth, {
    fromParticipantId: participants.care,
    toParticipantId: participants.provider,
    reason,
  });
  assert.equal(twice.statusCode, 409);

  const decide = (auth: Auth, decision: string) => post(`${url}/${requestId}/decision`, auth, { decision });
  assert.equal((await decide(w.careHome.auth, 'accept')).statusCode, 403, 'the asking side does not answer');
  assert.equal((await decide(w.stranger.auth, 'accept')).statusCode, 404, 'an outsider does not see it');
  const accepted = await decide(w.provider.auth, 'accept');
  assert.equal(accepted.statusCode, 200);
  assert.equal(accepted.json().status, 'accepted');
  assert.equal((await decide(w.provider.auth, 'decline')).statusCode, 409, 'answered already');
  assert.ok((await kindsFor(w.careHome)).includes('matchmaking_accepted'));
  const listed = await get(url, w.stranger.auth);
  assert.deepEqual(listed.json().items, [], 'the stranger sees no request of others');
});

test('only an ambassador schedules; the agenda then shows the meeting to its two participants only', async () => {
  assert.equal((await post(`/api/v1/events/${eventId}/schedule`, w.careHome.auth, {})).statusCode, 403);
  const run = await post(`/api/v1/events/${eventId}/schedule`, w.ambassador.auth, {});
  assert.equal(run.statusCode, 200);
  assert.equal(run.json().placed, 1);
  const agenda = (await get(`/api/v1/events/${eventId}/agenda`, w.careHome.auth)).json();
  assert.equal(agenda.meetings.length, 1);
  const [meeting] = agenda.meetings;
  assert.ok([1, 2].includes(meeting.slot), 'a slot both are free');
  assert.match(meeting.with, /Beeldlijn bv/);
  assert.equal(meeting.reason, 'Uw beeldbeloplossing past bij onze uitdaging');
  assert.deepEqual(
    (await get(`/api/v1/events/${eventId}/agenda`, w.provider.auth))
      .json()
      .meetings.map((m: { requestId: string }) => m.requestId),
    [requestId],
  );
  assert.deepEqual((await get(`/api/v1/events/${eventId}/agenda`, w.stranger.auth)).json().meetings, []);
  assert.equal((await get(`/api/v1/events/${eventId}/agenda`, w.ambassador.auth)).statusCode, 404, 'not a participant');
  assert.equal((await get(`/events/${eventId}/agenda`)).statusCode, 303, 'a visitor is sent to log in');
  assert.ok((await kindsFor(w.careHome)).includes('matchmaking_agenda'));
  assert.ok((await kindsFor(w.provider)).includes('matchmaking_agenda'));
  assert.ok(!(await kindsFor(w.stranger)).includes('matchmaking_agenda'), 'an unchanged agenda is not announced');

  const page = await w.h.app.inject({ url: `/events/${eventId}/agenda`, cookies: { hd_session: w.careHome.token } });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Beeldlijn bv/);
  assert.match(page.body, /agenda\.css/);
  const strangerPage = await w.h.app.inject({
    url: `/events/${eventId}/agenda`,
    cookies: { hd_session: w.stranger.token },
  });
  assert.doesNotMatch(strangerPage.body, /Beeldlijn bv/);
});

test('the agenda’s .ics, parsed back by ical.js, holds the meeting at its slot’s UTC times with a stable UID', async () => {
  const agenda = (await get(`/api/v1/events/${eventId}/agenda`, w.careHome.auth)).json();
  const file = await w.h.app.inject({
    url: `/events/${eventId}/agenda.ics`,
    cookies: { hd_session: w.careHome.token },
  });
  assert.equal(file.statusCode, 200);
  const events = new ICAL.Component(ICAL.parse(file.body)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.equal(events.length, 1);
  const [event] = events;
  assert.ok(event);
  assert.equal(event.uid, `matchmaking-meeting-${requestId}@hd.test`);
  assert.equal(event.startDate.toJSDate().toISOString(), agenda.meetings[0].start);
  assert.equal(event.endDate.toJSDate().toISOString(), agenda.meetings[0].end);
  assert.match(event.summary, /Beeldlijn bv/);
  assert.match(event.description, new RegExp(`Tafel ${agenda.meetings[0].table}`));
  assert.equal((await w.h.app.inject({ url: `/events/${eventId}/agenda.ics` })).statusCode, 303);
});

test('the organiser places by hand only where nobody is double-booked, and the scheduler keeps it there', async () => {
  const url = `/api/v1/events/${eventId}/requests`;
  const second = await post(url, w.stranger.auth, {
    fromParticipantId: participants.stranger,
    toParticipantId: participants.care,
    reason: 'Wij zoeken een testomgeving',
  });
  await post(`${url}/${second.json().id}/decision`, w.careHome.auth, { decision: 'accept' });
  const place = (id: string, slot: number, table: number, auth = w.ambassador.auth) =>
    post(`${url}/${id}/placement`, auth, { slot, table }, 'PUT');
  assert.equal((await place(requestId, 1, 1)).statusCode, 200, 'a meeting may move within its own place');
  assert.equal((await place(second.json().id, 1, 2, w.careHome.auth)).statusCode, 403);
  assert.equal((await place(second.json().id, 0, 1)).statusCode, 409, 'the stranger is not free in slot 0');
  assert.equal((await place(second.json().id, 1, 2)).statusCode, 409, 'the care home is in a meeting then');
  assert.equal((await place(second.json().id, 1, 3)).statusCode, 400, 'only two tables');
  // Move the first meeting by hand to slot 2, then the second fits in slot 1.
  assert.equal((await place(requestId, 2, 1)).statusCode, 200);
  const placed = await place(second.json().id, 1, 1);
  assert.equal(placed.statusCode, 200);
  assert.equal(placed.json().slot, 1);
  const rerun = await post(`/api/v1/events/${eventId}/schedule`, w.ambassador.auth, {});
  assert.equal(rerun.statusCode, 200, 'the scheduler runs with meetings placed by hand');
  const slots = (await get(`/api/v1/events/${eventId}/agenda`, w.careHome.auth))
    .json()
    .meetings.map((m: { slot: number }) => m.slot);
  assert.deepEqual(slots, [1, 2], 'both placements by hand kept, in slot order');
});
