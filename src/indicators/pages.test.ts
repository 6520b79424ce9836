// The indicators page, its CSV and the full dashboard: the same figures everywhere, every chart
// followed by its table, no personal data in public, and a selection that works without JavaScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import {
  startHarness,
  createOrganisation,
  createPerson,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { acceptedAt, insertChallenge, insertMatch, insertSolution } from './test-fixtures.ts';

let h: Harness;
let ambassador: TestPerson;
let ownerName: string;
const NOW = new Date('2026-03-20T12:00:00Z');
const PERIOD = 'from=2026-01&to=2026-03';

before(async () => {
  h = await startHarness();
  h.services.now = () => NOW;
  ambassador = await createPerson(h.db, 'ambassador');
});
after(() => h.close());

async function addOneMatchedChallenge(): Promise<void> {
  ownerName = 'Gemeente Eénitem';
  const owner = await createOrganisation(h.db, ownerName);
  const challenge = await insertChallenge(h.db, {
    ownerId: owner,
    region: 'BE23',
    publishedAt: '2026-02-01T09:00:00Z',
    status: 'matched',
    ambassadorId: ambassador.id,
  });
  const solution = await insertSolution(h.db, await createOrganisation(h.db, 'Kmo Eénitem', true));
  await insertMatch(
    h.db,
    acceptedAt(challenge, solution, '2026-02-07T21:00:00Z', 'pilot', [['pilot', '2026-03-02T10:00:00Z']]),
  );
}

const page = (url: string, token?: string) => h.app.inject({ url, cookies: token ? { hd_session: token } : {} });

/** Each chart is an image with a name and is followed by a table before the next chart starts. */
function assertChartsFollowedByTables(html: string): void {
  const charts = html.split('<svg').slice(1);
  assert.equal(charts.length, 9);
  for (const chart of charts) {
    assert.match(chart, /^[^>]*role="img"[^>]*aria-labelledby="[^"]+-title [^"]+-desc"/);
    assert.match(chart, /<table>\s*<caption id="[^"]+">[^<]+<\/caption>/);
  }
}

test('with no data the page says so and still draws every chart with its table of zeros', async () => {
  const response = await page(`/indicators?${PERIOD}`);
  assert.equal(response.statusCode, 200);
  assert.match(response.body, /Er zijn geen gegevens voor deze periode en filters\./);
  assertChartsFollowedByTables(response.body);
  assert.match(response.body, /<th scope="row">januari 2026<\/th><td>0<\/td>/);
  assert.match(response.body, /geen gegevens/);
});

test('with one matched challenge the page, the API and the CSV show the same figures', async () => {
  await addOneMatchedChallenge();
  const api = (await h.app.inject({ url: `/api/v1/indicators?${PERIOD}` })).json();
  assert.deepEqual(api.months[1], {
    month: '2026-02',
    challengesPosted: 1,
    matchedWithin14Days: 1,
    shareMatchedWithin14Days: 1,
    medianDaysToFirstAcceptedMatch: 6.5,
    introductions: 1,
    pilots: 0,
    deployments: 0,
    matchedProviders: 1,
    smeProviders: 1,
    smeShare: 1,
    conversationsStarted: 0,
    introductionsWithConversation: 0,
    shareIntroductionsWithConversation: 0,
    meetingsHeld: 0,
    matchesFromEvents: 0,
    eventsHeld: 0,
    eventMeetingsHeld: 0,
    meetingsPerEvent: null,
    eventOrganisations: 0,
    smeEventOrganisations: 0,
    smeShareOfEventParticipants: null,
    callsOpened: 0,
    callResponses: 0,
    responsesPerCall: null,
    smeCallResponses: 0,
    smeShareOfCallResponses: null,
    callAwards: 0,
    smeCallAwards: 0,
    smeShareOfCallAwards: null,
    medianDaysToCallDecision: null,
  });
  assert.equal(api.months[2].pilots, 1);
  const csv = await h.app.inject({ url: `/indicators.csv?${PERIOD}` });
  assert.equal(csv.statusCode, 200);
  assert.match(String(csv.headers['content-type']), /^text\/csv/);
  const rows = parse(csv.body, { columns: true }) as { indicator: string; period: string; value: string }[];
  for (const row of rows.filter((r) => !r.indicator.startsWith('open'))) {
    const figures =
      row.period === 'total' ? api.totals : api.months.find((m: { month: string }) => m.month === row.period);
    const expected = figures[row.indicator];
    assert.equal(row.value, expected === null ? '' : String(expected), `${row.indicator} ${row.period}`);
  }
  assert.equal(rows.length, 30 * 4 + 4);
  const html = (await page(`/indicators?${PERIOD}&lang=en`)).body;
  assert.match(html, /<th scope="row">February 2026<\/th><td>1<\/td><td>1<\/td><td>100%<\/td>/);
  assert.match(
    html,
    /<th scope="row"><a href="#median-heading">Median days to first accepted match<\/a><\/th><td>6.5<\/td>/,
  );
  assertChartsFollowedByTables(html);
});

test('the page says what the key figures count and links each to its explanation', async () => {
  const html = (await page(`/indicators?${PERIOD}&lang=en`)).body;
  assert.match(
    html,
    /<p id="summary-explained">The key figures cover the chosen period and filters: the challenges published/,
  );
  assert.match(html, /<table aria-describedby="summary-explained">/);
  const links = [...html.matchAll(/<th scope="row"><a href="#([\w-]+)">/g)].map((m) => m[1]);
  assert.equal(links.length, 13);
  for (const target of links) assert.match(html, new RegExp(`<h2 id="${target}">`), target);
});

test('the public page and CSV carry no personal data: no ambassador, organisation or person', async () => {
  const html = (await page(`/indicators?${PERIOD}`)).body;
  const csv = (await h.app.inject({ url: `/indicators.csv?${PERIOD}` })).body;
  const names = await h.db.selectFrom('people').select(['display_name', 'email']).execute();
  for (const text of [html, csv]) {
    for (const person of names)
      assert.ok(!text.includes(person.display_name) && !text.includes(person.email), `${person.display_name} shown`);
    assert.ok(!text.includes(ownerName) && !text.includes(ambassador.id));
  }
  assert.ok(!html.includes('name="ambassador"'));
});

test('the full dashboard shows ambassadors their overview per ambassador and an ambassador filter', async () => {
  const response = await page(`/admin/indicators?${PERIOD}`, ambassador.token);
  assert.equal(response.statusCode, 200);
  const person = await h.db
    .selectFrom('people')
    .select('display_name')
    .where('id', '=', ambassador.id)
    .executeTakeFirstOrThrow();
  assert.match(response.body, new RegExp(`<th scope="row">${person.display_name}</th><td>1</td><td>1</td><td>1</td>`));
  assert.match(response.body, /<select id="ambassador" name="ambassador">/);
  const filtered = await page(
    `/admin/indicators?${PERIOD}&ambassador=${ambassador.id}&sector=&region=`,
    ambassador.token,
  );
  assert.equal(filtered.statusCode, 200);
  assert.match(filtered.body, new RegExp(`<option value="${ambassador.id}" selected`));
});

test('the public page links ambassadors to the full dashboard and visitors not', async () => {
  assert.match((await page('/indicators', ambassador.token)).body, /href="\/admin\/indicators"/);
  assert.ok(!(await page('/indicators')).body.includes('href="/admin/indicators"'));
});

test('the filter form keeps the selection, and empty choices mean all', async () => {
  const response = await page('/indicators?from=2026-02&to=2026-03&sector=care&spearhead=&region=BE2');
  assert.equal(response.statusCode, 200);
  assert.match(response.body, /<form method="get" action="\/indicators"/);
  assert.match(response.body, /<input id="from" name="from" type="month" value="2026-02"/);
  assert.match(response.body, /<option value="care" selected/);
  assert.match(response.body, /<option value="BE2" selected/);
  assert.match(response.body, /href="\/indicators.csv\?from=2026-02&amp;to=2026-03&amp;sector=care&amp;region=BE2"/);
});

test('a wrong filter is named in the error summary and the other filters still apply', async () => {
  const response = await page('/indicators?from=2026-05&to=2026-03&region=BE23');
  assert.equal(response.statusCode, 400);
  assert.match(response.body, /class="error-summary"/);
  assert.match(response.body, /<a href="#from">Van maand: de beginmaand moet voor de eindmaand liggen<\/a>/);
  assert.match(response.body, /aria-invalid="true"/);
  assert.match(response.body, /<option value="BE23" selected/);
});
