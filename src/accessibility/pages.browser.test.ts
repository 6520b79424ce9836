// Every page the platform serves, found from its route table so a new page is checked without
// anyone listing it (./page-addresses.ts): axe-core finds no WCAG 2.0/2.1 A or AA violation as a
// visitor, a member, an ambassador and an admin, in the three languages, on a phone and a desktop,
// and nothing scrolls sideways at 320 px or at 200 % zoom.
import { describe, test, before, after } from 'node:test';
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
import { pageAddresses, renderedPages, ROLES } from './page-addresses.ts';

let server: LiveServer;
let browser: Browser;
/** Per person (null: a visitor), the pages that answer them with HTML. */
const pagesOf = new Map<string | null, string[]>();

before(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
  for (const email of Object.values(ROLES)) {
    pagesOf.set(
      email,
      (await renderedPages(server, email, await pageAddresses(server, email))).map((page) => page.path),
    );
  }
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Visits every page in one browser context (one person, language and screen) and collects violations. */
async function violationsOnEveryPage(options: {
  email: string | null;
  locale: string;
  viewport: { width: number; height: number };
}): Promise<string[]> {
  const context = await contextAs(browser, server, options.email, {
    viewport: options.viewport,
    locale: options.locale,
    forAxe: true,
  });
  const found: string[] = [];
  try {
    const page = await context.newPage();
    for (const path of pagesOf.get(options.email) ?? []) {
      const response = await page.goto(`${server.baseUrl}${path}`);
      assert.ok(response && response.status() < 500, `${path} answered ${response?.status()}`);
      if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) continue;
      for (const v of await axeViolations(page))
        found.push(
          `${path} (${options.locale}, ${options.viewport.width}px) ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
    }
  } finally {
    await context.close();
  }
  return found;
}

test('the checker itself reports a missing text alternative', async () => {
  const context = await contextAs(browser, server, null, { forAxe: true });
  const page = await context.newPage();
  await page.setContent(
    '<!doctype html><html lang="nl"><title>t</title><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></html>',
  );
  const ids = (await axeViolations(page)).map((v) => v.id);
  await context.close();
  assert.ok(ids.includes('image-alt'));
});

describe('every page passes axe-core without violations', () => {
  test('as the admin, who can open every page, on a desktop and a phone in Dutch', async () => {
    assert.ok((pagesOf.get(ROLES.admin) ?? []).length >= 20, `found ${pagesOf.get(ROLES.admin)?.length} pages`);
    assert.deepEqual(await violationsOnEveryPage({ email: ROLES.admin, locale: 'nl-BE', viewport: DESKTOP }), []);
    assert.deepEqual(await violationsOnEveryPage({ email: ROLES.admin, locale: 'nl-BE', viewport: PHONE }), []);
  });

  test('as the admin in French on a desktop and in English on a phone', async () => {
    assert.deepEqual(await violationsOnEveryPage({ email: ROLES.admin, locale: 'fr-BE', viewport: DESKTOP }), []);
    assert.deepEqual(await violationsOnEveryPage({ email: ROLES.admin, locale: 'en-GB', viewport: PHONE }), []);
  });

  test('as an ambassador, on a desktop in Dutch and a phone in French', async () => {
    assert.deepEqual(await violationsOnEveryPage({ email: ROLES.ambassador, locale: 'nl-BE', viewport: DESKTOP }), []);
    assert.deepEqual(await violationsOnEveryPage({ email: ROLES.ambassador, locale: 'fr-BE', viewport: PHONE }), []);
  });

  test('as a member of a care home on a phone in Dutch and of a provider on a desktop in English', async () => {
    assert.deepEqual(
      await violationsOnEveryPage({ email: ROLES['member (care home)'], locale: 'nl-BE', viewport: PHONE }),
      [],
    );
    assert.deepEqual(
      await violationsOnEveryPage({ email: ROLES['member (provider)'], locale: 'en-GB', viewport: DESKTOP }),
      [],
    );
  });

  test('as a visitor, for the pages a visitor reaches', async () => {
    assert.deepEqual(await violationsOnEveryPage({ email: ROLES.visitor, locale: 'nl-BE', viewport: PHONE }), []);
  });
});

// 320 px is WCAG 1.4.10's reflow width; 640 px is a 1280 px desktop window zoomed to 200 % (1.4.4). One visit per
// page serves both: the window is resized in place, which lays the page out again as a fresh load at that width would.
test('no page scrolls sideways at 320 px or at 640 px wide', async () => {
  const widths = [320, 640];
  const context = await contextAs(browser, server, ROLES.admin, {
    viewport: { width: widths[0]!, height: 640 },
    forAxe: true,
  });
  const page = await context.newPage();
  const tooWide: string[] = [];
  for (const path of pagesOf.get(ROLES.admin) ?? []) {
    await page.setViewportSize({ width: widths[0]!, height: 640 });
    await page.goto(`${server.baseUrl}${path}`);
    for (const width of widths) {
      await page.setViewportSize({ width, height: 640 });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) tooWide.push(`${path} at ${width}px: ${scrollWidth}px`);
    }
  }
  await context.close();
  assert.deepEqual(tooWide, []);
});
