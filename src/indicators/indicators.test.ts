// Every indicator against figures worked out by hand on a small known data set (see the table in
// the comments below), including the 14-day boundary, an even-count median, months in Brussels
// time, other regions, and what the public figures leave out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness,
  createOrganisation,
  createPerson,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { acceptedAt, insertChallenge, insertMatch, insertSolution } from './test-fixtures.ts';

let h: Harness;
let ambassadorA: TestPerson;
let ambassadorB: TestPerson;
const NOW = new Date('2026-06-15T12:00:00Z');
const PERIOD = 'from=2026-01&to=2026-03';

// Challenges (all public and care/spearhead 5 unless said otherwise), published at:
// C1 BE23 Jan 10, accepted +14 days exactly (within) · C2 BE21 education, Jan 20, accepted +14 days 1 minute (not within)
// C3 BE23 Jan 12, one side accepted only · C4 BE24 Jan 15, accepted +30 days (in February)
// C5 BE25 spearhead 3, Feb 2, +3 days · C6 BE2 Jan 31 23:30 UTC = February in Brussels, +8 days
// C7 NL Mar 5, no match · C8 internal BE24 Feb 10, +2 days · C9 BE22 Dec 20 2025, accepted Jan 5
// C10 draft · C11 Jun 1, C12 Oct 1 2025, C13 Apr 10: open, outside the period.
// Providers: P1 SME (S1), P2 not an SME (S2), P3 SME (S3).
before(async () => {
  h = await startHarness();
  h.services.now = () => NOW;
  const owner = await createOrganisation(h.db, 'WZC Indicatoren');
  ambassadorA = await createPerson(h.db, 'ambassador');
  ambassadorB = await createPerson(h.db, 'ambassador');
  const [s1, s2, s3] = [
    await insertSolution(h.db, await createOrganisation(h.db, 'Kmo Een', true)),
    await insertSolution(h.db, await createOrganisation(h.db, 'Groot Twee', false)),
    await insertSolution(h.db, await createOrganisation(h.db, 'Kmo Drie', true)),
  ] as [string, string, string];
  const challenge = (
    region: string,
    publishedAt: string | null,
    extra: Partial<Parameters<typeof insertChallenge>[1]> = {},
  ) => insertChallenge(h.db, { ownerId: owner, region, publishedAt, ambassadorId: ambassadorB.id, ...extra });
  const c1 = await challenge('BE23', '2026-01-10T10:00:00Z', { status: 'matched', ambassadorId: ambassadorA.id });
  const c2 = await challenge('BE21', '2026-01-20T10:00:00Z', {
    status: 'matched',
    sectors: ['education'],
    ambassadorId: ambassadorA.id,
  });
  const c3 = await challenge('BE23', '2026-01-12T10:00:00Z');
  const c4 = await challenge('BE24', '2026-01-15T10:00:00Z', { status: 'in_progress' });
  const c5 = await challenge('BE25', '2026-02-02T10:00:00Z', { status: 'solved', spearheads: [3] });
  const c6 = await challenge('BE2', '2026-01-31T23:30:00Z', { status: 'closed' });
  await challenge('NL', '2026-03-05T10:00:00Z');
  const c8 = await challenge('BE24', '2026-02-10T10:00:00Z', {
    classification: 'internal',
    ambassadorId: ambassadorA.id,
  });
  const c9 = await challenge('BE22', '2025-12-20T10:00:00Z', { status: 'matched' });
  await challenge('BE23', null);
  await challenge('BE25', '2026-06-01T10:00:00Z');
  await challenge('BE21', '2025-10-01T10:00:00Z');
  await challenge('BE23', '2026-04-10T10:00:00Z');
  await insertMatch(
    h.db,
    acceptedAt(c1, s1, '2026-01-24T10:00:00Z', 'deployed', [
      ['pilot', '2026-02-20T10:00:00Z'],
      ['deployed', '2026-03-10T10:00:00Z'],
    ]),
  );
  await insertMatch(h.db, {
    challengeId: c2,
    solutionId: s2,
    status: 'pilot',
    challengeAcceptedAt: '2026-01-25T10:00:00Z',
    solutionAcceptedAt: '2026-02-03T10:01:00Z',
    events: [['pilot', '2026-04-02T10:00:00Z']],
  });
  await insertMatch(h.db, {
    challengeId: c3,
    solutionId: s2,
    status: 'proposed',
    challengeAcceptedAt: '2026-01-14T10:00:00Z',
  });
  await insertMatch(h.db, { challengeId: c3, solutionId: s3, status: 'declined' });
  await insertMatch(h.db, acceptedAt(c4, s3, '2026-02-14T10:00:00Z'));
  await insertMatch(
    h.db,
    acceptedAt(c5, s1, '2026-02-05T10:00:00Z', 'deployed', [
      ['introduced', '2026-02-10T10:00:00Z'],
      ['deployed', '2026-03-01T10:00:00Z'],
    ]),
  );
  await insertMatch(h.db, acceptedAt(c6, s2, '2026-02-08T23:30:00Z'));
  await insertMatch(h.db, acceptedAt(c8, s1, '2026-02-12T10:00:00Z'));
  await insertMatch(h.db, acceptedAt(c9, s3, '2026-01-05T10:00:00Z', 'pilot', [['pilot', '2026-01-20T10:00:00Z']]));
});
after(() => h.close());

interface Report {
  months: Record<string, unknown>[];
  totals: Record<string, unknown>;
  openByAge: { age: string; challenges: number }[];
  ambassadors?: { id: string; name: string; challengesPosted: number; introductions: number; openChallenges: number }[];
}

async function report(query: string, auth?: { authorization: string }): Promise<Report> {
  const url = auth ? `/api/v1/indicators/full?${query}` : `/api/v1/indicators?${query}`;
  const response = await h.app.inject({ url, headers: auth ?? {} });
  assert.equal(response.statusCode, 200, response.body);
  return response.json() as Report;
}

const column = (r: Report, figure: string) => r.months.map((m) => m[figure]);
const open = (r: Report) => r.openByAge.map((b) => b.challenges);

test('challenges posted count public challenges by their month of publication in Brussels', async () => {
  const r = await report(PERIOD);
  assert.deepEqual(
    r.months.map((m) => m.month),
    ['2026-01', '2026-02', '2026-03'],
  );
  assert.deepEqual(column(r, 'challengesPosted'), [4, 2, 1]);
  assert.equal(r.totals.challengesPosted, 7);
});

test('a match accepted exactly 14 days after publication counts as within 14 days, one minute later does not', async () => {
  const r = await report(PERIOD);
  assert.deepEqual(column(r, 'matchedWithin14Days'), [1, 2, 0]);
  assert.deepEqual(column(r, 'shareMatchedWithin14Days'), [0.25, 1, 0]);
  assert.equal(r.totals.matchedWithin14Days, 3);
  assert.equal(r.totals.shareMatchedWithin14Days, 0.4286);
});

test('median days to first accepted match, with an even count taking the mean of the middle two', async () => {
  const r = await report(PERIOD);
  // January: 14, 14.0007 and 30 days; February: 3 and 8 days (median 5.5); March: none matched.
  assert.deepEqual(column(r, 'medianDaysToFirstAcceptedMatch'), [14, 5.5, null]);
  assert.equal(r.totals.medianDaysToFirstAcceptedMatch, 14);
});

test('introductions count matches accepted by both sides in the month of the second acceptance', async () => {
  const r = await report(PERIOD);
  assert.deepEqual(column(r, 'introductions'), [2, 4, 0]);
  assert.equal(r.totals.introductions, 6);
});

test('pilots and deployments count recorded outcomes in the period, once per match', async () => {
  const r = await report(PERIOD);
  assert.deepEqual(column(r, 'pilots'), [1, 1, 0]);
  assert.deepEqual(column(r, 'deployments'), [0, 0, 2]);
  assert.deepEqual([r.totals.pilots, r.totals.deployments], [2, 2]);
});

test('the SME share counts distinct matched providers, per month and over the period', async () => {
  const r = await report(PERIOD);
  assert.deepEqual(column(r, 'matchedProviders'), [2, 3, 0]);
  assert.deepEqual(column(r, 'smeProviders'), [2, 2, 0]);
  assert.deepEqual(column(r, 'smeShare'), [1, 0.6667, null]);
  assert.deepEqual([r.totals.matchedProviders, r.totals.smeProviders, r.totals.smeShare], [3, 2, 0.6667]);
});

test('open challenges are counted by age today, whatever the period', async () => {
  const r = await report(PERIOD);
  assert.deepEqual(
    r.openByAge.map((b) => b.age),
    ['under_30_days', '30_to_89_days', '90_to_179_days', '180_days_or_more'],
  );
  assert.deepEqual(open(r), [1, 1, 6, 1]);
});

test('a region filter keeps its own challenges, and Flanders includes its provinces', async () => {
  const eastFlanders = await report(`${PERIOD}&region=BE23`);
  assert.deepEqual(column(eastFlanders, 'challengesPosted'), [2, 0, 0]);
  assert.deepEqual(column(eastFlanders, 'shareMatchedWithin14Days'), [0.5, null, null]);
  assert.deepEqual(column(eastFlanders, 'introductions'), [1, 0, 0]);
  assert.deepEqual([eastFlanders.totals.pilots, eastFlanders.totals.deployments], [1, 1]);
  assert.deepEqual(open(eastFlanders), [0, 1, 2, 0]);
  const flanders = await report(`${PERIOD}&region=BE2`);
  assert.deepEqual(column(flanders, 'challengesPosted'), [4, 2, 0]);
  const netherlands = await report(`${PERIOD}&region=NL`);
  assert.deepEqual(column(netherlands, 'challengesPosted'), [0, 0, 1]);
});

test('a region without items gives zeros and no shares or medians', async () => {
  const r = await report(`${PERIOD}&region=ES21`);
  assert.deepEqual(column(r, 'challengesPosted'), [0, 0, 0]);
  assert.deepEqual(r.totals, {
    challengesPosted: 0,
    matchedWithin14Days: 0,
    shareMatchedWithin14Days: null,
    medianDaysToFirstAcceptedMatch: null,
    introductions: 0,
    pilots: 0,
    deployments: 0,
    matchedProviders: 0,
    smeProviders: 0,
    smeShare: null,
    conversationsStarted: 0,
    introductionsWithConversation: 0,
    shareIntroductionsWithConversation: null,
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
  assert.deepEqual(open(r), [0, 0, 0, 0]);
});

test('sector and spearhead filters apply to the challenge behind every figure', async () => {
  const education = await report(`${PERIOD}&sector=education`);
  assert.deepEqual(column(education, 'challengesPosted'), [1, 0, 0]);
  assert.deepEqual([education.totals.matchedWithin14Days, education.totals.medianDaysToFirstAcceptedMatch], [0, 14]);
  assert.deepEqual([education.totals.introductions, education.totals.smeShare], [1, 0]);
  const spearhead3 = await report(`${PERIOD}&spearhead=3`);
  assert.deepEqual(column(spearhead3, 'challengesPosted'), [0, 1, 0]);
  assert.deepEqual(
    [spearhead3.totals.medianDaysToFirstAcceptedMatch, spearhead3.totals.introductions, spearhead3.totals.deployments],
    [3, 1, 1],
  );
});

test('the full figures include internal challenges and can be filtered by ambassador', async () => {
  const all = await report(PERIOD, ambassadorA.auth);
  assert.deepEqual(column(all, 'challengesPosted'), [4, 3, 1]);
  assert.deepEqual(column(all, 'introductions'), [2, 5, 0]);
  assert.deepEqual(open(all), [1, 1, 7, 1]);
  const mine = await report(`${PERIOD}&ambassador=${ambassadorA.id}`, ambassadorA.auth);
  assert.deepEqual(column(mine, 'challengesPosted'), [2, 1, 0]);
  assert.deepEqual(column(mine, 'introductions'), [1, 2, 0]);
});

test('the full figures list each ambassador’s posted, introduced and open challenges', async () => {
  const r = await report(PERIOD, ambassadorB.auth);
  const rows = Object.fromEntries(
    (r.ambassadors ?? []).map((a) => [a.id, [a.challengesPosted, a.introductions, a.openChallenges]]),
  );
  assert.deepEqual(rows, { [ambassadorA.id]: [3, 3, 3], [ambassadorB.id]: [5, 4, 7] });
});

test('the public API ignores an ambassador filter and names no ambassador', async () => {
  const response = await h.app.inject({ url: `/api/v1/indicators?${PERIOD}&ambassador=${ambassadorA.id}` });
  assert.equal(response.statusCode, 200);
  assert.deepEqual(column(response.json() as Report, 'challengesPosted'), [4, 2, 1]);
  assert.ok(!response.body.includes(ambassadorA.id) && !('ambassadors' in response.json()));
});

test('a period that runs backwards or is too long is refused with the field named', async () => {
  const backwards = await h.app.inject({ url: '/api/v1/indicators?from=2026-05&to=2026-01' });
  assert.equal(backwards.statusCode, 400);
  assert.equal(backwards.json().error.fields[0].field, 'from');
  const tooLong = await h.app.inject({ url: '/api/v1/indicators?from=2000-01&to=2026-01' });
  assert.equal(tooLong.statusCode, 400);
  const notAMonth = await h.app.inject({ url: '/api/v1/indicators?from=2026-13' });
  assert.equal(notAMonth.statusCode, 400);
});

test('without a period the report covers the twelve months up to this month', async () => {
  const r = await report('');
  assert.equal(r.months.length, 12);
  assert.deepEqual([r.months[0]?.month, r.months[11]?.month], ['2025-07', '2026-06']);
});
