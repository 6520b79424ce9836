// The mail server is down at the moment both sides accept: the introductions wait in the e-mail
// queue and go out once it is back, one per person, however often the consumer runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startMailbox, type Mailbox } from '../test-support/mailbox.ts';
import { solutionInput } from '../test-support/items.ts';
import { publish, startWorld, type World } from '../test-support/matches-world.ts';

let w: World;
let mailbox: Mailbox;
before(async () => {
  mailbox = await startMailbox();
  w = await startWorld(mailbox.mailer);
});
after(async () => {
  await w.h.close();
  await mailbox.close();
});

const isIntroduction = (subject: string) => /^(Kennismaking|Introduction)/.test(subject);
const introductionsTo = (email: string) => mailbox.to(email).filter((mail) => isIntroduction(mail.subject));

async function introductionRows(matchId: string) {
  return w.h.db
    .selectFrom('outgoing_mails')
    .select(['recipient', 'state', 'attempts', 'last_error'])
    .where('key', 'like', `introduction:${matchId}:%`)
    .execute();
}

/** Runs the flow until both people have their introduction (retries come due within a second in tests). */
async function deliveredWithin(ms: number, emails: string[]): Promise<void> {
  const deadline = Date.now() + ms;
  while (!emails.every((email) => introductionsTo(email).length > 0)) {
    if (Date.now() > deadline) throw new Error('the introductions were not delivered after the mail server came back');
    await w.h.services.events.settled();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('the mail server is down when both sides accept: once it is back, each person gets the introduction e-mail exactly once', async () => {
  const solutionId = await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: 'Beeldbellen voor bewoners en familie' }),
  );
  const requested = await w.h.app.inject({
    method: 'POST',
    url: '/api/v1/matches/requests',
    headers: w.careHome.auth,
    payload: { challengeId: w.challengeId, solutionId },
  });
  const matchId = requested.json().id as string;
  await w.h.services.events.settled();

  await mailbox.stop();
  const accepted = await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/matches/${matchId}/decision`,
    headers: w.provider.auth,
    payload: { decision: 'accept' },
  });
  assert.equal(accepted.json().status, 'accepted', 'the acceptance itself does not wait for the mail server');
  await w.h.services.events.settled();
  const waiting = await introductionRows(matchId);
  assert.deepEqual(waiting.map((row) => row.recipient).sort(), [w.careHome.email, w.provider.email].sort());
  for (const row of waiting) {
    assert.equal(row.state, 'pending');
    assert.ok(row.attempts >= 1 && row.last_error, 'the failed attempt is recorded with its reason');
  }

  await mailbox.resume();
  await deliveredWithin(15_000, [w.careHome.email, w.provider.email]);
  // Every consumer runs again over the whole stream, as after a crash before its cursor was kept.
  await w.h.db.updateTable('event_consumers').set({ position: 0, transaction_id: '0' }).execute();
  await w.h.services.events.settled();
  await new Promise((resolve) => setTimeout(resolve, 300));
  await w.h.services.events.settled();

  assert.equal(introductionsTo(w.careHome.email).length, 1, 'the care home is introduced once');
  assert.equal(introductionsTo(w.provider.email).length, 1, 'the provider is introduced once');
  assert.ok(introductionsTo(w.careHome.email)[0]!.text.includes(w.provider.email));
  assert.ok((await introductionRows(matchId)).every((row) => row.state === 'sent'));
});
