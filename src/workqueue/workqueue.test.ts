import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness,
  createOrganisation,
  createPerson,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { challengeInput, solutionInput } from '../test-support/items.ts';
import { publish } from '../test-support/matches-world.ts';

const DAY = 86_400_000;
const now = new Date('2026-06-01T10:00:00Z');
let h: Harness;
let careAmbassador: TestPerson;
let skillsAmbassador: TestPerson;
let member: TestPerson;
const ids = {} as Record<'recent' | 'old' | 'offer' | 'skills' | 'later' | 'soon' | 'solution' | 'match', string>;

async function submitted(
  who: TestPerson,
  kind: 'challenges' | 'solutions',
  input: Record<string, unknown>,
  daysAgo: number,
): Promise<string> {
  const id = (await h.app.inject({ method: 'POST', url: `/api/v1/${kind}`, headers: who.auth, payload: input })).json()
    .id;
  await h.app.inject({
    method: 'POST',
    url: `/api/v1/${kind}/${id}/transitions`,
    headers: who.auth,
    payload: { action: 'submit' },
  });
  await h.db
    .updateTable(kind)
    .set({ submitted_at: new Date(now.getTime() - daysAgo * DAY) })
    .where('id', '=', id)
    .execute();
  return id;
}

before(async () => {
  h = await startHarness();
  h.services.now = () => now;
  careAmbassador = await createPerson(h.db, 'ambassador', undefined, [5]);
  skillsAmbassador = await createPerson(h.db, 'ambassador', undefined, [1]);
  member = await createPerson(h.db, 'member', await createOrganisation(h.db, 'WZC Werkvoorraad'));
  const provider = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Aanbieder Werkvoorraad'));
  ids.recent = await submitted(member, 'challenges', challengeInput({ title: 'Recent ingediend', spearheads: [5] }), 2);
  ids.old = await submitted(
    member,
    'challenges',
    challengeInput({ title: 'Lang geleden ingediend', spearheads: [5, 9] }),
    10,
  );
  ids.offer = await submitted(
    provider,
    'solutions',
    solutionInput({ title: 'Ingediende oplossing', spearheads: [5] }),
    1,
  );
  ids.skills = await submitted(
    member,
    'challenges',
    challengeInput({ title: 'Digitale vaardigheden', spearheads: [1] }),
    3,
  );
  ids.later = await publish(
    h,
    'challenges',
    member,
    careAmbassador,
    challengeInput({ title: 'Verloopt later', spearheads: [5] }),
  );
  ids.soon = await publish(
    h,
    'challenges',
    member,
    careAmbassador,
    challengeInput({ title: 'Verloopt binnenkort', spearheads: [5] }),
  );
  ids.solution = await publish(h, 'solutions', provider, careAmbassador, solutionInput({ spearheads: [5] }));
  await h.db
    .updateTable('challenges')
    .set({ expires_at: new Date(now.getTime() + 100 * DAY) })
    .where('id', '=', ids.later)
    .execute();
  await h.db
    .updateTable('challenges')
    .set({ expires_at: new Date(now.getTime() + 5 * DAY) })
    .where('id', '=', ids.soon)
    .execute();
  ids.match = (
    await h.app.inject({
      method: 'POST',
      url: '/api/v1/matches/proposals',
      headers: careAmbassador.auth,
      payload: { challengeId: ids.later, solutionId: ids.solution },
    })
  ).json().id;
  await h.db
    .updateTable('matches')
    .set({ updated_at: new Date(now.getTime() - 3 * DAY) })
    .where('id', '=', ids.match)
    .execute();
});
after(() => h.close());

const queueOf = async (who: TestPerson) =>
  (await h.app.inject({ url: '/api/v1/work-queue', headers: who.auth })).json();
const titles = (entries: { title: string }[]) => entries.map((e) => e.title);

test('the work queue lists an ambassador’s spearheads’ work, each section soonest deadline first', async () => {
  const queue = await queueOf(careAmbassador);
  assert.deepEqual(titles(queue.sections.review), [
    'Lang geleden ingediend',
    'Recent ingediend',
    'Ingediende oplossing',
  ]);
  assert.equal(queue.sections.review[0].deadline, new Date(now.getTime() - 3 * DAY).toISOString());
  assert.deepEqual(titles(queue.sections.unmatched), ['Verloopt binnenkort', 'Verloopt later']);
  assert.deepEqual(
    queue.sections.waiting.map((e: { id: string; deadline: string }) => [e.id, e.deadline]),
    [[ids.match, new Date(now.getTime() + 27 * DAY).toISOString()]],
  );
  assert.deepEqual(titles(queue.sections.expiring), ['Verloopt binnenkort']);
  assert.deepEqual(queue.bySpearhead, [{ spearhead: 5, review: 3, changed: 0, unmatched: 2, waiting: 1, expiring: 1 }]);
});

test('another ambassador sees only their own spearhead’s work', async () => {
  const queue = await queueOf(skillsAmbassador);
  assert.deepEqual(titles(queue.sections.review), ['Digitale vaardigheden']);
  assert.deepEqual(queue.bySpearhead, [{ spearhead: 1, review: 1, changed: 0, unmatched: 0, waiting: 0, expiring: 0 }]);
});

test('an accepted match takes a challenge out of the unmatched list', async () => {
  await h.db.updateTable('matches').set({ status: 'accepted' }).where('id', '=', ids.match).execute();
  const queue = await queueOf(careAmbassador);
  assert.deepEqual(titles(queue.sections.unmatched), ['Verloopt binnenkort']);
  assert.equal(queue.sections.waiting.length, 0);
  await h.db
    .updateTable('matches')
    .set({ status: 'proposed', updated_at: new Date(now.getTime() - 3 * DAY) })
    .where('id', '=', ids.match)
    .execute();
});

test('the work queue page shows the counts table and marks overdue entries in words; members are refused', async () => {
  const page = await h.app.inject({ url: '/work-queue', cookies: { hd_session: careAmbassador.token } });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<th scope="row">[^<]*<\/th><td>3<\/td><td>0<\/td><td>2<\/td><td>1<\/td><td>1<\/td>/);
  assert.match(page.body, /Te beoordelen \(3\)/);
  assert.ok(page.body.indexOf('Lang geleden ingediend') < page.body.indexOf('Recent ingediend'));
  assert.match(page.body, /te laat sinds 29 mei 2026/);
  assert.equal((await h.app.inject({ url: '/work-queue', cookies: { hd_session: member.token } })).statusCode, 403);
  assert.equal((await h.app.inject({ url: '/api/v1/work-queue', headers: member.auth })).statusCode, 403);
});
