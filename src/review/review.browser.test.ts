// The review screen as the demo ambassador sees it and a public item page with a Markdown description
// as a visitor sees it, in Chromium on a phone and a desktop: no axe-core violation, nothing scrolls
// sideways, and what the page is for is there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  contextAs,
  launchBrowser,
  startLiveServer,
  DESKTOP,
  PHONE,
  type LiveServer,
} from '../test-support/browser.ts';
import { createOrganisation, createPerson, type TestPerson } from '../test-support/harness.ts';
import { ROLES } from '../accessibility/page-addresses.ts';

let server: LiveServer;
let browser: Browser;
const ids: Record<string, string> = {};

const DESCRIPTION = [
  'Woonzorg De Linde biedt een thuis aan 64 bewoners.\nSinds de coronajaren komt de familie minder langs.',
  '',
  '- een tablet met grote knoppen',
  '- videobellen met één aanraking',
  '',
  '1. een proef op één afdeling',
  '2. daarna het hele huis',
  '',
  'Meer op [onze website](https://delinde.example/project). <img src=x onerror="document.title=\'hacked\'">',
].join('\n');

async function post(person: TestPerson, url: string, payload: object): Promise<string> {
  const response = await server.app.inject({ method: 'POST', url, headers: person.auth, payload });
  assert.ok(response.statusCode < 300, response.body);
  return (response.json() as { id: string }).id;
}

before(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
  const db = server.services.db;
  const newcomer = await createPerson(db, 'member', await createOrganisation(db, 'Woonzorg De Linde vzw'));
  const curator = await createPerson(db, 'ambassador');
  const base = {
    sectors: ['care'],
    spearheads: [5, 9],
    region: 'BE23',
    language: 'nl',
    urgency: 'high',
    durationMonths: 6,
    desiredKinds: ['app'],
    classification: 'public',
  };
  ids.published = await post(newcomer, '/api/v1/challenges', {
    ...base,
    title: 'Videobellen met de familie voor onze bewoners',
    description: DESCRIPTION,
  });
  await post(newcomer, `/api/v1/challenges/${ids.published}/transitions`, { action: 'submit' });
  await post(curator, `/api/v1/challenges/${ids.published}/transitions`, { action: 'publish' });
  // A second submission of a demo challenge's text: the review screen must flag it.
  const demo = await db
    .selectFrom('challenges')
    .select(['title', 'description'])
    .where('status', '=', 'published')
    .where('classification', '=', 'public')
    .orderBy('published_at', 'desc')
    .executeTakeFirstOrThrow();
  ids.copy = await post(newcomer, '/api/v1/challenges', { ...base, title: demo.title, description: demo.description });
  await post(newcomer, `/api/v1/challenges/${ids.copy}/transitions`, { action: 'submit' });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(
  email: string | null,
  viewport: { width: number; height: number },
  path: string,
  check: (page: Page) => Promise<void>,
) {
  const context = await contextAs(browser, server, email, { viewport, forAxe: true });
  try {
    const page = await context.newPage();
    const response = await page.goto(`${server.baseUrl}${path}`);
    assert.equal(response?.status(), 200, path);
    assert.deepEqual(await axeViolations(page), [], `${path} at ${viewport.width}px`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= viewport.width, `${path} scrolls sideways at ${viewport.width}px (${width}px)`);
    await check(page);
  } finally {
    await context.close();
  }
}

test("the ambassador's review screen has no accessibility violation and shows the duplicate, the verification state and the organisations to verify", async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    await open(ROLES.ambassador, viewport, '/review', async (page) => {
      const entry = page.locator('li.review-item', { has: page.locator(`h3 a[href="/challenges/${ids.copy}"]`) });
      await assert.doesNotReject(entry.locator('.badge.unverified').waitFor());
      assert.equal(await entry.locator('li.possible-duplicate').count(), 1);
      const organisations = page.locator('section[aria-labelledby="review-organisations"]');
      assert.equal(await organisations.getByRole('link', { name: 'Woonzorg De Linde vzw' }).count(), 1);
    });
  }
});

test('a visitor reads a Markdown description with its lists and links, without the hostile part, and is invited to log in', async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    await open(null, viewport, `/challenges/${ids.published}`, async (page) => {
      const description = page.locator('.description');
      assert.equal(await description.locator('ul > li').count(), 2);
      assert.equal(await description.locator('ol > li').count(), 2);
      assert.equal(
        await description.getByRole('link', { name: 'onze website' }).getAttribute('rel'),
        'nofollow ugc noopener',
      );
      assert.equal(await description.locator('img').count(), 0);
      assert.notEqual(await page.title(), 'hacked');
      const login = page.getByRole('link', { name: 'Meld u aan om uw oplossing aan te bieden' });
      assert.equal(await login.getAttribute('href'), `/login?next=%2Fchallenges%2F${ids.published}`);
    });
  }
});
