// The demo content's matchmaking days through the real server: an upcoming and a past event are listed,
// and the demo provider's agenda holds its meetings without double booking a table or a person.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startLiveServer, type LiveServer } from '../test-support/browser.ts';
import { startSession } from '../accounts/session.ts';

let server: LiveServer;
before(async () => {
  server = await startLiveServer();
});
after(() => server.close());

test('the demo shows an upcoming and a past matchmaking day, and the provider’s agenda has two meetings', async () => {
  const list = await server.app.inject({ url: '/api/v1/events' });
  const { upcoming, past } = list.json();
  assert.equal(upcoming.length, 1);
  assert.equal(past.length, 1);
  assert.equal(upcoming[0].registrationOpen, true);
  const person = await server.services.db
    .selectFrom('people')
    .select('id')
    .where('email', '=', 'info@zilverlijn.example')
    .executeTakeFirstOrThrow();
  const token = await startSession(server.services.db, person.id, new Date());
  const agenda = await server.app.inject({
    url: `/api/v1/events/${upcoming[0].id}/agenda`,
    headers: { authorization: `Bearer ${token}` },
  });
  const meetings = agenda.json().meetings as { slot: number; table: number }[];
  assert.equal(meetings.length, 2);
  assert.equal(new Set(meetings.map((m) => m.slot)).size, 2, 'never two meetings at once');
  const pastAgenda = await server.app.inject({
    url: `/api/v1/events/${past[0].id}/agenda`,
    headers: { authorization: `Bearer ${token}` },
  });
  assert.equal(pastAgenda.json().meetings.length, 1);
});
