// Member-written text on item pages: a javascript: address in a solution's references never becomes a
// link; the rich text links only http(s) and mailto addresses, marked as the member's and not followed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, createOrganisation, createPerson, type Harness } from '../test-support/harness.ts';
import { solutionInput } from '../test-support/items.ts';
import { publish } from '../test-support/matches-world.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

test('a solution’s references holding a javascript: address show it as text, never as a link; an https address is a marked link', async () => {
  const provider = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Referentie bv'));
  const ambassador = await createPerson(h.db, 'ambassador');
  const references = 'javascript:alert(document.cookie) en https://klant.example';
  const id = await publish(h, 'solutions', provider, ambassador, solutionInput({ references }));
  const page = await h.app.inject({ url: `/solutions/${id}` });
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes('javascript:alert(document.cookie) en '));
  assert.doesNotMatch(page.body, /href="javascript:/i);
  assert.match(page.body, /<a href="https:\/\/klant\.example" rel="nofollow ugc noopener">/);
});
