// The meetings pages in Chromium on a phone (375 px), without JavaScript: a provider's member opens
// the match's meetings from the match page and proposes two times and an online link; a member of the
// challenge's organisation picks one and gets the calendar download; axe-core finds nothing on the list
// or the meeting page, for the members and the curating ambassador.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  contextAs,
  launchBrowser,
  startLiveServer,
  PHONE,
  type LiveServer,
} from '../test-support/browser.ts';
import { catalogues, type MessageKey } from '../i18n/messages.ts';
import { findPair, insertMatch } from '../matches/repository.ts';
import { toBrusselsInput } from './brussels-time.ts';

const MEMBER = 'info@zilverlijn.example';
const AMBASSADOR = 'ambassadeur@helemaaldigitaal.example';
const say = (key: MessageKey): string => catalogues.nl[key] ?? key;

let server: LiveServer;
let browser: Browser;

before(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A match of a Zilverlijn solution with a challenge that has a member, accepted by both, curated by the demo ambassador. */
async function acceptedMatch(): Promise<{ id: string; challengeMember: string }> {
  const db = server.services.db;
  const ambassador = await db
    .selectFrom('people')
    .select('id')
    .where('email', '=', AMBASSADOR)
    .executeTakeFirstOrThrow();
  const solution = await db
    .selectFrom('solutions')
    .innerJoin('memberships', 'memberships.organisation_id', 'solutions.provider_organisation_id')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select('solutions.id')
    .where('people.email', '=', MEMBER)
    .where('solutions.status', '=', 'published')
    .executeTakeFirstOrThrow();
  for (const result of await server.services.matching.matchesFor('solution', solution.id, null, 50)) {
    if (await findPair(db, result.id, solution.id)) continue;
    const member = await db
      .selectFrom('challenges')
      .innerJoin('memberships', 'memberships.organisation_id', 'challenges.owner_organisation_id')
      .innerJoin('people', 'people.id', 'memberships.person_id')
      .select('people.email')
      .where('challenges.id', '=', result.id)
      .executeTakeFirst();
    if (!member) continue;
    await db
      .updateTable('challenges')
      .set({ assigned_ambassador_id: ambassador.id })
      .where('id', '=', result.id)
      .execute();
    const now = new Date();
    const match = await insertMatch(db, {
      challenge_id: result.id,
      solution_id: solution.id,
      origin: 'ambassador',
      status: 'accepted',
      created_by: ambassador.id,
      score: result.score,
      explanation: null,
      challenge_accepted_at: now,
      solution_accepted_at: now,
    });
    assert.ok(match);
    return { id: match.id, challengeMember: member.email };
  }
  throw new Error('no challenge with a member left to pair with a Zilverlijn solution');
}

async function noSidewaysScrolling(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `no sideways scrolling (${width}px)`);
}

test('at 375px a member proposes a meeting and the other side picks a time; axe finds nothing on either page', async () => {
  const { id, challengeMember } = await acceptedMatch();
  const provider = await contextAs(browser, server, MEMBER, { viewport: PHONE });
  const page = await provider.newPage();
  await page.goto(`${server.baseUrl}/matches/${id}`);
  await page.getByRole('link', { name: say('meeting.link'), exact: true }).click();
  const first = toBrusselsInput(new Date(Date.now() + 3 * 86_400_000));
  await page.locator('#start1').fill(first);
  await page.locator('#start2').fill(toBrusselsInput(new Date(Date.now() + 4 * 86_400_000)));
  await page.getByLabel(say('meeting.online_url')).fill('https://meet.zilverlijn.example/demo');
  await page.getByRole('button', { name: say('meeting.send') }).click();
  await page.waitForURL(/done=meeting_proposed/);
  assert.equal((await page.getByRole('status').innerText()).trim(), say('feedback.meeting_proposed'));
  assert.equal(await page.locator('ul.slots > li').count(), 2);
  await noSidewaysScrolling(page);
  const meetingUrl = page.url().replace(/\?.*$/, '');
  await provider.close();

  const owner = await contextAs(browser, server, challengeMember, { viewport: PHONE });
  const ownerPage = await owner.newPage();
  await ownerPage.goto(meetingUrl);
  await ownerPage
    .getByRole('button', { name: say('meeting.pick') })
    .first()
    .click();
  await ownerPage.waitForURL(/done=meeting_confirmed/);
  assert.match(await ownerPage.locator('main').innerText(), new RegExp(say('meeting.status.confirmed')));
  const download = ownerPage.getByRole('link', { name: say('meeting.download') });
  assert.equal(await download.getAttribute('href'), `${new URL(meetingUrl).pathname}.ics`);
  await noSidewaysScrolling(ownerPage);
  await owner.close();

  for (const who of [MEMBER, challengeMember, AMBASSADOR]) {
    const axeContext = await contextAs(browser, server, who, { viewport: PHONE, forAxe: true });
    const axePage = await axeContext.newPage();
    for (const url of [`${server.baseUrl}/matches/${id}/meetings`, meetingUrl]) {
      await axePage.goto(url);
      assert.deepEqual(await axeViolations(axePage), [], `${who} ${url}`);
    }
    await axeContext.close();
  }
});
