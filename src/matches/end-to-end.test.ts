// The whole path through the HTTP server as the real roles: post, review, publish, a suggested
// match accepted by both sides, the introduction e-mails, an outcome, digests and unsubscribing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startMailbox, linkIn, type Mailbox } from '../test-support/mailbox.ts';
import { challengeInput } from '../test-support/items.ts';
import { sendDigests } from '../notifications/digest.ts';
import { startWorld, type World } from '../test-support/matches-world.ts';
import type { TestPerson } from '../test-support/harness.ts';

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

const call = (who: TestPerson, method: 'GET' | 'POST' | 'PUT', url: string, payload?: Record<string, unknown>) =>
  w.h.app.inject({ method, url, headers: who.auth, payload });

/** The introduction e-mail to this address, passing over the notices that came before it. */
async function introduction(email: string) {
  for (;;) {
    const mail = await mailbox.next(email);
    if (mail.subject.startsWith('Kennismaking')) return mail;
  }
}

test('from a posted challenge to a recorded outcome, with the introduction only after both accepted', async () => {
  await call(w.careHome, 'PUT', '/api/v1/me/notification-settings', { emailMode: 'daily' });
  const challengeId = (
    await call(
      w.careHome,
      'POST',
      '/api/v1/challenges',
      challengeInput({ title: 'Familie laten videobellen met bewoners' }),
    )
  ).json().id;
  assert.equal(
    (await call(w.careHome, 'POST', `/api/v1/challenges/${challengeId}/transitions`, { action: 'submit' })).statusCode,
    200,
  );
  assert.equal(
    (await call(w.stranger, 'POST', `/api/v1/challenges/${challengeId}/transitions`, { action: 'publish' })).statusCode,
    404,
  );
  assert.equal(
    (await call(w.ambassador, 'POST', `/api/v1/challenges/${challengeId}/transitions`, { action: 'publish' }))
      .statusCode,
    200,
  );

  const suggestions = (
    await call(w.careHome, 'POST', '/api/v1/matches/suggestions', { kind: 'challenge', id: challengeId })
  ).json().items;
  const match = suggestions.find((m: { solution: { id: string } }) => m.solution.id === w.solutionId);
  assert.equal(match.status, 'suggested');
  assert.equal(
    (await call(w.stranger, 'POST', `/api/v1/matches/${match.id}/decision`, { decision: 'accept' })).statusCode,
    404,
  );

  assert.equal(
    (await call(w.careHome, 'POST', `/api/v1/matches/${match.id}/decision`, { decision: 'accept' })).json().status,
    'proposed',
  );
  const pending = await call(w.careHome, 'GET', `/api/v1/matches/${match.id}`);
  assert.ok(!pending.body.includes(w.provider.email));
  await w.h.services.events.settled();
  assert.ok(!mailbox.received.some((m) => m.text.includes(w.provider.email) || m.text.includes(w.careHome.email)));

  assert.equal(
    (await call(w.provider, 'POST', `/api/v1/matches/${match.id}/decision`, { decision: 'accept' })).json().status,
    'accepted',
  );
  assert.ok((await introduction(w.careHome.email)).text.includes(w.provider.email));
  assert.ok((await introduction(w.provider.email)).text.includes(w.careHome.email));
  await w.h.services.events.settled();
  assert.equal((await w.h.app.inject({ url: `/api/v1/challenges/${challengeId}` })).json().status, 'matched');

  assert.equal(
    (await call(w.careHome, 'POST', `/api/v1/matches/${match.id}/outcome`, { outcome: 'introduced' })).statusCode,
    403,
  );
  assert.equal(
    (await call(w.ambassador, 'POST', `/api/v1/matches/${match.id}/outcome`, { outcome: 'introduced' })).statusCode,
    200,
  );
  assert.equal(
    (
      await call(w.ambassador, 'POST', `/api/v1/matches/${match.id}/outcome`, {
        outcome: 'pilot',
        note: 'Proef in twee afdelingen',
      })
    ).statusCode,
    200,
  );
  const page = await w.h.app.inject({ url: `/challenges/${challengeId}` });
  assert.match(page.body, /id="outcomes-heading"/);
  assert.match(page.body, /in pilot/);

  await w.h.services.events.settled();
  assert.equal(await sendDigests(w.h.services, 'daily'), 1);
  const digest = await mailbox.next(w.careHome.email);
  assert.match(digest.subject, /Uw overzicht/);
  const steps = ['pilot gestart', 'kennismaking gebeurd', 'aanvaard door beide kanten'].map((s) =>
    digest.text.indexOf(s),
  );
  assert.ok(
    steps.every((at, i) => at > 0 && (i === 0 || at > (steps[i - 1] ?? 0))),
    'newest step first',
  );

  const unsubscribe = linkIn(digest.text, '/unsubscribe');
  assert.equal((await w.h.app.inject({ url: `${unsubscribe.pathname}${unsubscribe.search}` })).statusCode, 200);
  assert.equal((await call(w.careHome, 'GET', '/api/v1/me/notification-settings')).json().emailMode, 'off');
});
