// Conversations started, introductions with a conversation and meetings held, against figures worked
// out by hand on a small data set over two months (see the table below), through the API, the CSV
// and the page, with the Brussels month boundary, the public scope and the sector and region filters.
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
import {
  acceptedAt,
  insertChallenge,
  insertMatch,
  insertMeeting,
  insertMessage,
  insertSolution,
} from './test-fixtures.ts';

let h: Harness;
let ambassador: TestPerson;
const NOW = new Date('2026-02-20T12:00:00Z');
const PERIOD = 'from=2026-01&to=2026-02';

// Challenges: CA care BE23 · CB education BE21 · CC care BE24 internal · CD care NL.
// M1 CA accepted Jan 10: messages Jan 12 and Feb 3; meeting confirmed Jan 31 23:00 UTC for 60 min
//    (ends Feb 1 in Brussels), its other slot Jan 20 not chosen.
// M2 CB accepted Jan 20: message to all matches Jan 25 (starts nothing), first own message Jan 31
//    23:30 UTC (February in Brussels); meeting confirmed Feb 10; another confirmed then cancelled Feb 12.
// M3 CA accepted Feb 5: only a message to all matches; a proposal for Feb 18; a confirmed meeting
//    Feb 20 11:30 for 60 min, still under way at NOW.
// M4 CC (internal) accepted Feb 8: message Feb 9, meeting confirmed Feb 15.
// M5 CD accepted Dec 15 2025 (before the period): first message Jan 5, meeting confirmed Jan 8.
// A match only one side accepted has no conversation and counts nowhere.
before(async () => {
  h = await startHarness();
  h.services.now = () => NOW;
  ambassador = await createPerson(h.db, 'ambassador');
  const owner = await createOrganisation(h.db, 'Gemeente Gesprekken');
  const [s1, s2, s3] = [
    await insertSolution(h.db, await createOrganisation(h.db, 'Kmo Gesprek', true)),
    await insertSolution(h.db, await createOrganisation(h.db, 'Groot Gesprek', false)),
    await insertSolution(h.db, await createOrganisation(h.db, 'Kmo Afspraak', true)),
  ] as [string, string, string];
  const challenge = (region: string, extra: Partial<Parameters<typeof insertChallenge>[1]> = {}) =>
    insertChallenge(h.db, { ownerId: owner, region, publishedAt: '2025-12-01T10:00:00Z', status: 'matched', ...extra });
  const ca = await challenge('BE23');
  const cb = await challenge('BE21', { sectors: ['education'] });
  const cc = await challenge('BE24', { classification: 'internal' });
  const cd = await challenge('NL');
  const m1 = await insertMatch(h.db, acceptedAt(ca, s1, '2026-01-10T10:00:00Z'));
  await insertMessage(h.db, m1, '2026-01-12T10:00:00Z');
  await insertMessage(h.db, m1, '2026-02-03T10:00:00Z');
  await insertMeeting(h.db, {
    matchId: m1,
    status: 'confirmed',
    startsAt: '2026-01-31T23:00:00Z',
    minutes: 60,
    otherSlots: ['2026-01-20T10:00:00Z'],
  });
  const m2 = await insertMatch(h.db, acceptedAt(cb, s2, '2026-01-20T10:00:00Z'));
  await insertMessage(h.db, m2, '2026-01-25T10:00:00Z', true);
  await insertMessage(h.db, m2, '2026-01-31T23:30:00Z');
  await insertMeeting(h.db, { matchId: m2, status: 'confirmed', startsAt: '2026-02-10T09:00:00Z', minutes: 45 });
  await insertMeeting(h.db, { matchId: m2, status: 'cancelled', startsAt: '2026-02-12T09:00:00Z', minutes: 45 });
  const m3 = await insertMatch(h.db, acceptedAt(ca, s3, '2026-02-05T10:00:00Z'));
  await insertMessage(h.db, m3, '2026-02-06T10:00:00Z', true);
  await insertMeeting(h.db, { matchId: m3, status: 'proposed', startsAt: '2026-02-18T09:00:00Z', minutes: 30 });
  await insertMeeting(h.db, { matchId: m3, status: 'confirmed', startsAt: '2026-02-20T11:30:00Z', minutes: 60 });
  const m4 = await insertMatch(h.db, acceptedAt(cc, s1, '2026-02-08T10:00:00Z'));
  await insertMessage(h.db, m4, '2026-02-09T10:00:00Z');
  await insertMeeting(h.db, { matchId: m4, status: 'confirmed', startsAt: '2026-02-15T09:00:00Z', minutes: 30 });
  const m5 = await insertMatch(h.db, acceptedAt(cd, s2, '2025-12-15T10:00:00Z'));
  await insertMessage(h.db, m5, '2026-01-05T10:00:00Z');
  await insertMeeting(h.db, { matchId: m5, status: 'confirmed', startsAt: '2026-01-08T09:00:00Z', minutes: 60 });
  await insertMatch(h.db, {
    challengeId: cd,
    solutionId: s3,
    status: 'proposed',
    challengeAcceptedAt: '2026-01-03T10:00:00Z',
  });
});
after(() => h.close());

interface Report {
  months: Record<string, unknown>[];
  totals: Record<string, unknown>;
}

async function report(query: string, auth?: { authorization: string }): Promise<Report> {
  const url = auth ? `/api/v1/indicators/full?${query}` : `/api/v1/indicators?${query}`;
  const response = await h.app.inject({ url, headers: auth ?? {} });
  assert.equal(response.statusCode, 200, response.body);
  return response.json() as Report;
}

const column = (r: Report, figure: string) => r.months.map((m) => m[figure]);
const CONTACT = [
  'conversationsStarted',
  'introductions',
  'introductionsWithConversation',
  'shareIntroductionsWithConversation',
  'meetingsHeld',
];
/** Per figure: the months, then the total. */
const contact = (r: Report) => Object.fromEntries(CONTACT.map((f) => [f, [...column(r, f), r.totals[f]]]));

test('conversations count by their first own message in Brussels months, meetings by the end of the chosen slot', async () => {
  assert.deepEqual(contact(await report(PERIOD)), {
    conversationsStarted: [2, 1, 3],
    introductions: [2, 1, 3],
    introductionsWithConversation: [2, 0, 2],
    shareIntroductionsWithConversation: [1, 0, 0.6667],
    meetingsHeld: [1, 2, 3],
  });
});

test('the full figures add the internal challenge’s conversation and meeting', async () => {
  assert.deepEqual(contact(await report(PERIOD, ambassador.auth)), {
    conversationsStarted: [2, 2, 4],
    introductions: [2, 2, 4],
    introductionsWithConversation: [2, 1, 3],
    shareIntroductionsWithConversation: [1, 0.5, 0.75],
    meetingsHeld: [1, 3, 4],
  });
});

test('region and sector filters apply to the challenge behind conversations and meetings', async () => {
  assert.deepEqual(contact(await report(`${PERIOD}&region=BE23`)), {
    conversationsStarted: [1, 0, 1],
    introductions: [1, 1, 2],
    introductionsWithConversation: [1, 0, 1],
    shareIntroductionsWithConversation: [1, 0, 0.5],
    meetingsHeld: [0, 1, 1],
  });
  assert.deepEqual(contact(await report(`${PERIOD}&sector=education`)), {
    conversationsStarted: [0, 1, 1],
    introductions: [1, 0, 1],
    introductionsWithConversation: [1, 0, 1],
    shareIntroductionsWithConversation: [1, null, 1],
    meetingsHeld: [0, 1, 1],
  });
  assert.deepEqual(contact(await report(`${PERIOD}&region=NL`)), {
    conversationsStarted: [1, 0, 1],
    introductions: [0, 0, 0],
    introductionsWithConversation: [0, 0, 0],
    shareIntroductionsWithConversation: [null, null, null],
    meetingsHeld: [1, 0, 1],
  });
});

test('a meeting counts as held once its slot has ended', async () => {
  h.services.now = () => new Date('2026-02-20T12:30:00Z');
  try {
    assert.deepEqual(column(await report(PERIOD), 'meetingsHeld'), [1, 3]);
  } finally {
    h.services.now = () => NOW;
  }
});

test('the CSV and the page carry conversations started and meetings held', async () => {
  const csv = await h.app.inject({ url: `/indicators.csv?${PERIOD}` });
  const rows = parse(csv.body, { columns: true }) as { indicator: string; period: string; value: string }[];
  const value = (indicator: string, period: string) =>
    rows.find((row) => row.indicator === indicator && row.period === period)?.value;
  assert.deepEqual(
    [
      value('conversationsStarted', '2026-01'),
      value('conversationsStarted', 'total'),
      value('meetingsHeld', '2026-02'),
    ],
    ['2', '3', '2'],
  );
  assert.equal(value('shareIntroductionsWithConversation', 'total'), '0.6667');
  const page = await h.app.inject({ url: `/indicators?${PERIOD}&lang=en` });
  assert.equal(page.statusCode, 200);
  const start = page.body.indexOf('id="table-contact-caption"');
  const table = page.body.slice(start, page.body.indexOf('</table>', start));
  assert.match(table, /^[^>]*>Conversations and meetings after an introduction<\/caption>/);
  assert.match(table, /<th scope="col">Conversations started<\/th>.*<th scope="col">Meetings held<\/th>/);
  assert.match(table, /Total<\/th><td>3<\/td><td>3<\/td><td>2<\/td><td>[^<]+<\/td><td>3<\/td>/);
});
