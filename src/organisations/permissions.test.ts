import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Viewer } from '../accounts/viewer.ts';
import { canChangeEnterpriseNumber, canManageOrganisation, canVerifyOrganisation, keepsVerificationOnRename } from './permissions.ts';

function viewer(role: Viewer['role'], organisationIds: string[] = []): Viewer {
  return { id: 'p1', email: 'p@x.be', displayName: 'P', role, locale: 'nl', emailVerified: true, organisationIds, spearheads: [], sessionId: 's' };
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

  test('only admins verify organisations, change enterprise numbers and rename without losing verification', () => {
    for (const check of [canVerifyOrganisation, canChangeEnterpriseNumber, keepsVerificationOnRename]) {
      assert.equal(check(viewer('admin')), true);
      assert.equal(check(viewer('ambassador')), false);
      assert.equal(check(viewer('member', ['o1'])), false);
      assert.equal(check(null), false);
    }
  });
});
