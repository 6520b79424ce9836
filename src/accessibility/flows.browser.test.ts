// The core flows clicked through in Chromium with JavaScript turned off, as each role, in Dutch,
// French and English, on a phone and a desktop: register, post a challenge, review and publish it,
// accept a match and see the introduction, search, switch language. Every label the test looks for
// comes from the message catalogue of the language under test, so an untranslated control fails.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { contextAs, launchBrowser, startLiveServer, DESKTOP, PHONE, type LiveServer } from '../test-support/browser.ts';
import { kboFromBase } from '../organisations/enterprise-number.ts';
import { catalogues, type MessageKey } from '../i18n/messages.ts';
import type { Locale } from '../i18n/define.ts';
import { SECTORS, SPEARHEADS } from '../taxonomy/taxonomy.ts';
import { findPair, insertMatch } from '../matches/repository.ts';

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

const say = (language: Locale, key: MessageKey): string => catalogues[language][key] ?? key;
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LANGUAGE_NAME: Record<Locale, string> = { nl: 'Dutch', fr: 'French', en: 'English' };
const MEMBER = 'zorg@zonnetij.example';
const PROVIDER = 'info@zilverlijn.example';
const AMBASSADOR = 'ambassadeur@helemaaldigitaal.example';

async function postChallenge(page: Page, language: Locale, title: string): Promise<string> {
  // A required field's label ends with an asterisk.
  const label = (key: MessageKey) => page.getByLabel(new RegExp(`^${escapeRegExp(say(language, key))}( \\*)?$`));
  await page.goto(`${server.baseUrl}/challenges/new`);
  await label('field.title').fill(title);
  await label('field.description').fill(
    'Ouders die Nederlands leren willen thuis oefenen met korte gesprekken over school, met hulp van een app of een vrijwilliger.',
  );
  await page.getByRole('checkbox', { name: SECTORS.education[language] }).check();
  await page.getByRole('checkbox', { name: SPEARHEADS[1][language] }).check();
  await label('field.duration_months').fill('9');
  await page.getByRole('button', { name: say(language, 'action.save') }).click();
  await page.getByRole('button', { name: say(language, 'action.submit') }).click();
  await page.getByText(say(language, 'status.submitted')).first().waitFor();
  return new URL(page.url()).pathname;
}

async function publishFromReviewQueue(page: Page, language: Locale, title: string): Promise<void> {
  await page.goto(`${server.baseUrl}/review`);
  await page.getByRole('link', { name: title }).first().click();
  await page.getByRole('button', { name: say(language, 'action.publish') }).click();
  await page.getByText(say(language, 'status.published')).first().waitFor();
}

/**
 * The match between the new challenge and Zilverlijn's video-calling solution: the engine's suggestion when
 * the owner's page already showed it, otherwise an ambassador's proposal.
 */
async function matchWithZilverlijn(challengePath: string): Promise<string> {
  const db = server.services.db;
  const solution = await db
    .selectFrom('solutions')
    .select('id')
    .where('title', 'like', 'Zilverlijn: beeldbellen%')
    .executeTakeFirstOrThrow();
  const ambassador = await db
    .selectFrom('people')
    .select('id')
    .where('email', '=', AMBASSADOR)
    .executeTakeFirstOrThrow();
  const challengeId = challengePath.split('/').pop() as string;
  const match =
    (await insertMatch(db, {
      challenge_id: challengeId,
      solution_id: solution.id,
      origin: 'ambassador',
      status: 'proposed',
      created_by: ambassador.id,
    })) ?? (await findPair(db, challengeId, solution.id));
  assert.ok(match);
  return `/matches/${match.id}`;
}

const RUNS: { language: Locale; viewport: { width: number; height: number } }[] = [
  { language: 'nl', viewport: PHONE },
  { language: 'nl', viewport: DESKTOP },
  { language: 'fr', viewport: PHONE },
  { language: 'en', viewport: DESKTOP },
];

for (const { language, viewport } of RUNS) {
  test(`in ${LANGUAGE_NAME[language]} at ${viewport.width}px without JavaScript: a member posts a challenge, an ambassador publishes it, both sides accept the match and only then see each other’s contact details`, async () => {
    const title = `Digitale oefenkansen voor anderstalige ouders ${language} ${viewport.width}`;
    const member = await contextAs(browser, server, MEMBER, { viewport, language });
    const ownerPage = await member.newPage();
    const path = await postChallenge(ownerPage, language, title);

    const ambassador = await contextAs(browser, server, AMBASSADOR, { viewport, language });
    await publishFromReviewQueue(await ambassador.newPage(), language, title);
    await ambassador.close();

    const visitor = await contextAs(browser, server, null, { viewport, language });
    const visitorPage = await visitor.newPage();
    await visitorPage.goto(`${server.baseUrl}${path}`);
    assert.equal(await visitorPage.getByRole('heading', { level: 1 }).textContent(), title);
    await visitor.close();

    const matchPath = await matchWithZilverlijn(path);
    await ownerPage.goto(`${server.baseUrl}${matchPath}`);
    await ownerPage.getByRole('button', { name: say(language, 'matches.accept') }).click();
    assert.equal(await ownerPage.getByText(PROVIDER).count(), 0, 'no contact details before the other side accepted');

    const provider = await contextAs(browser, server, PROVIDER, { viewport, language });
    const providerPage = await provider.newPage();
    await providerPage.goto(`${server.baseUrl}${matchPath}`);
    assert.equal(await providerPage.getByText(MEMBER).count(), 0);
    await providerPage.getByRole('button', { name: say(language, 'matches.accept') }).click();
    await providerPage.getByText(MEMBER).first().waitFor();
    await ownerPage.goto(`${server.baseUrl}${matchPath}`);
    await ownerPage.getByText(PROVIDER).first().waitFor();
    await member.close();
    await provider.close();
  });
}

const REGISTRATIONS: { language: Locale; name: string; email: string; kbo: number; organisation: string }[] = [
  {
    language: 'nl',
    name: 'Els Vermeulen',
    email: 'els@bakkerijvermeulen.example',
    kbo: 4_567_123,
    organisation: 'Bakkerij Vermeulen',
  },
  {
    language: 'fr',
    name: 'Claire Dubois',
    email: 'claire@atelierdubois.example',
    kbo: 4_567_124,
    organisation: 'Atelier Dubois',
  },
  {
    language: 'en',
    name: 'Sam Peeters',
    email: 'sam@peeterslabs.example',
    kbo: 4_567_125,
    organisation: 'Peeters Labs',
  },
];

for (const person of REGISTRATIONS) {
  test(`in ${LANGUAGE_NAME[person.language]}, a visitor registers with a new organisation and lands signed in, without JavaScript`, async () => {
    const context = await contextAs(browser, server, null, { viewport: PHONE, language: person.language });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/register`);
    await page.locator('#name').fill(person.name);
    await page.locator('#email').fill(person.email);
    await page.locator('#password').fill('Broodjes-bakken-sinds-1987');
    await page.locator('#enterpriseNumber').fill(kboFromBase(person.kbo));
    await page.locator('#organisationName').fill(person.organisation);
    await page.locator('#kind').selectOption('company');
    await page.locator('#isSme').selectOption({ index: 1 });
    await page.getByRole('button', { name: say(person.language, 'account.register.submit') }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/register'));
    assert.match((await page.locator('.main-nav').textContent()) ?? '', new RegExp(person.name));
    assert.equal(
      await page.locator('html').getAttribute('lang'),
      { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' }[person.language],
    );
    await context.close();
  });
}

for (const language of ['nl', 'fr', 'en'] as const) {
  test(`in ${LANGUAGE_NAME[language]}, a visitor searches the catalogue from the home page and filters by sector`, async () => {
    const context = await contextAs(browser, server, null, { viewport: DESKTOP, language });
    const page = await context.newPage();
    await page.goto(server.baseUrl);
    await page.getByLabel(say(language, 'home.search_label')).fill('eenzaamheid');
    await page.getByRole('button', { name: say(language, 'action.search'), exact: true }).click();
    await page.waitForURL(/\/challenges\?q=/);
    assert.ok((await page.locator('.card').count()) >= 1);
    await page.getByRole('checkbox', { name: new RegExp(SECTORS.care[language]) }).check();
    await page.getByRole('button', { name: say(language, 'action.filter') }).click();
    assert.match(page.url(), /sector=care/);
    await context.close();
  });
}

test('the language switch changes the interface and is remembered', async () => {
  const context = await contextAs(browser, server, null, { viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}/challenges`);
  await page.getByRole('link', { name: 'Français' }).click();
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Défis');
  await page.goto(`${server.baseUrl}/solutions`);
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr-BE');
  await context.close();
});

// In the demo the care home took up its match with Zilverlijn at a past matchmaking day (its side has
// accepted); the provider's acceptance completes the double opt-in. The engine's own suggestions are
// accepted by both sides in the journeys above.
test('the provider accepts the match the care home took up at a matchmaking day, and only then do both see each other’s contact details, without JavaScript', async () => {
  const db = server.services.db;
  const challenge = await db
    .selectFrom('challenges')
    .select('id')
    .where('title', 'like', 'Online gesprekken tegen eenzaamheid%')
    .executeTakeFirstOrThrow();
  const careHome = await contextAs(browser, server, MEMBER, { viewport: PHONE });
  const ownerPage = await careHome.newPage();
  await ownerPage.goto(`${server.baseUrl}/challenges/${challenge.id}`);
  const matchLink = ownerPage.locator('a[href^="/matches/"]', { hasText: /Zilverlijn/ }).first();
  const matchPath = await matchLink.getAttribute('href');
  assert.ok(matchPath, 'the care home sees its match with Zilverlijn');
  await ownerPage.goto(`${server.baseUrl}${matchPath}`);
  assert.equal(await ownerPage.getByRole('button', { name: 'Aanvaarden' }).count(), 0, 'its side accepted already');
  assert.equal(await ownerPage.getByText(PROVIDER).count(), 0);

  const provider = await contextAs(browser, server, PROVIDER, { viewport: DESKTOP });
  const providerPage = await provider.newPage();
  await providerPage.goto(`${server.baseUrl}${matchPath}`);
  assert.equal(await providerPage.getByText(MEMBER).count(), 0);
  await providerPage.getByRole('button', { name: 'Aanvaarden' }).click();
  await providerPage.getByText(MEMBER).first().waitFor();

  await ownerPage.goto(`${server.baseUrl}${matchPath}`);
  await ownerPage.getByText(PROVIDER).first().waitFor();
  await careHome.close();
  await provider.close();
});
