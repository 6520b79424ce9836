// Changes to a published item by its owner stay online but wait for the curating ambassador's
// check: in the work queue and on the item's page, with the changed fields before and after.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness,
  createOrganisation,
  createPerson,
  formSession,
  json,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { challengeInput, solutionInput } from '../test-support/items.ts';
import { publish } from '../test-support/matches-world.ts';

let h: Harness;
let curator: TestPerson;
let otherAmbassador: TestPerson;
let owner: TestPerson;
let stranger: TestPerson;
let challengeId: string;
let solutionId: string;

interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}
interface Entry {
  kind: string;
  id: string;
  title: string;
  href: string;
  deadline: string | null;
  changes?: FieldChange[];
}
interface Queue {
  sections: Record<string, Entry[]>;
  bySpearhead: Record<string, number | null>[];
}

before(async () => {
  h = await startHarness();
  curator = await createPerson(h.db, 'ambassador', undefined, [5]);
  otherAmbassador = await createPerson(h.db, 'ambassador', undefined, [1]);
  owner = await createPerson(h.db, 'member', await createOrganisation(h.db, 'WZC Wijzigingen'));
  stranger = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Elders vzw'));
  challengeId = await publish(
    h,
    'challenges',
    owner,
    curator,
    challengeInput({ title: 'Titel zoals beoordeeld', spearheads: [5] }),
  );
  solutionId = await publish(
    h,
    'solutions',
    owner,
    curator,
    solutionInput({ spearheads: [5], technologies: ['tablet'] }),
  );
});
after(() => h.close());

const queueOf = async (who: TestPerson): Promise<Queue> =>
  json<Queue>(await h.app.inject({ url: '/api/v1/work-queue', headers: who.auth }));
const patch = (who: TestPerson, kind: 'challenges' | 'solutions', id: string, payload: Record<string, unknown>) =>
  h.app.inject({ method: 'PATCH', url: `/api/v1/${kind}/${id}`, headers: who.auth, payload });

test('an owner’s change to a published challenge’s title waits in the curating ambassador’s work queue with before and after, and the challenge stays online', async () => {
  assert.equal(
    (await patch(owner, 'challenges', challengeId, { title: 'Titel na publicatie gewijzigd' })).statusCode,
    200,
  );
  const queue = await queueOf(curator);
  const entry = queue.sections.changed?.find((e) => e.id === challengeId);
  assert.equal(entry?.kind, 'challenge');
  assert.equal(entry?.href, `/challenges/${challengeId}#changes`);
  assert.deepEqual(entry?.changes, [
    { field: 'title', before: 'Titel zoals beoordeeld', after: 'Titel na publicatie gewijzigd' },
  ]);
  assert.deepEqual(
    queue.bySpearhead.map((row) => [row.spearhead, row.changed]),
    [[5, 1]],
  );
  const online = json<{ title: string; status: string }>(
    await h.app.inject({ url: `/api/v1/challenges/${challengeId}` }),
  );
  assert.deepEqual([online.title, online.status], ['Titel na publicatie gewijzigd', 'published']);
  const page = await h.app.inject({ url: '/work-queue', cookies: { hd_session: curator.token } });
  assert.match(page.body, /Gewijzigd na publicatie \(1\)/);
  assert.match(page.body, /Titel: <del>Titel zoals beoordeeld<\/del> → <ins>Titel na publicatie gewijzigd<\/ins>/);
  const changes = await h.app.inject({ url: `/api/v1/challenges/${challengeId}/changes`, headers: curator.auth });
  assert.equal(changes.statusCode, 200, changes.body);
  assert.deepEqual(json<{ fields: FieldChange[] }>(changes).fields, entry?.changes);
});

test('another spearhead’s ambassador and members neither see nor check the changes', async () => {
  assert.equal((await queueOf(otherAmbassador)).sections.changed?.length, 0);
  for (const who of [otherAmbassador, owner, stranger]) {
    assert.notEqual(
      (await h.app.inject({ url: `/api/v1/challenges/${challengeId}/changes`, headers: who.auth })).statusCode,
      200,
    );
    assert.notEqual(
      (
        await h.app.inject({
          method: 'POST',
          url: `/api/v1/challenges/${challengeId}/changes/checked`,
          headers: who.auth,
        })
      ).statusCode,
      200,
    );
  }
  assert.equal((await queueOf(curator)).sections.changed?.length, 1);
});

test('the challenge’s page shows the curator the changed fields before and after with a “checked” action, and checking takes it off the queue, audited', async () => {
  const page = await h.app.inject({ url: `/challenges/${challengeId}`, cookies: { hd_session: curator.token } });
  assert.match(page.body, /<section id="changes"/);
  assert.match(
    page.body,
    /<th scope="row">Titel<\/th><td>Titel zoals beoordeeld<\/td><td>Titel na publicatie gewijzigd<\/td>/,
  );
  assert.match(page.body, new RegExp(`action="/challenges/${challengeId}/changes/checked"`));
  assert.doesNotMatch(
    (await h.app.inject({ url: `/challenges/${challengeId}`, cookies: { hd_session: owner.token } })).body,
    /<section id="changes"/,
  );
  const session = await formSession(h.app, `/challenges/${challengeId}`, curator.token);
  const checked = await h.app.inject({
    method: 'POST',
    url: `/challenges/${challengeId}/changes/checked`,
    cookies: session.cookies,
    payload: { _csrf: session.csrf },
  });
  assert.equal(checked.statusCode, 303);
  assert.equal(checked.headers.location, `/challenges/${challengeId}`);
  assert.equal((await queueOf(curator)).sections.changed?.length, 0);
  assert.doesNotMatch(
    (await h.app.inject({ url: `/challenges/${challengeId}`, cookies: { hd_session: curator.token } })).body,
    /<section id="changes"/,
  );
  const events = await h.db
    .selectFrom('audit_events')
    .select(['action', 'actor_id'])
    .where('object_id', '=', challengeId)
    .where('action', 'in', ['challenge.updated', 'challenge.changes_checked'])
    .orderBy('id')
    .execute();
  assert.deepEqual(events, [
    { action: 'challenge.updated', actor_id: owner.id },
    { action: 'challenge.changes_checked', actor_id: curator.id },
  ]);
});

test('the curator’s own edit of a published item, and an owner’s edit of a draft, are not queued', async () => {
  assert.equal(
    (
      await patch(curator, 'challenges', challengeId, {
        description: 'Door de ambassadeur verduidelijkte beschrijving van de uitdaging, lang genoeg.',
      })
    ).statusCode,
    200,
  );
  const draft = json<{ id: string }>(
    await h.app.inject({
      method: 'POST',
      url: '/api/v1/challenges',
      headers: owner.auth,
      payload: challengeInput({ spearheads: [5] }),
    }),
  );
  assert.equal((await patch(owner, 'challenges', draft.id, { title: 'Kladversie aangepast' })).statusCode, 200);
  assert.equal(
    (await patch(owner, 'challenges', challengeId, { title: 'Titel na publicatie gewijzigd' })).statusCode,
    200,
  );
  assert.deepEqual((await queueOf(curator)).sections.changed, []);
});

test('an owner’s change to a published solution is queued with every changed field, and the API checks it', async () => {
  assert.equal(
    (
      await patch(owner, 'solutions', solutionId, {
        technologies: ['tablet', 'AI'],
        trl: 7,
        title: 'Beeldbellen voor ouderen',
      })
    ).statusCode,
    200,
  );
  const entry = (await queueOf(curator)).sections.changed?.find((e) => e.id === solutionId);
  assert.deepEqual(entry?.changes, [
    { field: 'title', before: 'Beeldbellen voor zorg voor ouderen', after: 'Beeldbellen voor ouderen' },
    { field: 'technologies', before: ['tablet'], after: ['tablet', 'AI'] },
    { field: 'trl', before: 9, after: 7 },
  ]);
  const checked = await h.app.inject({
    method: 'POST',
    url: `/api/v1/solutions/${solutionId}/changes/checked`,
    headers: curator.auth,
  });
  assert.equal(checked.statusCode, 200, checked.body);
  assert.deepEqual(json(checked), { checked: 1 });
  assert.deepEqual((await queueOf(curator)).sections.changed, []);
});

test('item pages tell everyone who may read the item when its content last changed', async () => {
  for (const url of [`/challenges/${challengeId}`, `/solutions/${solutionId}`]) {
    const page = await h.app.inject({ url });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<dt>Laatst gewijzigd op<\/dt>\s*<dd>\d{1,2} \w+ \d{4}<\/dd>/, url);
  }
  const fresh = await publish(h, 'challenges', owner, curator, challengeInput({ spearheads: [5] }));
  assert.doesNotMatch((await h.app.inject({ url: `/challenges/${fresh}` })).body, /Laatst gewijzigd op/);
});
