import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { startMailbox, linkIn, type Mailbox } from '../test-support/mailbox.ts';
import { solutionInput } from '../test-support/items.ts';
import { publish, startWorld, type World } from '../test-support/matches-world.ts';
import { sendDigests } from './digest.ts';
import { groupByKind } from './mails.tsx';

let w: World;
let mailbox: Mailbox;
before(async () => {
  mailbox = await startMailbox();
  w = await startWorld(mailbox.mailer, { strongMatchScore: 0.01 });
  await w.h.services.events.settled();
});
after(async () => {
  await w.h.close();
  await mailbox.close();
});

const api = (
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  auth: { authorization: string },
  payload?: Record<string, unknown>,
) => w.h.app.inject({ method, url, headers: auth, payload });

async function apply(): Promise<string> {
  const solutionId = await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: `Tabletbellen ${Math.random()}` }),
  );
  const response = await api('POST', '/api/v1/matches/applications', w.provider.auth, {
    challengeId: w.challengeId,
    solutionId,
  });
  await w.h.services.events.settled();
  return response.json().id;
}

describe('in-app and immediate notifications', () => {
  test('an application notifies the challenge owner in the app and at once by e-mail with an unsubscribe header', async () => {
    const id = await apply();
    const list = (await api('GET', '/api/v1/notifications', w.careHome.auth)).json();
    const notice = list.items.find((n: { link: string }) => n.link === `/matches/${id}`);
    assert.match(notice.text, /de aanbieder stelt zich kandidaat/);
    assert.equal(notice.read, false);
    let mail = await mailbox.next(w.careHome.email);
    while (!mail.text.includes(`/matches/${id}`)) mail = await mailbox.next(w.careHome.email);
    assert.match(mail.headers.get('list-unsubscribe') ?? '', /^<http:\/\/hd\.test\/unsubscribe\?token=/);
    assert.ok(mail.html.includes('/unsubscribe?token='));
    const page = await w.h.app.inject({ url: '/notifications', cookies: { hd_session: w.careHome.token } });
    assert.ok(page.body.includes(`/matches/${id}`));
  });

  test('the actor is not notified of their own step', async () => {
    const id = await apply();
    const list = (await api('GET', '/api/v1/notifications', w.provider.auth)).json();
    assert.ok(!list.items.some((n: { link: string }) => n.link === `/matches/${id}`));
  });

  test('people mark their own notifications read, and nobody else’s', async () => {
    await apply();
    const [first] = (await api('GET', '/api/v1/notifications', w.careHome.auth)).json().items;
    await api('POST', `/api/v1/notifications/${first.id}/read`, w.stranger.auth);
    assert.equal((await api('GET', '/api/v1/notifications', w.careHome.auth)).json().items[0].read, false);
    const after = (await api('POST', `/api/v1/notifications/${first.id}/read`, w.careHome.auth)).json();
    assert.equal(after.items.find((n: { id: string }) => n.id === first.id).read, true);
    assert.equal((await api('POST', '/api/v1/notifications/read', w.careHome.auth)).json().unread, 0);
  });

  test('publishing an item notifies the owners of strong new matches once', async () => {
    const solutionId = await publish(
      w.h,
      'solutions',
      w.provider,
      w.ambassador,
      solutionInput({ title: 'Videobellen voor bewoners' }),
    );
    await w.h.services.events.settled();
    const strong = (await api('GET', '/api/v1/notifications', w.careHome.auth))
      .json()
      .items.filter(
        (n: { kind: string; text: string }) =>
          n.kind === 'strong_match' && n.text.includes('Videobellen voor bewoners'),
      );
    assert.equal(strong.length, 1);
    await api('PATCH' as 'PUT', `/api/v1/solutions/${solutionId}`, w.provider.auth, {
      title: 'Videobellen voor bewoners',
    });
    await w.h.services.events.settled();
    const again = (await api('GET', '/api/v1/notifications', w.careHome.auth))
      .json()
      .items.filter(
        (n: { kind: string; text: string }) =>
          n.kind === 'strong_match' && n.text.includes('Videobellen voor bewoners'),
      );
    assert.equal(again.length, 1);
  });
});

describe('digests and unsubscribing', () => {
  test('digests group by kind, newest first', () => {
    const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 8, minutes));
    const groups = groupByKind([
      { kind: 'match_step', params: {}, link: '/a', created_at: at(1) },
      { kind: 'strong_match', params: {}, link: '/b', created_at: at(2) },
      { kind: 'match_step', params: {}, link: '/c', created_at: at(3) },
    ]);
    assert.deepEqual(
      groups.map(([kind, list]) => [kind, list.map((e) => e.link)]),
      [
        ['match_step', ['/c', '/a']],
        ['strong_match', ['/b']],
      ],
    );
  });

  test('a person on the daily digest gets one e-mail a day with everything not yet mailed', async () => {
    await api('PUT', '/api/v1/me/notification-settings', w.careHome.auth, { emailMode: 'daily' });
    const before = mailbox.to(w.careHome.email).length;
    await apply();
    await apply();
    assert.equal(mailbox.to(w.careHome.email).length, before);
    const now = new Date();
    w.h.services.now = () => now;
    assert.equal(await sendDigests(w.h.services, 'weekly'), 0);
    assert.ok((await sendDigests(w.h.services, 'daily')) >= 1);
    const digests = mailbox.to(w.careHome.email).slice(before);
    assert.equal(digests.length, 1);
    const [digest] = digests as [(typeof digests)[0]];
    assert.match(digest.subject, /Uw overzicht van Helemaal Digitaal/);
    assert.ok(digest.text.indexOf('Verloop van uw matches') < digest.text.indexOf('de aanbieder stelt zich kandidaat'));
    await apply();
    assert.equal(await sendDigests(w.h.services, 'daily'), 0);
    w.h.services.now = () => new Date(now.getTime() + 25 * 3_600_000);
    assert.equal(await sendDigests(w.h.services, 'daily'), 1);
    w.h.services.now = () => new Date();
  });

  test('the unsubscribe link turns e-mails off without logging in; a forged token is refused', async () => {
    await api('PUT', '/api/v1/me/notification-settings', w.careHome.auth, { emailMode: 'immediate' });
    const count0 = mailbox.to(w.careHome.email).length;
    await apply();
    const mail = mailbox.to(w.careHome.email)[count0];
    assert.ok(mail);
    const link = linkIn(mail.text, '/unsubscribe');
    const forged = await w.h.app.inject({ url: `/unsubscribe?token=${w.careHome.id}.forged` });
    assert.equal(forged.statusCode, 400);
    const done = await w.h.app.inject({ url: `${link.pathname}${link.search}` });
    assert.equal(done.statusCode, 200);
    assert.equal((await api('GET', '/api/v1/me/notification-settings', w.careHome.auth)).json().emailMode, 'off');
    const count = mailbox.to(w.careHome.email).length;
    await apply();
    assert.equal(mailbox.to(w.careHome.email).length, count);
  });
});
