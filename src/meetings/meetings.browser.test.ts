// The meetings pages in Chromium on a phone (375 px), without JavaScript: a provider's member opens
// the match's meetings from the match page and proposes two times and an online link; a member of the
// challenge's organisation picks one and gets the calendar download; axe-core finds nothing on the list
// or the meeting page, for the members and the curating ambassador.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axeViolationsFor, contextAs, withLiveBrowser, PHONE } from '../test-support/browser.ts';
import { acceptedDemoMatch } from '../test-support/matches-world.ts';
import { catalogues, type MessageKey } from '../i18n/messages.ts';
import { toBrusselsInput } from './brussels-time.ts';

const MEMBER = 'info@zilverlijn.example';
const AMBASSADOR = 'ambassadeur@helemaaldigitaal.example';
const say = (key: MessageKey): string => catalogues.nl[key] ?? key;

const live = withLiveBrowser();

async function noSidewaysScrolling(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `no sideways scrolling (${width}px)`);
}

test('at 375px a member proposes a meeting and the other side picks a time; axe finds nothing on either page', async () => {
  const { server, browser } = live;
  const { id, challengeMember } = await acceptedDemoMatch(server, { provider: MEMBER, ambassador: AMBASSADOR });
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

  const pages = [`/matches/${id}/meetings`, meetingUrl];
  assert.deepEqual(await axeViolationsFor(live, [MEMBER, challengeMember, AMBASSADOR], pages, { viewport: PHONE }), []);
});
