import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { auditRow, recordAudit } from './repository.ts';
import {
  startHarness,
  createOrganisation,
  createPerson,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { challengeInput } from '../test-support/items.ts';

let h: Harness;
let admin: TestPerson;

before(async () => {
  h = await startHarness();
  admin = await createPerson(h.db, 'admin');
});
after(() => h.close());

test('the audit log refuses a page cursor no stored id can reach (1e309, forty nines) with a validation error', async () => {
  for (const cursor of ['1e309', '9'.repeat(40), '9007199254740992']) {
    const api = await h.app.inject({
      method: 'GET',
      url: `/api/v1/audit-events?before=${cursor}`,
      headers: admin.auth,
    });
    assert.equal(api.statusCode, 400, cursor);
    assert.equal(api.json().error.id, 'validation_failed');
    const page = await h.app.inject({
      method: 'GET',
      url: `/admin/audit?before=${cursor}`,
      cookies: { hd_session: admin.token },
    });
    assert.equal(page.statusCode, 400, cursor);
  }
});

test('the audit log pages back from the largest safe cursor', async () => {
  await recordAudit(h.db, { actorId: admin.id, action: 'test.event', objectType: 'person', objectId: admin.id });
  const api = await h.app.inject({
    method: 'GET',
    url: `/api/v1/audit-events?before=${Number.MAX_SAFE_INTEGER}&limit=1`,
    headers: admin.auth,
  });
  assert.equal(api.statusCode, 200);
  assert.equal(api.json().items.length, 1);
});

describe('the audit log page and API', () => {
  let member: TestPerson;
  let challengeId: string;
  let organisationId: string;
  const page = (query: string) => h.app.inject({ url: `/admin/audit${query}`, cookies: { hd_session: admin.token } });
  const api = (query: string) => h.app.inject({ url: `/api/v1/audit-events${query}`, headers: admin.auth });
  const dated = (action: string, occurredAt: string) =>
    h.db
      .insertInto('audit_events')
      .values({
        ...auditRow({ actorId: admin.id, action, objectType: 'platform', objectId: 'platform' }),
        occurred_at: new Date(occurredAt),
      })
      .execute();

  before(async () => {
    organisationId = await createOrganisation(h.db, 'Woonzorgcentrum De Linde');
    member = await createPerson(h.db, 'member', organisationId);
    const created = await h.app.inject({
      method: 'POST',
      url: '/api/v1/challenges',
      headers: member.auth,
      payload: challengeInput({ title: 'Tablets voor bewoners van De Linde' }),
    });
    assert.equal(created.statusCode, 201, created.body);
    challengeId = created.json().id;
    await recordAudit(h.db, {
      actorId: admin.id,
      action: 'organisation.verified',
      objectType: 'organisation',
      objectId: organisationId,
    });
    for (const n of [1, 2, 3])
      await recordAudit(h.db, {
        actorId: member.id,
        action: `paging.step${n}`,
        objectType: 'platform',
        objectId: 'platform',
      });
    await dated('dated.january', '2025-01-15T12:00:00Z');
    // 23:30 in Brussels on 31 January, already 1 February nowhere but still January there.
    await dated('dated.late_evening', '2025-01-31T22:30:00Z');
    await dated('dated.february', '2025-02-01T23:30:00Z');
  });

  test('shows who acted by name and links the object to its page, not ids', async () => {
    const response = await page('?objectType=challenge');
    assert.equal(response.statusCode, 200);
    const memberName = (
      await h.db.selectFrom('people').select('display_name').where('id', '=', member.id).executeTakeFirstOrThrow()
    ).display_name;
    assert.match(
      response.body,
      new RegExp(
        `<td>${memberName}</td><td><code>challenge.created</code></td><td>Uitdaging <a href="/challenges/${challengeId}">Tablets voor bewoners van De Linde</a></td>`,
      ),
    );
    assert.doesNotMatch(response.body, new RegExp(member.id));
    const organisation = await page('?objectType=organisation&action=organisation.verified');
    assert.match(
      organisation.body,
      new RegExp(`Organisatie <a href="/organisations/${organisationId}">Woonzorgcentrum De Linde</a>`),
    );
    const item = (await api(`?objectType=challenge&objectId=${challengeId}`)).json().items[0];
    assert.equal(item.actorName, memberName);
  });

  test('filters by the beginning of the action, the kind of object and the person', async () => {
    const actions = async (query: string) =>
      ((await api(query)).json().items as { action: string }[]).map((item) => item.action);
    assert.deepEqual(await actions('?action=paging.'), ['paging.step3', 'paging.step2', 'paging.step1']);
    assert.deepEqual(await actions('?action=paging.step2'), ['paging.step2']);
    assert.deepEqual(await actions('?objectType=organisation&action=organisation.'), ['organisation.verified']);
    const memberEmail = member.email.slice(0, 12).toUpperCase();
    assert.deepEqual(await actions(`?person=${encodeURIComponent(memberEmail)}&objectType=platform`), [
      'paging.step3',
      'paging.step2',
      'paging.step1',
    ]);
    assert.deepEqual(
      await actions('?action=paging.&person=%25'),
      [],
      'a % in the person filter is a character, not a wildcard',
    );
    const form = await page('?action=paging.&objectType=&person=&from=&to=');
    assert.equal(form.statusCode, 200, 'empty fields of the form mean no filter');
    assert.match(form.body, /<input id="action" name="action" type="text" value="paging\."/);
  });

  test('filters by a range of days in Brussels time, both days included', async () => {
    const actions = async (query: string) =>
      ((await api(query)).json().items as { action: string }[]).map((item) => item.action);
    assert.deepEqual(await actions('?action=dated.&from=2025-01-15&to=2025-01-31'), [
      'dated.late_evening',
      'dated.january',
    ]);
    assert.deepEqual(await actions('?action=dated.&from=2025-02-01'), ['dated.february']);
    assert.deepEqual(await actions('?action=dated.&to=2025-01-14'), []);
  });

  test('pages back through a selection, keeping its filters, with a way back to the newest', async () => {
    const first = await page('?action=paging.&limit=2');
    assert.match(first.body, /paging\.step3/);
    assert.doesNotMatch(first.body, /paging\.step1/);
    const older = /<a href="(\/admin\/audit\?[^"]+)" rel="next">Oudere gebeurtenissen<\/a>/
      .exec(first.body)?.[1]
      ?.replaceAll('&amp;', '&');
    assert.ok(older && /action=paging\./.test(older) && /limit=2/.test(older) && /before=\d+/.test(older), older);
    const second = await page(older.slice('/admin/audit'.length));
    assert.match(second.body, /paging\.step1/);
    assert.doesNotMatch(second.body, /paging\.step3/);
    assert.match(second.body, /<a href="\/admin\/audit\?action=paging\.&amp;limit=2">Nieuwste gebeurtenissen<\/a>/);
    assert.doesNotMatch(second.body, /rel="next"/);
  });

  test('refuses a selection out of bounds: the page names the field, the API answers 400', async () => {
    for (const query of [
      '?limit=201',
      `?person=${'x'.repeat(101)}`,
      `?action=${'x'.repeat(81)}`,
      '?from=2025-13-01',
      '?from=2025-02-01&to=2025-01-31',
    ]) {
      assert.equal((await api(query)).statusCode, 400, query);
      assert.equal((await page(query)).statusCode, 400, query);
    }
    const wrongOrder = await page('?from=2025-02-01&to=2025-01-31&action=paging.');
    assert.match(wrongOrder.body, /de eerste dag moet voor de laatste liggen/);
    assert.match(wrongOrder.body, /paging\.step3/, 'the events still show, without the wrong period');
    assert.equal((await h.app.inject({ url: '/admin/audit', cookies: { hd_session: member.token } })).statusCode, 403);
  });
});
