// A website that is no http(s) address (an older row, a direct change) is shown as text, never as
// a link a person could click: forms and imports refuse it, the pages must not trust that alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { solutionInput } from '../test-support/items.ts';
import { publish, startWorld, type World } from '../test-support/matches-world.ts';

const SCRIPT_ADDRESS = 'javascript:alert(document.cookie)';
let w: World;
let careOrganisation: string;

before(async () => {
  w = await startWorld();
  careOrganisation = (
    await w.h.db
      .selectFrom('memberships')
      .select('organisation_id')
      .where('person_id', '=', w.careHome.id)
      .executeTakeFirstOrThrow()
  ).organisation_id;
  await w.h.db
    .updateTable('organisations')
    .set({ website: SCRIPT_ADDRESS })
    .where('id', '=', careOrganisation)
    .execute();
});
after(async () => w.h.close());

test('the organisation page shows a website that is no http(s) address as text, not as a link', async () => {
  const response = await w.h.app.inject({ url: `/organisations/${careOrganisation}` });
  assert.equal(response.statusCode, 200);
  assert.ok(response.body.includes('javascript:alert'), 'the value is still shown');
  assert.ok(!/href="javascript:/i.test(response.body));
});

test('the contact card after an introduction shows a website that is no http(s) address as text, not as a link', async () => {
  const solutionId = await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: `Beeldbellen ${Math.random()}` }),
  );
  const id = (
    await w.h.app.inject({
      method: 'POST',
      url: '/api/v1/matches/requests',
      headers: w.careHome.auth,
      payload: { challengeId: w.challengeId, solutionId },
    })
  ).json().id;
  const accepted = await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/matches/${id}/decision`,
    headers: w.provider.auth,
    payload: { decision: 'accept' },
  });
  assert.equal(accepted.json().status, 'accepted');
  const page = await w.h.app.inject({ url: `/matches/${id}`, cookies: { hd_session: w.provider.token } });
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes('javascript:alert'), 'the value is still shown');
  assert.ok(!/href="javascript:/i.test(page.body));
});
