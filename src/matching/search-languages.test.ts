// Short queries in the catalogue API find items in every language: each word is read in every language the
// engine knows (query-readings.ts). On the demo content, through the HTTP API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, json, type Harness } from '../test-support/harness.ts';
import { seedDemoContent } from '../demo/seed.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
  await seedDemoContent(h.db, new Date(), 180);
});
after(() => h.close());

const LONELINESS = 'Online gesprekken tegen eenzaamheid van onze bewoners';
const HOME_OFFICE = 'Thuiswerkplek in een week voor kmo’s zonder ICT-afdeling';
const REMOTE_WORK = 'Secure remote work kit for small offices';
const NIGHT_FROST = 'Vroege waarschuwing voor nachtvorst in de boomgaarden';
const FALL_DETECTION = 'Privacyvriendelijke valdetectie voor ouderen die alleen wonen';
const VIDEO_CALLS = 'Companion screen: one-touch video calls for older adults';
const SICK_PUPILS = 'Enseignement à distance pour les élèves hospitalisés';

async function titles(kind: 'challenges' | 'solutions', query: string): Promise<string[]> {
  const response = await h.app.inject({ url: `/api/v1/${kind}?q=${encodeURIComponent(query)}` });
  assert.equal(response.statusCode, 200);
  return json<{ items: { title: string }[] }>(response).items.map((item) => item.title);
}

test('English "loneliness" finds the care home’s Dutch challenge about eenzaamheid, first', async () => {
  assert.equal((await titles('challenges', 'loneliness'))[0], LONELINESS);
});

test('Dutch "telewerk", a compound no dictionary lists, finds both remote-work solutions, Dutch and English', async () => {
  const found = await titles('solutions', 'telewerk');
  assert.ok(found.includes(HOME_OFFICE), 'the Dutch home-office solution');
  assert.ok(found.includes(REMOTE_WORK), 'the English remote-work kit');
});

test('Dutch "eenzaamheid ouderen" puts the loneliness challenge first', async () => {
  assert.equal((await titles('challenges', 'eenzaamheid ouderen'))[0], LONELINESS);
});

test('English "home working" finds the Dutch home-office solution first and the English kit too', async () => {
  const found = await titles('solutions', 'home working');
  assert.equal(found[0], HOME_OFFICE);
  assert.ok(found.includes(REMOTE_WORK));
});

test('French "travail à domicile" finds the Dutch home-office solution first and the English remote-work kit among the first three', async () => {
  const found = await titles('solutions', 'travail à domicile');
  assert.equal(found[0], HOME_OFFICE);
  assert.ok(found.slice(0, 3).includes(REMOTE_WORK), found.slice(0, 3).join(' | '));
});

test('French "gel verger" (frost, orchard) finds the Dutch challenge about night frost in orchards first', async () => {
  assert.equal((await titles('challenges', 'gel verger'))[0], NIGHT_FROST);
});

test('French "solitude des personnes âgées" ranks the Dutch loneliness challenge first', async () => {
  assert.equal((await titles('challenges', 'solitude des personnes âgées'))[0], LONELINESS);
});

test('Spanish "trabajo desde casa" finds the Dutch home-office solution first and the English kit too', async () => {
  const found = await titles('solutions', 'trabajo desde casa');
  assert.equal(found[0], HOME_OFFICE);
  assert.ok(found.includes(REMOTE_WORK));
});

test('Spanish "soledad mayores" puts the two Dutch challenges about elderly people alone or lonely at the top', async () => {
  assert.deepEqual(
    new Set((await titles('challenges', 'soledad mayores')).slice(0, 2)),
    new Set([FALL_DETECTION, LONELINESS]),
  );
});

test('Basque "bideo deiak" (video calls) finds the English video-calling solution first', async () => {
  assert.equal((await titles('solutions', 'bideo deiak'))[0], VIDEO_CALLS);
});

test('Basque "ikasle gaixoak" (sick pupils) finds the French challenge about hospitalised pupils first', async () => {
  assert.equal((await titles('challenges', 'ikasle gaixoak'))[0], SICK_PUPILS);
});

test('a typo in a Dutch word ("eenzaamhied") still finds the loneliness challenge', async () => {
  assert.equal((await titles('challenges', 'eenzaamhied'))[0], LONELINESS);
});

test('the HTML catalogue finds the Dutch challenge from an English word as well', async () => {
  const page = await h.app.inject({ url: '/challenges?q=loneliness' });
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes('Online gesprekken tegen eenzaamheid'));
});
