import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness,
  createOrganisation,
  createPerson,
  json,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { challengeInput } from '../test-support/items.ts';
import { expireDueItems } from '../items/service.ts';

let h: Harness;
let owner: TestPerson;
let otherMember: TestPerson;
let ambassador: TestPerson;

async function count(table: 'challenges' | 'audit_events'): Promise<number> {
  const rows = await h.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(rows.n);
}

async function post(person: TestPerson, url: string, payload: unknown) {
  return h.app.inject({ method: 'POST', url, headers: person.auth, payload: payload as object });
}

async function publishedChallenge(overrides: Record<string, unknown> = {}): Promise<string> {
  const created = json<{ id: string }>(await post(owner, '/api/v1/challenges', challengeInput(overrides)));
  await post(owner, `/api/v1/challenges/${created.id}/transitions`, { action: 'submit' });
  const published = await post(ambassador, `/api/v1/challenges/${created.id}/transitions`, { action: 'publish' });
  assert.equal(published.statusCode, 200);
  return created.id;
}

before(async () => {
  h = await startHarness();
  const organisation = await createOrganisation(h.db, 'WZC Testzon');
  owner = await createPerson(h.db, 'member', organisation);
  otherMember = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Andere vzw'));
  ambassador = await createPerson(h.db, 'ambassador', undefined, [5]);
});
after(() => h.close());

describe('posting a challenge', () => {
  test('a member posts a challenge as a draft of their organisation', async () => {
    const response = await post(owner, '/api/v1/challenges', challengeInput());
    assert.equal(response.statusCode, 201);
    const body = json<{ status: string; organisation: { name: string }; id: string }>(response);
    assert.equal(body.status, 'draft');
    assert.equal(body.organisation.name, 'WZC Testzon');
    assert.equal(response.headers.location, `/api/v1/challenges/${body.id}`);
  });

  test('a visitor cannot post a challenge', async () => {
    const response = await h.app.inject({ method: 'POST', url: '/api/v1/challenges', payload: challengeInput() });
    assert.equal(response.statusCode, 401);
    assert.equal(json<{ error: { id: string } }>(response).error.id, 'unauthenticated');
  });

  test('rejects a challenge without title, naming the field, and stores nothing', async () => {
    const before = await count('challenges');
    const response = await post(owner, '/api/v1/challenges', challengeInput({ title: undefined, spearheads: [12] }));
    assert.equal(response.statusCode, 400);
    const error = json<{ error: { id: string; fields: { field: string }[] } }>(response).error;
    assert.equal(error.id, 'validation_failed');
    assert.deepEqual(error.fields.map((f) => f.field).sort(), ['spearheads', 'title']);
    assert.equal(await count('challenges'), before);
  });

  test('rejects a challenge with both a deadline and a duration', async () => {
    const response = await post(
      owner,
      '/api/v1/challenges',
      challengeInput({ deadline: '2027-03-01', durationMonths: 3 }),
    );
    assert.equal(response.statusCode, 400);
    assert.equal(json<{ error: { fields: { field: string }[] } }>(response).error.fields[0]?.field, 'deadline');
  });

  test('translates the validation message into the requested language', async () => {
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/v1/challenges',
      headers: { ...owner.auth, 'accept-language': 'fr-BE,fr;q=0.9' },
      payload: challengeInput({ title: 'kort' }),
    });
    assert.match(
      json<{ error: { fields: { message: string }[] } }>(response).error.fields[0]?.message ?? '',
      /caractères/,
    );
  });

  test('refuses to post for an organisation the member does not belong to', async () => {
    const foreign = await createOrganisation(h.db, 'Niet de mijne');
    const response = await post(owner, '/api/v1/challenges', challengeInput({ organisationId: foreign }));
    assert.equal(response.statusCode, 403);
  });
});

describe('review and visibility', () => {
  test('a draft is invisible to visitors and other members', async () => {
    const created = json<{ id: string }>(await post(owner, '/api/v1/challenges', challengeInput()));
    assert.equal((await h.app.inject({ url: `/api/v1/challenges/${created.id}` })).statusCode, 404);
    assert.equal(
      (await h.app.inject({ url: `/api/v1/challenges/${created.id}`, headers: otherMember.auth })).statusCode,
      404,
    );
    assert.equal(
      (await h.app.inject({ url: `/api/v1/challenges/${created.id}`, headers: owner.auth })).statusCode,
      200,
    );
  });

  test('the owner submits and an ambassador publishes; then everyone sees it', async () => {
    const id = await publishedChallenge();
    const response = await h.app.inject({ url: `/api/v1/challenges/${id}` });
    assert.equal(response.statusCode, 200);
    const body = json<{ status: string; publishedAt: string; expiresAt: string }>(response);
    assert.equal(body.status, 'published');
    assert.ok(Date.parse(body.expiresAt) > Date.parse(body.publishedAt));
  });

  test('the owner cannot publish their own challenge', async () => {
    const created = json<{ id: string }>(await post(owner, '/api/v1/challenges', challengeInput()));
    await post(owner, `/api/v1/challenges/${created.id}/transitions`, { action: 'submit' });
    const response = await post(owner, `/api/v1/challenges/${created.id}/transitions`, { action: 'publish' });
    assert.equal(response.statusCode, 409);
    assert.equal(json<{ error: { id: string } }>(response).error.id, 'invalid_transition');
  });

  test('sending back requires a reason, which the owner then reads', async () => {
    const created = json<{ id: string }>(await post(owner, '/api/v1/challenges', challengeInput()));
    await post(owner, `/api/v1/challenges/${created.id}/transitions`, { action: 'submit' });
    const withoutReason = await post(ambassador, `/api/v1/challenges/${created.id}/transitions`, {
      action: 'send_back',
    });
    assert.equal(withoutReason.statusCode, 400);
    const sent = await post(ambassador, `/api/v1/challenges/${created.id}/transitions`, {
      action: 'send_back',
      reason: 'Beschrijf het budget.',
    });
    assert.equal(json<{ status: string; reviewNote: string }>(sent).reviewNote, 'Beschrijf het budget.');
    const seen = json<{ status: string }>(
      await h.app.inject({ url: `/api/v1/challenges/${created.id}`, headers: owner.auth }),
    );
    assert.equal(seen.status, 'sent_back');
  });

  test('a confidential published challenge is hidden from visitors and other members, lists included', async () => {
    const id = await publishedChallenge({
      classification: 'confidential',
      title: 'Vertrouwelijk cyberincident bij de gemeente',
    });
    assert.equal((await h.app.inject({ url: `/api/v1/challenges/${id}` })).statusCode, 404);
    assert.equal((await h.app.inject({ url: `/api/v1/challenges/${id}`, headers: otherMember.auth })).statusCode, 404);
    const list = json<{ items: { id: string }[] }>(await h.app.inject({ url: '/api/v1/challenges?perPage=100' }));
    assert.equal(
      list.items.some((c) => c.id === id),
      false,
    );
    assert.equal((await h.app.inject({ url: `/api/v1/challenges/${id}`, headers: ambassador.auth })).statusCode, 200);
  });

  test('an internal challenge is listed for signed-in members but not for visitors', async () => {
    const id = await publishedChallenge({ classification: 'internal' });
    const anonymous = json<{ items: { id: string }[] }>(await h.app.inject({ url: '/api/v1/challenges?perPage=100' }));
    const member = json<{ items: { id: string }[] }>(
      await h.app.inject({ url: '/api/v1/challenges?perPage=100', headers: otherMember.auth }),
    );
    assert.equal(
      anonymous.items.some((c) => c.id === id),
      false,
    );
    assert.equal(
      member.items.some((c) => c.id === id),
      true,
    );
  });

  test('another member cannot edit a published challenge', async () => {
    const id = await publishedChallenge();
    const response = await h.app.inject({
      method: 'PATCH',
      url: `/api/v1/challenges/${id}`,
      headers: otherMember.auth,
      payload: { title: 'Overgenomen titel' },
    });
    assert.equal(response.statusCode, 403);
  });

  test('the owner edits a published challenge and the audit log keeps before and after', async () => {
    const id = await publishedChallenge();
    const response = await h.app.inject({
      method: 'PATCH',
      url: `/api/v1/challenges/${id}`,
      headers: owner.auth,
      payload: { title: 'Een betere titel voor de uitdaging' },
    });
    assert.equal(json<{ title: string }>(response).title, 'Een betere titel voor de uitdaging');
    const events = await h.db
      .selectFrom('audit_events')
      .selectAll()
      .where('object_id', '=', id)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      events.map((e) => e.action),
      ['challenge.created', 'challenge.submit', 'challenge.publish', 'challenge.updated'],
    );
    const update = events.at(-1);
    assert.equal((update?.before as { title: string } | undefined)?.title, challengeInput().title);
    assert.equal((update?.after as { title: string } | undefined)?.title, 'Een betere titel voor de uitdaging');
  });
});

describe('catalogue filters and expiry', () => {
  test('filters by spearhead, region and free text', async () => {
    await publishedChallenge({
      title: 'Slimme verlichting voor het sportcentrum',
      description: 'We zoeken sensoren die de verlichting van de sporthal automatisch sturen en energie besparen.',
      spearheads: [5, 7],
      region: 'BE22',
      sectors: ['energy'],
    });
    const bySpearhead = json<{ items: { title: string }[] }>(
      await h.app.inject({ url: '/api/v1/challenges?spearhead=7' }),
    );
    assert.deepEqual(
      bySpearhead.items.map((c) => c.title),
      ['Slimme verlichting voor het sportcentrum'],
    );
    const byRegion = json<{ total: number }>(await h.app.inject({ url: '/api/v1/challenges?region=BE22' }));
    assert.equal(byRegion.total, 1);
    const byText = json<{ items: { title: string }[] }>(await h.app.inject({ url: '/api/v1/challenges?q=sporthal' }));
    assert.deepEqual(
      byText.items.map((c) => c.title),
      ['Slimme verlichting voor het sportcentrum'],
    );
  });

  test('rejects an unknown region filter with a clear error', async () => {
    const response = await h.app.inject({ url: '/api/v1/challenges?region=Atlantis' });
    assert.equal(response.statusCode, 400);
    assert.equal(json<{ error: { fields: { field: string }[] } }>(response).error.fields[0]?.field, 'region');
  });

  test('a challenge past its publication period expires and is then renewed by its owner', async () => {
    const id = await publishedChallenge();
    const later = new Date(Date.now() + 400 * 86_400_000);
    const expired = await expireDueItems({ ...h.services, now: () => later }, 'challenge');
    assert.ok(expired >= 1);
    assert.equal(json<{ status: string }>(await h.app.inject({ url: `/api/v1/challenges/${id}` })).status, 'expired');
    const renewed = await post(owner, `/api/v1/challenges/${id}/transitions`, { action: 'renew' });
    assert.equal(json<{ status: string }>(renewed).status, 'published');
  });
});
