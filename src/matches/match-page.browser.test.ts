// The match page in Chromium, on a phone and a desktop: a member double-clicks "accept", then clicks it
// again in a tab opened before, and the match is accepted once (one timeline event, one e-mail each to the people told of it, through a real SMTP
// server); the page shows the new state and a confirmation; axe-core finds nothing as member or ambassador.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolationsFor, contextAs, withLiveBrowser, DESKTOP, PHONE } from '../test-support/browser.ts';
import { startMailbox, type Mailbox } from '../test-support/mailbox.ts';
import { catalogues, type MessageKey } from '../i18n/messages.ts';
import { findPair, insertMatch, insertMatchEvent } from './repository.ts';

// The member is the provider: its solutions fit many challenges, so each test gets a fresh pair.
const MEMBER = 'info@zilverlijn.example';
const AMBASSADOR = 'ambassadeur@helemaaldigitaal.example';
const NOTE = 'Zilverlijn werkt al met drie woonzorgcentra in de regio; een korte kennismaking loont zeker.';
const say = (key: MessageKey): string => catalogues.nl[key] ?? key;

let mailbox: Mailbox;
const live = withLiveBrowser(async ({ server }) => {
  mailbox = await startMailbox();
  server.services.mailer = mailbox.mailer;
});
after(() => mailbox?.close());

/** An engine match of a Zilverlijn solution with a challenge not yet paired with it, proposed by the ambassador with a note. */
async function proposedMatch(): Promise<string> {
  const db = live.server.services.db;
  const ambassador = await db
    .selectFrom('people')
    .select('id')
    .where('email', '=', AMBASSADOR)
    .executeTakeFirstOrThrow();
  const provider = await db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select('memberships.organisation_id')
    .where('people.email', '=', MEMBER)
    .executeTakeFirstOrThrow();
  const solutions = await db
    .selectFrom('solutions')
    .select('id')
    .where('provider_organisation_id', '=', provider.organisation_id)
    .where('status', '=', 'published')
    .execute();
  for (const solution of solutions) {
    for (const result of await live.server.services.matching.matchesFor('solution', solution.id, null, 50)) {
      if (await findPair(db, result.id, solution.id)) continue;
      await db
        .updateTable('challenges')
        .set({ assigned_ambassador_id: ambassador.id })
        .where('id', '=', result.id)
        .execute();
      const match = await insertMatch(db, {
        challenge_id: result.id,
        solution_id: solution.id,
        origin: 'ambassador',
        status: 'proposed',
        created_by: ambassador.id,
        score: result.score,
        explanation: JSON.stringify(result.explanation),
      });
      assert.ok(match);
      await insertMatchEvent(db, {
        matchId: match.id,
        actorId: ambassador.id,
        actorSide: 'curator',
        action: 'ambassador',
        note: NOTE,
      });
      return match.id;
    }
  }
  throw new Error('no challenge left to pair with a Zilverlijn solution');
}

for (const viewport of [PHONE, DESKTOP]) {
  test(`at ${viewport.width}px a member double-clicks accept, then accepts again from a stale tab: one event, one e-mail each, the new state and a confirmation`, async () => {
    const id = await proposedMatch();
    const context = await contextAs(live.browser, live.server, MEMBER, { viewport });
    const [page, staleTab] = [await context.newPage(), await context.newPage()];
    for (const tab of [page, staleTab]) await tab.goto(`${live.server.baseUrl}/matches/${id}`);
    assert.ok(await page.getByText(NOTE).first().isVisible(), 'the ambassador’s note');
    await page.getByRole('button', { name: say('matches.accept') }).dblclick();
    await page.waitForURL(/done=/);
    // Whether Chromium sends the second click's post depends on timing; the page then shows that answer.
    const confirmation = (await page.getByRole('status').innerText()).trim();
    assert.ok([say('feedback.accepted'), say('feedback.already_decided')].includes(confirmation), confirmation);
    assert.match(await page.locator('main').innerText(), /U hebt deze match aanvaard op \d+ \w+ \d{4}/);
    assert.equal(
      await page.getByRole('button', { name: say('matches.accept') }).count(),
      0,
      'not asked to accept again',
    );
    await staleTab.getByRole('button', { name: say('matches.accept') }).click();
    await staleTab.waitForURL(/done=/);
    assert.equal((await staleTab.getByRole('status').innerText()).trim(), say('feedback.already_decided'));
    assert.match(await staleTab.locator('main').innerText(), /U hebt deze match aanvaard op/);
    await context.close();

    const events = await live.server.services.db
      .selectFrom('match_events')
      .select('action')
      .where('match_id', '=', id)
      .execute();
    assert.deepEqual(
      events.map((e) => e.action),
      ['ambassador', 'accepted_by_one_side'],
    );
    await live.server.services.events.settled();
    const accepted = mailbox.received.filter(
      (mail) =>
        mail.text.includes(`/matches/${id}`) && mail.subject.includes(say('notification.step.accepted_by_one_side')),
    );
    const recipients = accepted.flatMap((mail) => mail.to);
    assert.ok(recipients.includes(AMBASSADOR), recipients.join(', '));
    assert.ok(!recipients.includes(MEMBER), 'the member who accepted is not told of it');
    assert.equal(new Set(recipients).size, accepted.length, 'one e-mail per person');
  });
}

for (const viewport of [PHONE, DESKTOP]) {
  test(`at ${viewport.width}px the match page has no accessibility violations for the member and the ambassador`, async () => {
    const id = await proposedMatch();
    assert.deepEqual(await axeViolationsFor(live, [MEMBER, AMBASSADOR], [`/matches/${id}`], { viewport }), []);
  });
}
