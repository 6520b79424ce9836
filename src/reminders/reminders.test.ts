import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { startMailbox, type Mailbox } from '../test-support/mailbox.ts';
import { solutionInput } from '../test-support/items.ts';
import { createOrganisation, createPerson, type TestPerson } from '../test-support/harness.ts';
import { publish, startWorld, type World } from '../test-support/matches-world.ts';
import { sendDigests } from '../notifications/digest.ts';
import { runReminders } from './service.ts';

const DAY = 86_400_000;
let w: World;
let mailbox: Mailbox;
before(async () => {
  mailbox = await startMailbox();
  w = await startWorld(mailbox.mailer);
  await w.h.services.events.settled();
});
after(async () => {
  await w.h.close();
  await mailbox.close();
});

/** Runs the reminders as the hourly job would at `days` from now, on the fake clock. */
async function runAt(days: number) {
  const at = new Date(Date.now() + days * DAY);
  w.h.services.now = () => at;
  try {
    return await runReminders(w.h.services);
  } finally {
    w.h.services.now = () => new Date();
  }
}

async function reminders(who: TestPerson, kind: string, link: string): Promise<{ text: string }[]> {
  const list = (await w.h.app.inject({ url: '/api/v1/notifications', headers: who.auth })).json();
  return list.items.filter((n: { kind: string; link: string }) => n.kind === kind && n.link === link);
}

async function proposal(title: string, by: 'application' | 'proposals'): Promise<string> {
  const solutionId = await publish(w.h, 'solutions', w.provider, w.ambassador, solutionInput({ title }));
  const url = by === 'application' ? '/api/v1/matches/applications' : '/api/v1/matches/proposals';
  const who = by === 'application' ? w.provider : w.ambassador;
  const response = await w.h.app.inject({
    method: 'POST',
    url,
    headers: who.auth,
    payload: { challengeId: w.challengeId, solutionId },
  });
  assert.equal(response.statusCode, 201);
  await w.h.services.events.settled();
  return response.json().id;
}

describe('reminders', () => {
  test('a published challenge close to expiry reminds its owner once, by e-mail in their language', async () => {
    const { expires_at: expiresAt } = await w.h.db
      .selectFrom('challenges')
      .select('expires_at')
      .where('id', '=', w.challengeId)
      .executeTakeFirstOrThrow();
    const daysLeft = ((expiresAt as Date).getTime() - Date.now()) / DAY;
    await w.h.db.updateTable('people').set({ locale: 'fr' }).where('id', '=', w.careHome.id).execute();
    assert.equal((await runAt(daysLeft - 20)).expiring, 0);
    assert.ok((await runAt(daysLeft - 10)).expiring >= 1);
    let mail = await mailbox.next(w.careHome.email);
    while (!mail.subject.includes('expire le')) mail = await mailbox.next(w.careHome.email);
    assert.match(
      mail.subject,
      /^Nouveau sur Helemaal Digitaal\u00a0: Votre défi «\u00a0.+\u00a0» expire le \d+ \w+ \d{4}/,
    );
    assert.equal((await reminders(w.careHome, 'reminder_expiring', `/challenges/${w.challengeId}`)).length, 1);
    const mailsBefore = mailbox.to(w.careHome.email).length;
    await runAt(daysLeft - 9);
    assert.equal((await reminders(w.careHome, 'reminder_expiring', `/challenges/${w.challengeId}`)).length, 1);
    assert.equal(mailbox.to(w.careHome.email).length, mailsBefore);
    await w.h.db.updateTable('people').set({ locale: 'nl' }).where('id', '=', w.careHome.id).execute();
  });

  test('a renewed challenge is reminded again before its new expiry', async () => {
    const row = await w.h.db
      .selectFrom('challenges')
      .select('expires_at')
      .where('id', '=', w.challengeId)
      .executeTakeFirstOrThrow();
    const renewed = new Date((row.expires_at as Date).getTime() + 90 * DAY);
    await w.h.db.updateTable('challenges').set({ expires_at: renewed }).where('id', '=', w.challengeId).execute();
    await runAt((renewed.getTime() - Date.now()) / DAY - 5);
    assert.equal((await reminders(w.careHome, 'reminder_expiring', `/challenges/${w.challengeId}`)).length, 2);
  });

  test('a match waiting on one side reminds that side and the curating ambassador once, not the side that answered', async () => {
    const id = await proposal('Tabletbellen met familie', 'application');
    const link = `/matches/${id}`;
    assert.equal((await runAt(3)).waiting, 0);
    await runAt(8);
    await runAt(9);
    const [reminder, ...more] = await reminders(w.careHome, 'reminder_waiting', link);
    assert.match(reminder?.text ?? '', /wacht al 7 dagen op een antwoord/);
    assert.equal(more.length, 0);
    assert.equal((await reminders(w.ambassador, 'reminder_waiting', link)).length, 1);
    assert.equal((await reminders(w.provider, 'reminder_waiting', link)).length, 0);
  });

  test('an ambassador proposal nobody answered reminds both sides, each once', async () => {
    const id = await proposal('Beeldbellen in de living', 'proposals');
    await runAt(8);
    await runAt(8.5);
    assert.equal((await reminders(w.careHome, 'reminder_waiting', `/matches/${id}`)).length, 1);
    assert.equal((await reminders(w.provider, 'reminder_waiting', `/matches/${id}`)).length, 1);
    const claims = await w.h.db
      .selectFrom('reminders_sent')
      .select('item_key')
      .where('reason', '=', 'match_waiting')
      .where('item_key', 'like', `${id}:%`)
      .execute();
    assert.deepEqual(claims.map((c) => c.item_key).sort(), [`${id}:challenge`, `${id}:solution`]);
  });

  test('an organisation and a published solution not updated in a year remind their members once', async () => {
    const organisationId = (
      await w.h.db
        .selectFrom('memberships')
        .select('organisation_id')
        .where('person_id', '=', w.provider.id)
        .executeTakeFirstOrThrow()
    ).organisation_id;
    assert.equal((await runAt(300)).stale, 0);
    await runAt(366);
    await runAt(367);
    assert.equal((await reminders(w.provider, 'reminder_stale', `/organisations/${organisationId}`)).length, 1);
    assert.equal((await reminders(w.provider, 'reminder_stale', `/solutions/${w.solutionId}`)).length, 1);
    assert.equal((await reminders(w.careHome, 'reminder_stale', `/organisations/${organisationId}`)).length, 0);
  });

  test('a person on the daily digest gets reminders in the digest, not at once', async () => {
    const organisation = await createOrganisation(w.h.db, 'Digestvereniging');
    const member = await createPerson(w.h.db, 'member', organisation);
    await w.h.app.inject({
      method: 'PUT',
      url: '/api/v1/me/notification-settings',
      headers: member.auth,
      payload: { emailMode: 'daily' },
    });
    await runAt(400);
    assert.equal((await reminders(member, 'reminder_stale', `/organisations/${organisation}`)).length, 1);
    assert.equal(mailbox.to(member.email).length, 0);
    assert.ok((await sendDigests(w.h.services, 'daily')) >= 1);
    const digest = await mailbox.next(member.email);
    assert.match(digest.text, /Gegevens om na te kijken\r?\n- „Digestvereniging” is al 365 dagen niet bijgewerkt/);
  });
});

describe('unanswered matches expire', () => {
  test('a proposed match nobody answered expires after the configured days, with a timeline event, audit entry and notice', async () => {
    const waiting = await proposal('Videobellen op de afdeling', 'application');
    const answered = await proposal('Familiebellen met één knop', 'application');
    await w.h.app.inject({
      method: 'POST',
      url: `/api/v1/matches/${answered}/decision`,
      headers: w.careHome.auth,
      payload: { decision: 'accept' },
    });
    assert.equal((await runAt(29)).expiredMatches, 0);
    assert.ok((await runAt(31)).expiredMatches >= 1);
    await w.h.services.events.settled();
    const record = (await w.h.app.inject({ url: `/api/v1/matches/${waiting}`, headers: w.careHome.auth })).json();
    assert.equal(record.status, 'expired');
    assert.equal(record.timeline.at(-1).action, 'expired');
    assert.equal(
      (await w.h.app.inject({ url: `/api/v1/matches/${answered}`, headers: w.careHome.auth })).json().status,
      'accepted',
    );
    const audit = await w.h.db
      .selectFrom('audit_events')
      .select('action')
      .where('object_id', '=', waiting)
      .where('action', '=', 'match.expired')
      .execute();
    assert.equal(audit.length, 1);
    const notices = (await w.h.app.inject({ url: '/api/v1/notifications', headers: w.careHome.auth })).json().items;
    assert.ok(
      notices.some(
        (n: { link: string; text: string }) =>
          n.link === `/matches/${waiting}` && /verlopen zonder antwoord/.test(n.text),
      ),
    );
    assert.equal(
      (
        await w.h.app.inject({
          method: 'POST',
          url: `/api/v1/matches/${waiting}/decision`,
          headers: w.careHome.auth,
          payload: { decision: 'accept' },
        })
      ).statusCode,
      409,
    );
  });
});
