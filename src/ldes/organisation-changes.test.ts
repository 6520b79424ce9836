// An item's public view includes its organisation: when the organisation changes what anyone may read of
// it (its name), the stream gets a new version of each of its published items, and nothing else moves.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startLdesWorld, type LdesWorld } from './test-support.ts';

let w: LdesWorld;
let challengeId: string;
let organisationId: string;

before(async () => {
  w = await startLdesWorld(250);
  challengeId = await w.publish('challenges', { title: 'Uitdaging van een organisatie die van naam verandert' });
  await w.draft('solutions', { title: 'Ontwerp dat niet in de stroom komt' });
  await w.settled();
  const row = await w.h.db
    .selectFrom('challenges')
    .select('owner_organisation_id')
    .where('id', '=', challengeId)
    .executeTakeFirstOrThrow();
  organisationId = row.owner_organisation_id;
});
after(() => w.h.close());

const membersOf = (itemId: string) =>
  w.h.db
    .selectFrom('ldes_members')
    .select(['sequence', 'content'])
    .where('item_id', '=', itemId)
    .orderBy('sequence')
    .execute();

async function rename(payload: Record<string, unknown>): Promise<void> {
  const response = await w.h.app.inject({
    method: 'PATCH',
    url: `/api/v1/organisations/${organisationId}`,
    headers: w.member.auth,
    payload,
  });
  assert.equal(response.statusCode, 200, response.body);
  await w.settled();
}

test('renaming an organisation records a new version of its published item with the new name', async () => {
  assert.equal((await membersOf(challengeId)).length, 1);
  await rename({ name: 'Woonzorg De Nieuwe Linde' });
  const versions = await membersOf(challengeId);
  assert.equal(versions.length, 2);
  assert.equal((versions[1]!.content as { organisation_name: string }).organisation_name, 'Woonzorg De Nieuwe Linde');
  const page = await w.h.app.inject({ method: 'GET', url: '/ldes/items/pages/0', headers: { accept: 'text/turtle' } });
  assert.match(page.body, /Woonzorg De Nieuwe Linde/);
});

test('a change to what nobody outside sees (the street) records no version', async () => {
  const before = (await membersOf(challengeId)).length;
  await rename({ street: 'Lindelaan 12' });
  assert.equal((await membersOf(challengeId)).length, before);
});
