// The indicators pages in Chromium with a year of activity: the charts are drawn and named, axe-core
// finds no WCAG 2.1 A or AA violation on a phone or a desktop, and nothing scrolls sideways at 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import {
  axeViolations,
  contextAs,
  launchBrowser,
  startLiveServer,
  DESKTOP,
  PHONE,
  type LiveServer,
} from '../test-support/browser.ts';
import { createOrganisation } from '../test-support/harness.ts';
import { insertYearOfActivity } from './test-fixtures.ts';

let server: LiveServer;
let browser: Browser;

before(async () => {
  server = await startLiveServer();
  const db = server.services.db;
  const owner = await createOrganisation(db, 'Gemeente Grafiek');
  const providers = [
    await createOrganisation(db, 'Kmo Grafiek', true),
    await createOrganisation(db, 'Groot Grafiek', false),
  ];
  await insertYearOfActivity(db, new Date(), owner, providers);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const AMBASSADOR = 'ambassadeur@helemaaldigitaal.example';

for (const [path, email] of [
  ['/indicators', null],
  ['/admin/indicators', AMBASSADOR],
] as const) {
  for (const viewport of [PHONE, DESKTOP]) {
    test(`${path} at ${viewport.width}px draws nine named charts (the open calls' included) and has no accessibility violations`, async () => {
      const context = await contextAs(browser, server, email, { viewport, forAxe: true });
      const page = await context.newPage();
      const response = await page.goto(`${server.baseUrl}${path}`);
      assert.equal(response?.status(), 200);
      const charts = page.getByRole('img');
      assert.equal(await charts.count(), 9);
      for (const chart of await charts.all()) {
        assert.ok(await chart.isVisible());
        const box = await chart.boundingBox();
        assert.ok(box && box.width <= viewport.width && box.height > 100, `chart box ${JSON.stringify(box)}`);
      }
      assert.ok((await page.locator('#chart-flow path[stroke-dasharray]').count()) >= 1, 'series told apart by dashes');
      assert.ok((await page.locator('#chart-contact path').count()) >= 2, 'conversations and meetings drawn');
      const violations = await axeViolations(page);
      assert.deepEqual(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        [],
      );
      await context.close();
    });
  }
}

test('the indicators page does not scroll sideways at 320 px', async () => {
  const context = await contextAs(browser, server, null, { viewport: { width: 320, height: 640 }, forAxe: true });
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}/indicators`);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `scrolls ${overflow}px sideways`);
  await context.close();
});
