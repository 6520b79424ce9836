// Every page the platform serves, found from its route table so a new page is checked without
// anyone listing it: axe-core finds no WCAG 2.0/2.1 A or AA violation, in the three languages, on a
// phone and a desktop, and nothing scrolls sideways at 320 px or at 200 % zoom.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { axeViolations, contextAs, launchBrowser, startLiveServer, DESKTOP, PHONE, type LiveServer } from '../test-support/browser.ts';
import { startSession } from '../accounts/session.ts';

let server: LiveServer;
let browser: Browser;
let pages: string[] = [];

const NOT_PAGES = [/^\/api\//, /^\/static\//, /^\/(health|ready)$/, /^\/feeds\//, /^\/opendata\//, /\.(csv|atom|ttl|jsonld|json)$/];

async function sampleIds(): Promise<Record<string, string>> {
  const db = server.services.db;
  const challenge = await db.selectFrom('challenges').select('id').where('status', '=', 'published').where('classification', '=', 'public').executeTakeFirstOrThrow();
  const draft = await db.selectFrom('challenges').select('id').where('status', '=', 'draft').executeTakeFirstOrThrow();
  const solution = await db.selectFrom('solutions').select('id').where('status', '=', 'published').executeTakeFirstOrThrow();
  const organisation = await db.selectFrom('organisations').select('id').executeTakeFirstOrThrow();
  return { challenges: challenge.id, solutions: solution.id, organisations: organisation.id, draft: draft.id };
}

/** Page addresses with their parameters filled in with real demo items. */
function concreteAddresses(ids: Record<string, string>): string[] {
  const addresses = server.app.routeTable
    .filter((route) => route.method === 'GET' && !NOT_PAGES.some((pattern) => pattern.test(route.url)))
    .map((route) => route.url.replace(/\/(\w+)\/:id/, (_whole, collection: string) => `/${collection}/${ids[collection] ?? ids.challenges}`).replace(/:\w+/g, 'x'));
  return [...new Set([...addresses, `/challenges/${ids.draft}`, '/challenges?sector=care&spearhead=5', '/solutions?q=videobellen'])].sort();
}

/** Only addresses that answer with an HTML page (not a download such as the personal data export). */
async function htmlPages(addresses: string[]): Promise<string[]> {
  const admin = await server.services.db.selectFrom('people').select('id').where('email', '=', 'admin@helemaaldigitaal.example').executeTakeFirstOrThrow();
  const token = await startSession(server.services.db, admin.id, new Date());
  const kept: string[] = [];
  for (const address of addresses) {
    const response = await server.app.inject({ url: address, cookies: { hd_session: token } });
    const html = String(response.headers['content-type'] ?? '').startsWith('text/html');
    if (html && !String(response.headers['content-disposition'] ?? '').startsWith('attachment')) kept.push(address);
  }
  return kept;
}

before(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
  pages = await htmlPages(concreteAddresses(await sampleIds()));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Visits every page in one browser context (one person, language and screen) and collects violations. */
async function violationsOnEveryPage(options: { email: string | null; locale: string; viewport: { width: number; height: number } }): Promise<string[]> {
  const context = await contextAs(browser, server, options.email, { viewport: options.viewport, locale: options.locale, forAxe: true });
  const found: string[] = [];
  try {
    const page = await context.newPage();
    for (const path of pages) {
      const response = await page.goto(`${server.baseUrl}${path}`);
      assert.ok(response && response.status() < 500, `${path} answered ${response?.status()}`);
      if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) continue;
      for (const v of await axeViolations(page)) found.push(`${path} (${options.locale}, ${options.viewport.width}px) ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
  } finally {
    await context.close();
  }
  return found;
}

test('the checker itself reports a missing text alternative', async () => {
  const context = await contextAs(browser, server, null, { forAxe: true });
  const page = await context.newPage();
  await page.setContent('<!doctype html><html lang="nl"><title>t</title><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></html>');
  const ids = (await axeViolations(page)).map((v) => v.id);
  await context.close();
  assert.ok(ids.includes('image-alt'));
});

describe('every page passes axe-core without violations', () => {
  test('as the admin, who can open every page, on a desktop and a phone in Dutch', async () => {
    assert.ok(pages.length >= 20, `found ${pages.length} pages`);
    assert.deepEqual(await violationsOnEveryPage({ email: 'admin@helemaaldigitaal.example', locale: 'nl-BE', viewport: DESKTOP }), []);
    assert.deepEqual(await violationsOnEveryPage({ email: 'admin@helemaaldigitaal.example', locale: 'nl-BE', viewport: PHONE }), []);
  });

  test('as the admin in French on a desktop and in English on a phone', async () => {
    assert.deepEqual(await violationsOnEveryPage({ email: 'admin@helemaaldigitaal.example', locale: 'fr-BE', viewport: DESKTOP }), []);
    assert.deepEqual(await violationsOnEveryPage({ email: 'admin@helemaaldigitaal.example', locale: 'en-GB', viewport: PHONE }), []);
  });

  test('as a visitor, for the pages a visitor reaches', async () => {
    assert.deepEqual(await violationsOnEveryPage({ email: null, locale: 'nl-BE', viewport: PHONE }), []);
  });
});

// 320 px is WCAG 1.4.10's reflow width; 640 px is a 1280 px desktop window zoomed to 200 % (1.4.4).
for (const width of [320, 640]) {
  test(`no page scrolls sideways at ${width} px wide`, async () => {
    const context = await contextAs(browser, server, 'admin@helemaaldigitaal.example', { viewport: { width, height: 640 }, forAxe: true });
    const page = await context.newPage();
    const tooWide: string[] = [];
    for (const path of pages) {
      await page.goto(`${server.baseUrl}${path}`);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) tooWide.push(`${path}: ${scrollWidth}px`);
    }
    await context.close();
    assert.deepEqual(tooWide, []);
  });
}
