import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startMailbox, type Mailbox } from '../test-support/mailbox.ts';
import { challengeInput, solutionInput } from '../test-support/items.ts';
import { publish, startWorld, type World } from '../test-support/matches-world.ts';

let w: World;
let mailbox: Mailbox;
before(async () => {
  mailbox = await startMailbox();
  w = await startWorld(mailbox.mailer);
  await w.h.db.updateTable('people').set({ locale: 'en' }).where('id', '=', w.provider.id).execute();
});
after(async () => {
  await w.h.close();
  await mailbox.close();
});

async function proposedMatch(): Promise<string> {
  const solutionId = await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: `Beeldbellen ${Math.random()}` }),
  );
  const response = await w.h.app.inject({
    method: 'POST',
    url: '/api/v1/matches/requests',
    headers: w.careHome.auth,
    payload: { challengeId: w.challengeId, solutionId },
  });
  return response.json().id;
}

/** The introduction e-mail to this address, passing over the notices that came before it. */
async function introduction(email: string) {
  for (;;) {
    const mail = await mailbox.next(email);
    if (/^(Kennismaking|Introduction)/.test(mail.subject)) return mail;
  }
}

const page = (id: string, token: string) => w.h.app.inject({ url: `/matches/${id}`, cookies: { hd_session: token } });

test('before both sides accepted, neither the API nor the page shows the other side’s e-mail', async () => {
  const id = await proposedMatch();
  const forOwner = await w.h.app.inject({ url: `/api/v1/matches/${id}`, headers: w.careHome.auth });
  assert.equal(forOwner.json().contacts, null);
  assert.ok(!forOwner.body.includes(w.provider.email));
  const forProvider = await w.h.app.inject({ url: `/api/v1/matches/${id}`, headers: w.provider.auth });
  assert.ok(!forProvider.body.includes(w.careHome.email));
  assert.ok(!(await page(id, w.careHome.token)).body.includes(w.provider.email));
  assert.ok(!(await page(id, w.provider.token)).body.includes(w.careHome.email));
  await w.h.services.events.settled();
  assert.ok(!mailbox.to(w.careHome.email).some((m) => m.text.includes(w.provider.email)));
  assert.ok(!mailbox.to(w.provider.email).some((m) => m.text.includes(w.careHome.email)));
});

test('once both accepted, each side receives the other’s details by e-mail in their own language', async () => {
  const id = await proposedMatch();
  const accepted = await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/matches/${id}/decision`,
    headers: w.provider.auth,
    payload: { decision: 'accept' },
  });
  assert.equal(accepted.json().status, 'accepted');
  const toCareHome = await introduction(w.careHome.email);
  assert.equal(toCareHome.subject, 'Kennismaking met Beeldlijn bv');
  assert.ok(toCareHome.text.includes(w.provider.email));
  assert.ok(toCareHome.html.includes(w.provider.email));
  assert.ok(toCareHome.text.includes(`http://hd.test/matches/${id}`));
  const toProvider = await introduction(w.provider.email);
  assert.equal(toProvider.subject, 'Introduction to WZC De Linde');
  for (const detail of [w.careHome.email, 'https://delinde.example', 'Lindelaan 4, 9000 Gent'])
    assert.ok(toProvider.text.includes(detail), detail);
  assert.ok(!toProvider.text.includes(w.provider.email));
});

test('once both accepted, the API and the page show both sides’ contact details', async () => {
  const id = await proposedMatch();
  await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/matches/${id}/decision`,
    headers: w.provider.auth,
    payload: { decision: 'accept' },
  });
  const body = (await w.h.app.inject({ url: `/api/v1/matches/${id}`, headers: w.careHome.auth })).json();
  assert.deepEqual(
    body.contacts.solution.people.map((p: { email: string }) => p.email),
    [w.provider.email],
  );
  assert.equal(body.contacts.challenge.website, 'https://delinde.example');
  assert.ok((await page(id, w.careHome.token)).body.includes(w.provider.email));
  await introduction(w.careHome.email);
  await introduction(w.provider.email);
});

test('the introduction e-mail names a confidential challenge to the provider only by a neutral description', async () => {
  const careOrganisation = (
    await w.h.db
      .selectFrom('memberships')
      .select('organisation_id')
      .where('person_id', '=', w.careHome.id)
      .executeTakeFirstOrThrow()
  ).organisation_id;
  await w.h.db.updateTable('organisations').set({ kind: 'care_provider' }).where('id', '=', careOrganisation).execute();
  const challengeId = await publish(
    w.h,
    'challenges',
    w.careHome,
    w.ambassador,
    challengeInput({ title: 'Quokkaventiel in De Linde', classification: 'confidential' }),
  );
  const solutionId = await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: `Beeldbellen ${Math.random()}` }),
  );
  const id = (
    await w.h.app.inject({
      method: 'POST',
      url: '/api/v1/matches/requests',
      headers: w.careHome.auth,
      payload: { challengeId, solutionId },
    })
  ).json().id;
  await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/matches/${id}/decision`,
    headers: w.provider.auth,
    payload: { decision: 'accept' },
  });
  const toProvider = await introduction(w.provider.email);
  assert.ok(!toProvider.text.includes('Quokkaventiel') && !toProvider.html.includes('Quokkaventiel'));
  assert.ok(toProvider.text.includes('Confidential challenge of a care provider (East Flanders)'), toProvider.text);
  const toCareHome = await introduction(w.careHome.email);
  assert.ok(toCareHome.text.includes('Quokkaventiel in De Linde'));
});
