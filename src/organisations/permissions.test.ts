import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Viewer } from '../shared/viewer.ts';
import {
  canChangeEnterpriseNumber,
  canManageMembers,
  canManageOrganisation,
  canVerifyOrganisation,
  keepsVerificationOnIdentityChange,
  mayRemoveLastMember,
} from './permissions.ts';

function viewer(role: Viewer['role'], organisationIds: string[] = [], emailVerified = true): Viewer {
  return {
    id: 'p1',
    email: 'p@x.be',
    displayName: 'P',
    role,
    locale: 'nl',
    emailVerified,
    organisationIds,
    spearheads: [],
    sessionId: 's',
  };
}

describe('organisation permissions', () => {
  test('a member manages their own organisation but not another one', () => {
    assert.equal(canManageOrganisation(viewer('member', ['o1']), 'o1'), true);
    assert.equal(canManageOrganisation(viewer('member', ['o1']), 'o2'), false);
  });

  test('an admin manages every organisation; a visitor none', () => {
    assert.equal(canManageOrganisation(viewer('admin'), 'o2'), true);
    assert.equal(canManageOrganisation(null, 'o1'), false);
  });

  test('an ambassador does not manage organisations they are not a member of', () => {
    assert.equal(canManageOrganisation(viewer('ambassador'), 'o1'), false);
  });

  test('only admins verify organisations, change enterprise numbers, change identity fields without losing verification and remove a last member', () => {
    for (const check of [
      canVerifyOrganisation,
      canChangeEnterpriseNumber,
      keepsVerificationOnIdentityChange,
      mayRemoveLastMember,
    ]) {
      assert.equal(check(viewer('admin')), true);
      assert.equal(check(viewer('ambassador')), false);
      assert.equal(check(viewer('member', ['o1'])), false);
      assert.equal(check(null), false);
    }
  });

  test('members with a confirmed e-mail address, ambassadors and admins manage the members; nobody else', () => {
    assert.equal(canManageMembers(viewer('member', ['o1']), 'o1'), true);
    assert.equal(canManageMembers(viewer('member', ['o1'], false), 'o1'), false);
    assert.equal(canManageMembers(viewer('member', ['o2']), 'o1'), false);
    assert.equal(canManageMembers(viewer('ambassador'), 'o1'), true);
    assert.equal(canManageMembers(viewer('admin'), 'o1'), true);
    assert.equal(canManageMembers(null, 'o1'), false);
  });
});
