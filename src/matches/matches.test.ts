import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { TestPerson } from '../test-support/harness.ts';
import { solutionInput } from '../test-support/items.ts';
import { publish, startWorld, type World } from '../test-support/matches-world.ts';

let w: World;
before(async () => {
  w = await startWorld();
});
after(() => w.h.close());

const post = (url: string, who: TestPerson | null, payload: Record<string, unknown>) =>
  w.h.app.inject({ method: 'POST', url, headers: who?.auth ?? {}, payload });

async function freshSolution(): Promise<string> {
  return publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: `Beeldbellen variant ${Math.random()}` }),
  );
}

describe('suggested matches', () => {
  test('the engine’s matches are kept as suggested records when the owner asks for them', async () => {
    const response = await post('/api/v1/matches/suggestions', w.careHome, { kind: 'challenge', id: w.challengeId });
    assert.equal(response.statusCode, 200);
    const record = response.json().items.find((m: { solution: { id: string } }) => m.solution.id === w.solutionId);
    assert.equal(record.status, 'suggested');
    assert.equal(record.origin, 'engine');
    assert.ok(record.score > 0);
    const again = await post('/api/v1/matches/suggestions', w.careHome, { kind: 'challenge', id: w.challengeId });
    assert.equal(
      again.json().items.filter((m: { solution: { id: string } }) => m.solution.id === w.solutionId).length,
      1,
    );
  });

  test('a stranger cannot list or read the match records of someone else’s challenge', async () => {
    const listed = await w.h.app.inject({
      url: `/api/v1/matches?challengeId=${w.challengeId}`,
      headers: w.stranger.auth,
    });
    assert.deepEqual(listed.json().items, []);
    const own = await w.h.app.inject({ url: `/api/v1/matches?challengeId=${w.challengeId}`, headers: w.careHome.auth });
    const id = own.json().items[0].id as string;
    assert.equal((await w.h.app.inject({ url: `/api/v1/matches/${id}`, headers: w.stranger.auth })).statusCode, 404);
    assert.equal((await w.h.app.inject({ url: `/api/v1/matches/${id}` })).statusCode, 401);
  });
});

describe('applications, requests and proposals', () => {
  test('a provider applies with their solution; the solution side counts as accepted', async () => {
    const solutionId = await freshSolution();
    const response = await post('/api/v1/matches/applications', w.provider, {
      challengeId: w.challengeId,
      solutionId,
      note: 'Wij helpen graag.',
    });
    assert.equal(response.statusCode, 201);
    const body = response.json();
    assert.equal(body.status, 'proposed');
    assert.equal(body.solution.accepted, true);
    assert.equal(body.challenge.accepted, false);
    assert.deepEqual(
      body.timeline.map((e: { action: string; note: string }) => [e.action, e.note]),
      [['application', 'Wij helpen graag.']],
    );
  });

  test('nobody applies with a solution that is not theirs', async () => {
    const solutionId = await freshSolution();
    for (const who of [w.careHome, w.stranger]) {
      assert.equal(
        (await post('/api/v1/matches/applications', who, { challengeId: w.challengeId, solutionId })).statusCode,
        403,
      );
    }
  });

  test('a challenge owner asks for an introduction; only the owner may', async () => {
    const solutionId = await freshSolution();
    assert.equal(
      (await post('/api/v1/matches/requests', w.provider, { challengeId: w.challengeId, solutionId })).statusCode,
      403,
    );
    assert.equal(
      (await post('/api/v1/matches/requests', w.stranger, { challengeId: w.challengeId, solutionId })).statusCode,
      403,
    );
    const response = await post('/api/v1/matches/requests', w.careHome, { challengeId: w.challengeId, solutionId });
    assert.equal(response.statusCode, 201);
    assert.equal(response.json().challenge.accepted, true);
  });

  test('a curating ambassador proposes a match with a note; members and other ambassadors may not', async () => {
    const solutionId = await freshSolution();
    assert.equal(
      (await post('/api/v1/matches/proposals', w.careHome, { challengeId: w.challengeId, solutionId })).statusCode,
      403,
    );
    assert.equal(
      (await post('/api/v1/matches/proposals', w.otherAmbassador, { challengeId: w.challengeId, solutionId }))
        .statusCode,
      403,
    );
    const response = await post('/api/v1/matches/proposals', w.ambassador, {
      challengeId: w.challengeId,
      solutionId,
      note: 'Past goed.',
    });
    assert.equal(response.statusCode, 201);
    assert.equal(response.json().origin, 'ambassador');
    assert.equal(
      (await post('/api/v1/matches/proposals', w.ambassador, { challengeId: w.challengeId, solutionId })).statusCode,
      409,
    );
  });
});

describe('deciding and outcomes', () => {
  async function proposal(): Promise<string> {
    const solutionId = await freshSolution();
    return (await post('/api/v1/matches/proposals', w.ambassador, { challengeId: w.challengeId, solutionId })).json()
      .id;
  }

  test('declining needs a reason and ends the match', async () => {
    const id = await proposal();
    assert.equal((await post(`/api/v1/matches/${id}/decision`, w.provider, { decision: 'decline' })).statusCode, 400);
    const declined = await post(`/api/v1/matches/${id}/decision`, w.provider, {
      decision: 'decline',
      reason: 'Geen capaciteit',
    });
    assert.equal(declined.json().status, 'declined');
    assert.equal(declined.json().declineReason, 'Geen capaciteit');
    assert.equal((await post(`/api/v1/matches/${id}/decision`, w.careHome, { decision: 'accept' })).statusCode, 409);
  });

  test('neither strangers nor ambassadors decide for a side', async () => {
    const id = await proposal();
    assert.equal((await post(`/api/v1/matches/${id}/decision`, w.stranger, { decision: 'accept' })).statusCode, 404);
    assert.equal(
      (await post(`/api/v1/matches/${id}/decision`, w.otherAmbassador, { decision: 'accept' })).statusCode,
      404,
    );
    assert.equal((await post(`/api/v1/matches/${id}/decision`, w.ambassador, { decision: 'accept' })).statusCode, 403);
  });

  test('accepted by both sides, the challenge becomes matched and the steps are audited', async () => {
    const id = await proposal();
    const first = await post(`/api/v1/matches/${id}/decision`, w.careHome, { decision: 'accept' });
    assert.equal(first.json().status, 'proposed');
    const both = await post(`/api/v1/matches/${id}/decision`, w.provider, { decision: 'accept' });
    assert.equal(both.json().status, 'accepted');
    // The challenge becoming matched is a consequence of the acceptance event, done once it is delivered.
    await w.h.services.events.settled();
    const challenge = await w.h.app.inject({ url: `/api/v1/challenges/${w.challengeId}` });
    assert.equal(challenge.json().status, 'matched');
    const audit = await w.h.db
      .selectFrom('audit_events')
      .select('action')
      .where('object_id', 'in', [id, w.challengeId])
      .execute();
    const actions = audit.map((a) => a.action);
    for (const action of ['match.ambassador', 'match.accepted_by_one_side', 'match.accepted', 'challenge.mark_matched'])
      assert.ok(actions.includes(action), action);
  });

  test('only a curating ambassador records outcomes, in order', async () => {
    const id = await proposal();
    await post(`/api/v1/matches/${id}/decision`, w.careHome, { decision: 'accept' });
    await post(`/api/v1/matches/${id}/decision`, w.provider, { decision: 'accept' });
    for (const who of [w.careHome, w.provider, w.stranger, w.otherAmbassador]) {
      assert.ok(
        [403, 404].includes((await post(`/api/v1/matches/${id}/outcome`, who, { outcome: 'introduced' })).statusCode),
      );
    }
    assert.equal((await post(`/api/v1/matches/${id}/outcome`, w.ambassador, { outcome: 'deployed' })).statusCode, 409);
    assert.equal(
      (await post(`/api/v1/matches/${id}/outcome`, w.ambassador, { outcome: 'introduced' })).json().status,
      'introduced',
    );
    const pilot = await post(`/api/v1/matches/${id}/outcome`, w.ambassador, {
      outcome: 'pilot',
      note: 'Drie maanden in De Linde',
    });
    assert.equal(pilot.json().status, 'pilot');
    assert.deepEqual(
      pilot.json().timeline.map((e: { action: string }) => e.action),
      ['ambassador', 'accepted_by_one_side', 'accepted', 'introduced', 'pilot'],
    );
  });
});

describe('duplicates', () => {
  test('an ambassador merges a duplicate solution: its matches move to the original', async () => {
    const original = await freshSolution();
    const duplicate = await freshSolution();
    const match = (
      await post('/api/v1/matches/applications', w.provider, { challengeId: w.challengeId, solutionId: duplicate })
    ).json();
    assert.equal(
      (await post('/api/v1/duplicates', w.provider, { kind: 'solution', duplicateId: duplicate, originalId: original }))
        .statusCode,
      403,
    );
    assert.equal(
      (
        await post('/api/v1/duplicates', w.otherAmbassador, {
          kind: 'solution',
          duplicateId: duplicate,
          originalId: original,
        })
      ).statusCode,
      403,
    );
    const merged = await post('/api/v1/duplicates', w.ambassador, {
      kind: 'solution',
      duplicateId: duplicate,
      originalId: original,
    });
    assert.deepEqual(merged.json().movedMatches, [match.id]);
    const moved = await w.h.app.inject({ url: `/api/v1/matches/${match.id}`, headers: w.provider.auth });
    assert.equal(moved.json().solution.id, original);
    const archived = await w.h.db
      .selectFrom('solutions')
      .select(['status', 'duplicate_of'])
      .where('id', '=', duplicate)
      .executeTakeFirstOrThrow();
    assert.deepEqual(archived, { status: 'archived', duplicate_of: original });
  });
});
