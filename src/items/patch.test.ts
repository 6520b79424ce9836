// A PATCH changes the fields it names and nothing else: the input schema's defaults (classification
// public, empty lists) must not fill in the fields it leaves out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness,
  createOrganisation,
  createPerson,
  formSession,
  json,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { challengeInput, solutionInput } from '../test-support/items.ts';
import { publish } from '../test-support/matches-world.ts';

let h: Harness;
let member: TestPerson;
let outsider: TestPerson;
let ambassador: TestPerson;

before(async () => {
  h = await startHarness();
  member = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Vertrouwelijk vzw'));
  outsider = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Buitenstaander bv'));
  ambassador = await createPerson(h.db, 'ambassador');
});
after(() => h.close());

async function createAndRename(
  kind: 'challenges' | 'solutions',
  input: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const id = await publish(h, kind, member, ambassador, input);
  const patched = await h.app.inject({
    method: 'PATCH',
    url: `/api/v1/${kind}/${id}`,
    headers: member.auth,
    payload: { title: 'Enkel de titel is gewijzigd' },
  });
  assert.equal(patched.statusCode, 200, patched.body);
  assert.equal((await h.app.inject({ url: `/api/v1/${kind}/${id}`, headers: outsider.auth })).statusCode, 404);
  return json(patched);
}

test('a PATCH of a published confidential challenge’s title keeps it confidential and keeps its desired kinds', async () => {
  const changed = await createAndRename(
    'challenges',
    challengeInput({ classification: 'confidential', desiredKinds: ['app', 'service'] }),
  );
  assert.deepEqual(
    [changed.title, changed.classification, changed.desiredKinds],
    ['Enkel de titel is gewijzigd', 'confidential', ['app', 'service']],
  );
});

test('a PATCH of a published confidential solution’s title keeps it confidential and keeps its technologies and references', async () => {
  const changed = await createAndRename(
    'solutions',
    solutionInput({ classification: 'confidential', technologies: ['tablet'], references: 'Twee klanten' }),
  );
  assert.deepEqual(
    [changed.classification, changed.technologies, changed.references],
    ['confidential', ['tablet'], 'Twee klanten'],
  );
});

test('the edit form, which sends every field, still empties a solution’s references and technologies', async () => {
  const id = await publish(
    h,
    'solutions',
    member,
    ambassador,
    solutionInput({ technologies: ['tablet'], references: 'Twee klanten' }),
  );
  const session = await formSession(h.app, `/solutions/${id}/edit`, member.token);
  const form = new URLSearchParams({
    _csrf: session.csrf,
    title: 'Beeldbellen voor zorg voor ouderen',
    kind: 'app',
    technologies: '',
    trl: '9',
    pricing: 'paid',
    language: 'nl',
    description:
      'Een tablet-app met grote knoppen waarmee bewoners van een woonzorgcentrum met één aanraking hun familie bellen.',
    references: '',
    classification: 'public',
    sectors: 'care',
    spearheads: '5',
    regionsServed: 'BE2',
    languages: 'nl',
  });
  const saved = await h.app.inject({
    method: 'POST',
    url: `/solutions/${id}/edit`,
    cookies: session.cookies,
    payload: form.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(saved.statusCode, 303, saved.body);
  const stored = await h.db
    .selectFrom('solutions')
    .select(['technologies', 'reference_text'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  assert.deepEqual(stored, { technologies: [], reference_text: '' });
});
