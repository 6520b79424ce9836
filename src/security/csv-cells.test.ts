// CSV formula injection, for every CSV the platform serves: each GET route in the route table whose
// URL ends in .csv is fetched after hostile cells were planted in every text a member controls, and
// no cell may be one a spreadsheet would run. A new CSV route is covered without changes here; one
// that writes CSV without the shared writer (src/shared/csv.ts) fails.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
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
import { callInput, openCall } from '../calls/test-fixtures.ts';

const MARKER = 'FORMULE-MARKER';
const HOSTILE = `=HYPERLINK("http://evil.example/${MARKER}","klik")`;
// What a spreadsheet runs: OWASP's list, also after white space; a plain number is data.
const RUNS_AS_FORMULA = /^(?:[\t\r]|\s*[=+\-@])/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
// CSV routes whose cells hold no text anyone but the platform writes: only figures and fixed names.
const NO_MEMBER_TEXT = new Map([['/indicators.csv', 'indicator names, months and figures']]);

let h: Harness;
let people: TestPerson[];

async function publish(
  owner: TestPerson,
  ambassador: TestPerson,
  kind: 'challenges' | 'solutions',
  input: Record<string, unknown>,
): Promise<string> {
  const created = await h.app.inject({ method: 'POST', url: `/api/v1/${kind}`, headers: owner.auth, payload: input });
  assert.equal(created.statusCode, 201, created.body);
  const { id } = json<{ id: string }>(created);
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
  return id;
}

before(async () => {
  h = await startHarness();
  const organisationId = await createOrganisation(h.db, `@${MARKER} organisatie`);
  const member = await createPerson(h.db, 'member', organisationId);
  const ambassador = await createPerson(h.db, 'ambassador');
  people = [member, ambassador, await createPerson(h.db, 'admin')];
  const texts = {
    title: HOSTILE,
    description: `-${MARKER} beschrijving die lang genoeg is om aanvaard te worden door de regels.`,
  };
  const challenge = await publish(member, ambassador, 'challenges', challengeInput(texts));
  await openCall(h, member, ambassador, callInput(challenge, { eligibility: `+${MARKER} wie mag antwoorden` }));
  const solution = await publish(
    member,
    ambassador,
    'solutions',
    solutionInput({ ...texts, technologies: [`+${MARKER}|' /C calc'!A0`], references: `\t=${MARKER}` }),
  );
  await h.db
    .updateTable('solutions')
    .set({ languages: [`@${MARKER}`] })
    .where('id', '=', solution)
    .execute();
});
after(() => h.close());

/** The first answer with 200, from a visitor up to an admin, as browsers (cookie) and API clients (token) ask. */
async function fetchCsv(url: string): Promise<string> {
  for (const person of [null, ...people]) {
    const response = await h.app.inject({
      url,
      ...(person ? { headers: person.auth, cookies: { hd_session: person.token } } : {}),
    });
    if (response.statusCode === 200) return response.body;
  }
  assert.fail(`${url} answered no one with 200`);
}

test('every CSV route neutralises the hostile cells planted in the data', async () => {
  const routes = h.app.routeTable.filter((r) => r.method === 'GET' && r.url.endsWith('.csv')).map((r) => r.url);
  assert.ok(routes.length >= 7, `only ${routes.length} CSV routes found`);
  for (const url of routes) {
    assert.equal(url.includes(':'), false, `${url}: say here how to fill its parameters`);
    const cells = (parse(await fetchCsv(url), { bom: true, relax_column_count: true }) as string[][]).flat();
    for (const cell of cells)
      assert.ok(NUMBER.test(cell) || !RUNS_AS_FORMULA.test(cell), `${url} has a cell a spreadsheet would run: ${cell}`);
    const planted = cells.filter((cell) => cell.includes(MARKER));
    if (NO_MEMBER_TEXT.has(url)) assert.deepEqual(planted, [], url);
    else
      assert.ok(
        planted.length > 0 && planted.every((cell) => cell.startsWith("'")),
        `${url} does not show the planted cells neutralised: ${planted.join(' | ')}`,
      );
  }
});

test('only the shared CSV writer uses csv-stringify', async () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const files = (await readdir(root, { recursive: true })).filter((f) => /\.tsx?$/.test(f));
  const writers: string[] = [];
  for (const file of files) {
    if (/from ['"]csv-stringify/.test(await readFile(join(root, file), 'utf8')))
      writers.push(relative(root, join(root, file)));
  }
  assert.deepEqual(writers, ['shared/csv.ts']);
});
