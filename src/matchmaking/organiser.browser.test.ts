// Matchmaking days in Chromium without JavaScript, on the demo content, as people use them: an organiser in
// Dutch (desktop) and in English (phone) creates an event with the form, places a meeting by hand, runs the
// scheduler and records attendance, each with its feedback; a participant in English registers for the new
// event, asks for a meeting, and reads it on their agenda once placed. axe-core checks every page on the way;
// screenshots of the organiser's page and the agenda at 375 and 1280 px go to SCREENS when it is set.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  axeViolations,
  contextAs,
  launchBrowser,
  startLiveServer,
  DESKTOP,
  PHONE,
  type LiveServer,
} from '../test-support/browser.ts';
import { catalogues, type MessageKey } from '../i18n/messages.ts';
import { inDays } from './test-fixtures.ts';

const AMBASSADOR = 'ambassadeur@helemaaldigitaal.example';
const PROVIDER = 'info@zilverlijn.example';
const CARE = 'zorg@zonnetij.example';
const UPCOMING = 'Matchmakingdag Zorg en onderwijs digitaal';
const PROVIDER_NAME = 'Dirk Zilverlijn';
type Language = 'nl' | 'en';
const say = (language: Language, key: MessageKey): string => catalogues[language][key] ?? key;

let server: LiveServer;
let browser: Browser;
const opened: BrowserContext[] = [];
before(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
});
after(async () => {
  for (const context of opened) await context.close();
  await browser?.close();
  await server?.close();
});

async function pageAs(email: string, language: Language, viewport = DESKTOP): Promise<Page> {
  const context = await contextAs(browser, server, email, { viewport, language, forAxe: true });
  opened.push(context);
  return context.newPage();
}

async function noViolations(page: Page) {
  assert.deepEqual(await axeViolations(page), [], new URL(page.url()).pathname);
}

async function screenshot(page: Page, name: string) {
  if (!process.env.SCREENS) return;
  for (const [label, viewport] of [
    ['375', PHONE],
    ['1280', DESKTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `${process.env.SCREENS}/${name}-${label}.png`, fullPage: true });
  }
}

/** The page the action led to, with its feedback (the code in the address names the message). */
async function feedback(page: Page, language: Language, key: MessageKey) {
  await page.waitForURL(new RegExp(`done=${key.replace('feedback.', '')}`));
  assert.equal(await page.locator('.feedback').innerText(), say(language, key));
}

const eventIdOf = (page: Page) => /\/events\/([0-9a-f-]{36})/.exec(page.url())?.[1] as string;

/** Creates an event with the form and returns its id, from the page it leads to. */
async function createEvent(page: Page, language: Language, name: string) {
  await page.goto(`${server.baseUrl}/events`);
  await page.getByRole('link', { name: say(language, 'matchmaking.new_title') }).click();
  await noViolations(page);
  await page.fill('#name', name);
  await page.fill('#start', inDays(30, 13));
  await page.fill('#end', inDays(30, 16));
  await page.fill('#slotMinutes', '30');
  await page.fill('#tables', '4');
  await page.fill('#address', 'Stadhuis, Markt 1, 8000 Brugge');
  await page.fill('#registrationDeadline', inDays(20, 17));
  await page.getByRole('button', { name: say(language, 'matchmaking.new_send') }).click();
  assert.equal(await page.locator('h1').innerText(), name);
  return eventIdOf(page);
}

/** On the organiser's page: places the row's meeting by hand at that time and table. */
async function placeByHand(page: Page, language: Language, row: string, time: string, table: string) {
  const line = page.locator('tr', { hasText: row }).filter({ has: page.locator('summary') });
  await line.locator('summary').click();
  await line.getByLabel(say(language, 'matchmaking.place_slot')).selectOption({ label: time });
  await line.locator('input[name="table"]').fill(table);
  await line.getByRole('button', { name: say(language, 'matchmaking.place_send') }).click();
  await feedback(page, language, 'feedback.placed');
  assert.match(await line.innerText(), new RegExp(time));
}

async function organise(page: Page, language: Language, eventName: string, row: string, time: string) {
  await page.goto(`${server.baseUrl}/events`);
  await page.getByRole('link', { name: eventName }).click();
  await page.getByRole('link', { name: say(language, 'matchmaking.organise_link') }).click();
  await placeByHand(page, language, row, time, '3');
  await noViolations(page);
  await page.getByRole('button', { name: say(language, 'matchmaking.organise_schedule') }).click();
  await feedback(page, language, 'feedback.scheduled');
}

/** After the past demo event: records that its meeting did not take place, then that it did. */
async function recordAttendance(page: Page, language: Language) {
  await page.goto(`${server.baseUrl}/events`);
  await page.locator('ul.event-list').last().getByRole('link').first().click();
  await page.getByRole('link', { name: say(language, 'matchmaking.organise_link') }).click();
  await page.getByRole('button', { name: say(language, 'matchmaking.attendance_no_show') }).click();
  await feedback(page, language, 'feedback.attendance');
  assert.match(await page.locator('tbody').innerText(), new RegExp(say(language, 'matchmaking.attendance.no_show')));
  await page.getByRole('button', { name: say(language, 'matchmaking.attendance_held') }).click();
  await feedback(page, language, 'feedback.attendance');
  await noViolations(page);
}

let newEvent: string;
const NEW_EVENT = 'Matchmaking Brugge digitaal';

test('an organiser in Dutch creates an event, places a meeting by hand, schedules and records attendance', async () => {
  const page = await pageAs(AMBASSADOR, 'nl');
  newEvent = await createEvent(page, 'nl', NEW_EVENT);
  await organise(page, 'nl', UPCOMING, 'Carla Coördinator', '09:00');
  await screenshot(page, 'organiser-nl');
  await recordAttendance(page, 'nl');
});

test('a participant in English registers for the new event and asks another participant for a meeting', async () => {
  const care = await pageAs(CARE, 'nl', PHONE);
  await care.goto(`${server.baseUrl}/events/${newEvent}/register`);
  await care.locator('input[name="availableSlots"]').first().check();
  await care.getByRole('button', { name: say('nl', 'matchmaking.register_send') }).click();
  await feedback(care, 'nl', 'feedback.registered');

  const page = await pageAs(PROVIDER, 'en', PHONE);
  await page.goto(`${server.baseUrl}/events/${newEvent}`);
  await page.getByRole('link', { name: say('en', 'matchmaking.register_link') }).click();
  await noViolations(page);
  await page.fill('#seeks', 'Care homes that want to try video calls');
  for (const slot of await page.locator('input[name="availableSlots"]').all()) await slot.check();
  await page.getByRole('button', { name: say('en', 'matchmaking.register_send') }).click();
  await feedback(page, 'en', 'feedback.registered');
  await page.getByLabel(say('en', 'matchmaking.ask_whom')).selectOption({ index: 1 });
  await page.getByLabel(say('en', 'matchmaking.ask_reason')).fill('Our video calls fit your residents');
  await page.getByRole('button', { name: say('en', 'matchmaking.ask_send') }).click();
  await feedback(page, 'en', 'feedback.request_sent');
  await noViolations(page);

  await care.goto(`${server.baseUrl}/events/${newEvent}/requests`);
  await care.getByRole('button', { name: say('nl', 'matchmaking.accept') }).click();
  await feedback(care, 'nl', 'feedback.request_answered');
});

test('an organiser in English on a phone creates an event, places the new meeting, schedules and records attendance', async () => {
  const page = await pageAs(AMBASSADOR, 'en', PHONE);
  await createEvent(page, 'en', 'Matchmaking Antwerp digital');
  await organise(page, 'en', NEW_EVENT, PROVIDER_NAME, '13:00');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `the organiser's page fits a phone (${width}px)`);
  await screenshot(page, 'organiser-en');
  await recordAttendance(page, 'en');
});

test('the participant in English reads the placed meeting on their agenda', async () => {
  const page = await pageAs(PROVIDER, 'en', PHONE);
  await page.goto(`${server.baseUrl}/events/${newEvent}`);
  await page.getByRole('link', { name: say('en', 'matchmaking.agenda_link') }).click();
  // Counting does not wait: under load the event page could still be the one shown.
  await page.waitForURL(/\/agenda$/);
  const rows = page.locator('.agenda tbody tr');
  assert.equal(await rows.count(), 1);
  assert.match(await rows.first().innerText(), /13:00/);
  assert.match(await rows.first().innerText(), /Our video calls fit your residents/);
  await noViolations(page);
  await page.goto(`${server.baseUrl}/events`);
  await page.getByRole('link', { name: UPCOMING }).click();
  await page.getByRole('link', { name: say('en', 'matchmaking.agenda_link') }).click();
  await screenshot(page, 'agenda-en');
});
