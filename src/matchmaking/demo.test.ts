// The demo content's matchmaking days through the real server: an upcoming and a past event are listed,
// the demo provider's agenda holds its meetings without double booking a table or a person, and after the
// past event the care home's "next step" became a match from the event that waits for the provider.
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
  const followUp = pastAgenda.json().meetings[0].followUp;
  assert.equal(followUp.mayRecord, true, 'the provider can still say how it went');
  assert.equal(followUp.pairs.length, 1);
  const match = await server.services.db
    .selectFrom('matches')
    .innerJoin('matchmaking_follow_ups as f', 'f.match_id', 'matches.id')
    .select(['matches.id', 'matches.origin', 'matches.status', 'matches.matchmaking_request_id'])
    .executeTakeFirstOrThrow();
  assert.deepEqual(
    { origin: match.origin, status: match.status, request: match.matchmaking_request_id },
    { origin: 'event', status: 'proposed', request: pastAgenda.json().meetings[0].requestId },
  );
  const pair = followUp.pairs[0];
  const paired = await server.services.db
    .selectFrom('matches')
    .select('id')
    .where('challenge_id', '=', pair.challengeId)
    .where('solution_id', '=', pair.solutionId)
    .executeTakeFirstOrThrow();
  assert.equal(paired.id, match.id, 'the pair offered is the one the care home named');
  const record = await server.app.inject({
    url: `/api/v1/matches/${match.id}`,
    headers: { authorization: `Bearer ${token}` },
  });
  const step = record.json().timeline.find((entry: { action: string }) => entry.action === 'event');
  assert.match(step.text, new RegExp(past[0].name));
});
