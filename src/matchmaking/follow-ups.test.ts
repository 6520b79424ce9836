// After a matchmaking day, through the real server: a participant of a held meeting says how it went,
// once; before the meeting, or for anyone not in it, that is refused. A next step on a challenge and a
// solution the two registered becomes a match of origin 'event' linked to the meeting (an existing match
// of the pair is linked, not duplicated); when both participants name the same pair it is accepted by
// both. A confidential challenge is never offered to the other participant, and the indicators count it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { publish, startWorld, type World } from '../test-support/matches-world.ts';
import { createOrganisation, createPerson, formSession, type TestPerson } from '../test-support/harness.ts';
import { challengeInput, solutionInput } from '../test-support/items.ts';
import { DAY, eventInput } from './test-fixtures.ts';
import { brusselsMonth } from '../indicators/service.ts';

let w: World;
let eventId: string;
let eventName: string;
let neighbour: TestPerson;
const ids = {
  confidential: '',
  secondSolution: '',
  neighbourSolution: '',
  existingMatch: '',
  withProvider: '',
  withNeighbour: '',
};

const organisationOf = async (person: TestPerson) =>
  (
    await w.h.db
      .selectFrom('memberships')
      .select('organisation_id')
      .where('person_id', '=', person.id)
      .executeTakeFirstOrThrow()
  ).organisation_id;

async function register(person: TestPerson, challengeIds: string[], solutionIds: string[]) {
  const response = await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/events/${eventId}/participants`,
    headers: person.auth,
    payload: {
      organisationId: await organisationOf(person),
      seeks: '',
      offers: '',
      challengeIds,
      solutionIds,
      availableSlots: [0, 1, 2],
    },
  });
  assert.equal(response.statusCode, 201, response.body);
  return response.json().id as string;
}

async function meeting(from: TestPerson, fromId: string, to: TestPerson, toId: string) {
  const asked = await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/events/${eventId}/requests`,
    headers: from.auth,
    payload: { fromParticipantId: fromId, toParticipantId: toId, reason: 'Kennismaking' },
  });
  const id = asked.json().id as string;
  await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/events/${eventId}/requests/${id}/decision`,
    headers: to.auth,
    payload: { decision: 'accept' },
  });
  return id;
}

before(async () => {
  w = await startWorld();
  neighbour = await createPerson(w.h.db, 'member', await createOrganisation(w.h.db, 'Buurtzorg Digitaal nv', false));
  const title = 'Dossier bewonersgegevens vertrouwelijk';
  ids.confidential = await publish(
    w.h,
    'challenges',
    w.careHome,
    w.ambassador,
    challengeInput({ title, classification: 'confidential' }),
  );
  ids.secondSolution = await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: 'Zorgtablet' }),
  );
  ids.neighbourSolution = await publish(
    w.h,
    'solutions',
    neighbour,
    w.ambassador,
    solutionInput({ title: 'Buurtapp' }),
  );
  // The care home asked for a match with the neighbour's solution before the day: that match is linked, not copied.
  const requested = await w.h.app.inject({
    method: 'POST',
    url: '/api/v1/matches/requests',
    headers: w.careHome.auth,
    payload: { challengeId: w.challengeId, solutionId: ids.neighbourSolution },
  });
  ids.existingMatch = requested.json().id;
  const created = await w.h.app.inject({
    method: 'POST',
    url: '/api/v1/events',
    headers: w.ambassador.auth,
    payload: eventInput(),
  });
  eventId = created.json().id;
  eventName = created.json().name;
  const care = await register(w.careHome, [w.challengeId, ids.confidential], []);
  const provider = await register(w.provider, [], [w.solutionId, ids.secondSolution]);
  const other = await register(neighbour, [], [ids.neighbourSolution]);
  ids.withProvider = await meeting(w.careHome, care, w.provider, provider);
  ids.withNeighbour = await meeting(neighbour, other, w.careHome, care);
  const scheduled = await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/events/${eventId}/schedule`,
    headers: w.ambassador.auth,
  });
  assert.equal(scheduled.json().placed, 2);
});
after(async () => {
  await w.h.close();
});

const followUp = (person: TestPerson, requestId: string, payload: Record<string, unknown>) =>
  w.h.app.inject({
    method: 'POST',
    url: `/api/v1/events/${eventId}/requests/${requestId}/follow-up`,
    headers: person.auth,
    payload,
  });

const agendaOf = async (person: TestPerson) =>
  (await w.h.app.inject({ url: `/api/v1/events/${eventId}/agenda`, headers: person.auth })).json();

async function moveEventToThePast() {
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
}

const matchesOfPair = (challengeId: string, solutionId: string) =>
  w.h.db
    .selectFrom('matches')
    .selectAll()
    .where('challenge_id', '=', challengeId)
    .where('solution_id', '=', solutionId)
    .execute();

test('how a meeting went cannot be said before it took place, nor by anyone who was not in it', async () => {
  const early = await followUp(w.careHome, ids.withProvider, { outcome: 'not_a_fit' });
  assert.equal(early.statusCode, 409);
  assert.equal(early.json().error.id, 'not_held');
  assert.equal((await agendaOf(w.careHome)).meetings[0].followUp.mayRecord, false);
  await moveEventToThePast();
  assert.equal((await followUp(w.stranger, ids.withProvider, { outcome: 'next_step' })).statusCode, 404);
  assert.equal((await followUp(w.ambassador, ids.withProvider, { outcome: 'next_step' })).statusCode, 404);
  assert.equal(
    (await followUp(neighbour, ids.withProvider, { outcome: 'next_step' })).statusCode,
    404,
    'other meeting',
  );
  const count = await w.h.db
    .selectFrom('matchmaking_follow_ups')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  assert.equal(Number(count?.n), 0);
});

test('the other participant is never offered a confidential challenge, nor can they name it', async () => {
  const agenda = await agendaOf(w.provider);
  const pairs = agenda.meetings[0].followUp.pairs;
  assert.equal(agenda.meetings[0].followUp.mayRecord, true);
  assert.deepEqual(
    pairs.map((p: { challengeId: string }) => p.challengeId),
    [w.challengeId, w.challengeId],
  );
  assert.ok(!JSON.stringify(agenda).includes('vertrouwelijk'));
  const page = await w.h.app.inject({ url: `/events/${eventId}/agenda`, headers: w.provider.auth });
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes('Zorgtablet'));
  assert.ok(!page.body.includes('vertrouwelijk'));
  const named = await followUp(w.provider, ids.withProvider, {
    outcome: 'next_step',
    challengeId: ids.confidential,
    solutionId: w.solutionId,
  });
  assert.equal(named.statusCode, 400);
  assert.equal((await matchesOfPair(ids.confidential, w.solutionId)).length, 0);
  const own = (await agendaOf(w.careHome)).meetings.find(
    (m: { requestId: string }) => m.requestId === ids.withProvider,
  );
  assert.equal(own.followUp.pairs.length, 4, 'the owner sees their own confidential challenge');
});

async function postPage(person: TestPerson, requestId: string, fields: Record<string, string>) {
  const { csrf, cookies } = await formSession(w.h.app, `/events/${eventId}/agenda`, person.token);
  return w.h.app.inject({
    method: 'POST',
    url: `/events/${eventId}/agenda/${requestId}/follow-up`,
    cookies,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
  });
}

test('on the agenda page a next step without a chosen pair comes back with the problem and stores nothing', async () => {
  for (const fields of [{ outcome: 'next_step' }, { outcome: 'next_step', pair: 'geen:paar' }] as Record<
    string,
    string
  >[]) {
    const page = await postPage(w.provider, ids.withProvider, fields);
    assert.equal(page.statusCode, 400);
    assert.ok(page.body.includes('id="error-summary"'));
    assert.ok(page.body.includes('<a href="#pair">'), 'the summary leads to the pairs');
    assert.ok(page.body.includes('id="pair"'));
  }
  const rows = await w.h.db.selectFrom('matchmaking_follow_ups').selectAll().execute();
  assert.equal(rows.length, 0);
});

test('a next step becomes a match from the event, and when both name the pair it is accepted by both', async () => {
  const unchosen = await followUp(w.careHome, ids.withProvider, { outcome: 'next_step' });
  assert.equal(unchosen.statusCode, 400, 'several pairs need a choice');
  const pair = { challengeId: w.challengeId, solutionId: w.solutionId };
  const first = await followUp(w.careHome, ids.withProvider, { outcome: 'next_step', ...pair });
  assert.equal(first.statusCode, 201, first.body);
  const matchId = first.json().matchId;
  const [created] = await matchesOfPair(w.challengeId, w.solutionId);
  assert.equal(created?.id, matchId);
  assert.equal(created?.origin, 'event');
  assert.equal(created?.matchmaking_request_id, ids.withProvider);
  assert.equal(created?.status, 'proposed');
  assert.ok(created?.challenge_accepted_at);
  assert.equal((await followUp(w.careHome, ids.withProvider, { outcome: 'not_a_fit' })).statusCode, 409, 'once');
  const record = await w.h.app.inject({ url: `/api/v1/matches/${matchId}`, headers: w.provider.auth });
  assert.equal(record.json().origin, 'event');
  const step = record.json().timeline.find((entry: { action: string }) => entry.action === 'event');
  assert.ok(step.text.includes(eventName), step.text);
  const second = await followUp(w.provider, ids.withProvider, { outcome: 'next_step', ...pair });
  assert.equal(second.json().matchId, matchId);
  const both = await matchesOfPair(w.challengeId, w.solutionId);
  assert.equal(both.length, 1, 'no duplicate');
  assert.equal(both[0]?.status, 'accepted');
  const agenda = await agendaOf(w.provider);
  assert.deepEqual(
    { ...agenda.meetings[0].followUp, pairs: [] },
    { mayRecord: false, outcome: 'next_step', matchId, pairs: [] },
  );
});

test('a next step on a pair that already has a match links that match instead of making another', async () => {
  const said = await postPage(w.careHome, ids.withNeighbour, {
    outcome: 'next_step',
    pair: `${w.challengeId}:${ids.neighbourSolution}`,
  });
  assert.equal(said.statusCode, 303);
  assert.equal(said.headers.location, `/events/${eventId}/agenda?done=matchmaking_follow_up`);
  const agenda = await agendaOf(w.careHome);
  const answered = agenda.meetings.find((m: { requestId: string }) => m.requestId === ids.withNeighbour);
  assert.equal(answered.followUp.matchId, ids.existingMatch);
  const pair = await matchesOfPair(w.challengeId, ids.neighbourSolution);
  assert.equal(pair.length, 1);
  assert.equal(pair[0]?.origin, 'request');
  assert.equal(pair[0]?.matchmaking_request_id, ids.withNeighbour);
  const record = await w.h.app.inject({ url: `/api/v1/matches/${ids.existingMatch}`, headers: neighbour.auth });
  assert.ok(record.json().timeline.some((entry: { action: string }) => entry.action === 'event'));
  assert.equal((await followUp(neighbour, ids.withNeighbour, { outcome: 'not_a_fit' })).statusCode, 201);
  const exported = (await w.h.app.inject({ url: '/api/v1/me/export', headers: w.careHome.auth })).json();
  assert.ok(
    exported.matchmaking.followUps.some(
      (f: { request_id: string; outcome: string; match_id: string }) =>
        f.request_id === ids.withNeighbour && f.outcome === 'next_step' && f.match_id === ids.existingMatch,
    ),
    'what a participant said after a meeting is in their personal data export',
  );
  assert.equal(
    (await matchesOfPair(w.challengeId, ids.neighbourSolution))[0]?.status,
    'proposed',
    'not a fit declines nothing',
  );
});

test('the indicators count matches from an event and the meetings held there, in the API and the CSV', async () => {
  const period = `from=${brusselsMonth(new Date(Date.now() - 40 * DAY))}&to=${brusselsMonth(new Date())}`;
  const report = (await w.h.app.inject({ url: `/api/v1/indicators?${period}` })).json();
  assert.equal(report.totals.matchesFromEvents, 2);
  assert.equal(report.totals.eventsHeld, 1);
  assert.equal(report.totals.eventMeetingsHeld, 2);
  assert.equal(report.totals.meetingsPerEvent, 2);
  assert.equal(report.totals.eventOrganisations, 3);
  assert.equal(report.totals.smeShareOfEventParticipants, 0.6667);
  const other = (await w.h.app.inject({ url: `/api/v1/indicators?${period}&sector=education` })).json();
  assert.equal(other.totals.eventsHeld, 0, 'an event for another sector is not counted');
  const csv = (await w.h.app.inject({ url: `/indicators.csv?${period}` })).body;
  assert.ok(csv.includes('"matchesFromEvents","total",2'), csv);
  assert.ok(csv.includes('"meetingsPerEvent","total",2'), csv);
  const page = await w.h.app.inject({ url: `/indicators?${period}` });
  assert.ok(page.body.includes('id="table-events-caption"'));
});
