// The organiser's forms and the participants' withdrawals through the real server: placing by hand
// from the organiser's page (a conflict comes back on its row naming the rule, nothing changed),
// recording attendance once the slot began, editing an event (prefilled form, the same checks, free
// slots and meetings following the clock, everyone registered told, the event page saying what
// changed), withdrawing a registration (confirmation first; requests and meetings go, the other side
// told) and withdrawing a request still waiting for an answer (page and API).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startWorld, type World } from '../test-support/matches-world.ts';
import { formSession, type TestPerson } from '../test-support/harness.ts';
import { DAY, eventInput } from './test-fixtures.ts';

let w: World;
const input = eventInput({ tables: 2 });
let eventId: string;
const participant: Record<string, string> = {};
let meetingId: string;

type Auth = { authorization: string };
const api = (method: 'POST' | 'PUT' | 'DELETE', url: string, auth: Auth, payload?: object) =>
  w.h.app.inject({ method, url, headers: auth, ...(payload ? { payload } : {}) });

async function register(eventId: string, person: TestPerson, slots: number[]) {
  const { organisation_id } = await w.h.db
    .selectFrom('memberships')
    .select('organisation_id')
    .where('person_id', '=', person.id)
    .executeTakeFirstOrThrow();
  const payload = { organisationId: organisation_id, seeks: '', offers: '', challengeIds: [], solutionIds: [] };
  const registered = await api('POST', `/api/v1/events/${eventId}/participants`, person.auth, {
    ...payload,
    availableSlots: slots,
  });
  return registered.json().id as string;
}

async function ask(from: TestPerson, fromId: string, toId: string) {
  const asked = await api('POST', `/api/v1/events/${eventId}/requests`, from.auth, {
    fromParticipantId: fromId,
    toParticipantId: toId,
    reason: 'Kennismaking over beeldbellen',
  });
  return asked.json().id as string;
}

before(async () => {
  w = await startWorld();
  eventId = (await api('POST', '/api/v1/events', w.ambassador.auth, input)).json().id;
  participant.care = await register(eventId, w.careHome, [0, 1, 2]);
  participant.provider = await register(eventId, w.provider, [1, 2]);
  participant.stranger = await register(eventId, w.stranger, [1, 2]);
  meetingId = await ask(w.careHome, participant.care, participant.provider);
  await api('POST', `/api/v1/events/${eventId}/requests/${meetingId}/decision`, w.provider.auth, {
    decision: 'accept',
  });
});
after(async () => {
  await w.h.close();
});

type Fields = Record<string, string> | [string, string][];
async function postForm(person: TestPerson, page: string, url: string, fields: Fields) {
  const { csrf, cookies } = await formSession(w.h.app, page, person.token);
  const pairs = Array.isArray(fields) ? fields : Object.entries(fields);
  return w.h.app.inject({
    method: 'POST',
    url,
    cookies,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams([['_csrf', csrf], ...pairs]).toString(),
  });
}

const organise = () => `/events/${eventId}/organise`;
const placement = (id: string) =>
  w.h.db
    .selectFrom('matchmaking_requests')
    .select(['slot', 'table_number'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

async function kindsFor(person: TestPerson): Promise<string[]> {
  await w.h.services.events.settled();
  const rows = await w.h.db.selectFrom('notifications').select('kind').where('person_id', '=', person.id).execute();
  return rows.map((r) => r.kind);
}

test('the organiser places a meeting by hand from the page; a slot someone is not free comes back on its row', async () => {
  const page = await w.h.app.inject({ url: organise(), cookies: { hd_session: w.ambassador.token } });
  assert.match(page.body, new RegExp(`action="/events/${eventId}/requests/${meetingId}/placement"`));
  const url = `/events/${eventId}/requests/${meetingId}/placement`;
  const refused = await postForm(w.ambassador, organise(), url, { slot: '0', table: '1' });
  assert.equal(refused.statusCode, 409);
  assert.match(refused.body, /Een van beiden is op dat moment niet vrij/);
  assert.match(refused.body, /<details open/, 'the refused row’s form stays open');
  assert.deepEqual(await placement(meetingId), { slot: null, table_number: null }, 'nothing changed');
  const tooMany = await postForm(w.ambassador, organise(), url, { slot: '1', table: '3' });
  assert.equal(tooMany.statusCode, 400);
  assert.match(tooMany.body, /Kies een tafel van 1 tot 2/);
  const placed = await postForm(w.ambassador, organise(), url, { slot: '1', table: '2' });
  assert.equal(placed.statusCode, 303);
  assert.equal(placed.headers.location, `${organise()}?done=placed`);
  assert.deepEqual(await placement(meetingId), { slot: 1, table_number: 2 });
  const after = await w.h.app.inject({ url: placed.headers.location, cookies: { hd_session: w.ambassador.token } });
  assert.match(after.body, /Het gesprek is ingepland/);
  assert.ok((await kindsFor(w.careHome)).includes('matchmaking_agenda'));
  const member = await postForm(w.careHome, `/events/${eventId}/requests`, url, { slot: '2', table: '1' });
  assert.equal(member.statusCode, 403);
});

test('a busy table or person is refused by name when placing by hand', async () => {
  const second = await ask(w.stranger, participant.stranger as string, participant.care as string);
  await api('POST', `/api/v1/events/${eventId}/requests/${second}/decision`, w.careHome.auth, { decision: 'accept' });
  const url = `/events/${eventId}/requests/${second}/placement`;
  const busy = await postForm(w.ambassador, organise(), url, { slot: '1', table: '1' });
  assert.equal(busy.statusCode, 409);
  assert.match(busy.body, /al een gesprek/);
  assert.deepEqual(await placement(second), { slot: null, table_number: null });
});

test('the ambassador edits the event: prefilled, checked, slots follow the clock, participants told, page says so', async () => {
  const form = await w.h.app.inject({ url: `/events/${eventId}/edit`, cookies: { hd_session: w.ambassador.token } });
  assert.equal(form.statusCode, 200);
  assert.match(form.body, new RegExp(`value="${input.start}"`), 'the start is filled in');
  assert.match(form.body, /value="ICC Gent/);
  const member = await w.h.app.inject({ url: `/events/${eventId}/edit`, cookies: { hd_session: w.careHome.token } });
  assert.equal(member.statusCode, 403);
  const fields = (overrides: Record<string, string>): [string, string][] => [
    ...Object.entries({
      name: input.name,
      description: input.description,
      start: input.start,
      end: input.end,
      slotMinutes: '20',
      tables: '2',
      address: 'Stadhuis, Markt 1, 8500 Kortrijk',
      registrationDeadline: input.registrationDeadline,
      ...overrides,
    }),
    ['sectors', 'care'],
    ['spearheads', '5'],
    ['spearheads', '9'],
  ];
  const url = `/events/${eventId}/edit`;
  const wrong = await postForm(w.ambassador, url, url, fields({ end: input.start }));
  assert.equal(wrong.statusCode, 400);
  assert.match(wrong.body, /id="end-error"/);
  const unchanged = await w.h.db.selectFrom('matchmaking_events').selectAll().executeTakeFirstOrThrow();
  assert.equal(unchanged.address, input.address, 'nothing stored');
  // Starting 20 minutes later: old slot 1 (09:20) becomes slot 0, old slot 0 (09:00) is gone.
  const later = `${input.start.slice(0, 11)}09:20`;
  const saved = await postForm(w.ambassador, url, url, fields({ start: later }));
  assert.equal(saved.statusCode, 303);
  assert.equal(saved.headers.location, `/events/${eventId}?done=saved`);
  const care = await w.h.db
    .selectFrom('matchmaking_participants')
    .select('available_slots')
    .where('id', '=', participant.care as string)
    .executeTakeFirstOrThrow();
  assert.deepEqual(care.available_slots, [0, 1], 'free at 09:20 and 09:40 still');
  assert.deepEqual(await placement(meetingId), { slot: 0, table_number: 2 }, 'the 09:20 meeting stays at 09:20');
  for (const person of [w.careHome, w.provider, w.stranger])
    assert.ok((await kindsFor(person)).includes('matchmaking_event_changed'));
  const page = await w.h.app.inject({ url: `/events/${eventId}` });
  assert.match(page.body, /Gewijzigd op .*: tijd, plaats\./);
  const api1 = (await w.h.app.inject({ url: `/api/v1/events/${eventId}` })).json();
  assert.deepEqual(api1.changes, ['time', 'place']);
});

test('an event that has begun is not edited, and attendance is recorded from the page once the slot began', async () => {
  const url = `/events/${eventId}/requests/${meetingId}/attendance`;
  const early = await postForm(w.ambassador, organise(), url, { attendance: 'held' });
  assert.equal(early.statusCode, 409);
  assert.match(early.body, /Deze afspraak is nog niet begonnen/);
  assert.doesNotMatch(
    (await w.h.app.inject({ url: organise(), cookies: { hd_session: w.ambassador.token } })).body,
    /name="attendance"/,
    'no attendance buttons before the slot',
  );
  const past = Date.now() - 2 * DAY;
  await w.h.db
    .updateTable('matchmaking_events')
    .set({
      registration_deadline: new Date(past - DAY),
      starts_at: new Date(past),
      ends_at: new Date(past + 3_600_000),
    })
    .where('id', '=', eventId)
    .execute();
  const page = await w.h.app.inject({ url: organise(), cookies: { hd_session: w.ambassador.token } });
  assert.match(page.body, /name="attendance" value="no_show"/);
  const recorded = await postForm(w.ambassador, organise(), url, { attendance: 'no_show' });
  assert.equal(recorded.statusCode, 303);
  assert.equal(recorded.headers.location, `${organise()}?done=attendance`);
  const row = await w.h.db
    .selectFrom('matchmaking_requests')
    .select('attendance')
    .where('id', '=', meetingId)
    .executeTakeFirstOrThrow();
  assert.equal(row.attendance, 'no_show');
  const edit = await api('PUT', `/api/v1/events/${eventId}`, w.ambassador.auth, eventInput());
  assert.equal(edit.statusCode, 409);
  assert.equal(edit.json().error.id, 'event_started');
});

test('a sender withdraws a waiting request (API and page); the side asked cannot, an answered one stays', async () => {
  const fresh = (await api('POST', '/api/v1/events', w.ambassador.auth, eventInput())).json().id as string;
  const care = await register(fresh, w.careHome, [0, 1]);
  const provider = await register(fresh, w.provider, [0, 1]);
  const stranger = await register(fresh, w.stranger, [0, 1]);
  const send = async (from: TestPerson, fromId: string, toId: string) =>
    (
      await api('POST', `/api/v1/events/${fresh}/requests`, from.auth, {
        fromParticipantId: fromId,
        toParticipantId: toId,
        reason: 'Even kennismaken',
      })
    ).json().id as string;
  const first = await send(w.careHome, care, provider);
  const url = `/api/v1/events/${fresh}/requests/${first}`;
  assert.equal((await api('DELETE', url, w.provider.auth)).statusCode, 403, 'the side asked answers instead');
  assert.equal((await api('DELETE', url, w.stranger.auth)).statusCode, 404);
  assert.equal((await api('DELETE', url, w.careHome.auth)).statusCode, 204);
  assert.ok((await kindsFor(w.provider)).includes('matchmaking_request_withdrawn'));
  const answered = await send(w.careHome, care, stranger);
  await api('POST', `/api/v1/events/${fresh}/requests/${answered}/decision`, w.stranger.auth, { decision: 'accept' });
  assert.equal((await api('DELETE', `/api/v1/events/${fresh}/requests/${answered}`, w.careHome.auth)).statusCode, 409);

  const second = await send(w.provider, provider, care);
  const requests = await w.h.app.inject({
    url: `/events/${fresh}/requests`,
    cookies: { hd_session: w.provider.token },
  });
  const pageUrl = `/events/${fresh}/requests/${second}/withdraw`;
  assert.match(requests.body, new RegExp(`href="${pageUrl}"`));
  const unconfirmed = await postForm(w.provider, pageUrl, pageUrl, {});
  assert.equal(unconfirmed.statusCode, 400);
  assert.match(unconfirmed.body, /id="confirm-error"/);
  const done = await postForm(w.provider, pageUrl, pageUrl, { confirm: 'yes' });
  assert.equal(done.statusCode, 303);
  assert.equal(done.headers.location, `/events/${fresh}/requests?done=request_withdrawn`);
  const left = await w.h.db.selectFrom('matchmaking_requests').select('id').where('event_id', '=', fresh).execute();
  assert.deepEqual(
    left.map((r) => r.id),
    [answered],
  );
});

test('a participant withdraws their registration after confirming; their requests and meetings go, the others are told', async () => {
  const fresh = (await api('POST', '/api/v1/events', w.ambassador.auth, eventInput())).json().id as string;
  const care = await register(fresh, w.careHome, [0, 1]);
  const provider = await register(fresh, w.provider, [0, 1]);
  const asked = (
    await api('POST', `/api/v1/events/${fresh}/requests`, w.provider.auth, {
      fromParticipantId: provider,
      toParticipantId: care,
      reason: 'Even kennismaken',
    })
  ).json().id as string;
  await api('POST', `/api/v1/events/${fresh}/requests/${asked}/decision`, w.careHome.auth, { decision: 'accept' });
  await api('POST', `/api/v1/events/${fresh}/schedule`, w.ambassador.auth);
  const before = (await kindsFor(w.provider)).filter((k) => k === 'matchmaking_participant_withdrew').length;
  const url = `/events/${fresh}/withdraw`;
  const confirm = await w.h.app.inject({ url, cookies: { hd_session: w.careHome.token } });
  assert.equal(confirm.statusCode, 200);
  assert.match(confirm.body, /\(1\)/, 'says how many requests and meetings go');
  const unconfirmed = await postForm(w.careHome, url, url, {});
  assert.equal(unconfirmed.statusCode, 400);
  assert.equal(
    (await w.h.db.selectFrom('matchmaking_participants').select('id').where('id', '=', care).execute()).length,
    1,
  );
  assert.equal((await api('DELETE', `/api/v1/events/${fresh}/participants/${care}`, w.stranger.auth)).statusCode, 404);
  const done = await postForm(w.careHome, url, url, { confirm: 'yes' });
  assert.equal(done.statusCode, 303);
  assert.equal(done.headers.location, `/events/${fresh}?done=registration_withdrawn`);
  assert.equal(
    (await w.h.db.selectFrom('matchmaking_participants').select('id').where('id', '=', care).execute()).length,
    0,
  );
  assert.equal(
    (await w.h.db.selectFrom('matchmaking_requests').select('id').where('id', '=', asked).execute()).length,
    0,
  );
  const after = (await kindsFor(w.provider)).filter((k) => k === 'matchmaking_participant_withdrew').length;
  assert.equal(after, before + 1, 'the other side is told');
  const agenda = (await w.h.app.inject({ url: `/api/v1/events/${fresh}/agenda`, headers: w.provider.auth })).json();
  assert.deepEqual(agenda.meetings, []);
  assert.equal(
    (await api('DELETE', `/api/v1/events/${fresh}/participants/${provider}`, w.provider.auth)).statusCode,
    204,
  );
});
