import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import {
  startHarness,
  createOrganisation,
  createPerson,
  json,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { challengeInput, solutionInput } from '../test-support/items.ts';

let h: Harness;
let member: TestPerson;
let ambassador: TestPerson;
const ids: Record<string, string> = {};

async function create(
  person: TestPerson,
  kind: 'challenges' | 'solutions',
  payload: Record<string, unknown>,
): Promise<string> {
  const response = await h.app.inject({ method: 'POST', url: `/api/v1/${kind}`, headers: person.auth, payload });
  assert.equal(response.statusCode, 201, response.body);
  return json<{ id: string }>(response).id;
}

async function publish(owner: TestPerson, kind: 'challenges' | 'solutions', id: string): Promise<void> {
  await h.app.inject({
    method: 'POST',
    url: `/api/v1/${kind}/${id}/transitions`,
    headers: owner.auth,
    payload: { action: 'submit' },
  });
  const published = await h.app.inject({
    method: 'POST',
    url: `/api/v1/${kind}/${id}/transitions`,
    headers: ambassador.auth,
    payload: { action: 'publish' },
  });
  assert.equal(published.statusCode, 200, published.body);
}

before(async () => {
  h = await startHarness();
  member = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Eigen Zorg vzw'));
  const other = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Andere Zorg vzw'));
  ambassador = await createPerson(h.db, 'ambassador');
  ids.ownDraft = await create(
    member,
    'challenges',
    challengeInput({ title: '=HYPERLINK("http://evil.example") eigen concept' }),
  );
  ids.ownConfidential = await create(
    member,
    'challenges',
    challengeInput({ title: 'Eigen vertrouwelijke uitdaging', classification: 'confidential' }),
  );
  await publish(member, 'challenges', ids.ownConfidential);
  ids.ownSolutionDraft = await create(member, 'solutions', solutionInput({ title: 'Eigen oplossing in opmaak' }));
  ids.otherPublic = await create(other, 'challenges', challengeInput({ title: 'Publieke uitdaging van een ander' }));
  await publish(other, 'challenges', ids.otherPublic);
  ids.otherConfidential = await create(
    other,
    'challenges',
    challengeInput({ title: 'Vertrouwelijk bij een ander', classification: 'confidential' }),
  );
  await publish(other, 'challenges', ids.otherConfidential);
  ids.otherDraft = await create(other, 'challenges', challengeInput({ title: 'Concept bij een ander' }));
  ids.otherSolution = await create(
    other,
    'solutions',
    solutionInput({ title: 'Gepubliceerde oplossing van een ander' }),
  );
  await publish(other, 'solutions', ids.otherSolution);
});
after(() => h.close());

function rowsOf(body: string): Record<string, string>[] {
  return parse(body, { columns: true, bom: true }) as Record<string, string>[];
}

test('a member’s challenge export holds their own draft and confidential items and others’ public ones, never others’ confidential ones', async () => {
  const response = await h.app.inject({ url: '/api/v1/exports/challenges.csv', headers: member.auth });
  assert.equal(response.statusCode, 200);
  assert.match(String(response.headers['content-type']), /^text\/csv/);
  assert.match(
    String(response.headers['content-disposition']),
    /attachment; filename="helemaal-digitaal-challenges-\d{4}-\d{2}-\d{2}\.csv"/,
  );
  const rows = rowsOf(response.body);
  const exported = rows.map((r) => r.id);
  assert.deepEqual([...exported].sort(), [ids.ownDraft, ids.ownConfidential, ids.otherPublic].sort());
  const confidential = rows.find((r) => r.id === ids.ownConfidential);
  assert.equal(confidential?.classification, 'confidential');
  assert.equal(confidential?.organisationName, 'Eigen Zorg vzw');
  assert.equal(rows.find((r) => r.id === ids.ownDraft)?.status, 'draft');
});

test('text that a spreadsheet would run as a formula is exported inert', async () => {
  const rows = rowsOf((await h.app.inject({ url: '/api/v1/exports/challenges.csv', headers: member.auth })).body);
  assert.equal(rows.find((r) => r.id === ids.ownDraft)?.title, '\'=HYPERLINK("http://evil.example") eigen concept');
});

test('the solution export holds the member’s own draft and others’ published solutions, as the same download on /my', async () => {
  const response = await h.app.inject({ url: '/my/solutions.csv', cookies: { hd_session: member.token } });
  assert.equal(response.statusCode, 200);
  const rows = rowsOf(response.body);
  assert.deepEqual(rows.map((r) => r.id).sort(), [ids.ownSolutionDraft, ids.otherSolution].sort());
  assert.equal(
    rows.find((r) => r.id === ids.otherSolution)?.page,
    `${h.services.config.baseUrl}/solutions/${ids.otherSolution}`,
  );
});

test('/my links to both downloads, and a visitor gets no export', async () => {
  const page = await h.app.inject({ url: '/my', cookies: { hd_session: member.token } });
  assert.match(page.body, /href="\/my\/challenges\.csv"/);
  assert.match(page.body, /href="\/my\/solutions\.csv"/);
  assert.equal((await h.app.inject({ url: '/api/v1/exports/challenges.csv' })).statusCode, 401);
  const visitor = await h.app.inject({ url: '/my/challenges.csv' });
  assert.equal(visitor.statusCode, 303);
  assert.match(String(visitor.headers.location), /^\/login/);
});

test('the technologies column and every other text column of the solution export is exported inert', async () => {
  const id = await create(
    member,
    'solutions',
    solutionInput({ title: 'Oplossing met formules', technologies: ["=cmd|' /C calc'!A0", 'tablet'], kind: 'app' }),
  );
  await h.db
    .updateTable('solutions')
    .set({ sectors: ['@SUM(1)'], languages: ['-nl'] })
    .where('id', '=', id)
    .execute();
  const row = rowsOf((await h.app.inject({ url: '/api/v1/exports/solutions.csv', headers: member.auth })).body).find(
    (r) => r.id === id,
  );
  assert.equal(row?.technologies, "'=cmd|' /C calc'!A0; tablet");
  assert.equal(row?.sectors, "'@SUM(1)");
  assert.equal(row?.languages, "'-nl");
  assert.equal(row?.trl, '9');
});
