import { test } from 'node:test';
import assert from 'node:assert/strict';
import { availableActions, nextStatus } from './lifecycle.ts';

test('an owner submits a draft challenge for review', () => {
  assert.equal(nextStatus('challenge', 'submit', 'draft', ['owner']), 'submitted');
});

test('only an ambassador publishes or sends back a submitted challenge', () => {
  assert.equal(nextStatus('challenge', 'publish', 'submitted', ['owner']), null);
  assert.equal(nextStatus('challenge', 'publish', 'submitted', ['ambassador']), 'published');
  assert.equal(nextStatus('challenge', 'send_back', 'submitted', ['ambassador']), 'sent_back');
});

test('a sent-back challenge can be submitted again after editing', () => {
  assert.equal(nextStatus('challenge', 'submit', 'sent_back', ['owner']), 'submitted');
});

test('a draft cannot be published without review', () => {
  assert.equal(nextStatus('challenge', 'publish', 'draft', ['ambassador', 'owner']), null);
});

test('an expired challenge is renewed back to published', () => {
  assert.equal(nextStatus('challenge', 'renew', 'expired', ['owner']), 'published');
});

test('only the platform lets a challenge expire', () => {
  assert.equal(nextStatus('challenge', 'expire', 'published', ['owner', 'ambassador']), null);
  assert.equal(nextStatus('challenge', 'expire', 'published', ['system']), 'expired');
});

test('a solved challenge accepts no further action', () => {
  assert.deepEqual(availableActions('challenge', 'solved', ['owner', 'ambassador']), []);
});

test('solutions are archived and can be resubmitted from the archive', () => {
  assert.equal(nextStatus('solution', 'archive', 'published', ['owner']), 'archived');
  assert.equal(nextStatus('solution', 'submit', 'archived', ['owner']), 'submitted');
});

test('solutions have no challenge-only actions', () => {
  assert.equal(nextStatus('solution', 'solve', 'published', ['owner']), null);
});

test('the actions offered to an owner of a published challenge', () => {
  assert.deepEqual(availableActions('challenge', 'published', ['owner']), ['start', 'close', 'renew']);
});
