// The ambassador's event form through the real server: a wrong form comes back with the problems at
// their fields and stores nothing; a right one creates the event, with its sectors and spearheads, and
// leads to its page with feedback. Members do not get the form.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startWorld, type World } from '../test-support/matches-world.ts';
import { formSession } from '../test-support/harness.ts';
import { inDays } from './test-fixtures.ts';

let w: World;
before(async () => {
  w = await startWorld();
});
after(async () => {
  await w.h.close();
});

async function submit(fields: [string, string][]) {
  const { csrf, cookies } = await formSession(w.h.app, '/events/new', w.ambassador.token);
  return w.h.app.inject({
    method: 'POST',
    url: '/events/new',
    cookies,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams([['_csrf', csrf], ...fields]).toString(),
  });
}

const right: [string, string][] = [
  ['name', 'Matchmaking onderwijs'],
  ['start', inDays(30, 13)],
  ['end', inDays(30, 17)],
  ['slotMinutes', '30'],
  ['tables', '6'],
  ['address', 'Stadhuis, Markt 1, 8500 Kortrijk'],
  ['registrationDeadline', inDays(20, 12)],
  ['sectors', 'education'],
  ['spearheads', '1'],
  ['spearheads', '5'],
];

test('an ambassador creates an event with the form; a wrong one is shown again with its problems', async () => {
  const wrong = await submit(
    right.map(([name, value]): [string, string] => (name === 'end' ? [name, inDays(30, 12)] : [name, value])),
  );
  assert.equal(wrong.statusCode, 400);
  assert.match(wrong.body, /id="end-error"/);
  assert.equal((await w.h.db.selectFrom('matchmaking_events').select('id').execute()).length, 0);
  const created = await submit(right);
  assert.equal(created.statusCode, 303);
  const event = await w.h.db.selectFrom('matchmaking_events').selectAll().executeTakeFirstOrThrow();
  assert.equal(created.headers.location, `/events/${event.id}?done=event_created`, 'the redirect carries feedback');
  const shown = await w.h.app.inject({ url: created.headers.location, cookies: { hd_session: w.ambassador.token } });
  assert.match(shown.body, /De matchmakingdag is aangemaakt/);
  const organise = await w.h.app.inject({
    url: `/events/${event.id}/organise`,
    cookies: { hd_session: w.ambassador.token },
  });
  assert.match(organise.body, /0 deelnemers van 0 organisaties/);
  assert.equal(event.slot_minutes, 30);
  assert.equal(event.table_count, 6);
  assert.deepEqual(event.sectors, ['education']);
  assert.deepEqual(event.spearheads, [1, 5]);
  const member = await w.h.app.inject({ url: '/events/new', cookies: { hd_session: w.careHome.token } });
  assert.equal(member.statusCode, 403);
});
