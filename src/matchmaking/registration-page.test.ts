// The registration form through the real server: a member finds it from the event page, sees their own
// organisation's challenges to link, is told when no slot is chosen (nothing stored), and registers
// with a challenge and two slots; the event page then links their agenda instead.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startWorld, type World } from '../test-support/matches-world.ts';
import { formSession } from '../test-support/harness.ts';
import { eventInput } from './test-fixtures.ts';

let w: World;
let eventId: string;
before(async () => {
  w = await startWorld();
  eventId = (
    await w.h.app.inject({ method: 'POST', url: '/api/v1/events', headers: w.ambassador.auth, payload: eventInput() })
  ).json().id;
});
after(async () => {
  await w.h.close();
});

async function register(fields: [string, string][]) {
  const { csrf, cookies } = await formSession(w.h.app, `/events/${eventId}/register`, w.careHome.token);
  const { organisation_id } = await w.h.db
    .selectFrom('memberships')
    .select('organisation_id')
    .where('person_id', '=', w.careHome.id)
    .executeTakeFirstOrThrow();
  return w.h.app.inject({
    method: 'POST',
    url: `/events/${eventId}/register`,
    cookies,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams([['_csrf', csrf], ['organisationId', organisation_id], ...fields]).toString(),
  });
}

const eventPage = () => w.h.app.inject({ url: `/events/${eventId}`, cookies: { hd_session: w.careHome.token } });

test('a member registers with the form: their own challenge linked and the slots they are free', async () => {
  assert.match((await eventPage()).body, new RegExp(`href="/events/${eventId}/register"`));
  const form = await w.h.app.inject({ url: `/events/${eventId}/register`, cookies: { hd_session: w.careHome.token } });
  assert.match(form.body, new RegExp(`name="challengeIds" value="${w.challengeId}"`));
  assert.doesNotMatch(form.body, new RegExp(w.solutionId), 'another organisation’s solution is not offered');
  const noSlot = await register([['seeks', 'Beeldbellen']]);
  assert.equal(noSlot.statusCode, 400);
  assert.match(noSlot.body, /id="availableSlots-error"/);
  assert.equal((await w.h.db.selectFrom('matchmaking_participants').select('id').execute()).length, 0);
  const done = await register([
    ['seeks', 'Beeldbellen'],
    ['challengeIds', w.challengeId],
    ['availableSlots', '0'],
    ['availableSlots', '2'],
  ]);
  assert.equal(done.statusCode, 303);
  assert.equal(done.headers.location, `/events/${eventId}/requests?done=registered`);
  const row = await w.h.db.selectFrom('matchmaking_participants').selectAll().executeTakeFirstOrThrow();
  assert.deepEqual(row.challenge_ids, [w.challengeId]);
  assert.deepEqual(row.available_slots, [0, 2]);
  assert.equal(row.person_id, w.careHome.id);
  const after = (await eventPage()).body;
  assert.doesNotMatch(after, /\/register"/);
  assert.match(after, new RegExp(`href="/events/${eventId}/agenda"`));
});
