import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness,
  createOrganisation,
  createPerson,
  json,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { challengeInput, solutionInput } from '../test-support/items.ts';
import { encodeCursor } from './cursor.ts';

type ListAnswer = {
  items: { id: string }[];
  total: number;
  page?: number;
  perPage: number;
  next: string | null;
  links: { next: string | null };
};

let h: Harness;
let owner: TestPerson;
let client: { key: string };
const publicIds: string[] = [];
const hiddenIds: string[] = [];

/** Creates a challenge through the API, then puts it in the wanted state directly: what matters here is the listing. */
async function challenge(state: {
  status: string;
  classification: 'public' | 'internal' | 'confidential';
  publishedAt: Date | null;
}): Promise<string> {
  const created = await h.app.inject({
    method: 'POST',
    url: '/api/v1/challenges',
    headers: owner.auth,
    payload: challengeInput({ classification: state.classification }),
  });
  const { id } = json<{ id: string }>(created);
  await h.db
    .updateTable('challenges')
    .set({ status: state.status, published_at: state.publishedAt })
    .where('id', '=', id)
    .execute();
  return id;
}

before(async () => {
  h = await startHarness();
  owner = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Cursorzorg'));
  const admin = await createPerson(h.db, 'admin');
  client = json<{ key: string }>(
    await h.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: admin.auth,
      payload: { clientName: 'Cursorclient', rateLimitPerMinute: 1000 },
    }),
  );
  // Several items share one publication time, so the walk must also order by id to be exact.
  const shared = new Date('2026-03-01T10:00:00.123Z');
  for (let i = 0; i < 23; i += 1) {
    const publishedAt = i % 4 === 0 ? shared : new Date(Date.UTC(2026, 0, 1 + i, 8, 0, 0, i));
    publicIds.push(
      await challenge({ status: i % 5 === 0 ? 'matched' : 'published', classification: 'public', publishedAt }),
    );
  }
  hiddenIds.push(await challenge({ status: 'published', classification: 'confidential', publishedAt: shared }));
  hiddenIds.push(await challenge({ status: 'published', classification: 'internal', publishedAt: shared }));
  hiddenIds.push(await challenge({ status: 'draft', classification: 'public', publishedAt: null }));
  hiddenIds.push(await challenge({ status: 'submitted', classification: 'public', publishedAt: null }));
});
after(() => h.close());

function get(url: string) {
  return h.app.inject({ url, headers: { 'x-api-key': client.key } });
}

async function walk(first: string, onPage: (page: number) => Promise<void> = async () => {}): Promise<string[]> {
  const seen: string[] = [];
  let url: string | null = first;
  for (let page = 1; url; page += 1) {
    const response = await get(url);
    assert.equal(response.statusCode, 200, response.body);
    const body: ListAnswer = json<ListAnswer>(response);
    assert.ok(body.items.length <= 5);
    seen.push(...body.items.map((i) => i.id));
    await onPage(page);
    url = body.links.next;
  }
  return seen;
}

test('walking every page by cursor returns each published public item exactly once, and nothing confidential or unpublished', async () => {
  const seen = await walk('/api/v1/challenges?limit=5');
  assert.equal(new Set(seen).size, seen.length, 'no item twice');
  assert.deepEqual([...seen].sort(), [...publicIds].sort());
  assert.ok(hiddenIds.every((id) => !seen.includes(id)));
});

test('items published during the walk do not shift it: no item is repeated or skipped', async () => {
  const late: string[] = [];
  const seen = await walk('/api/v1/challenges?limit=5', async (page) => {
    if (page <= 2)
      late.push(await challenge({ status: 'published', classification: 'public', publishedAt: new Date() }));
  });
  assert.equal(new Set(seen).size, seen.length);
  assert.deepEqual(seen.filter((id) => !late.includes(id)).sort(), [...publicIds].sort());
  await h.db.updateTable('challenges').set({ status: 'closed' }).where('id', 'in', late).execute();
});

test('the answer carries the next cursor and a link that keeps the filters', async () => {
  const body = json<ListAnswer>(await get('/api/v1/challenges?limit=3&sector=care&language=nl'));
  assert.equal(body.items.length, 3);
  assert.equal(body.perPage, 3);
  assert.equal(body.page, undefined);
  assert.ok(body.next);
  const link = new URL(body.links.next ?? '', 'http://x');
  assert.equal(link.searchParams.get('sector'), 'care');
  assert.equal(link.searchParams.get('cursor'), body.next);
  assert.equal(link.searchParams.get('limit'), '3');
});

test('a tampered or made-up cursor is refused with 400 and a clear error', async () => {
  const body = json<ListAnswer>(await get('/api/v1/challenges?limit=2'));
  const cursor = body.next ?? '';
  const tampered = [
    `${cursor.slice(0, 5)}${cursor[5] === 'A' ? 'B' : 'A'}${cursor.slice(6)}`,
    'not-a-cursor',
    Buffer.from('["2026-01-01T00:00:00.000000Z","1; drop table challenges"]').toString('base64url'),
    encodeCursor({ at: 'yesterday', id: publicIds[0] ?? '' }),
  ];
  for (const value of tampered) {
    const response = await get(`/api/v1/challenges?cursor=${encodeURIComponent(value)}`);
    assert.equal(response.statusCode, 400, value);
    const { error } = json<{ error: { id: string; message: string } }>(response);
    assert.equal(error.id, 'invalid_cursor');
    assert.match(error.message, /cursor/i);
  }
});

test('paging filters are validated: limit above 100 and a malformed updated_since are refused', async () => {
  assert.equal((await get('/api/v1/challenges?limit=101')).statusCode, 400);
  assert.equal((await get('/api/v1/challenges?updated_since=gisteren')).statusCode, 400);
});

test('updated_since keeps only items changed since then', async () => {
  const since = new Date();
  const [changed] = publicIds;
  await h.db
    .updateTable('challenges')
    .set({ updated_at: new Date(since.getTime() + 1000) })
    .where('id', '=', changed ?? '')
    .execute();
  const body = json<ListAnswer>(
    await get(`/api/v1/challenges?limit=100&updated_since=${encodeURIComponent(since.toISOString())}`),
  );
  assert.deepEqual(
    body.items.map((i) => i.id),
    [changed],
  );
});

test('page numbers keep working as before, now with the cursor to continue from', async () => {
  const body = json<ListAnswer>(await get('/api/v1/challenges?perPage=10&page=2'));
  assert.equal(body.page, 2);
  assert.equal(body.perPage, 10);
  assert.equal(body.items.length, 10);
  assert.equal(body.total, publicIds.length);
  const rest = await walk(body.links.next ?? '');
  const firstTwenty = json<ListAnswer>(await get('/api/v1/challenges?perPage=20')).items.map((i) => i.id);
  assert.deepEqual([...firstTwenty, ...rest.slice(0, 3)].sort(), [...publicIds].sort());
});

test('solutions page by cursor the same way', async () => {
  const provider = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Cursorsoft'));
  const ids: string[] = [];
  for (let i = 0; i < 4; i += 1) {
    const { id } = json<{ id: string }>(
      await h.app.inject({
        method: 'POST',
        url: '/api/v1/solutions',
        headers: provider.auth,
        payload: solutionInput(),
      }),
    );
    await h.db
      .updateTable('solutions')
      .set({ status: 'published', published_at: new Date(Date.UTC(2026, 1, 1 + i)) })
      .where('id', '=', id)
      .execute();
    ids.push(id);
  }
  const first = json<ListAnswer>(await get('/api/v1/solutions?limit=3'));
  assert.equal(first.items.length, 3);
  const second = json<ListAnswer>(await get(first.links.next ?? ''));
  assert.deepEqual([...first.items, ...second.items].map((i) => i.id).sort(), [...ids].sort());
  assert.equal(second.next, null);
});
