// The core flows clicked through in Chromium with JavaScript turned off, as each role, on a phone and
// a desktop: register, post a challenge, review and publish it, accept a match and see the introduction,
// search, switch language, keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { contextAs, launchBrowser, startLiveServer, DESKTOP, PHONE, type LiveServer } from '../test-support/browser.ts';
import { kboFromBase } from '../organisations/enterprise-number.ts';

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

const CHALLENGE_TITLE = 'Digitale oefenkansen voor anderstalige ouders';

async function postChallenge(page: Page): Promise<string> {
  await page.goto(`${server.baseUrl}/challenges/new`);
  await page.getByLabel('Titel').fill(CHALLENGE_TITLE);
  await page.getByLabel('Beschrijving').fill('Ouders die Nederlands leren willen thuis oefenen met korte gesprekken over school, met hulp van een app of een vrijwilliger.');
  await page.getByRole('checkbox', { name: 'Onderwijs en vorming' }).check();
  await page.getByRole('checkbox', { name: 'Iedereen voorbereid op de digitale toekomst' }).check();
  await page.getByLabel('Looptijd (maanden)').fill('9');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('button', { name: 'Indienen ter beoordeling' }).click();
  await assert.doesNotReject(page.getByText('Ingediend ter beoordeling').first().waitFor());
  return new URL(page.url()).pathname;
}

for (const viewport of [PHONE, DESKTOP]) {
  test(`a member posts a challenge and an ambassador publishes it, without JavaScript (${viewport.width}px)`, async () => {
    const member = await contextAs(browser, server, 'zorg@zonnetij.example', { viewport });
    const path = await postChallenge(await member.newPage());
    await member.close();

    const ambassador = await contextAs(browser, server, 'ambassadeur@helemaaldigitaal.example', { viewport });
    const queue = await ambassador.newPage();
    await queue.goto(`${server.baseUrl}/review`);
    await queue.getByRole('link', { name: CHALLENGE_TITLE }).first().click();
    await queue.getByRole('button', { name: 'Publiceren' }).click();
    await queue.getByText('Gepubliceerd').first().waitFor();
    await ambassador.close();

    const visitor = await contextAs(browser, server, null, { viewport });
    const page = await visitor.newPage();
    await page.goto(`${server.baseUrl}${path}`);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), CHALLENGE_TITLE);
    await visitor.close();
  });
}

test('a visitor registers with a new organisation and lands signed in, without JavaScript', async () => {
  const context = await contextAs(browser, server, null, { viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}/register`);
  await page.locator('#name').fill('Els Vermeulen');
  await page.locator('#email').fill('els@bakkerijvermeulen.example');
  await page.locator('#password').fill('Broodjes-bakken-sinds-1987');
  await page.locator('#enterpriseNumber').fill(kboFromBase(4_567_123));
  await page.locator('#organisationName').fill('Bakkerij Vermeulen');
  await page.locator('#kind').selectOption('company');
  await page.locator('#isSme').selectOption({ index: 1 });
  await page.locator('form[action="/register"] button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/register'));
  assert.match(await page.locator('.main-nav').textContent() ?? '', /Els Vermeulen/);
  await context.close();
});

test('a visitor searches the catalogue from the home page and filters by sector', async () => {
  const context = await contextAs(browser, server, null, { viewport: DESKTOP });
  const page = await context.newPage();
  await page.goto(server.baseUrl);
  await page.getByLabel('Zoek een uitdaging').fill('eenzaamheid');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.waitForURL(/\/challenges\?q=/);
  assert.ok(await page.locator('.card').count() >= 1);
  await page.getByRole('checkbox', { name: /Zorg en welzijn/ }).check();
  await page.getByRole('button', { name: 'Filteren' }).click();
  assert.match(page.url(), /sector=care/);
  await context.close();
});

test('the language switch changes the interface and is remembered', async () => {
  const context = await contextAs(browser, server, null, { viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}/challenges`);
  await page.getByRole('link', { name: 'Français' }).click();
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Défis');
  await page.goto(`${server.baseUrl}/solutions`);
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr-BE');
  await context.close();
});

test('the keyboard reaches the skip link first and it moves focus to the content', async () => {
  const context = await contextAs(browser, server, null, { viewport: DESKTOP, forAxe: true });
  const page = await context.newPage();
  await page.goto(server.baseUrl);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  assert.notEqual(outline, 'none');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  await context.close();
});

test('both sides accept a suggested match and only then see each other’s contact details, without JavaScript', async () => {
  const db = server.services.db;
  const challenge = await db.selectFrom('challenges').select('id').where('title', 'like', 'Online gesprekken tegen eenzaamheid%').executeTakeFirstOrThrow();
  const careHome = await contextAs(browser, server, 'zorg@zonnetij.example', { viewport: PHONE });
  const ownerPage = await careHome.newPage();
  await ownerPage.goto(`${server.baseUrl}/challenges/${challenge.id}`);
  const matchLink = ownerPage.locator('a[href^="/matches/"]', { hasText: /Zilverlijn/ }).first();
  const matchPath = await matchLink.getAttribute('href');
  assert.ok(matchPath, 'the care home sees the suggested match with Zilverlijn');
  await ownerPage.goto(`${server.baseUrl}${matchPath}`);
  await ownerPage.getByRole('button', { name: 'Aanvaarden' }).click();
  assert.equal(await ownerPage.getByText('info@zilverlijn.example').count(), 0);

  const provider = await contextAs(browser, server, 'info@zilverlijn.example', { viewport: DESKTOP });
  const providerPage = await provider.newPage();
  await providerPage.goto(`${server.baseUrl}${matchPath}`);
  assert.equal(await providerPage.getByText('zorg@zonnetij.example').count(), 0);
  await providerPage.getByRole('button', { name: 'Aanvaarden' }).click();
  await providerPage.getByText('zorg@zonnetij.example').first().waitFor();

  await ownerPage.goto(`${server.baseUrl}${matchPath}`);
  await ownerPage.getByText('info@zilverlijn.example').first().waitFor();
  await careHome.close();
  await provider.close();
});
