// The similar-items step of the new-challenge form in Chromium, on a phone and a desktop, in Dutch and
// French: with JavaScript the list fills in the live region as the title is typed; without it the check
// button shows the same list on the re-rendered form; nothing is saved either way; axe finds no violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext } from 'playwright-core';
import {
  axeViolations,
  contextAs,
  launchBrowser,
  startLiveServer,
  DESKTOP,
  PHONE,
  type LiveServer,
} from '../test-support/browser.ts';
import { startSession } from '../accounts/session.ts';

let server: LiveServer;
let browser: Browser;

const MEMBER = 'info@zilverlijn.example';
const DRAFT_TITLE = 'Videobellen tegen eenzaamheid van bewoners';
const TEXTS = {
  nl: { check: 'Zoek gelijkaardige items', results: 'Gelijkaardige gepubliceerde items' },
  fr: { check: 'Chercher des éléments similaires', results: 'Éléments publiés similaires' },
} as const;

before(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A signed-in context with JavaScript on and the site's Content-Security-Policy in force, as a person's browser has. */
async function scriptedContext(
  viewport: { width: number; height: number },
  language: 'nl' | 'fr',
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale: 'nl-BE', javaScriptEnabled: true });
  const person = await server.services.db
    .selectFrom('people')
    .select('id')
    .where('email', '=', MEMBER)
    .executeTakeFirstOrThrow();
  const token = await startSession(server.services.db, person.id, new Date());
  await context.addCookies([
    { name: 'hd_session', value: token, url: server.baseUrl },
    { name: 'hd_lang', value: language, url: server.baseUrl },
  ]);
  return context;
}

const challengeCount = async () =>
  Number(
    (
      await server.services.db
        .selectFrom('challenges')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

for (const viewport of [PHONE, DESKTOP]) {
  for (const language of ['nl', 'fr'] as const) {
    test(`with JavaScript at ${viewport.width}px in ${language}, typing a title lists similar items in the live region`, async () => {
      const before = await challengeCount();
      const context = await scriptedContext(viewport, language);
      const page = await context.newPage();
      await page.goto(`${server.baseUrl}/challenges/new`);
      const region = page.locator('#similar-results');
      assert.equal(await region.getAttribute('aria-live'), 'polite');
      assert.equal(await region.locator('a').count(), 0);
      await page.locator('#title').pressSequentially(DRAFT_TITLE);
      await region.locator('a[href^="/challenges/"]').first().waitFor();
      assert.equal(await region.locator('p').first().textContent(), TEXTS[language].results);
      assert.ok((await region.locator('a').count()) >= 1);
      assert.equal(page.url(), `${server.baseUrl}/challenges/new`, 'the page was not left');
      assert.equal(await challengeCount(), before);
      await context.close();
    });

    test(`without JavaScript at ${viewport.width}px in ${language}, the check button shows similar items and keeps the form`, async () => {
      const before = await challengeCount();
      const context = await contextAs(browser, server, MEMBER, { viewport, language });
      const page = await context.newPage();
      await page.goto(`${server.baseUrl}/challenges/new`);
      await page.locator('#title').fill(DRAFT_TITLE);
      await page.locator('#description').fill('Wij zoeken een eenvoudige tablet om met familie te bellen.');
      const check = page.locator('button[name="intent"][value="check"]');
      assert.equal((await check.textContent())?.trim(), TEXTS[language].check);
      await check.click();
      await page.waitForURL(/\/challenges#similar-check$/);
      const region = page.locator('#similar-results');
      assert.equal(await region.getAttribute('aria-live'), 'polite');
      assert.ok((await region.locator('a[href^="/challenges/"]').count()) >= 1);
      assert.equal(await page.locator('#title').inputValue(), DRAFT_TITLE);
      assert.equal(
        await page.locator('#description').inputValue(),
        'Wij zoeken een eenvoudige tablet om met familie te bellen.',
      );
      assert.ok(await region.isVisible());
      assert.equal(await challengeCount(), before);
      await context.close();
    });
  }

  test(`the new-challenge form with similar items at ${viewport.width}px has no accessibility violations`, async () => {
    const context = await contextAs(browser, server, MEMBER, { viewport, forAxe: true });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/challenges/new`);
    await page.locator('#title').pressSequentially(DRAFT_TITLE);
    await page.locator('#similar-results a').first().waitFor();
    const violations = await axeViolations(page);
    assert.deepEqual(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      [],
    );
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `scrolls ${overflow}px sideways`);
    await context.close();
  });
}
