// The federation pages in Chromium with axe-core: the partner list with a failing partner, the form
// with its errors, and a detail page showing a federated item's origin.
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
import { answer, challengeVersion, fakePartner, STREAM, streamPage, type FakePartner } from './test-support.ts';
import { startSession } from '../accounts/session.ts';
import { syncPartner } from './sync.ts';

const ADMIN = 'admin@helemaaldigitaal.example';
let server: LiveServer;
let browser: Browser;
let fake: FakePartner;
let copyId: string;

const PAGE = streamPage(0, [
  challengeVersion({
    member: 0,
    item: 'c1',
    title: 'Zorgrobots in Eindhovense woonzorgcentra',
    time: '2026-03-01T10:00:00.000Z',
    url: 'https://brainport.example/challenges/c1',
  }),
]);

before(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
  fake = await fakePartner({ '/ldes/items': answer(200, STREAM), '/ldes/items/pages/0': answer(200, PAGE) });
  const admin = await server.services.db
    .selectFrom('people')
    .select('id')
    .where('email', '=', ADMIN)
    .executeTakeFirstOrThrow();
  const token = await startSession(server.services.db, admin.id, new Date());
  const registered = await server.app.inject({
    method: 'POST',
    url: '/api/v1/federation/partners',
    headers: { authorization: `Bearer ${token}` },
    payload: { name: 'Brainport (NL)', ldesUrl: `${fake.url}/ldes/items` },
  });
  const partner = registered.json() as { id: string };
  assert.equal((await syncPartner(server.services, partner.id)).ok, true);
  fake.routes.set('/ldes/items/pages/0', answer(502, 'Bad gateway', 'text/plain'));
  assert.equal((await syncPartner(server.services, partner.id)).ok, false);
  copyId = (await server.services.db.selectFrom('federated_items').select('local_id').executeTakeFirstOrThrow())
    .local_id;
});
after(async () => {
  await browser?.close();
  await fake?.close();
  await server?.close();
});

async function violations(
  path: string,
  locale: string,
  viewport: { width: number; height: number },
  submit = false,
): Promise<string[]> {
  const context = await contextAs(browser, server, ADMIN, { viewport, locale, forAxe: true });
  try {
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}${path}`);
    if (submit) {
      await page.getByRole('button', { name: /Registreren/ }).click();
      assert.equal(await page.locator('.error-summary').count(), 1, 'the errors are shown');
    }
    const found = await axeViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    return [
      ...found.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ...(overflow ? [`${path} scrolls sideways`] : []),
    ];
  } finally {
    await context.close();
  }
}

test('the partner list with a failing partner passes axe on a desktop in Dutch and a phone in English', async () => {
  assert.deepEqual(await violations('/admin/partners', 'nl-BE', DESKTOP), []);
  assert.deepEqual(await violations('/admin/partners?lang=en', 'en-GB', PHONE), []);
});

test('the registration form with its errors passes axe', async () => {
  assert.deepEqual(await violations('/admin/partners', 'nl-BE', DESKTOP, true), []);
});

test('a federated item’s page and the catalogue with its card pass axe, also at 320 px', async () => {
  assert.deepEqual(await violations('/challenges?sector=care', 'nl-BE', PHONE), []);
  assert.deepEqual(await violations(`/challenges/${copyId}`, 'nl-BE', DESKTOP), []);
  assert.deepEqual(await violations(`/challenges/${copyId}`, 'nl-BE', { width: 320, height: 640 }), []);
});
