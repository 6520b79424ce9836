// Acting once on a match, and a match page and e-mails that explain themselves: a repeated accept or
// decline writes and sends nothing, the side that started a match is not asked again, the outcome form
// appears only for an introduced match and only to its ambassador, and the timeline speaks in words.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { formSession, type TestPerson } from '../test-support/harness.ts';
import { FORM_HEADERS, formBody } from '../accounts/test-fixtures.ts';
import { solutionInput } from '../test-support/items.ts';
import { startMailbox, type Mailbox } from '../test-support/mailbox.ts';
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

const post = (url: string, who: TestPerson, payload: Record<string, unknown>) =>
  w.h.app.inject({ method: 'POST', url, headers: who.auth, payload });
const page = (id: string, who: TestPerson, query = '') =>
  w.h.app.inject({ url: `/matches/${id}${query}`, cookies: { hd_session: who.token } });

async function postForm(who: TestPerson, id: string, path: string, values: Record<string, unknown>) {
  const { csrf, cookies } = await formSession(w.h.app, `/matches/${id}`, who.token);
  return w.h.app.inject({
    method: 'POST',
    url: `/matches/${id}/${path}`,
    headers: FORM_HEADERS,
    cookies,
    payload: formBody({ ...values, _csrf: csrf }),
  });
}

async function freshSolution(title = `Beeldbellen variant ${Math.random()}`): Promise<string> {
  return publish(w.h, 'solutions', w.provider, w.ambassador, solutionInput({ title }));
}

async function proposal(note?: string): Promise<string> {
  const response = await post('/api/v1/matches/proposals', w.ambassador, {
    challengeId: w.challengeId,
    solutionId: await freshSolution(),
    ...(note ? { note } : {}),
  });
  return response.json().id;
}

async function eventCount(id: string): Promise<number> {
  const rows = await w.h.db.selectFrom('match_events').select('id').where('match_id', '=', id).execute();
  return rows.length;
}

/** The e-mails to this address that link to this match. */
async function mailsAbout(email: string, id: string) {
  await w.h.services.events.settled();
  return mailbox.to(email).filter((mail) => mail.text.includes(`/matches/${id}`));
}

describe('acting once', () => {
  test('a second accept through the API changes nothing: one event, one e-mail to the other side', async () => {
    const id = await proposal();
    const first = await post(`/api/v1/matches/${id}/decision`, w.careHome, { decision: 'accept' });
    const second = await post(`/api/v1/matches/${id}/decision`, w.careHome, { decision: 'accept' });
    assert.equal(second.statusCode, 200);
    assert.equal(second.json().status, 'proposed');
    assert.equal(second.json().updatedAt, first.json().updatedAt);
    assert.equal(await eventCount(id), 2);
    assert.equal(
      (await mailsAbout(w.provider.email, id)).filter((m) => m.subject.includes('aanvaard door één kant')).length,
      1,
    );
  });

  test('a second accept on the page changes nothing and says it was already decided', async () => {
    const id = await proposal();
    const first = await postForm(w.careHome, id, 'decision', { decision: 'accept' });
    assert.equal(first.statusCode, 303);
    assert.equal(first.headers.location, `/matches/${id}?done=accepted`);
    const second = await postForm(w.careHome, id, 'decision', { decision: 'accept' });
    assert.equal(second.headers.location, `/matches/${id}?done=already_decided`);
    assert.equal(await eventCount(id), 2);
    const shown = await page(id, w.careHome, '?done=already_decided');
    assert.match(shown.body, /Er was al over deze match beslist/);
    assert.match(shown.body, /U hebt deze match aanvaard op \d+ \w+ \d{4}/);
    assert.equal(
      (await mailsAbout(w.provider.email, id)).filter((m) => m.subject.includes('aanvaard door één kant')).length,
      1,
    );
  });

  test('the second side’s accept says both accepted; a repeated accept after that changes nothing', async () => {
    const id = await proposal();
    await postForm(w.careHome, id, 'decision', { decision: 'accept' });
    const both = await postForm(w.provider, id, 'decision', { decision: 'accept' });
    assert.equal(both.headers.location, `/matches/${id}?done=accepted_both`);
    const again = await postForm(w.provider, id, 'decision', { decision: 'accept' });
    assert.equal(again.headers.location, `/matches/${id}?done=already_decided`);
    assert.equal(await eventCount(id), 3);
  });

  test('declining twice writes one event; accepting a declined match is refused', async () => {
    const id = await proposal();
    const declined = await postForm(w.provider, id, 'decision', {
      decision: 'decline',
      reason: 'Geen capaciteit dit jaar',
    });
    assert.equal(declined.headers.location, `/matches/${id}?done=declined`);
    const again = await post(`/api/v1/matches/${id}/decision`, w.provider, {
      decision: 'decline',
      reason: 'Nog steeds niet',
    });
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().declineReason, 'Geen capaciteit dit jaar');
    assert.equal(await eventCount(id), 2);
    assert.equal((await post(`/api/v1/matches/${id}/decision`, w.careHome, { decision: 'accept' })).statusCode, 409);
  });

  test('accepting from a page left open until the match expired says it expired and records nothing', async () => {
    const id = await proposal();
    const { csrf, cookies } = await formSession(w.h.app, `/matches/${id}`, w.careHome.token);
    await w.h.db.updateTable('matches').set({ status: 'expired' }).where('id', '=', id).execute();
    const events = await eventCount(id);
    const answer = await w.h.app.inject({
      method: 'POST',
      url: `/matches/${id}/decision`,
      headers: FORM_HEADERS,
      cookies,
      payload: formBody({ decision: 'accept', _csrf: csrf }),
    });
    assert.equal(answer.statusCode, 303);
    assert.equal(answer.headers.location, `/matches/${id}?done=expired`);
    assert.match((await page(id, w.careHome, '?done=expired')).body, /Deze match is intussen verlopen/);
    assert.equal(await eventCount(id), events);
    assert.equal((await post(`/api/v1/matches/${id}/decision`, w.careHome, { decision: 'accept' })).statusCode, 409);
  });
});

describe('the page asks only what is still open', () => {
  test('the provider who applied is not asked to accept: the page says when they accepted and that the other side is waited for', async () => {
    const created = await post('/api/v1/matches/applications', w.provider, {
      challengeId: w.challengeId,
      solutionId: await freshSolution(),
    });
    const id = created.json().id as string;
    assert.equal(created.json().yourPart.mayAccept, false);
    assert.ok(created.json().solution.acceptedAt);
    const body = (await page(id, w.provider)).body;
    assert.doesNotMatch(body, /name="decision" value="accept"/);
    assert.match(body, /U hebt deze match aanvaard op/);
    assert.match(body, /Zonder antwoord vervalt de match op \d+ \w+ \d{4}/);
    const owner = (await page(id, w.careHome)).body;
    assert.match(owner, /name="decision" value="accept"/);
    assert.match(owner, /Antwoord vóór \d+ \w+ \d{4}/);
  });

  test('the outcome form appears only once both accepted, only to the ambassador, with the outcomes possible from there', async () => {
    const id = await proposal();
    assert.doesNotMatch((await page(id, w.ambassador)).body, /action="\/matches\/[^"]+\/outcome"/);
    await post(`/api/v1/matches/${id}/decision`, w.careHome, { decision: 'accept' });
    await post(`/api/v1/matches/${id}/decision`, w.provider, { decision: 'accept' });
    const forAmbassador = (await page(id, w.ambassador)).body;
    assert.match(forAmbassador, /action="\/matches\/[^"]+\/outcome"/);
    assert.match(forAmbassador, /<option value="introduced">/);
    assert.doesNotMatch(forAmbassador, /<option value="deployed">/);
    for (const member of [w.careHome, w.provider]) assert.doesNotMatch((await page(id, member)).body, /\/outcome"/);
    const recorded = await postForm(w.ambassador, id, 'outcome', { outcome: 'introduced' });
    assert.equal(recorded.headers.location, `/matches/${id}?done=outcome`);
    assert.match((await page(id, w.ambassador)).body, /<option value="deployed">/);
  });
});

describe('the match explains itself', () => {
  test('the timeline speaks in words in each language, naming the other side’s people only once both accepted', async () => {
    const id = await proposal('Beide werken met tablets in de leefgroepen.');
    await post(`/api/v1/matches/${id}/decision`, w.provider, { decision: 'accept' });
    const expected = {
      nl: ['Voorgesteld door ambassador', 'Aanvaard door de kant van de oplossing'],
      fr: ['Proposée par ambassador', 'Acceptée par la partie de la solution'],
      en: ['Proposed by ambassador', 'Accepted by the solution side'],
    };
    for (const [language, texts] of Object.entries(expected)) {
      const response = await w.h.app.inject({
        url: `/api/v1/matches/${id}`,
        headers: { ...w.careHome.auth, 'accept-language': language },
      });
      const timeline = response.json().timeline as { text: string }[];
      for (const [i, text] of texts.entries())
        assert.ok(timeline[i]?.text.startsWith(text), `${language}: ${timeline[i]?.text}`);
      const html = (
        await w.h.app.inject({ url: `/matches/${id}`, cookies: { hd_session: w.careHome.token, hd_lang: language } })
      ).body;
      assert.doesNotMatch(html, /accepted_by_one_side|>engine<|· ambassador ·/);
    }
    await post(`/api/v1/matches/${id}/decision`, w.careHome, { decision: 'accept' });
    const named = (await w.h.app.inject({ url: `/api/v1/matches/${id}`, headers: w.careHome.auth })).json().timeline[1]
      .text;
    assert.match(named, /^Aanvaard door member \d+ \(kant van de oplossing\)$/);
  });

  test('the page shows the ambassador’s note, the deadline and what accepting shares with whom', async () => {
    const id = await proposal('Beide werken met tablets in de leefgroepen.');
    const record = (await w.h.app.inject({ url: `/api/v1/matches/${id}`, headers: w.careHome.auth })).json();
    assert.equal(record.ambassadorNote.text, 'Beide werken met tablets in de leefgroepen.');
    assert.ok(Date.parse(record.deadline) > Date.now() + 29 * 86_400_000);
    assert.deepEqual(
      record.sharing.yours.people.map((p: { email: string }) => p.email),
      [w.careHome.email],
    );
    assert.equal(record.sharing.withWhom, 'Beeldlijn bv');
    const body = (await page(id, w.careHome)).body;
    for (const text of [
      'Beide werken met tablets in de leefgroepen.',
      'Wat aanvaarden deelt',
      'krijgt Beeldlijn bv per e-mail deze gegevens van u',
      w.careHome.email,
      'WZC De Linde',
    ]) {
      assert.ok(body.includes(text), text);
    }
    assert.ok(!body.includes(w.provider.email));
  });

  test('the e-mail of a proposed match carries the ambassador’s note, what accepting means, the deadline and the link', async () => {
    const id = await proposal('Kijk zeker naar hun proefproject in Gent.');
    const [mail] = await mailsAbout(w.provider.email, id);
    assert.ok(mail);
    assert.match(mail.text, /De ambassadeur schrijft: „Kijk zeker naar hun proefproject in Gent.”/);
    assert.match(mail.text, /krijgt elke kant per e-mail de naam, de website en het adres/);
    assert.match(mail.text, /Antwoord vóór \d+ \w+ \d{4}/);
    assert.ok(mail.text.includes(`Bekijk de match en antwoord hier: http://hd.test/matches/${id}`));
    assert.ok(mail.html.includes(`href="http://hd.test/matches/${id}"`));
    assert.ok(mail.html.includes('Kijk zeker naar hun proefproject in Gent.'));
  });
});
