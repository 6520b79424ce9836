import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startHarness, createOrganisation, createPerson, json, type Harness } from '../test-support/harness.ts';
import { challengeInput } from '../test-support/items.ts';
import { applyRetention } from './retention.ts';
import { queueMail } from '../notifications/outgoing-repository.ts';

const PASSWORD = 'correct horse battery staple';
let harness: Harness;

before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness.close();
});

async function personWithChallenge() {
  const organisation = await createOrganisation(harness.db, 'Woonzorg Privacy');
  const person = await createPerson(harness.db, 'member', organisation);
  const created = await harness.app.inject({
    method: 'POST',
    url: '/api/v1/challenges',
    headers: person.auth,
    payload: challengeInput(),
  });
  assert.equal(created.statusCode, 201, created.body);
  return { person, organisation, challengeId: json<{ id: string }>(created).id };
}

test('a person exports their profile, memberships, items, sessions and audit events as JSON without secrets', async () => {
  const { person, challengeId } = await personWithChallenge();
  const response = await harness.app.inject({ method: 'GET', url: '/api/v1/me/export', headers: person.auth });
  assert.equal(response.statusCode, 200);
  assert.match(String(response.headers['content-disposition']), /attachment; filename="helemaal-digitaal-/);
  const data = json<Record<string, Array<Record<string, unknown>>> & { profile: Record<string, unknown> }>(response);
  assert.equal(data.profile.email, person.email);
  assert.equal('password_hash' in data.profile, false);
  assert.equal(data.memberships![0]!.organisation, 'Woonzorg Privacy');
  assert.deepEqual(
    data.challenges!.map((c) => c.id),
    [challengeId],
  );
  assert.ok(data.auditEvents!.some((e) => e.action === 'challenge.created' && e.object_id === challengeId));
  assert.equal(data.sessions!.length, 1);
  assert.equal(response.body.includes(person.token), false);
});

test('the export holds the person’s follows, saved searches and contact setting', async () => {
  const { person } = await personWithChallenge();
  const call = (method: 'POST' | 'PUT', url: string, payload: Record<string, unknown>) =>
    harness.app.inject({ method, url, headers: person.auth, payload });
  assert.equal((await call('POST', '/api/v1/follows', { targetType: 'sector', target: 'care' })).statusCode, 200);
  assert.equal(
    (await call('POST', '/api/v1/saved-searches', { kind: 'solution', query: 'q=beeldbellen' })).statusCode,
    201,
  );
  assert.equal((await call('PUT', '/api/v1/me/contact-settings', { followedOnly: true })).statusCode, 200);
  const data = json<Record<string, Array<Record<string, unknown>>>>(
    await harness.app.inject({ method: 'GET', url: '/api/v1/me/export', headers: person.auth }),
  );
  assert.deepEqual(
    data.follows!.map((f) => [f.target_type, f.target]),
    [['sector', 'care']],
  );
  assert.deepEqual(
    data.savedSearches!.map((s) => s.query),
    ['q=beeldbellen'],
  );
  assert.equal(data.contactSettings![0]!.followed_only, true);
});

test('a visitor cannot export', async () => {
  const response = await harness.app.inject({ method: 'GET', url: '/api/v1/me/export' });
  assert.equal(response.statusCode, 401);
});

test('erasure with a wrong password is refused and changes nothing', async () => {
  const { person } = await personWithChallenge();
  const response = await harness.app.inject({
    method: 'DELETE',
    url: '/api/v1/me',
    headers: person.auth,
    payload: { password: 'not my password' },
  });
  assert.equal(response.statusCode, 401);
  const row = await harness.db
    .selectFrom('people')
    .select('email')
    .where('id', '=', person.id)
    .executeTakeFirstOrThrow();
  assert.equal(row.email, person.email);
});

test('an erased account loses its personal data and sessions; its organisation keeps the items; the audit trail stays without the address', async () => {
  const { person, organisation, challengeId } = await personWithChallenge();
  await recordEmailInAudit(person.id, person.email);
  const response = await harness.app.inject({
    method: 'DELETE',
    url: '/api/v1/me',
    headers: person.auth,
    payload: { password: PASSWORD },
  });
  assert.equal(response.statusCode, 204, response.body);
  const row = await harness.db.selectFrom('people').selectAll().where('id', '=', person.id).executeTakeFirstOrThrow();
  assert.equal(row.password_hash, null);
  assert.equal(row.display_name, '[erased]');
  assert.notEqual(row.email, person.email);
  assert.equal(
    (await harness.db.selectFrom('sessions').select('id').where('person_id', '=', person.id).execute()).length,
    0,
  );
  assert.equal(
    (await harness.db.selectFrom('memberships').select('person_id').where('person_id', '=', person.id).execute())
      .length,
    0,
  );
  const challenge = await harness.db
    .selectFrom('challenges')
    .select('owner_organisation_id')
    .where('id', '=', challengeId)
    .executeTakeFirstOrThrow();
  assert.equal(challenge.owner_organisation_id, organisation);
  const { rows } = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM audit_events WHERE before::text || after::text LIKE ${`%${person.email}%`}`.execute(
    harness.db,
  );
  assert.equal(rows[0]!.n, 0);
  const events = await harness.db
    .selectFrom('audit_events')
    .select('action')
    .where('object_id', 'in', [challengeId, person.id])
    .execute();
  assert.ok(events.some((e) => e.action === 'challenge.created') && events.some((e) => e.action === 'person.erased'));
  const again = await harness.app.inject({ method: 'GET', url: '/api/v1/me/export', headers: person.auth });
  assert.equal(again.statusCode, 401);
});

test('an erased account’s e-mails waiting in the queue, or kept after sending, go with it', async () => {
  const { person } = await personWithChallenge();
  const mail = { to: person.email, subject: 'Kennismaking', text: 'Hallo', html: '<p>Hallo</p>' };
  await queueMail(harness.db, `test:waiting:${person.id}`, person.id, mail);
  await queueMail(harness.db, `test:sent:${person.id}`, person.id, mail);
  await harness.db
    .updateTable('outgoing_mails')
    .set({ state: 'sent', sent_at: new Date() })
    .where('key', '=', `test:sent:${person.id}`)
    .execute();
  const response = await harness.app.inject({
    method: 'DELETE',
    url: '/api/v1/me',
    headers: person.auth,
    payload: { password: PASSWORD },
  });
  assert.equal(response.statusCode, 204, response.body);
  const left = await harness.db
    .selectFrom('outgoing_mails')
    .select('id')
    .where('recipient', '=', person.email)
    .execute();
  assert.deepEqual(left, []);
});

async function recordEmailInAudit(personId: string, email: string): Promise<void> {
  await harness.db
    .insertInto('audit_events')
    .values({
      actor_id: personId,
      action: 'person.registered',
      object_type: 'person',
      object_id: personId,
      before: null,
      after: JSON.stringify({ email }),
    })
    .execute();
}

test('outside an erasure the audit log still refuses every update and delete', async () => {
  await assert.rejects(sql`UPDATE audit_events SET after = NULL`.execute(harness.db), /append-only/);
  await assert.rejects(sql`DELETE FROM audit_events`.execute(harness.db), /append-only/);
  await assert.rejects(
    harness.db.transaction().execute(async (tx) => {
      await sql`SELECT set_config('helemaal.erasing_person', 'x', true)`.execute(tx);
      await sql`UPDATE audit_events SET action = 'rewritten'`.execute(tx);
    }),
    /append-only/,
  );
});

test('retention removes accounts unverified for 30 days and notifications older than 180 days, and nothing newer', async () => {
  const now = new Date('2026-11-23T12:00:00Z');
  const old = await harness.db
    .insertInto('people')
    .values({
      email: 'stale@test.example',
      display_name: 'Stale',
      password_hash: null,
      role: 'member',
      locale: 'nl',
      email_verified_at: null,
      created_at: new Date('2026-10-01T00:00:00Z'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const recent = await harness.db
    .insertInto('people')
    .values({
      email: 'recent@test.example',
      display_name: 'Recent',
      password_hash: null,
      role: 'member',
      locale: 'nl',
      email_verified_at: null,
      created_at: new Date('2026-11-10T00:00:00Z'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const verified = await createPerson(harness.db, 'member');
  await sql`INSERT INTO notifications (person_id, kind, params, link, created_at) VALUES
    (${verified.id}, 'test', '{}', '/', '2026-01-01T00:00:00Z'), (${verified.id}, 'test', '{}', '/', '2026-11-01T00:00:00Z')`.execute(
    harness.db,
  );
  const result = await applyRetention(harness.db, now);
  assert.deepEqual(result, { unverifiedAccounts: 1, notifications: 1 });
  const left = await harness.db
    .selectFrom('people')
    .select('id')
    .where('id', 'in', [old.id, recent.id, verified.id])
    .execute();
  assert.deepEqual(left.map((p) => p.id).sort(), [recent.id, verified.id].sort());
});
