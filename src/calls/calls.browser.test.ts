// An open call's journey in Chromium, in Dutch, without JavaScript, on the demo content: the care home's
// member drafts a call from its challenge's page and submits it, the ambassador approves it, the
// provider's member asks a question, the care home answers, and the answer is public without the asker.
// axe-core finds nothing on the form, the call's page (for each of them) or the list; at 375 px the call
// page and the list do not scroll sideways.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  contextAs,
  launchBrowser,
  startLiveServer,
  PHONE,
  type LiveServer,
} from '../test-support/browser.ts';
import { catalogues, type MessageKey } from '../i18n/messages.ts';
import { inDays } from './test-fixtures.ts';

const OWNER = 'zorg@zonnetij.example';
const AMBASSADOR = 'ambassadeur@helemaaldigitaal.example';
const MEMBER = 'info@zilverlijn.example';
const say = (key: MessageKey, params: Record<string, string | number> = {}): string =>
  Object.entries(params).reduce(
    (text, [name, value]) => text.replace(`{${name}}`, String(value)),
    catalogues.nl[key] ?? key,
  );

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

async function pageAs(email: string | null, viewport?: { width: number; height: number }): Promise<Page> {
  return (await contextAs(browser, server, email, viewport ? { viewport } : {})).newPage();
}

async function draftCall(page: Page, challengeTitle: string): Promise<string> {
  const challenge = await server.services.db
    .selectFrom('challenges')
    .select('id')
    .where('title', '=', challengeTitle)
    .executeTakeFirstOrThrow();
  // The challenge page ranks matching solutions: on a busy machine the first one takes a while.
  await page.goto(`${server.baseUrl}/challenges/${challenge.id}`, { timeout: 120_000 });
  await page.getByRole('link', { name: say('calls.new_on_challenge') }).click();
  await page.getByLabel(say('calls.field_kind')).selectOption('call_for_pilots');
  await page.getByLabel(say('calls.questions_until')).fill(inDays(9));
  await page.getByLabel(say('calls.responses_until')).fill(inDays(30));
  await page.getByLabel(say('calls.evaluation_until')).fill(inDays(40));
  await page.getByLabel(say('calls.result_date')).fill(inDays(50));
  await page.getByLabel(say('calls.field_eligibility')).fill('Aanbieders met een werkende pilotopstelling.');
  await page
    .getByLabel(say('calls.field_question_prompt', { number: 1 }), { exact: true })
    .fill('Hoe verloopt uw pilot?');
  await page.getByLabel(say('calls.field_criterion_name', { number: 1 }), { exact: true }).fill('Gebruiksgemak');
  await page.getByLabel(say('calls.field_criterion_weight', { number: 1 })).fill('60');
  await page.getByLabel(say('calls.field_criterion_name', { number: 2 }), { exact: true }).fill('Prijs');
  await page.getByLabel(say('calls.field_criterion_weight', { number: 2 })).fill('30');
  await page.getByRole('button', { name: say('calls.form_save') }).click();
  // Weights of 90 %: the form comes back with the problem and nothing stored.
  assert.match(await page.locator('#criteria-error').innerText(), /90 %/);
  await page.getByLabel(say('calls.field_criterion_weight', { number: 2 })).fill('40');
  await page.getByRole('button', { name: say('calls.form_save') }).click();
  await page.waitForURL(/\/calls\/[0-9a-f-]{36}\?done=saved$/);
  const path = new URL(page.url()).pathname;
  await page.getByRole('button', { name: say('calls.submit') }).click();
  await page.waitForURL(/done=submitted$/);
  return path;
}

test('a care home drafts a call, the ambassador opens it, a provider asks and the care home answers; axe finds nothing', async () => {
  const challengeTitle = 'Online gesprekken tegen eenzaamheid van onze bewoners';
  const owner = await pageAs(OWNER);
  const path = await draftCall(owner, challengeTitle);
  const visitor = await pageAs(null);
  assert.equal((await visitor.goto(`${server.baseUrl}${path}`))?.status(), 404, 'not public before review');

  const ambassador = await pageAs(AMBASSADOR);
  await ambassador.goto(`${server.baseUrl}${path}`);
  await ambassador.getByLabel(say('calls.review_approve')).check();
  await ambassador.getByRole('button', { name: say('calls.review_send') }).click();
  assert.equal(await ambassador.getByRole('status').innerText(), say('feedback.call_opened'));

  const member = await pageAs(MEMBER);
  await member.goto(`${server.baseUrl}/calls`);
  await member.getByRole('link', { name: `Oproep voor pilots: ${challengeTitle}` }).click();
  const question = 'Mogen we de pilot in één leefgroep starten?';
  await member.getByLabel(say('calls.ask_label')).fill(question);
  await member.getByRole('button', { name: say('calls.ask_send') }).click();
  assert.equal(await member.getByRole('status').innerText(), say('feedback.question_asked'));

  await owner.goto(`${server.baseUrl}${path}`);
  await owner.getByLabel(say('calls.answer_label')).fill('Ja, in de leefgroep Linde vanaf de zomer.');
  await owner.getByRole('button', { name: say('calls.answer_send') }).click();
  assert.equal(await owner.getByRole('status').innerText(), say('feedback.question_answered'));

  const phone = await pageAs(null, PHONE);
  await phone.goto(`${server.baseUrl}${path}`);
  const qa = await phone.locator('dl.qa').innerText();
  assert.match(qa, /één leefgroep/);
  assert.match(qa, /leefgroep Linde/);
  assert.doesNotMatch(await phone.content(), /Dirk Zilverlijn/);
  for (const address of [path, '/calls']) {
    await phone.goto(`${server.baseUrl}${address}`);
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `${address}: no sideways scrolling (${width}px)`);
  }

  for (const [email, addresses] of [
    [OWNER, [path, `${path}/edit`]],
    [AMBASSADOR, [path, '/calls']],
    [MEMBER, [path, '/calls?phase=questions']],
    [null, [path]],
  ] as const) {
    const axePage = await (await contextAs(browser, server, email, { forAxe: true, viewport: PHONE })).newPage();
    for (const address of addresses) {
      await axePage.goto(`${server.baseUrl}${address}`);
      assert.deepEqual(await axeViolations(axePage), [], `${email ?? 'visitor'} ${address}`);
    }
  }
});
