// Meetings hold what people did and wrote (a proposal, a decline with its reason, how it went): that is
// in their personal data export, and the reason they wrote goes with their account.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { acceptedMatch, startWorld, type World } from '../test-support/matches-world.ts';
import { createPerson, type TestPerson } from '../test-support/harness.ts';
import { toBrusselsInput } from './brussels-time.ts';

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

test('a declined meeting is in the decliner’s export with the reason, and the reason goes with the account', async () => {
  const id = await acceptedMatch(w, 'Afspraakbel');
  const leaving = await createPerson(w.h.db, 'member', await organisationOf(w.provider));
  const start = toBrusselsInput(new Date(Date.now() + 48 * 3_600_000));
  const meeting = await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/matches/${id}/meetings`,
    headers: w.careHome.auth,
    payload: { slots: [{ start, durationMinutes: 30 }], address: 'Hasselt' },
  });
  const meetingId = meeting.json().id as string;
  const declined = await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/matches/${id}/meetings/${meetingId}/decline`,
    headers: leaving.auth,
    payload: { reason: 'Bel me liever op 0470 12 34 56' },
  });
  assert.equal(declined.statusCode, 200, declined.body);

  const exported = (await w.h.app.inject({ url: '/api/v1/me/export', headers: leaving.auth })).json();
  assert.deepEqual(
    exported.meetings.map((m: { id: string; match_id: string; decline_reason: string }) => [
      m.id,
      m.match_id,
      m.decline_reason,
    ]),
    [[meetingId, id, 'Bel me liever op 0470 12 34 56']],
  );
  const proposer = (await w.h.app.inject({ url: '/api/v1/me/export', headers: w.careHome.auth })).json();
  assert.ok(
    proposer.meetings.some((m: { id: string }) => m.id === meetingId),
    'the proposer’s export has it too',
  );

  const erased = await w.h.app.inject({
    method: 'DELETE',
    url: '/api/v1/me',
    headers: leaving.auth,
    payload: { password: 'correct horse battery staple' },
  });
  assert.equal(erased.statusCode, 204);
  const after = await w.h.app.inject({ url: `/api/v1/matches/${id}/meetings`, headers: w.careHome.auth });
  const read = (after.json().items as { id: string; status: string; declineReason: string | null }[]).find(
    (m) => m.id === meetingId,
  );
  assert.equal(read?.status, 'declined', 'the meeting stays, as the match’s record');
  assert.equal(read?.declineReason, null);
});
