// Match records as seen by each party: an item the reader may not read is named only by a neutral
// description, the other side's people stay unnamed until both sides accepted, and the engine's
// suggestions are the platform's, not those of whoever opened the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { TestPerson } from '../test-support/harness.ts';
import { challengeInput, solutionInput } from '../test-support/items.ts';
import { visibleReferences } from '../db/migrations/0016-visible-references.ts';
import { publish, startWorld, type World } from '../test-support/matches-world.ts';

const MARKER = 'Quokkaventiel';
const WITHHELD = {
  nl: 'Vertrouwelijke uitdaging van een zorgvoorziening (Oost-Vlaanderen)',
  fr: 'Défi confidentiel d’un établissement de soins (Flandre-Orientale)',
  en: 'Confidential challenge of a care provider (East Flanders)',
};

let w: World;
let confidentialId: string;
before(async () => {
  w = await startWorld();
  const { organisation_id: careOrganisation } = await w.h.db
    .selectFrom('memberships')
    .select('organisation_id')
    .where('person_id', '=', w.careHome.id)
    .executeTakeFirstOrThrow();
  await w.h.db.updateTable('organisations').set({ kind: 'care_provider' }).where('id', '=', careOrganisation).execute();
  await w.h.db.updateTable('people').set({ display_name: 'Griet Eigenaar' }).where('id', '=', w.careHome.id).execute();
  await w.h.db.updateTable('people').set({ display_name: 'Piet Aanbieder' }).where('id', '=', w.provider.id).execute();
  confidentialId = await publish(
    w.h,
    'challenges',
    w.careHome,
    w.ambassador,
    challengeInput({
      title: `${MARKER} tegen eenzaamheid`,
      description: `Bewoners voelen zich eenzaam; het ${MARKER}-project zoekt videobellen op een tablet.`,
      classification: 'confidential',
    }),
  );
});
after(() => w.h.close());

const api = (url: string, who: TestPerson, payload?: Record<string, unknown>) =>
  w.h.app.inject({ method: payload ? 'POST' : 'GET', url, headers: who.auth, payload });
const page = (url: string, who: TestPerson) => w.h.app.inject({ url, cookies: { hd_session: who.token } });

async function requested(challengeId: string): Promise<{ matchId: string; solutionId: string }> {
  const solutionId = await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: `Beeldbellen ${Math.random()}` }),
  );
  const created = await api('/api/v1/matches/requests', w.careHome, { challengeId, solutionId });
  assert.equal(created.statusCode, 201);
  return { matchId: created.json().id, solutionId };
}

test('a provider sees a confidential challenge in its match records only as a neutral description, in the API and on the pages', async () => {
  const { matchId, solutionId } = await requested(confidentialId);
  const one = (await api(`/api/v1/matches/${matchId}`, w.provider)).json();
  const { acceptedAt, ...challenge } = one.challenge;
  assert.deepEqual(challenge, {
    id: confidentialId,
    title: WITHHELD.nl,
    organisation: null,
    accepted: true,
    readable: false,
  });
  assert.ok(acceptedAt, 'asking for the introduction was the care home’s acceptance');
  // Neither the reasons nor what accepting shares, nor anything else of the record, names the care home.
  assert.ok(!JSON.stringify(one).includes('WZC De Linde') && !JSON.stringify(one).includes(MARKER));
  assert.equal(one.solution.readable, true);
  const listed = (await api(`/api/v1/matches?solutionId=${solutionId}`, w.provider)).json();
  assert.deepEqual(
    listed.items.map((m: { challenge: { title: string } }) => m.challenge.title),
    [WITHHELD.nl],
  );
  for (const url of [`/matches/${matchId}`, `/solutions/${solutionId}`]) {
    const body = (await page(url, w.provider)).body;
    assert.ok(!body.includes(MARKER), url);
    assert.ok(body.includes(WITHHELD.nl), url);
  }
  // The care home's public challenge may be listed on the solution page; the match page names no organisation.
  assert.ok(!(await page(`/matches/${matchId}`, w.provider)).body.includes('WZC De Linde'));
  assert.ok((await page(`/matches/${matchId}?lang=fr`, w.provider)).body.includes(WITHHELD.fr));
  assert.equal(
    (
      await w.h.app.inject({
        url: `/api/v1/matches/${matchId}`,
        headers: { ...w.provider.auth, 'accept-language': 'en' },
      })
    ).json().challenge.title,
    WITHHELD.en,
  );
  const forOwner = (await api(`/api/v1/matches/${matchId}`, w.careHome)).json();
  assert.equal(forOwner.challenge.title, `${MARKER} tegen eenzaamheid`);
  assert.equal(forOwner.challenge.organisation, 'WZC De Linde');
  assert.ok((await page(`/matches/${matchId}`, w.careHome)).body.includes(MARKER));
});

test('the other side’s people stay unnamed in the timeline until both sides accepted', async () => {
  const { matchId } = await requested(w.challengeId);
  const before = (await api(`/api/v1/matches/${matchId}`, w.provider)).json();
  assert.deepEqual(
    before.timeline.map((e: { action: string; actor: string | null; by: string }) => [e.action, e.actor, e.by]),
    [['request', null, 'challenge']],
  );
  assert.ok(!(await page(`/matches/${matchId}`, w.provider)).body.includes('Griet Eigenaar'));
  assert.equal((await api(`/api/v1/matches/${matchId}`, w.careHome)).json().timeline[0].actor, 'Griet Eigenaar');
  const accepted = (await api(`/api/v1/matches/${matchId}/decision`, w.provider, { decision: 'accept' })).json();
  assert.equal(accepted.status, 'accepted');
  assert.deepEqual(
    accepted.timeline.map((e: { actor: string | null }) => e.actor),
    ['Griet Eigenaar', 'Piet Aanbieder'],
  );
  assert.ok((await page(`/matches/${matchId}`, w.provider)).body.includes('Griet Eigenaar'));
});

test('an application’s author stays unnamed to the challenge owner until the owner accepts', async () => {
  const solutionId = await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({ title: `Beeldbellen ${Math.random()}` }),
  );
  const matchId = (
    await api('/api/v1/matches/applications', w.provider, { challengeId: w.challengeId, solutionId })
  ).json().id;
  assert.deepEqual(
    (await api(`/api/v1/matches/${matchId}`, w.careHome))
      .json()
      .timeline.map((e: { actor: string | null; by: string }) => [e.actor, e.by]),
    [[null, 'solution']],
  );
  assert.ok(!(await page(`/matches/${matchId}`, w.careHome)).body.includes('Piet Aanbieder'));
});

test('engine suggestions are credited to the platform, not to whoever opened the page', async () => {
  const challengeId = await publish(
    w.h,
    'challenges',
    w.careHome,
    w.ambassador,
    challengeInput({ title: 'Videobellen met familie op de tablet' }),
  );
  assert.equal((await page(`/challenges/${challengeId}`, w.careHome)).statusCode, 200);
  const suggested = await w.h.db
    .selectFrom('matches')
    .select(['id', 'created_by'])
    .where('challenge_id', '=', challengeId)
    .where('origin', '=', 'engine')
    .execute();
  assert.ok(suggested.length > 0);
  assert.deepEqual(
    suggested.map((m) => m.created_by),
    suggested.map(() => null),
  );
  const events = await w.h.db
    .selectFrom('match_events')
    .select('actor_id')
    .where(
      'match_id',
      'in',
      suggested.map((m) => m.id),
    )
    .execute();
  assert.deepEqual(
    events.map((e) => e.actor_id),
    suggested.map(() => null),
  );
  const matchId = suggested[0]!.id;
  const record = (await api(`/api/v1/matches/${matchId}`, w.provider)).json();
  assert.deepEqual(
    record.timeline.map((e: { action: string; actor: string | null; by: string }) => [e.action, e.actor, e.by]),
    [['engine', null, 'platform']],
  );
  const body = (await page(`/matches/${matchId}`, w.provider)).body;
  assert.ok(!body.includes('Griet Eigenaar'));
  assert.ok(body.includes('het platform'));
});

test('migration 0016 credits old engine suggestions to the platform and records for which side each old step was taken', async () => {
  const { matchId } = await requested(w.challengeId);
  await api(`/api/v1/matches/${matchId}/decision`, w.provider, { decision: 'accept' });
  const engine = await w.h.db
    .selectFrom('match_events')
    .select('match_id')
    .where('action', '=', 'engine')
    .executeTakeFirstOrThrow();
  await w.h.db.updateTable('match_events').set({ actor_id: w.careHome.id }).where('action', '=', 'engine').execute();
  await sql`UPDATE match_events SET actor_side = NULL`.execute(w.h.db);
  for (const statement of visibleReferences.filter((s) => /^UPDATE (match_events|matches)/.test(s)))
    await sql.raw(statement).execute(w.h.db);
  const sides = await w.h.db
    .selectFrom('match_events')
    .select(['action', 'actor_id', 'actor_side'])
    .where('match_id', 'in', [matchId, engine.match_id])
    .orderBy('id')
    .execute();
  assert.deepEqual(
    sides.filter((e) => e.action !== 'engine').map((e) => [e.action, e.actor_side]),
    [
      ['request', 'challenge'],
      ['accepted', 'solution'],
    ],
  );
  assert.ok(sides.filter((e) => e.action === 'engine').every((e) => e.actor_id === null && e.actor_side === null));
});
