// A care home's member finds a waiting match from the dashboard, in Chromium without JavaScript, in
// Dutch, French and English, on a phone and a desktop: they log in, land on the dashboard, see the
// match and its count in the header, open it, accept it, and find it waiting for the other side.
// Every label the test looks for comes from the catalogue of the language under test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axeViolationsFor, contextAs, withLiveBrowser, DESKTOP, PHONE } from '../test-support/browser.ts';
import { catalogues, type MessageKey } from '../i18n/messages.ts';
import type { Locale } from '../i18n/define.ts';
import { DEMO_PASSWORD } from '../demo/seed.ts';
import { startSession } from '../accounts/session.ts';
import { countWaitingFor } from './inbox-repository.ts';

const live = withLiveBrowser();

const MEMBER = 'zorg@zonnetij.example';
const AMBASSADOR = 'ambassadeur@helemaaldigitaal.example';
const say = (language: Locale, key: MessageKey): string => catalogues[language][key] ?? key;

/** An ambassador proposes a match between the care home's challenge and a published solution it has no match with yet. */
async function proposeToCareHome(): Promise<{ matchId: string; solutionTitle: string; organisationId: string }> {
  const db = live.server.services.db;
  const member = await db
    .selectFrom('people')
    .innerJoin('memberships', 'memberships.person_id', 'people.id')
    .select(['memberships.organisation_id'])
    .where('people.email', '=', MEMBER)
    .executeTakeFirstOrThrow();
  const challenge = await db
    .selectFrom('challenges')
    .select('id')
    .where('owner_organisation_id', '=', member.organisation_id)
    .where('status', '=', 'published')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const solution = await db
    .selectFrom('solutions')
    .select(['id', 'title'])
    .where('status', '=', 'published')
    .where('classification', '=', 'public')
    .where('id', 'not in', db.selectFrom('matches').select('solution_id').where('challenge_id', '=', challenge.id))
    .orderBy('title')
    .executeTakeFirstOrThrow();
  const ambassador = await db
    .selectFrom('people')
    .select('id')
    .where('email', '=', AMBASSADOR)
    .executeTakeFirstOrThrow();
  const token = await startSession(db, ambassador.id, new Date());
  const response = await live.server.app.inject({
    method: 'POST',
    url: '/api/v1/matches/proposals',
    headers: { authorization: `Bearer ${token}` },
    payload: { challengeId: challenge.id, solutionId: solution.id, note: 'Dit past bij uw vraag.' },
  });
  assert.equal(response.statusCode, 201, response.body);
  return { matchId: response.json().id, solutionTitle: solution.title, organisationId: member.organisation_id };
}

async function logIn(page: Page, language: Locale): Promise<void> {
  await page.goto(`${live.server.baseUrl}/login`);
  await page.getByLabel(say(language, 'account.field.email')).fill(MEMBER);
  await page.getByLabel(say(language, 'account.field.password')).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: say(language, 'account.login.submit') }).click();
  await page.waitForURL((url) => url.pathname === '/my');
}

const RUNS: { language: Locale; viewport: { width: number; height: number } }[] = [
  { language: 'nl', viewport: PHONE },
  { language: 'fr', viewport: DESKTOP },
  { language: 'en', viewport: PHONE },
];

for (const { language, viewport } of RUNS) {
  test(`in ${language} at ${viewport.width}px: a care home's member logs in on the dashboard, finds the waiting match counted in the header, accepts it and sees it wait for the other side`, async () => {
    const { matchId, solutionTitle, organisationId } = await proposeToCareHome();
    const waiting = await countWaitingFor(live.server.services.db, [organisationId]);
    const context = await contextAs(live.browser, live.server, null, { viewport, language });
    const page = await context.newPage();
    await logIn(page, language);

    // The number is shown, and read out once in words as part of the link's name.
    const menu = page.getByRole('navigation', { name: say(language, 'nav.main') });
    const count = menu.locator('a[href="/my/matches"] .count-badge [aria-hidden="true"]');
    assert.equal(await count.innerText(), String(waiting));
    const words = say(language, 'attention.label').replace('{count}', String(waiting));
    await menu.getByRole('link', { name: `${say(language, 'nav.my_matches')} (${words})`, exact: true }).waitFor();
    const dashboardSection = page.locator('section[aria-labelledby="my-waiting"]');
    await dashboardSection.getByRole('link', { name: solutionTitle, exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/matches/${matchId}`);

    await page.getByRole('button', { name: say(language, 'matches.accept'), exact: true }).click();
    await page.getByText(say(language, 'feedback.accepted')).waitFor();

    await page.goto(`${live.server.baseUrl}/my/matches`);
    const theirTurn = page.locator('section[aria-labelledby="group-their_turn"]');
    await theirTurn.getByRole('link', { name: solutionTitle, exact: true }).waitFor();
    assert.equal(
      await page
        .locator('section[aria-labelledby="group-your_turn"]')
        .getByRole('link', { name: solutionTitle, exact: true })
        .count(),
      0,
    );
    const after = (await count.count()) === 0 ? 0 : Number.parseInt(await count.innerText(), 10);
    assert.equal(after, waiting - 1);
    await context.close();
  });
}

test('the dashboard and the list of matches have no axe violations, on a phone and a desktop', async () => {
  await proposeToCareHome();
  for (const viewport of [PHONE, DESKTOP])
    assert.deepEqual(await axeViolationsFor(live, [MEMBER], ['/my', '/my/matches'], { viewport }), []);
});
