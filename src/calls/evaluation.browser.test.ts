// The evaluation in Chromium without JavaScript, on the demo's call in evaluation (Kompas's market
// consultation on fall detection): a member of Kompas on the panel, in Dutch on a desktop, declares no
// conflict and scores a response; then, in French on a phone, records the decision with reasons and
// confirms it. axe-core finds nothing on any page on the way.
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
import { catalogues, type MessageKey } from '../i18n/messages.ts';
import type { Locale } from '../i18n/define.ts';
import { createPerson } from '../test-support/harness.ts';

const say = (locale: Locale, key: MessageKey): string => catalogues[locale][key] ?? key;

let server: LiveServer;
let browser: Browser;
let callPath: string;
let email: string;

before(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
  const db = server.services.db;
  const call = await db
    .selectFrom('calls')
    .innerJoin('challenges', 'challenges.id', 'calls.challenge_id')
    .select(['calls.id', 'challenges.owner_organisation_id'])
    .where('calls.eligibility', 'like', 'Aanbieders van valdetectie%')
    .executeTakeFirstOrThrow();
  // The demo's care organisation has no member of its own yet: one joins, and the call's panel, undeclared.
  const member = await createPerson(db, 'member', call.owner_organisation_id);
  await db.insertInto('call_panel_members').values({ call_id: call.id, person_id: member.id }).execute();
  callPath = `/calls/${call.id}`;
  email = member.email;
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function axeOn(page: Page, what: string) {
  const context = await contextAs(browser, server, email, {
    forAxe: true,
    viewport: page.viewportSize() ?? DESKTOP,
    language: what.startsWith('fr') ? 'fr' : 'nl',
  });
  const axePage = await context.newPage();
  await axePage.goto(page.url());
  assert.deepEqual(await axeViolations(axePage), [], what);
  await context.close();
}

test('a panel member declares and scores in Dutch; the owner decides and confirms in French on a phone; axe finds nothing', async () => {
  const nl = await (await contextAs(browser, server, email, { viewport: DESKTOP, language: 'nl' })).newPage();
  await nl.goto(`${server.baseUrl}${callPath}`);
  await nl.getByRole('link', { name: say('nl', 'calls.evaluation_link') }).click();
  await axeOn(nl, 'nl declaration');
  await nl.getByLabel(say('nl', 'calls.conflict.none')).check();
  await nl.getByRole('button', { name: say('nl', 'calls.declare') }).click();
  assert.equal(await nl.getByRole('status').innerText(), say('nl', 'feedback.declared'));
  await axeOn(nl, 'nl scoring');
  for (const n of [0, 1, 2]) {
    await nl.locator(`#r0-score${n}`).selectOption(String(7 + n));
    await nl.locator(`#r0-comment${n}`).fill(`Sterk punt ${n + 1}`);
  }
  await nl
    .getByRole('button', { name: say('nl', 'calls.save_scores') })
    .first()
    .click();
  assert.equal(await nl.getByRole('status').innerText(), say('nl', 'feedback.scored'));
  // 50 × 7 / 10 + 30 × 8 / 10 + 20 × 9 / 10: the member's weighted total beside their scores.
  assert.match(await nl.content(), /<td>77<\/td>/);
  assert.match(await nl.content(), /Sterk punt 2/);

  await server.services.db.updateTable('people').set({ locale: 'fr' }).where('email', '=', email).execute();
  const fr = await (await contextAs(browser, server, email, { viewport: PHONE, language: 'fr' })).newPage();
  await fr.goto(`${server.baseUrl}${callPath}/evaluation`);
  await fr.getByRole('link', { name: say('fr', 'calls.decision_link') }).click();
  await axeOn(fr, 'fr decision form');
  await fr.getByRole('button', { name: say('fr', 'calls.save_decision') }).click();
  assert.equal(await fr.locator('#error-summary').isVisible(), true, 'the form comes back with its problems');
  await fr.locator('#d0').selectOption('invite_to_pilot');
  await fr.locator('#why0').fill('La détection sans caméra respecte la vie privée.');
  await fr.locator('#d1').selectOption('no_award');
  await fr.locator('#why1').fill('Le prix dépasse le budget.');
  await fr.getByRole('button', { name: say('fr', 'calls.save_decision') }).click();
  assert.equal(await fr.getByRole('status').innerText(), say('fr', 'feedback.decision_saved'));
  await axeOn(fr, 'fr confirmation');
  await fr.getByRole('button', { name: say('fr', 'calls.confirm') }).click();
  assert.equal(await fr.getByRole('status').innerText(), say('fr', 'feedback.decision_confirmed'));
  await axeOn(fr, 'fr decided evaluation');
  const width = await fr.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `no sideways scrolling at 375 px (${width}px)`);
  await fr.goto(`${server.baseUrl}${callPath}`);
  assert.match(await fr.locator('section[aria-labelledby="result"]').innerText(), /La détection sans caméra/);
});
