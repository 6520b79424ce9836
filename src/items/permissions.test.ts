import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Viewer } from '../shared/viewer.ts';
import {
  actorsFor,
  canCreateItemFor,
  canEditItem,
  canReadItem,
  classificationAllows,
  curatesItem,
  type GuardedItem,
} from './permissions.ts';

function viewer(overrides: Partial<Viewer> = {}): Viewer {
  return {
    id: 'p1',
    email: 'p@x.example',
    displayName: 'P',
    role: 'member',
    locale: 'nl',
    emailVerified: true,
    organisationIds: ['org-a'],
    spearheads: [],
    sessionId: 's',
    ...overrides,
  };
}

function item(overrides: Partial<GuardedItem> = {}): GuardedItem {
  return {
    kind: 'challenge',
    organisationId: 'org-b',
    classification: 'public',
    status: 'published',
    spearheads: [5],
    ...overrides,
  };
}

test('a visitor reads a published public challenge', () => {
  assert.equal(canReadItem(null, item()), true);
});

test('a visitor cannot read an internal challenge, a verified member can', () => {
  assert.equal(canReadItem(null, item({ classification: 'internal' })), false);
  assert.equal(canReadItem(viewer(), item({ classification: 'internal' })), true);
  assert.equal(classificationAllows(viewer({ emailVerified: false }), item({ classification: 'internal' })), false);
});

test('a confidential challenge is readable by its organisation and its ambassadors only', () => {
  const confidential = item({ classification: 'confidential' });
  assert.equal(canReadItem(viewer(), confidential), false);
  assert.equal(canReadItem(viewer({ organisationIds: ['org-b'] }), confidential), true);
  assert.equal(canReadItem(viewer({ role: 'ambassador', spearheads: [5] }), confidential), true);
  assert.equal(canReadItem(viewer({ role: 'ambassador', spearheads: [2] }), confidential), false);
});

test('a draft is visible to its own organisation only', () => {
  const draft = item({ status: 'draft' });
  assert.equal(canReadItem(viewer(), draft), false);
  assert.equal(canReadItem(viewer({ role: 'ambassador' }), draft), false);
  assert.equal(canReadItem(viewer({ organisationIds: ['org-b'] }), draft), true);
  assert.equal(canReadItem(viewer({ role: 'admin', organisationIds: [] }), draft), true);
});

test('a submitted item is visible to the ambassadors who curate its spearheads', () => {
  const submitted = item({ status: 'submitted' });
  assert.equal(canReadItem(viewer({ role: 'ambassador', spearheads: [5] }), submitted), true);
  assert.equal(canReadItem(viewer({ role: 'ambassador', spearheads: [1] }), submitted), false);
  assert.equal(canReadItem(viewer(), submitted), false);
});

test('an ambassador without assigned spearheads curates every domain', () => {
  assert.equal(curatesItem(viewer({ role: 'ambassador', spearheads: [] }), item()), true);
});

test('an ambassador curates a challenge assigned to them outside their spearheads', () => {
  assert.equal(
    curatesItem(viewer({ role: 'ambassador', spearheads: [1] }), item({ assignedAmbassadorId: 'p1' })),
    true,
  );
});

test('only the owning organisation edits a draft; a solved challenge is no longer edited', () => {
  assert.equal(canEditItem(viewer(), item({ status: 'draft' })), false);
  assert.equal(canEditItem(viewer({ organisationIds: ['org-b'] }), item({ status: 'draft' })), true);
  assert.equal(canEditItem(viewer({ organisationIds: ['org-b'] }), item({ status: 'solved' })), false);
});

test('a member posts only for an organisation they belong to, after verifying their e-mail', () => {
  assert.equal(canCreateItemFor(viewer(), 'org-a'), true);
  assert.equal(canCreateItemFor(viewer(), 'org-b'), false);
  assert.equal(canCreateItemFor(viewer({ emailVerified: false }), 'org-a'), false);
  assert.equal(canCreateItemFor(null, 'org-a'), false);
});

test('the roles a viewer plays toward an item decide the actions open to them', () => {
  assert.deepEqual(actorsFor(viewer({ organisationIds: ['org-b'] }), item()), ['owner']);
  assert.deepEqual(actorsFor(viewer({ role: 'ambassador' }), item()), ['ambassador']);
  assert.deepEqual(actorsFor(viewer(), item()), []);
});
