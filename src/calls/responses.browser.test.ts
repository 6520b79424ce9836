// A provider responds to an open call in Chromium, in French, at phone width, without JavaScript, on the
// demo content: from the call's page to the form, a draft, a PDF attached, the response submitted with
// every answer, and the confirmation page before withdrawing; axe-core finds nothing on any of them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import {
  axeViolations,
  contextAs,
  launchBrowser,
  startLiveServer,
  PHONE,
  type LiveServer,
} from '../test-support/browser.ts';
import { samples } from '../test-support/files.ts';
import { catalogues, type MessageKey } from '../i18n/messages.ts';

const MEMBER = 'info@zilverlijn.example';
const say = (key: MessageKey): string => catalogues.fr[key] ?? key;

let server: LiveServer;
let browser: Browser;
let folder: string;
before(async () => {
  server = await startLiveServer();
  browser = await launchBrowser();
  folder = await mkdtemp(join(tmpdir(), 'response-'));
});
after(async () => {
  await browser?.close();
  await server?.close();
  await rm(folder, { recursive: true, force: true });
});

/** An open demo call still taking responses on which the member's organisation has none yet. */
async function callToRespondTo(): Promise<string> {
  const db = server.services.db;
  const member = await db
    .selectFrom('people')
    .innerJoin('memberships', 'memberships.person_id', 'people.id')
    .select(['people.id', 'memberships.organisation_id'])
    .where('people.email', '=', MEMBER)
    .executeTakeFirstOrThrow();
  await db.updateTable('people').set({ locale: 'fr' }).where('id', '=', member.id).execute();
  const call = await db
    .selectFrom('calls')
    .innerJoin('challenges', 'challenges.id', 'calls.challenge_id')
    .select('calls.id')
    .where('calls.status', '=', 'open')
    .where('calls.responses_until', '>', new Date())
    .where('challenges.owner_organisation_id', '!=', member.organisation_id)
    .where('challenges.classification', '=', 'public')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('call_responses')
            .select('id')
            .whereRef('call_responses.call_id', '=', 'calls.id')
            .where('call_responses.organisation_id', '=', member.organisation_id),
        ),
      ),
    )
    .executeTakeFirstOrThrow();
  return call.id;
}

test('a provider responds in French at phone width: draft, a PDF, submit, the withdrawal confirmation; axe finds nothing', async () => {
  const id = await callToRespondTo();
  const questions = await server.services.db
    .selectFrom('call_questions')
    .selectAll()
    .where('call_id', '=', id)
    .orderBy('position')
    .execute();
  const page = await (await contextAs(browser, server, MEMBER, { viewport: PHONE, locale: 'fr-BE' })).newPage();
  await page.goto(`${server.baseUrl}/calls/${id}`);
  await page.getByRole('link', { name: say('calls.respond_start') }).click();
  assert.match(await page.content(), /heure de Bruxelles/);

  const first = questions.find((q) => q.kind === 'text');
  if (first) await page.getByLabel(first.prompt).fill('Notre solution tourne déjà dans douze maisons de repos.');
  await page.getByRole('button', { name: say('calls.response_save') }).click();
  assert.equal(await page.getByRole('status').innerText(), say('feedback.response_saved'));

  const pdf = join(folder, 'offre.pdf');
  await writeFile(pdf, samples.pdf());
  await page.getByRole('button', { name: say('calls.response_files'), exact: true }).setInputFiles(pdf);
  await page.getByRole('button', { name: say('calls.response_attach') }).click();
  assert.equal(await page.getByRole('status').innerText(), say('feedback.response_files_added'));
  assert.ok(await page.getByRole('link', { name: 'offre.pdf' }).isVisible());

  for (const q of questions) {
    if (q.kind === 'text') await page.getByLabel(q.prompt).fill('Réponse détaillée à la question posée.');
    if (q.kind === 'choice') await page.getByLabel(q.prompt).selectOption(q.options[0] ?? '');
    if (q.kind === 'yes_no')
      await page.getByRole('group', { name: q.prompt }).getByLabel(say('calls.response_yes')).check();
    if (q.kind === 'price_range') {
      const group = page.getByRole('group', { name: q.prompt });
      await group.getByLabel(say('calls.response_price_from')).fill('1200');
      await group.getByLabel(say('calls.response_price_to')).fill('1800');
    }
  }
  await page.getByRole('button', { name: say('calls.response_submit') }).click();
  assert.equal(await page.getByRole('status').innerText(), say('feedback.response_submitted'));
  assert.match(await page.content(), new RegExp(say('calls.response_status.submitted')));
  await page.getByRole('link', { name: say('calls.response_withdraw') }).click();
  assert.ok(await page.getByRole('button', { name: say('calls.response_withdraw_confirm') }).isVisible());
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `no sideways scrolling (${width}px)`);

  const axePage = await (
    await contextAs(browser, server, MEMBER, { forAxe: true, viewport: PHONE, locale: 'fr-BE' })
  ).newPage();
  for (const address of [`/calls/${id}`, `/calls/${id}/response`, `/calls/${id}/response/withdraw`]) {
    await axePage.goto(`${server.baseUrl}${address}`);
    assert.deepEqual(await axeViolations(axePage), [], address);
  }
});
