// The conversation page in Chromium on a phone (375 px), without JavaScript: a member of a provider
// writes a message with a link and a PDF attached in a match both sides accepted, sees it with their
// organisation and a confirmation, and the PDF comes back as a download; axe-core finds nothing as the
// member or the curating ambassador.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import {
  axeViolations,
  contextAs,
  launchBrowser,
  startLiveServer,
  PHONE,
  type LiveServer,
} from '../test-support/browser.ts';
import { catalogues, type MessageKey } from '../i18n/messages.ts';
import { findPair, insertMatch } from '../matches/repository.ts';
import { samples } from '../test-support/files.ts';

const MEMBER = 'info@zilverlijn.example';
const AMBASSADOR = 'ambassadeur@helemaaldigitaal.example';
const say = (key: MessageKey): string => catalogues.nl[key] ?? key;

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

/** A match of a Zilverlijn solution with a fitting challenge, accepted by both sides, curated by the demo ambassador. */
async function acceptedMatch(): Promise<string> {
  const db = server.services.db;
  const ambassador = await db
    .selectFrom('people')
    .select('id')
    .where('email', '=', AMBASSADOR)
    .executeTakeFirstOrThrow();
  const solution = await db
    .selectFrom('solutions')
    .innerJoin('memberships', 'memberships.organisation_id', 'solutions.provider_organisation_id')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select('solutions.id')
    .where('people.email', '=', MEMBER)
    .where('solutions.status', '=', 'published')
    .executeTakeFirstOrThrow();
  for (const result of await server.services.matching.matchesFor('solution', solution.id, null, 50)) {
    if (await findPair(db, result.id, solution.id)) continue;
    await db
      .updateTable('challenges')
      .set({ assigned_ambassador_id: ambassador.id })
      .where('id', '=', result.id)
      .execute();
    const now = new Date();
    const match = await insertMatch(db, {
      challenge_id: result.id,
      solution_id: solution.id,
      origin: 'ambassador',
      status: 'accepted',
      created_by: ambassador.id,
      score: result.score,
      explanation: null,
      challenge_accepted_at: now,
      solution_accepted_at: now,
    });
    assert.ok(match);
    return match.id;
  }
  throw new Error('no challenge left to pair with a Zilverlijn solution');
}

test('at 375px a member writes a message with a link and a PDF, sees it with their organisation and downloads the PDF; axe finds nothing for member and ambassador', async () => {
  const id = await acceptedMatch();
  const context = await contextAs(browser, server, MEMBER, { viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}/matches/${id}`);
  await page.getByRole('link', { name: say('conversation.link'), exact: true }).click();
  await page.getByLabel(say('conversation.body')).fill('Zie ons plan op https://zilverlijn.example/plan. Tot dinsdag!');
  await page
    .getByLabel(say('conversation.files'), { exact: true })
    .setInputFiles({ name: 'plan van aanpak.pdf', mimeType: 'application/pdf', buffer: samples.pdf() });
  await page.getByRole('button', { name: say('conversation.send') }).click();
  await page.waitForURL(/done=message_sent/);
  assert.equal((await page.getByRole('status').innerText()).trim(), say('feedback.message_sent'));
  const message = page.locator('ol.messages > li').last();
  assert.match(await message.innerText(), /Zilverlijn/);
  assert.equal(
    await message.getByRole('link', { name: 'https://zilverlijn.example/plan' }).getAttribute('href'),
    'https://zilverlijn.example/plan',
  );
  const downloading = page.waitForEvent('download');
  await message.getByRole('link', { name: /plan van aanpak\.pdf/ }).click();
  const downloaded = await downloading;
  assert.equal(downloaded.suggestedFilename(), 'plan van aanpak.pdf');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `no sideways scrolling (${width}px)`);
  await context.close();
  for (const who of [MEMBER, AMBASSADOR]) {
    const axeContext = await contextAs(browser, server, who, { viewport: PHONE, forAxe: true });
    const axePage = await axeContext.newPage();
    await axePage.goto(`${server.baseUrl}/matches/${id}/conversation`);
    assert.deepEqual(await axeViolations(axePage), [], who);
    await axeContext.close();
  }
});
