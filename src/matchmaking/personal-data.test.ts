// Taking part in a matchmaking day is personal data: what a person registered with and the meetings
// they asked for or were asked for are in their export, and go with their account.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startWorld, type World } from '../test-support/matches-world.ts';
import type { TestPerson } from '../test-support/harness.ts';
import { eventInput } from './test-fixtures.ts';

let w: World;
before(async () => {
  w = await startWorld();
});
after(() => w.h.close());

async function organisationOf(person: TestPerson): Promise<string> {
  const row = await w.h.db
    .selectFrom('memberships')
    .select('organisation_id')
    .where('person_id', '=', person.id)
    .executeTakeFirstOrThrow();
  return row.organisation_id;
}

async function register(eventId: string, person: TestPerson, seeks: string): Promise<string> {
  const response = await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/events/${eventId}/participants`,
    headers: person.auth,
    payload: {
      organisationId: await organisationOf(person),
      seeks,
      offers: 'Een testomgeving',
      challengeIds: [],
      solutionIds: [],
      availableSlots: [0, 1],
    },
  });
  assert.equal(response.statusCode, 201, response.body);
  return response.json().id;
}

test('a participant’s registration and meeting requests are in the export, and go with the account', async () => {
  const event = await w.h.app.inject({
    method: 'POST',
    url: '/api/v1/events',
    headers: w.ambassador.auth,
    payload: eventInput({ name: 'Matchmaking beeldbellen' }),
  });
  const eventId = event.json().id as string;
  const care = await register(eventId, w.careHome, 'Een partner voor beeldbellen');
  const provider = await register(eventId, w.provider, 'Woonzorgcentra die willen testen');
  const asked = await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/events/${eventId}/requests`,
    headers: w.careHome.auth,
    payload: { fromParticipantId: care, toParticipantId: provider, reason: 'Uw toestel past bij onze bewoners' },
  });
  assert.equal(asked.statusCode, 201, asked.body);

  const exported = (await w.h.app.inject({ url: '/api/v1/me/export', headers: w.provider.auth })).json();
  assert.deepEqual(
    exported.matchmaking.participation.map((p: { event: string; seeks: string }) => [p.event, p.seeks]),
    [['Matchmaking beeldbellen', 'Woonzorgcentra die willen testen']],
  );
  assert.deepEqual(
    exported.matchmaking.requests.map((r: { reason: string; direction: string }) => [r.direction, r.reason]),
    [['received', 'Uw toestel past bij onze bewoners']],
  );

  const erased = await w.h.app.inject({
    method: 'DELETE',
    url: '/api/v1/me',
    headers: w.provider.auth,
    payload: { password: 'correct horse battery staple' },
  });
  assert.equal(erased.statusCode, 204);
  const left = await w.h.db.selectFrom('matchmaking_participants').select('id').where('id', '=', provider).execute();
  assert.equal(left.length, 0);
});
