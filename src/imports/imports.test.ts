import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import {
  startHarness,
  createOrganisation,
  createPerson,
  formSession,
  json,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { sampleRows, toCsv } from './sample.ts';

let h: Harness;
let admin: TestPerson;

before(async () => {
  h = await startHarness();
  admin = await createPerson(h.db, 'admin');
});
after(() => h.close());

type Problem = { row: number; field: string; reason: string };

function upload(content: string, type = 'text/csv', query = '', person = admin, extra: Record<string, string> = {}) {
  return h.app.inject({
    method: 'POST',
    url: `/api/v1/imports${query}`,
    headers: { ...person.auth, 'content-type': type, ...extra },
    payload: content,
  });
}

async function counts(): Promise<{ organisations: number; solutions: number; audit: number }> {
  const one = async (table: 'organisations' | 'solutions' | 'audit_events') =>
    (await h.db.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
  return {
    organisations: await one('organisations'),
    solutions: await one('solutions'),
    audit: await one('audit_events'),
  };
}

test('a valid CSV file lands whole: organisations created, solutions published and audited', async () => {
  const response = await upload(toCsv(sampleRows(8, 15_100_000)));
  assert.equal(response.statusCode, 200, response.body);
  assert.deepEqual(json(response), {
    dryRun: false,
    rows: 8,
    organisationsCreated: 2,
    organisationsUpdated: 0,
    solutionsCreated: 8,
    solutionsUpdated: 0,
  });
  const listed = json<{ total: number }>(await h.app.inject({ url: '/api/v1/solutions?q=Geïmporteerde&perPage=100' }));
  assert.ok(listed.total >= 1);
  const audited = await h.db
    .selectFrom('audit_events')
    .select('actor_id')
    .where('action', '=', 'solution.imported')
    .execute();
  assert.equal(audited.length, 8);
  assert.ok(audited.every((a) => a.actor_id === admin.id));
});

test('importing the same file twice creates no duplicates, and a changed row updates its solution', async () => {
  const rows = sampleRows(4, 15_200_000);
  await upload(toCsv(rows));
  const before = await counts();
  assert.equal(
    json<{ solutionsCreated: number; solutionsUpdated: number }>(await upload(toCsv(rows))).solutionsCreated,
    0,
  );
  assert.deepEqual(await counts(), before);
  rows[1] = { ...rows[1], description: 'Een nieuwe, langere beschrijving van dezelfde oplossing uit de federatie.' };
  const again = json<{ solutionsCreated: number; solutionsUpdated: number }>(await upload(toCsv(rows)));
  assert.deepEqual([again.solutionsCreated, again.solutionsUpdated], [0, 1]);
});

test('a file with a bad KBO number, a missing field and an unknown sector changes nothing and names row, field and reason', async () => {
  const rows = sampleRows(5, 15_300_000);
  rows[1] = { ...rows[1], organisationEnterpriseNumber: '0123.456.789' };
  delete rows[2]?.title;
  rows[3] = { ...rows[3], sectors: 'care; astrology' };
  const before = await counts();
  const response = await upload(toCsv(rows));
  assert.equal(response.statusCode, 400);
  const { problems } = json<{ problems: Problem[] }>(response);
  assert.deepEqual(
    problems.map((p) => [p.row, p.field]),
    [
      [2, 'organisationEnterpriseNumber'],
      [3, 'title'],
      [4, 'sectors'],
    ],
  );
  assert.match(problems[0]?.reason ?? '', /ondernemingsnummer/);
  assert.deepEqual(await counts(), before);
});

test('the error report is in the caller’s language', async () => {
  const rows = sampleRows(1, 15_400_000);
  rows[0] = { ...rows[0], organisationEnterpriseNumber: '0123.456.789' };
  const response = await upload(toCsv(rows), 'text/csv', '', admin, { 'accept-language': 'fr' });
  assert.match(json<{ problems: Problem[] }>(response).problems[0]?.reason ?? '', /numéro d’entreprise/);
});

test('a malformed CSV file changes nothing and says where it broke', async () => {
  const before = await counts();
  const csv = `${toCsv(sampleRows(2, 15_500_000))}"unterminated,quote\n`;
  const response = await upload(csv);
  assert.equal(response.statusCode, 400);
  const [problem] = json<{ problems: Problem[] }>(response).problems;
  assert.equal(problem?.row, 3);
  assert.match(problem?.reason ?? '', /CSV/);
  assert.deepEqual(await counts(), before);
});

test('a JSON file with lists as arrays imports like its CSV twin', async () => {
  const rows = sampleRows(2, 15_600_000).map((row) => ({ ...row, sectors: ['care'], spearheads: [3], trl: 7 }));
  const response = await upload(JSON.stringify({ rows }), 'application/json');
  assert.equal(json<{ solutionsCreated: number }>(response).solutionsCreated, 2);
});

test('a dry run reports what would change and changes nothing', async () => {
  const before = await counts();
  const response = await upload(toCsv(sampleRows(3, 15_700_000)), 'text/csv', '?dryRun=true');
  assert.deepEqual(json(response), {
    dryRun: true,
    rows: 3,
    organisationsCreated: 1,
    organisationsUpdated: 0,
    solutionsCreated: 3,
    solutionsUpdated: 0,
  });
  assert.deepEqual(await counts(), before);
});

test('only admins may import', async () => {
  const member = await createPerson(h.db, 'member', await createOrganisation(h.db));
  assert.equal((await upload(toCsv(sampleRows(1, 15_800_000)), 'text/csv', '', member)).statusCode, 403);
  assert.equal(
    (
      await h.app.inject({
        method: 'POST',
        url: '/api/v1/imports',
        headers: { 'content-type': 'text/csv' },
        payload: 'a',
      })
    ).statusCode,
    401,
  );
});

test('the CSV exported by /opendata/solutions.csv re-imports into another platform', async () => {
  const exported = (await h.app.inject({ url: '/opendata/solutions.csv' })).body;
  const exportedCount = exported.trim().split('\n').length - 1;
  const other = await startHarness();
  try {
    const otherAdmin = await createPerson(other.db, 'admin');
    const response = await other.app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      headers: { ...otherAdmin.auth, 'content-type': 'text/csv' },
      payload: exported,
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(json<{ solutionsCreated: number }>(response).solutionsCreated, exportedCount);
    assert.equal(
      (await other.app.inject({ url: '/opendata/solutions.csv' })).body.split('\n').length,
      exported.split('\n').length,
    );
  } finally {
    await other.close();
  }
});

test('the admin page imports a pasted file without JavaScript and shows the error report as a table', async () => {
  const session = await formSession(h.app, '/admin/import', admin.token);
  const rows = sampleRows(2, 15_900_000);
  rows[1] = { ...rows[1], pricing: 'barter' };
  const bad = await h.app.inject({
    method: 'POST',
    url: '/admin/import',
    cookies: session.cookies,
    payload: { _csrf: session.csrf, format: 'csv', content: toCsv(rows) },
  });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /<td>2<\/td><td><code>pricing<\/code><\/td>/);
  const good = await h.app.inject({
    method: 'POST',
    url: '/admin/import',
    cookies: session.cookies,
    payload: { _csrf: session.csrf, format: 'csv', content: toCsv(sampleRows(2, 15_900_000)) },
  });
  assert.equal(good.statusCode, 200);
  assert.match(good.body, /2 rijen verwerkt: 2 oplossingen nieuw/);
});

test('a cell our CSV files neutralised against formula injection imports as the text it held', async () => {
  const rows = sampleRows(1, 16_000_000);
  rows[0] = { ...rows[0], title: '-5 dagen wachttijd, opgelost', technologies: '=cloud; data' };
  const csv = toCsv(rows);
  assert.match(csv, /"'-5 dagen wachttijd, opgelost"/);
  assert.equal((await upload(csv)).statusCode, 200);
  const stored = await h.db
    .selectFrom('solutions')
    .select(['title', 'technologies'])
    .where('title', 'like', '%dagen wachttijd%')
    .execute();
  assert.deepEqual(stored, [{ title: '-5 dagen wachttijd, opgelost', technologies: ['=cloud', 'data'] }]);
});

test('a website that is no http(s) address is refused, as on the organisation form, and nothing is imported', async () => {
  const rows = sampleRows(3, 16_100_000);
  rows[0] = { ...rows[0], organisationWebsite: 'javascript:alert(document.cookie)' };
  rows[2] = { ...rows[2], organisationWebsite: 'https://federatielid.example' };
  const before = await counts();
  for (const file of [
    toCsv(rows),
    JSON.stringify(
      rows.map((r) => ({
        ...r,
        organisationIsSme: true,
        technologies: ['cloud'],
        sectors: ['care'],
        spearheads: [3],
        regionsServed: ['BE2'],
        languages: ['nl'],
      })),
    ),
  ]) {
    const response = await upload(file, file.startsWith('[') ? 'application/json' : 'text/csv');
    assert.equal(response.statusCode, 400, response.body);
    assert.deepEqual(
      json<{ problems: Problem[] }>(response).problems.map((p) => [p.row, p.field]),
      [[1, 'organisationWebsite']],
    );
  }
  assert.deepEqual(await counts(), before);
});
