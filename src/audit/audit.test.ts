import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { recordAudit } from './repository.ts';
import { startHarness, createPerson, type Harness, type TestPerson } from '../test-support/harness.ts';

let h: Harness;
let admin: TestPerson;

before(async () => {
  h = await startHarness();
  admin = await createPerson(h.db, 'admin');
});
after(() => h.close());

test('the audit log refuses a page cursor no stored id can reach (1e309, forty nines) with a validation error', async () => {
  for (const cursor of ['1e309', '9'.repeat(40), '9007199254740992']) {
    const api = await h.app.inject({ method: 'GET', url: `/api/v1/audit-events?before=${cursor}`, headers: admin.auth });
    assert.equal(api.statusCode, 400, cursor);
    assert.equal(api.json().error.id, 'validation_failed');
    const page = await h.app.inject({ method: 'GET', url: `/admin/audit?before=${cursor}`, cookies: { hd_session: admin.token } });
    assert.equal(page.statusCode, 400, cursor);
  }
});

test('the audit log pages back from the largest safe cursor', async () => {
  await recordAudit(h.db, { actorId: admin.id, action: 'test.event', objectType: 'person', objectId: admin.id });
  const api = await h.app.inject({ method: 'GET', url: `/api/v1/audit-events?before=${Number.MAX_SAFE_INTEGER}&limit=1`, headers: admin.auth });
  assert.equal(api.statusCode, 200);
  assert.equal(api.json().items.length, 1);
});
