// The work queue names the other side of a waiting match only to an ambassador who may read it
// (the one visibility rule): a confidential solution outside their spearheads stays undescribed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness,
  createOrganisation,
  createPerson,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { challengeInput, solutionInput } from '../test-support/items.ts';
import { publish } from '../test-support/matches-world.ts';

let h: Harness;
let careAmbassador: TestPerson;
let matchId: string;

before(async () => {
  h = await startHarness();
  careAmbassador = await createPerson(h.db, 'ambassador', undefined, [5]);
  const skillsAmbassador = await createPerson(h.db, 'ambassador', undefined, [1]);
  const admin = await createPerson(h.db, 'admin');
  const careHome = await createPerson(h.db, 'member', await createOrganisation(h.db, 'WZC Wachtrij'));
  const provider = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Aanbieder Wachtrij'));
  const challengeId = await publish(
    h,
    'challenges',
    careHome,
    careAmbassador,
    challengeInput({ title: 'Eenzaamheid in de wachtrij', spearheads: [5] }),
  );
  const solutionId = await publish(
    h,
    'solutions',
    provider,
    skillsAmbassador,
    solutionInput({ title: 'Geheimeoplossing Zebravink', spearheads: [1], classification: 'confidential' }),
  );
  const proposed = await h.app.inject({
    method: 'POST',
    url: '/api/v1/matches/proposals',
    headers: admin.auth,
    payload: { challengeId, solutionId },
  });
  assert.equal(proposed.statusCode, 201, proposed.body);
  matchId = proposed.json().id;
});
after(() => h.close());

test('a waiting match names a confidential solution the ambassador may not read only by a neutral description', async () => {
  const queue = (await h.app.inject({ url: '/api/v1/work-queue', headers: careAmbassador.auth })).json();
  const entry = queue.sections.waiting.find((e: { id: string }) => e.id === matchId);
  assert.ok(entry, 'the waiting match is in the curating ambassador’s queue');
  assert.match(entry.title, /Eenzaamheid in de wachtrij/);
  assert.doesNotMatch(entry.title, /Zebravink/);
  const page = await h.app.inject({ url: '/work-queue', cookies: { hd_session: careAmbassador.token } });
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes('Eenzaamheid in de wachtrij'));
  assert.ok(!page.body.includes('Zebravink'));
});
