import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { FORM_HEADERS, formBody } from '../accounts/test-fixtures.ts';
import { formSession, type TestPerson } from '../test-support/harness.ts';
import { challengeInput, solutionInput } from '../test-support/items.ts';
import type { MatchStatus } from '../db/schema.ts';
import { insertMatch } from './repository.ts';
import type { Inbox } from './inbox-schemas.ts';
import { publish, startWorld, type World } from '../test-support/matches-world.ts';

let w: World;
before(async () => {
  w = await startWorld();
});
after(() => w.h.close());

const DAY_MS = 86_400_000;

async function inboxOf(who: TestPerson): Promise<Inbox> {
  const response = await w.h.app.inject({ url: '/api/v1/me/matches', headers: who.auth });
  assert.equal(response.statusCode, 200);
  return response.json();
}

const group = (inbox: Inbox, key: string) => inbox.groups.find((g) => g.key === key);
const entry = (inbox: Inbox, id: string) =>
  inbox.groups.flatMap((g) => g.entries.map((e) => ({ ...e, group: g.key }))).find((e) => e.id === id);

async function propose(solutionTitle: string): Promise<string> {
  const solutionId = await publish(w.h, 'solutions', w.provider, w.ambassador, solutionInput({ title: solutionTitle }));
  const response = await w.h.app.inject({
    method: 'POST',
    url: '/api/v1/matches/proposals',
    headers: w.ambassador.auth,
    payload: { challengeId: w.challengeId, solutionId },
  });
  assert.equal(response.statusCode, 201);
  return response.json().id;
}

async function matchWithStatus(
  status: MatchStatus,
  solutionTitle: string,
  extra: { score?: number; explanation?: unknown } = {},
): Promise<string> {
  const solutionId = await publish(w.h, 'solutions', w.provider, w.ambassador, solutionInput({ title: solutionTitle }));
  const decided = ['suggested', 'proposed', 'declined', 'expired'].includes(status) ? null : new Date();
  const match = await insertMatch(w.h.db, {
    challenge_id: w.challengeId,
    solution_id: solutionId,
    origin: status === 'suggested' ? 'engine' : 'ambassador',
    status,
    challenge_accepted_at: decided,
    solution_accepted_at: decided,
    score: extra.score ?? null,
    explanation: extra.explanation === undefined ? null : JSON.stringify(extra.explanation),
  });
  assert.ok(match);
  return match.id;
}

test('a proposal waits for both sides with its deadline, and moves to “waiting for the other side” once one side accepts', async () => {
  const id = await propose('Beeldbellen met grote knoppen');
  const careHome = entry(await inboxOf(w.careHome), id);
  assert.equal(careHome?.group, 'your_turn');
  assert.equal(careHome.actor, 'you');
  assert.equal(careHome.yourSide, 'challenge');
  assert.equal(careHome.solution.title, 'Beeldbellen met grote knoppen');
  assert.equal(careHome.solution.href, `/solutions/${careHome.solution.id}`);
  assert.equal(careHome.solution.language, 'nl');
  assert.equal(careHome.href, `/matches/${id}`);
  const updated = await w.h.db
    .selectFrom('matches')
    .select('updated_at')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  assert.equal(
    careHome.deadline,
    new Date(updated.updated_at.getTime() + w.h.services.config.reminders.matchExpiryDays * DAY_MS).toISOString(),
  );

  await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/matches/${id}/decision`,
    headers: w.careHome.auth,
    payload: { decision: 'accept' },
  });
  const after = entry(await inboxOf(w.careHome), id);
  assert.equal(after?.group, 'their_turn');
  assert.equal(after.actor, 'other_side');
  const provider = entry(await inboxOf(w.provider), id);
  assert.equal(provider?.group, 'your_turn');
  assert.equal(provider.yourSide, 'solution');
  assert.equal(provider.challenge.accepted, true);
  const curator = entry(await inboxOf(w.ambassador), id);
  assert.equal(curator?.group, 'their_turn');
  assert.equal(curator.actor, 'solution_side');
  assert.equal(curator.yourSide, null);
});

test('each status lands in its group with who must act, and a stranger sees none of them', async () => {
  const ids = {
    suggested: await matchWithStatus('suggested', 'Suggestie van de motor'),
    accepted: await matchWithStatus('accepted', 'Aanvaarde oplossing'),
    introduced: await matchWithStatus('introduced', 'Kennisgemaakte oplossing'),
    pilot: await matchWithStatus('pilot', 'Oplossing in pilot'),
    deployed: await matchWithStatus('deployed', 'Oplossing in gebruik'),
    declined: await matchWithStatus('declined', 'Afgewezen oplossing'),
    expired: await matchWithStatus('expired', 'Verlopen oplossing'),
  };
  const inbox = await inboxOf(w.careHome);
  const expected: Record<keyof typeof ids, [string, string]> = {
    suggested: ['suggestions', 'you'],
    accepted: ['introduced', 'ambassador'],
    introduced: ['introduced', 'ambassador'],
    pilot: ['pilot', 'ambassador'],
    deployed: ['deployed', 'nobody'],
    declined: ['closed', 'nobody'],
    expired: ['closed', 'nobody'],
  };
  for (const [status, id] of Object.entries(ids) as [keyof typeof ids, string][]) {
    const found = entry(inbox, id);
    assert.deepEqual([found?.group, found?.actor], expected[status], status);
    assert.equal(found?.deadline, null, status);
  }
  assert.deepEqual(
    inbox.groups.map((g) => g.key),
    ['your_turn', 'their_turn', 'suggestions', 'introduced', 'pilot', 'deployed', 'closed'],
  );
  for (const g of inbox.groups) assert.equal(g.count, g.entries.length);
  const stranger = await inboxOf(w.stranger);
  assert.equal(
    stranger.groups.reduce((n, g) => n + g.count, 0),
    0,
  );
});

test('an engine match shows its score in words and numbers and at most three reasons in the reader’s language', async () => {
  const explanation = {
    sharedTerms: ['videobellen', 'tablet'],
    translatedTerms: [],
    concepts: [],
    sectors: ['care'],
    spearheads: [5],
    regions: ['BE23'],
    sameLanguage: true,
    languages: ['nl', 'nl'],
    textScore: 0.8,
    structureScore: 0.7,
  };
  const id = await matchWithStatus('suggested', 'Tablet om te videobellen', { score: 0.72, explanation });
  const response = await w.h.app.inject({
    url: '/api/v1/me/matches',
    headers: { ...w.careHome.auth, 'accept-language': 'en' },
  });
  const found = entry(response.json(), id);
  assert.equal(found?.score, 0.72);
  assert.equal(found.scorePercent, '72%');
  assert.equal(found.scoreInWords, 'Strong match');
  assert.ok(found.reasons.length > 0 && found.reasons.length <= 3);
  const broken = await matchWithStatus('suggested', 'Oplossing met oude uitleg', {
    score: 0.2,
    explanation: { terms: ['oud'] },
  });
  assert.deepEqual(entry(await inboxOf(w.careHome), broken)?.reasons, []);
});

test('a confidential challenge is named to the provider only by its neutral description, without a link or organisation', async () => {
  const confidentialId = await publish(
    w.h,
    'challenges',
    w.careHome,
    w.ambassador,
    challengeInput({ title: 'Geheime valdetectie Linde', classification: 'confidential' }),
  );
  const solutionId = await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: 'Valdetectie met sensoren' }),
  );
  const proposed = await w.h.app.inject({
    method: 'POST',
    url: '/api/v1/matches/proposals',
    headers: w.ambassador.auth,
    payload: { challengeId: confidentialId, solutionId },
  });
  const id = proposed.json().id as string;
  const provider = entry(await inboxOf(w.provider), id);
  assert.equal(provider?.challenge.readable, false);
  assert.equal(provider.challenge.href, null);
  assert.equal(provider.challenge.organisation, null);
  assert.equal(provider.challenge.language, null);
  assert.match(provider.challenge.title, /^Vertrouwelijke uitdaging van /);
  const page = await w.h.app.inject({ url: '/my/matches', cookies: { hd_session: w.provider.token } });
  assert.doesNotMatch(page.body, /Geheime valdetectie Linde/);
  assert.doesNotMatch(page.body, new RegExp(`/challenges/${confidentialId}`));
  assert.match(page.body, new RegExp(`href="/matches/${id}"`));
  const owner = await w.h.app.inject({ url: '/my/matches', cookies: { hd_session: w.careHome.token } });
  assert.match(owner.body, /lang="nl">Valdetectie met sensoren</);
});

test('the page shows every group with its count and an empty state, and the header counts what waits and what is unread', async () => {
  const inbox = await inboxOf(w.careHome);
  const page = await w.h.app.inject({ url: '/my/matches', cookies: { hd_session: w.careHome.token } });
  assert.equal(page.statusCode, 200);
  for (const g of inbox.groups)
    assert.match(page.body, new RegExp(`<h2 id="group-${g.key}">[^<]+ \\(${g.count}\\)</h2>`));
  const stranger = await w.h.app.inject({ url: '/my/matches', cookies: { hd_session: w.stranger.token } });
  assert.match(stranger.body, /Niets wacht op u\./);
  assert.match(stranger.body, /Uw organisatie heeft nog geen matches/);

  const waiting = group(inbox, 'your_turn')?.count ?? 0;
  assert.ok(waiting > 0);
  const unread = await w.h.db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('person_id', '=', w.careHome.id)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  const home = await w.h.app.inject({ url: '/challenges', cookies: { hd_session: w.careHome.token } });
  const badge = (count: number, words: string) =>
    `<span class="count-badge"><span aria-hidden="true">${count}</span><span class="visually-hidden">\\(${words}\\)</span></span>`;
  assert.match(
    home.body,
    new RegExp(`href="/my/matches"[^>]*>Mijn matches ${badge(waiting, `${waiting} wachten op u`)}`),
  );
  assert.ok(Number(unread.n) > 0);
  assert.match(
    home.body,
    new RegExp(`href="/notifications"[^>]*>Meldingen ${badge(Number(unread.n), `${Number(unread.n)} ongelezen`)}`),
  );
  const none = await w.h.app.inject({ url: '/challenges', cookies: { hd_session: w.stranger.token } });
  assert.doesNotMatch(none.body, /href="\/my\/matches"[^>]*>Mijn matches <span class="count-badge">/);
});

test('the dashboard shows the matches waiting, the organisation’s items and its drafts apart', async () => {
  const draft = await w.h.app.inject({
    method: 'POST',
    url: '/api/v1/challenges',
    headers: w.careHome.auth,
    payload: challengeInput({ title: 'Nog een ontwerp van De Linde' }),
  });
  assert.equal(draft.statusCode, 201);
  const page = await w.h.app.inject({ url: '/my', cookies: { hd_session: w.careHome.token } });
  assert.equal(page.statusCode, 200);
  const waiting = group(await inboxOf(w.careHome), 'your_turn');
  assert.match(page.body, new RegExp(`<h2 id="my-waiting">Matches die op u wachten \\(${waiting?.count}\\)</h2>`));
  assert.match(page.body, /href="\/my\/matches"/);
  const [, drafts = '', items = ''] =
    /id="my-drafts"(.*?)id="my-challenges"(.*?)id="my-solutions"/s.exec(page.body) ?? [];
  assert.match(drafts, /Nog een ontwerp van De Linde/);
  assert.doesNotMatch(items, /Nog een ontwerp van De Linde/);
  assert.match(items, /Videogesprekken tegen eenzaamheid in het woonzorgcentrum/);
});

test('logging in through the form lands on the dashboard unless the login asked for another page', async () => {
  const { csrf, cookies } = await formSession(w.h.app, '/login');
  const login = (next?: string) =>
    w.h.app.inject({
      method: 'POST',
      url: '/login',
      headers: FORM_HEADERS,
      cookies,
      payload: formBody({ email: w.careHome.email, password: 'correct horse battery staple', next, _csrf: csrf }),
    });
  assert.equal((await login()).headers.location, '/my');
  assert.equal((await login('/matches/abc')).headers.location, '/matches/abc');
});

test('the API list is in the OpenAPI document and closed to visitors', async () => {
  const document = (await w.h.app.inject({ url: '/api/openapi.json' })).json();
  assert.ok(document.paths['/api/v1/me/matches']?.get);
  assert.equal((await w.h.app.inject({ url: '/api/v1/me/matches' })).statusCode, 401);
  const page = await w.h.app.inject({ url: '/my/matches' });
  assert.equal(page.statusCode, 303);
});

test('the reasons of a match with a confidential challenge carry no words of its text to the provider', async () => {
  const confidentialId = await publish(
    w.h,
    'challenges',
    w.careHome,
    w.ambassador,
    challengeInput({ title: 'Geheime nachtzorg Eikenhof', classification: 'confidential' }),
  );
  const solutionId = await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: 'Nachtelijke bewaking met sensoren' }),
  );
  const explanation = {
    sharedTerms: ['eikenhof', 'nachtzorg'],
    translatedTerms: [{ from: 'nachtzorg', to: 'nightcare' }],
    concepts: [{ id: '1234', label: { nl: 'dwaalgedrag', en: 'wandering', fr: 'errance' } }],
    sectors: ['care'],
    spearheads: [5],
    regions: [],
    sameLanguage: true,
    languages: ['nl', 'nl'],
    textScore: 0.8,
    structureScore: 0.7,
  };
  const match = await insertMatch(w.h.db, {
    challenge_id: confidentialId,
    solution_id: solutionId,
    origin: 'engine',
    status: 'suggested',
    score: 0.7,
    explanation: JSON.stringify(explanation),
  });
  assert.ok(match);
  const provider = entry(await inboxOf(w.provider), match.id);
  assert.ok(provider && provider.reasons.length > 0, 'the provider still reads the reasons that name no text');
  assert.doesNotMatch(provider.reasons.join(' '), /eikenhof|nachtzorg|nightcare|dwaalgedrag/i);
  const page = await w.h.app.inject({ url: '/my/matches', cookies: { hd_session: w.provider.token } });
  assert.doesNotMatch(page.body, /eikenhof|nachtzorg|dwaalgedrag/i);
  const owner = entry(await inboxOf(w.careHome), match.id);
  assert.match(owner?.reasons.join(' ') ?? '', /nachtzorg/);
});
