// Submitted open calls wait on the ambassadors who curate their challenge: on /review, in the work queue
// and by notification; the owner hears when the call is opened or returned; and an ambassador never
// approves a call they drafted themselves (four eyes), while another curator or an admin may.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startWorld, type World } from '../test-support/matches-world.ts';
import { createPerson, type TestPerson } from '../test-support/harness.ts';
import { callInput } from '../calls/test-fixtures.ts';

let w: World;
let secondCurator: TestPerson;
let admin: TestPerson;
let curatorOfAll: TestPerson;
before(async () => {
  w = await startWorld();
  secondCurator = await createPerson(w.h.db, 'ambassador', undefined, [5]);
  admin = await createPerson(w.h.db, 'admin');
  curatorOfAll = await createPerson(w.h.db, 'ambassador');
});
after(() => w.h.close());

const post = (url: string, who: TestPerson, payload?: object) =>
  w.h.app.inject({ method: 'POST', url, headers: who.auth, ...(payload ? { payload } : {}) });
const get = (url: string, who: TestPerson) => w.h.app.inject({ url, headers: who.auth });
const kindsFor = async (who: TestPerson) =>
  (await w.h.db.selectFrom('notifications').select('kind').where('person_id', '=', who.id).execute()).map(
    (n) => n.kind,
  );

async function submittedCall(drafter: TestPerson): Promise<string> {
  const created = await post('/api/v1/calls', drafter, callInput(w.challengeId));
  assert.equal(created.statusCode, 201, created.body);
  const id = created.json().id as string;
  assert.equal((await post(`/api/v1/calls/${id}/submission`, drafter)).statusCode, 200);
  return id;
}

test('a submitted call waits on its curators on /review and in the work queue, notified; the owner hears the outcome', async () => {
  // Unassigned, the challenge is curated by the ambassadors of its spearheads and those of all spearheads.
  await w.h.db
    .updateTable('challenges')
    .set({ assigned_ambassador_id: null })
    .where('id', '=', w.challengeId)
    .execute();
  const id = await submittedCall(w.careHome);
  await w.h.services.events.settled();
  assert.ok((await kindsFor(w.ambassador)).includes('call_submitted'), 'a curating ambassador is told');
  assert.ok((await kindsFor(curatorOfAll)).includes('call_submitted'), 'so is one without spearheads (curates all)');
  assert.ok(!(await kindsFor(w.otherAmbassador)).includes('call_submitted'), 'another spearhead’s is not');
  const review = await get('/review', w.ambassador);
  assert.equal(review.statusCode, 200);
  assert.match(review.body, new RegExp(`href="/calls/${id}"`));
  assert.doesNotMatch((await get('/review', w.otherAmbassador)).body, new RegExp(`/calls/${id}`));
  const queue = (await get('/api/v1/work-queue', w.ambassador)).json();
  const entry = queue.sections.review.find((e: { id: string }) => e.id === id);
  assert.equal(entry.kind, 'call');
  assert.equal(entry.href, `/calls/${id}`);
  assert.ok(entry.deadline, 'due some days after submission');
  assert.match((await get('/work-queue', w.ambassador)).body, new RegExp(`/calls/${id}`));
  const elsewhere = (await get('/api/v1/work-queue', w.otherAmbassador)).json();
  assert.ok(!elsewhere.sections.review.some((e: { id: string }) => e.id === id));

  const returned = await post(`/api/v1/calls/${id}/review`, w.ambassador, { decision: 'return', reason: 'Te vaag.' });
  assert.equal(returned.statusCode, 200);
  assert.ok((await kindsFor(w.careHome)).includes('call_returned'), 'the owner hears it was returned');
  await post(`/api/v1/calls/${id}/submission`, w.careHome);
  assert.equal((await post(`/api/v1/calls/${id}/review`, w.ambassador, { decision: 'approve' })).statusCode, 200);
  assert.ok((await kindsFor(w.careHome)).includes('call_approved'), 'the owner hears it is open');
  const after = (await get('/api/v1/work-queue', w.ambassador)).json();
  assert.ok(!after.sections.review.some((e: { id: string }) => e.id === id), 'an open call no longer waits');
  const inbox = await get('/notifications', w.careHome);
  assert.match(inbox.body, /open/i);
});

test('an ambassador may not approve a call they drafted; another curator or an admin may', async () => {
  const own = await submittedCall(w.ambassador);
  const ownPage = (await get(`/calls/${own}`, w.ambassador)).body;
  assert.match(ownPage, /value="return"/, 'the drafter may still return it');
  assert.doesNotMatch(ownPage, /value="approve"/, 'the page offers the drafter no approval');
  assert.match((await get(`/calls/${own}`, secondCurator)).body, /value="approve"/);
  const refused = await post(`/api/v1/calls/${own}/review`, w.ambassador, { decision: 'approve' });
  assert.equal(refused.statusCode, 403);
  assert.equal(refused.json().error.id, 'own_call');
  assert.match(refused.json().error.message, /\S/);
  assert.equal((await get(`/api/v1/calls/${own}`, w.ambassador)).json().status, 'submitted', 'nothing changed');
  const approved = await post(`/api/v1/calls/${own}/review`, secondCurator, { decision: 'approve' });
  assert.equal(approved.statusCode, 200);
  assert.equal(approved.json().status, 'open');

  const another = await submittedCall(w.ambassador);
  assert.equal((await post(`/api/v1/calls/${another}/review`, admin, { decision: 'approve' })).statusCode, 200);
});
