// A participant's agenda in Chromium on a phone (375 px), without JavaScript, on the demo content: the
// provider's demo member finds the upcoming matchmaking day on /events, opens their agenda from the
// event page, reads both meetings with their tables without sideways scrolling; printed, the links
// are left out; axe-core finds nothing on the events list, the event page, the agenda or the requests.
// After the past day the member says how the meeting went from the agenda's form and reaches the match.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import {
  axeViolations,
  contextAs,
  launchBrowser,
  startLiveServer,
  PHONE,
  type LiveServer,
} from '../test-support/browser.ts';
import { catalogues, type MessageKey } from '../i18n/messages.ts';

const MEMBER = 'info@zilverlijn.example';
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

test('at 375px a participant opens their agenda from the event page, reads it and prints it; axe finds nothing', async () => {
  const context = await contextAs(browser, server, MEMBER, { viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}/events`);
  await page.getByRole('link', { name: 'Matchmakingdag Zorg en onderwijs digitaal' }).click();
  await page.getByRole('link', { name: say('matchmaking.agenda_link') }).click();
  await page.waitForURL(/\/events\/[0-9a-f-]{36}\/agenda$/);
  const eventPath = new URL(page.url()).pathname.replace(/\/agenda$/, '');
  const rows = page.locator('.agenda tbody tr');
  assert.equal(await rows.count(), 2);
  assert.match(await rows.nth(0).innerText(), /Carla Coördinator/);
  assert.match(await rows.nth(1).innerText(), /Els Leiestroom/);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `no sideways scrolling (${width}px)`);
  const calendar = page.getByRole('link', { name: say('matchmaking.agenda_calendar') });
  assert.equal(await calendar.getAttribute('href'), `${eventPath}/agenda.ics`);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.agenda-links').isVisible(), false, 'printed without the links');
  assert.equal(await rows.nth(1).isVisible(), true, 'printed with the meetings');
  await context.close();

  const axeContext = await contextAs(browser, server, MEMBER, { viewport: PHONE, forAxe: true });
  const axePage = await axeContext.newPage();
  for (const path of ['/events', eventPath, `${eventPath}/agenda`, `${eventPath}/requests`]) {
    await axePage.goto(`${server.baseUrl}${path}`);
    assert.deepEqual(await axeViolations(axePage), [], path);
  }
  await axeContext.close();
});

test('at 375px after the past day the participant says "next step" for the pair and reaches the match; axe finds nothing', async () => {
  const axeContext = await contextAs(browser, server, MEMBER, { viewport: PHONE, forAxe: true });
  const axePage = await axeContext.newPage();
  await axePage.goto(`${server.baseUrl}/events`);
  await axePage.getByRole('link', { name: 'Welkom kmo: digitale kansen' }).click();
  await axePage.waitForURL(/\/events\/[0-9a-f-]{36}$/);
  const agendaPath = `${new URL(axePage.url()).pathname}/agenda`;
  await axePage.goto(`${server.baseUrl}${agendaPath}`);
  assert.deepEqual(await axeViolations(axePage), [], 'the agenda with its follow-up form');
  await axeContext.close();

  const context = await contextAs(browser, server, MEMBER, { viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}${agendaPath}`);
  const form = page.getByRole('region', { name: say('matchmaking.follow_up_heading') });
  assert.equal(await form.getByRole('radio').count(), 1);
  assert.equal(await form.getByRole('radio').isChecked(), true, 'the only pair is chosen');
  await form.getByRole('button', { name: say('matchmaking.follow_up.next_step') }).click();
  await page.waitForURL(/\/agenda\?done=matchmaking_follow_up$/);
  await page.getByText(say('feedback.matchmaking_follow_up')).waitFor();
  await page.getByRole('link', { name: say('matchmaking.follow_up_match'), exact: true }).click();
  await page.waitForURL(/\/matches\/[0-9a-f-]{36}$/);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `no sideways scrolling (${width}px)`);
  await context.close();
});
