// The catalogue's filters in Chromium without JavaScript: on a phone they are folded after the
// results (results first in the reading order) and open with their summary; on a desktop they stand
// open beside the results.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { contextAs, launchBrowser, startLiveServer, DESKTOP, PHONE, type LiveServer } from '../test-support/browser.ts';
import { catalogues, type MessageKey } from '../i18n/messages.ts';

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

test('on a 375 px phone the results come first and the filters are folded until their summary is opened', async () => {
  const context = await contextAs(browser, server, null, { viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}/challenges`);
  const order = await page.evaluate(() => {
    const results = document.querySelector('.catalogue-results');
    const filters = document.querySelector('.catalogue-filters');
    return results && filters ? results.compareDocumentPosition(filters) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
  });
  assert.ok(order, 'the filters follow the results in the document');
  const firstResult = await page.locator('.catalogue-results .card').first().boundingBox();
  assert.ok(firstResult && firstResult.y < PHONE.height, 'a result shows on the first screen');
  assert.equal(await page.getByLabel(say('catalogue.search')).isVisible(), false);

  await page.getByRole('link', { name: say('catalogue.to_filters') }).click();
  await page.locator('.catalogue-filters summary').click();
  assert.equal(await page.getByLabel(say('catalogue.search')).isVisible(), true);
  await page.getByRole('checkbox', { name: /Zorg en welzijn/ }).check();
  await page.getByRole('button', { name: say('action.filter') }).click();
  assert.match(page.url(), /sector=care/);
  assert.match(await page.locator('.catalogue-filters summary').innerText(), /1 gekozen/);
  await context.close();
});

test('on a desktop the filters stand open beside the results, without a summary to click', async () => {
  const context = await contextAs(browser, server, null, { viewport: DESKTOP });
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}/solutions`);
  assert.equal(await page.getByLabel(say('catalogue.search')).isVisible(), true);
  assert.equal(await page.locator('.catalogue-filters summary').isVisible(), false);
  assert.equal(await page.getByRole('link', { name: say('catalogue.to_filters') }).isVisible(), false);
  const results = await page.locator('.catalogue-results').boundingBox();
  const filters = await page.locator('.catalogue-filters').boundingBox();
  assert.ok(
    results && filters && filters.x > results.x && filters.y < results.y + 100,
    'the filters stand beside the results',
  );
  await context.close();
});
