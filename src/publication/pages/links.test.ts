// Member-written text on item pages is shown as text: a javascript: address in a solution's references
// never becomes a link (websites are linked only when http(s): src/shared/web-address.ts).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, createOrganisation, createPerson, type Harness } from '../../test-support/harness.ts';
import { solutionInput } from '../../test-support/items.ts';
import { publish } from '../../matches/test-world.ts';

let h: Harness;
before(async () => { h = await startHarness(); });
after(() => h.close());

test('a solution’s references holding a javascript: address are shown as text, never as a link', async () => {
  const provider = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Referentie bv'));
  const ambassador = await createPerson(h.db, 'ambassador');
  const references = 'javascript:alert(document.cookie) en https://klant.example';
  const id = await publish(h, 'solutions', provider, ambassador, solutionInput({ references }));
  const page = await h.app.inject({ url: `/solutions/${id}` });
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes(references));
  assert.doesNotMatch(page.body, /href="javascript:/i);
  assert.doesNotMatch(page.body, /href="https:\/\/klant\.example/);
});
