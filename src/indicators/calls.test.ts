// The open calls' indicators through the real server: calls opened, submitted responses per call, the
// SMEs' share of responses and awards and the median days to decision, in the API, the CSV and on the
// page, with the filters applied through the call's challenge (and the public figures public calls only).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startWorld, publish, type World } from '../test-support/matches-world.ts';
import { challengeInput } from '../test-support/items.ts';
import { createOrganisation } from '../test-support/harness.ts';
import { callInput, openCall } from '../calls/test-fixtures.ts';
import { insertResponse, markDecided, organisationOf } from '../calls/data-fixtures.ts';

const DAY = 86_400_000;
let w: World;

before(async () => {
  w = await startWorld();
  const sme = await organisationOf(w.h.db, w.provider.id);
  const large = await createOrganisation(w.h.db, 'Groot nv', false);
  const other = await createOrganisation(w.h.db, 'Derde bv');
  const response = (callId: string, organisationId: string, status: 'draft' | 'submitted' | 'withdrawn') =>
    insertResponse(w.h.db, { callId, organisationId, solutionId: w.solutionId, status });
  const care = await openCall(w.h, w.careHome, w.ambassador, callInput(w.challengeId));
  await insertResponse(w.h.db, {
    callId: care,
    organisationId: sme,
    solutionId: w.solutionId,
    status: 'submitted',
    decision: 'award',
  });
  await insertResponse(w.h.db, {
    callId: care,
    organisationId: large,
    solutionId: w.solutionId,
    status: 'submitted',
    decision: 'no_award',
  });
  await response(care, other, 'draft');
  const opened = await w.h.db.selectFrom('calls').select('opened_at').where('id', '=', care).executeTakeFirstOrThrow();
  await markDecided(w.h.db, care, new Date((opened.opened_at as Date).getTime() + 10 * DAY), w.careHome.id);
  const school = await publish(
    w.h,
    'challenges',
    w.careHome,
    w.ambassador,
    challengeInput({ title: 'Leerplatform', sectors: ['education'] }),
  );
  const schoolCall = await openCall(w.h, w.careHome, w.ambassador, callInput(school));
  await response(schoolCall, sme, 'submitted');
  await response(schoolCall, large, 'withdrawn');
  const confidential = await publish(
    w.h,
    'challenges',
    w.careHome,
    w.ambassador,
    challengeInput({ title: 'Vertrouwelijk', classification: 'confidential' }),
  );
  await response(await openCall(w.h, w.careHome, w.ambassador, callInput(confidential)), large, 'submitted');
});
after(() => w.h.close());

const totals = async (query = '', full = false) => {
  const url = full ? `/api/v1/indicators/full?${query}` : `/api/v1/indicators?${query}`;
  const response = await w.h.app.inject({ url, headers: full ? w.ambassador.auth : {} });
  assert.equal(response.statusCode, 200, response.body);
  return response.json().totals;
};

test('calls opened, responses per call, SME shares and median days to decision count public calls only', async () => {
  const t = await totals();
  assert.deepEqual(
    [t.callsOpened, t.callResponses, t.responsesPerCall, t.smeCallResponses, t.smeShareOfCallResponses],
    [2, 3, 1.5, 2, 0.6667],
    'drafts and withdrawn responses do not count',
  );
  assert.deepEqual([t.callAwards, t.smeCallAwards, t.smeShareOfCallAwards, t.medianDaysToCallDecision], [1, 1, 1, 10]);
  assert.equal((await totals('', true)).callsOpened, 3, 'the full figures count the confidential challenge’s call');
});

test('the filters apply through the call’s challenge', async () => {
  const education = await totals('sector=education');
  assert.deepEqual([education.callsOpened, education.callResponses, education.callAwards], [1, 1, 0]);
  assert.equal(education.medianDaysToCallDecision, null);
  assert.equal((await totals('region=ES21')).callsOpened, 0);
  assert.equal((await totals('spearhead=9')).callsOpened, 2);
});

test('the page shows the calls section with its chart, table and how filters apply; the CSV has the figures', async () => {
  const page = await w.h.app.inject({ url: '/indicators' });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /id="calls-heading"/);
  assert.match(page.body, /id="chart-calls"/);
  assert.match(page.body, /id="table-calls-caption"/);
  assert.match(page.body, /De filters gelden via de uitdaging van de oproep/);
  const csv = (await w.h.app.inject({ url: '/indicators.csv' })).body;
  assert.match(csv, /"callsOpened","total",2/);
  assert.match(csv, /"smeShareOfCallAwards","total",1/);
});
