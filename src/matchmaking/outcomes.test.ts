// After a matchmaking day, through the real server: only an ambassador records whether a placed meeting
// was held or missed, and only once its slot has begun; the event's public figures count participants,
// the SME share of their organisations, and the meetings requested, placed, held and missed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startWorld, type World } from '../test-support/matches-world.ts';
import { DAY, eventInput } from './test-fixtures.ts';

let w: World;
let eventId: string;
let requestId: string;
before(async () => {
  w = await startWorld();
  eventId = (
    await w.h.app.inject({ method: 'POST', url: '/api/v1/events', headers: w.ambassador.auth, payload: eventInput() })
  ).json().id;
  const ids: string[] = [];
  for (const person of [w.careHome, w.provider]) {
    const { organisation_id } = await w.h.db
      .selectFrom('memberships')
      .select('organisation_id')
      .where('person_id', '=', person.id)
      .executeTakeFirstOrThrow();
    if (person === w.provider)
      await w.h.db.updateTable('organisations').set({ is_sme: false }).where('id', '=', organisation_id).execute();
    const registered = await w.h.app.inject({
      method: 'POST',
      url: `/api/v1/events/${eventId}/participants`,
      headers: person.auth,
      payload: {
        organisationId: organisation_id,
        seeks: '',
        offers: '',
        challengeIds: [],
        solutionIds: [],
        availableSlots: [0],
      },
    });
    ids.push(registered.json().id);
  }
  requestId = (
    await w.h.app.inject({
      method: 'POST',
      url: `/api/v1/events/${eventId}/requests`,
      headers: w.careHome.auth,
      payload: { fromParticipantId: ids[0], toParticipantId: ids[1], reason: 'Kennismaking' },
    })
  ).json().id;
  await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/events/${eventId}/requests/${requestId}/decision`,
    headers: w.provider.auth,
    payload: { decision: 'accept' },
  });
  await w.h.app.inject({ method: 'POST', url: `/api/v1/events/${eventId}/schedule`, headers: w.ambassador.auth });
});
after(async () => {
  await w.h.close();
});

const attend = (attendance: string, auth = w.ambassador.auth) =>
  w.h.app.inject({
    method: 'PUT',
    url: `/api/v1/events/${eventId}/requests/${requestId}/attendance`,
    headers: auth,
    payload: { attendance },
  });

test('attendance is recorded by an ambassador once the meeting began, and counted in the public figures', async () => {
  assert.equal((await attend('held')).statusCode, 409, 'not before the meeting');
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
  assert.equal((await attend('held', w.careHome.auth)).statusCode, 403);
  assert.equal((await attend('held')).statusCode, 204);
  const figures = await w.h.app.inject({ url: `/api/v1/events/${eventId}/figures` });
  assert.equal(figures.statusCode, 200);
  assert.deepEqual(figures.json(), {
    participants: 2,
    organisations: 2,
    smeShare: 0.5,
    requested: 1,
    accepted: 1,
    placed: 1,
    held: 1,
    noShows: 0,
  });
  assert.equal((await attend('no_show')).statusCode, 204);
  const after = (await w.h.app.inject({ url: `/api/v1/events/${eventId}/figures` })).json();
  assert.equal(after.held, 0);
  assert.equal(after.noShows, 1);
});
