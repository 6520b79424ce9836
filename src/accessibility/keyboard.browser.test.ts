// Keyboard-only use in Chromium: the skip link comes first, every control the flows need is reached
// with Tab, shows a visible focus indicator, and is operated with Space and Enter alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { contextAs, launchBrowser, startLiveServer, DESKTOP, PHONE, type LiveServer } from '../test-support/browser.ts';
import { catalogues, type MessageKey } from '../i18n/messages.ts';

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

const MOST_TABS = 150;
const english = (key: MessageKey): string => catalogues.en[key] ?? key;

/** Presses Tab until the focused element matches the selector (and reads the text, if given); fails if it never does. */
async function tabTo(page: Page, selector: string, text?: string): Promise<void> {
  for (let presses = 0; presses < MOST_TABS; presses += 1) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate(
      ([s, t]) => {
        const focused = document.activeElement;
        return !!focused?.matches(s as string) && (t === null || focused.textContent?.trim() === t);
      },
      [selector, text ?? null],
    );
    if (reached) return;
  }
  assert.fail(`Tab never reached ${selector} ${text ?? ''} on ${page.url()}`);
}

/** True when the focused element draws an outline or a ring (focus visible, WCAG 2.4.7). */
function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
  });
}

async function tabToVisibly(page: Page, selector: string, text?: string): Promise<void> {
  await tabTo(page, selector, text);
  assert.ok(await focusIsVisible(page), `no visible focus on ${selector}`);
}

test('the keyboard reaches the skip link first and it moves focus to the content', async () => {
  const context = await contextAs(browser, server, null, { viewport: DESKTOP, forAxe: true });
  const page = await context.newPage();
  await page.goto(server.baseUrl);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
  assert.ok(await focusIsVisible(page));
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  await context.close();
});

test('with the keyboard alone, a member writes a challenge and submits it for review, and an ambassador publishes it', async () => {
  const title = 'Toetsenbordvriendelijke inschrijving voor de muziekacademie';
  const member = await contextAs(browser, server, 'zorg@zonnetij.example', {
    viewport: PHONE,
    forAxe: true,
    language: 'en',
  });
  const page = await member.newPage();
  await page.goto(`${server.baseUrl}/challenges/new`);
  await tabToVisibly(page, '[name="title"]');
  await page.keyboard.type(title);
  await tabToVisibly(page, '[name="description"]');
  await page.keyboard.type(
    'Ouders schrijven hun kinderen nu op papier in; we zoeken een eenvoudig en toegankelijk inschrijvingsformulier met betaling.',
  );
  await tabToVisibly(page, 'input[name="sectors"][value="education"]');
  await page.keyboard.press('Space');
  await tabToVisibly(page, 'input[name="spearheads"][value="1"]');
  await page.keyboard.press('Space');
  await tabToVisibly(page, '[name="durationMonths"]');
  await page.keyboard.type('6');
  await tabToVisibly(page, 'form button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/challenges\/[0-9a-f-]{36}\?done=saved$/);
  await tabToVisibly(page, 'button[type="submit"]', english('action.submit'));
  await page.keyboard.press('Enter');
  await page.getByText(english('status.submitted')).first().waitFor();
  const path = new URL(page.url()).pathname;
  await member.close();

  const ambassador = await contextAs(browser, server, 'ambassadeur@helemaaldigitaal.example', {
    viewport: DESKTOP,
    forAxe: true,
    language: 'en',
  });
  const queue = await ambassador.newPage();
  await queue.goto(`${server.baseUrl}/review`);
  await tabToVisibly(queue, `a[href="${path}"]`);
  await queue.keyboard.press('Enter');
  await queue.waitForURL(`${server.baseUrl}${path}`);
  await tabToVisibly(queue, 'button[type="submit"]', english('action.publish'));
  await queue.keyboard.press('Enter');
  await queue.getByText(english('status.published')).first().waitFor();
  await ambassador.close();
});

test('with the keyboard alone, a visitor searches, opens a result and switches the language', async () => {
  const context = await contextAs(browser, server, null, { viewport: DESKTOP, forAxe: true });
  const page = await context.newPage();
  await page.goto(server.baseUrl);
  await tabToVisibly(page, 'input[type="search"], input[name="q"]');
  await page.keyboard.type('eenzaamheid');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/challenges\?q=/);
  await tabToVisibly(page, '.card a');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/challenges\/[0-9a-f-]{36}$/);
  await tabToVisibly(page, 'a[hreflang="en"], a[lang="en"]');
  await page.keyboard.press('Enter');
  await page.waitForLoadState();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en-GB');
  await context.close();
});
