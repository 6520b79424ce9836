// Engine suggestions at a matchmaking day through the real server: a participant who linked a challenge
// is pointed to the participant whose linked solution the engine ranks as a fit, with its reasons; a
// participant without a fitting item is not suggested; one already asked drops out; non-participants get 404.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startWorld, type World } from '../test-support/matches-world.ts';
import type { TestPerson } from '../test-support/harness.ts';
import { eventInput } from './test-fixtures.ts';

let w: World;
let eventId: string;
const participant: Record<string, string> = {};
before(async () => {
  w = await startWorld();
  eventId = (
    await w.h.app.inject({ method: 'POST', url: '/api/v1/events', headers: w.ambassador.auth, payload: eventInput() })
  ).json().id;
  const register = async (
    name: string,
    person: TestPerson,
    items: { challengeIds?: string[]; solutionIds?: string[] },
  ) => {
    const { organisation_id } = await w.h.db
      .selectFrom('memberships')
      .select('organisation_id')
      .where('person_id', '=', person.id)
      .executeTakeFirstOrThrow();
    const response = await w.h.app.inject({
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
        ...items,
      },
    });
    participant[name] = response.json().id;
  };
  await register('care', w.careHome, { challengeIds: [w.challengeId] });
  await register('provider', w.provider, { solutionIds: [w.solutionId] });
  await register('stranger', w.stranger, {});
});
after(async () => {
  await w.h.close();
});

const suggestions = (auth: { authorization: string }) =>
  w.h.app.inject({ url: `/api/v1/events/${eventId}/suggestions`, headers: auth });

test('a participant is pointed to the one whose linked solution fits their challenge, with the engine’s reasons', async () => {
  const answer = await suggestions(w.careHome.auth);
  assert.equal(answer.statusCode, 200);
  const items = answer.json().items;
  assert.deepEqual(
    items.map((s: { participantId: string }) => s.participantId),
    [participant.provider],
  );
  assert.match(items[0].name, /Beeldlijn bv/);
  assert.ok(items[0].score > 0);
  assert.equal(items[0].reasons[0].yourItemId, w.challengeId);
  assert.equal(items[0].reasons[0].theirItemId, w.solutionId);
  assert.ok(items[0].reasons[0].sharedTerms.length > 0, 'with the words both use');
  assert.equal((await suggestions(w.ambassador.auth)).statusCode, 404, 'not a participant');
});

test('a participant already asked is no longer suggested', async () => {
  await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/events/${eventId}/requests`,
    headers: w.careHome.auth,
    payload: { fromParticipantId: participant.care, toParticipantId: participant.provider, reason: 'Kennismaking' },
  });
  assert.deepEqual((await suggestions(w.careHome.auth)).json().items, []);
});
