// The response rules on their own: who may respond to a call, and who reads a response when — sealed to
// the responding organisation until the deadline, then also the panel members who declared no conflict,
// for submitted responses only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Viewer } from '../shared/viewer.ts';
import { canReadResponse, canRespond, type GuardedCallWithResponses } from './permissions.ts';

const deadline = new Date('2027-03-18T16:00:00Z');
const before = new Date('2027-03-18T15:59:59Z');
const after = new Date('2027-03-18T16:00:00Z');

const person = (id: string, organisationIds: string[], role: Viewer['role'] = 'member'): Viewer => ({
  id,
  email: `${id}@example.org`,
  displayName: id,
  role,
  locale: 'nl',
  emailVerified: true,
  organisationIds,
  spearheads: [],
  sessionId: 's',
});

const call = (over: Partial<GuardedCallWithResponses> = {}): GuardedCallWithResponses => ({
  status: 'open',
  draftedBy: 'owner',
  challenge: {
    kind: 'challenge',
    organisationId: 'care',
    classification: 'public',
    status: 'published',
    spearheads: [5],
  },
  responsesUntil: deadline,
  panel: [
    { personId: 'judge', conflict: 'none' },
    { personId: 'excused', conflict: 'conflict' },
    { personId: 'undeclared', conflict: null },
  ],
  ...over,
});

const provider = person('provider', ['maker']);
const owner = person('owner', ['care']);

test('a verified member of another organisation than the challenge’s responds to an open call before its deadline', () => {
  assert.ok(canRespond(provider, call(), before));
  assert.ok(!canRespond(provider, call(), after), 'not at the deadline');
  assert.ok(!canRespond(owner, call(), before), 'not the challenge’s organisation');
  assert.ok(!canRespond({ ...provider, emailVerified: false }, call(), before), 'not unverified');
  assert.ok(!canRespond(person('amb', [], 'ambassador'), call(), before), 'not without an organisation');
  assert.ok(!canRespond(null, call(), before));
  assert.ok(!canRespond(provider, call({ status: 'submitted' }), before), 'not a call still in review');
  const confidential = call({ challenge: { ...call().challenge, classification: 'confidential' } });
  assert.ok(!canRespond(provider, confidential, before), 'not on a challenge they may not read');
});

test('a response is sealed to its organisation until the deadline, then read by the panel without conflict if submitted', () => {
  const submitted = { organisationId: 'maker', status: 'submitted' as const };
  for (const status of ['draft', 'submitted', 'withdrawn'] as const)
    for (const now of [before, after]) assert.ok(canReadResponse(provider, call(), { ...submitted, status }, now));
  const others = [owner, person('judge', ['care']), person('amb', [], 'ambassador'), person('admin', [], 'admin')];
  for (const viewer of [...others, person('rival', ['rival']), null])
    assert.ok(!canReadResponse(viewer, call(), submitted, before), `${viewer?.id ?? 'visitor'} before the deadline`);
  assert.ok(canReadResponse(person('judge', ['care']), call(), submitted, after));
  assert.ok(!canReadResponse(person('judge', ['care']), call(), { ...submitted, status: 'draft' }, after));
  assert.ok(!canReadResponse(person('judge', ['care']), call(), { ...submitted, status: 'withdrawn' }, after));
  for (const id of ['excused', 'undeclared', 'admin', 'owner'])
    assert.ok(
      !canReadResponse(person(id, ['care'], id === 'admin' ? 'admin' : 'member'), call(), submitted, after),
      id,
    );
});
