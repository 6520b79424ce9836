// The LDES of published items through the HTTP server (inject): which items become members, versions
// and tombstones, the pages with their relations and cache lifetimes, both formats, conditional GET.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import jsonld from 'jsonld';
import { Parser, Store, type Quad } from 'n3';
import { recordEvent } from '../events/repository.ts';
import { startLdesWorld, type LdesWorld } from './test-support.ts';

const TREE = 'https://w3id.org/tree#';
const LDES = 'https://w3id.org/ldes#';
const IS_VERSION_OF = 'http://purl.org/dc/terms/isVersionOf';
const GENERATED = 'http://www.w3.org/ns/prov#generatedAtTime';
const TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const DELETE = 'https://www.w3.org/ns/activitystreams#Delete';
const BASE = 'http://hd.test';
const STREAM = `${BASE}/ldes/items`;

let w: LdesWorld;
const ids: Record<string, string> = {};

before(async () => {
  w = await startLdesWorld(2);
  ids.challenge = await w.publish('challenges', { title: 'Openbare uitdaging valdetectie' });
  ids.solution = await w.publish('solutions', { title: 'Openbare oplossing valsensor' });
  ids.internal = await w.publish('challenges', { title: 'INTERNMERK uitdaging', classification: 'internal' });
  ids.confidential = await w.publish('solutions', {
    title: 'VERTROUWELIJKMERK oplossing',
    classification: 'confidential',
  });
  ids.draft = await w.draft('challenges', { title: 'ONTWERPMERK uitdaging' });
  await w.settled();
});
after(() => w.h.close());

async function get(url: string, headers: Record<string, string> = {}) {
  return w.h.app.inject({ method: 'GET', url, headers: { accept: 'text/turtle', ...headers } });
}

const parse = (body: string, base: string): Quad[] => new Parser({ baseIRI: base }).parse(body);

/** Every page from the first, following the relations, with its quads and headers. */
async function walk(): Promise<Array<{ url: string; quads: Quad[]; body: string; headers: Record<string, unknown> }>> {
  const pages = [];
  for (let url: string | undefined = `${STREAM}/pages/0`; url; ) {
    const response = await get(url.slice(BASE.length));
    assert.equal(response.statusCode, 200, url);
    const quads = parse(response.body, url);
    pages.push({ url, quads, body: response.body, headers: response.headers });
    url = new Store(quads).getObjects(null, `${TREE}node`, null)[0]?.value;
  }
  return pages;
}

/** Each member's item and whether it is a tombstone, in stream order. */
async function members(): Promise<Array<{ item: string; deleted: boolean }>> {
  const found = [];
  for (const page of await walk()) {
    const store = new Store(page.quads);
    for (const member of store.getObjects(STREAM, `${TREE}member`, null)) {
      const item = store.getObjects(member, IS_VERSION_OF, null)[0]?.value ?? '';
      found.push({ item, deleted: store.has({ subject: member, predicate: TYPE, object: DELETE } as never) });
      assert.equal(store.getObjects(member, GENERATED, null).length, 1);
    }
  }
  return found;
}

const itemUri = (kind: 'challenges' | 'solutions', id: string | undefined) => `${BASE}/${kind}/${id}`;

test('the stream has a version of every published public item and nothing internal, confidential or unpublished', async () => {
  assert.deepEqual(await members(), [
    { item: itemUri('challenges', ids.challenge), deleted: false },
    { item: itemUri('solutions', ids.solution), deleted: false },
  ]);
  for (const page of await walk())
    for (const marker of ['INTERNMERK', 'VERTROUWELIJKMERK', 'ONTWERPMERK']) assert.ok(!page.body.includes(marker));
});

test('a member states the item in schema.org and OSLO terms', async () => {
  const [page] = await walk();
  const store = new Store(page?.quads ?? []);
  const [version] = store.getSubjects(IS_VERSION_OF, itemUri('challenges', ids.challenge), null);
  assert.ok(version);
  const types = store.getObjects(version, TYPE, null).map((t) => t.value);
  assert.ok(types.includes('https://schema.org/Demand'));
  assert.equal(store.getObjects(version, 'https://schema.org/name', null)[0]?.value, 'Openbare uitdaging valdetectie');
  assert.equal(
    store.getObjects(version, 'http://purl.org/dc/terms/title', null)[0]?.value,
    'Openbare uitdaging valdetectie',
  );
  const [seller] = store.getObjects(version, 'https://schema.org/seller', null);
  assert.equal(store.getObjects(seller ?? null, 'https://schema.org/name', null)[0]?.value, 'Woonzorg De Linde');
  assert.equal(
    store.getObjects(seller ?? null, 'https://helemaaldigitaal.vlaanderen.be/ns#isSme', null)[0]?.value,
    'true',
  );
  const [solution] = store.getSubjects(IS_VERSION_OF, itemUri('solutions', ids.solution), null);
  assert.ok(store.getObjects(solution ?? null, TYPE, null).some((t) => t.value === 'https://schema.org/Service'));
});

test('the event stream names its paths, its first page and a view description with its retention policy', async () => {
  const response = await get('/ldes/items');
  assert.equal(response.statusCode, 200);
  const store = new Store(parse(response.body, STREAM));
  assert.equal(store.getObjects(STREAM, `${LDES}timestampPath`, null)[0]?.value, GENERATED);
  assert.equal(store.getObjects(STREAM, `${LDES}versionOfPath`, null)[0]?.value, IS_VERSION_OF);
  assert.equal(store.getObjects(STREAM, `${TREE}view`, null)[0]?.value, `${STREAM}/pages/0`);
  const [view] = store.getObjects(`${STREAM}/pages/0`, `${TREE}viewDescription`, null);
  const [policy] = store.getObjects(view ?? null, `${LDES}retentionPolicy`, null);
  assert.equal(store.getObjects(policy ?? null, `${LDES}startingFrom`, null)[0]?.value, '1970-01-01T00:00:00.000Z');
});

test('an edit of the public text appends a version; an event that changes nothing public appends none', async () => {
  await w.edit('challenges', ids.challenge!, { title: 'Openbare uitdaging valdetectie, herzien' });
  await recordEvent(w.h.db, { type: 'item.changed', kind: 'solution', id: ids.solution!, status: 'published' });
  await recordEvent(w.h.db, { type: 'item.changed', kind: 'challenge', id: ids.internal!, status: 'published' });
  await w.settled();
  const found = await members();
  assert.equal(found.length, 3);
  assert.deepEqual(found[2], { item: itemUri('challenges', ids.challenge), deleted: false });
  const pages = await walk();
  assert.ok(pages.at(-1)?.body.includes('herzien'));
});

test('an item made confidential gets a tombstone, and nothing of it afterwards', async () => {
  await w.edit('solutions', ids.solution!, { classification: 'confidential' });
  await w.settled();
  await w.edit('solutions', ids.solution!, { title: 'NAVERTROUWELIJKMERK' });
  await w.settled();
  const found = await members();
  assert.deepEqual(found.at(-1), { item: itemUri('solutions', ids.solution), deleted: true });
  assert.equal(found.length, 4);
  for (const page of await walk()) assert.ok(!page.body.includes('NAVERTROUWELIJKMERK'));
});

/** The triples about one subject, as text, to compare documents. */
const triplesOf = (quads: Quad[], subject: string) =>
  quads
    .filter((q) => q.subject.value === subject)
    .map((q) => `${q.predicate.value} ${q.object.termType === 'BlankNode' ? '_' : q.object.value}`)
    .sort();

test('a member IRI dereferences to that member as recorded, immutable, even after its item became confidential', async () => {
  const store = new Store((await walk()).flatMap((page) => page.quads));
  const [version = '', tombstone = ''] = store
    .getSubjects(IS_VERSION_OF, itemUri('solutions', ids.solution), null)
    .map((t) => t.value)
    .sort((a, b) => Number(a.split('/').at(-1)) - Number(b.split('/').at(-1)));
  assert.ok(version.startsWith(`${STREAM}/members/`));
  const response = await get(version.slice(BASE.length));
  assert.equal(response.statusCode, 200);
  assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.ok(response.headers.etag);
  const quads = parse(response.body, version);
  assert.deepEqual(triplesOf(quads, version), triplesOf(store.getQuads(version, null, null, null), version));
  assert.equal(new Store(quads).getObjects(STREAM, `${TREE}member`, null)[0]?.value, version);
  assert.ok(response.body.includes('Openbare oplossing valsensor'));
  assert.ok(!response.body.includes('NAVERTROUWELIJKMERK'));
  const again = await get(version.slice(BASE.length), { 'if-none-match': String(response.headers.etag) });
  assert.equal(again.statusCode, 304);
  assert.ok(store.getObjects(tombstone, TYPE, null).some((type) => type.value === DELETE));
  const gone = await get(`${tombstone.slice(BASE.length)}.jsonld`);
  assert.match(String(gone.headers['content-type']), /^application\/ld\+json/);
  assert.ok(gone.body.includes('as:Delete'));
  assert.equal((await get('/ldes/items/members/99')).statusCode, 404);
  assert.equal((await get('/ldes/items/members/x')).statusCode, 404);
});

test('full pages are immutable for a year and point to the next page from its first time; the open page is short-lived', async () => {
  const pages = await walk();
  assert.equal(pages.length, 2);
  const [full, open] = pages;
  assert.equal(full?.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.equal(open?.headers['cache-control'], 'public, max-age=60');
  const store = new Store(full?.quads ?? []);
  const [relation] = store.getObjects(full?.url ?? null, `${TREE}relation`, null);
  assert.equal(store.getObjects(relation ?? null, TYPE, null)[0]?.value, `${TREE}GreaterThanOrEqualToRelation`);
  assert.equal(store.getObjects(relation ?? null, `${TREE}path`, null)[0]?.value, GENERATED);
  const value = store.getObjects(relation ?? null, `${TREE}value`, null)[0]?.value;
  const openStore = new Store(open?.quads ?? []);
  const times = openStore.getObjects(null, GENERATED, null).map((t) => t.value);
  assert.equal(value, times.sort()[0]);
  assert.equal(new Store(open?.quads ?? []).getObjects(open?.url ?? null, `${TREE}relation`, null).length, 0);
});

test('a reader with the current copy gets 304, by ETag or by date', async () => {
  const first = await get('/ldes/items/pages/0');
  const etag = String(first.headers.etag);
  assert.equal((await get('/ldes/items/pages/0', { 'if-none-match': etag })).statusCode, 304);
  const since = String(first.headers['last-modified']);
  const unchanged = await get('/ldes/items/pages/0', { 'if-modified-since': since });
  assert.equal(unchanged.statusCode, 304);
  assert.equal(unchanged.headers['cache-control'], 'public, max-age=31536000, immutable');
});

test('JSON-LD, by Accept or by extension, states the same triples as Turtle', async () => {
  const turtle = parse((await get('/ldes/items/pages/0')).body, `${STREAM}/pages/0`);
  for (const response of [
    await get('/ldes/items/pages/0', { accept: 'application/ld+json' }),
    await get('/ldes/items/pages/0.jsonld'),
  ]) {
    assert.match(String(response.headers['content-type']), /^application\/ld\+json/);
    const nquads = (await jsonld.toRDF(JSON.parse(response.body), { format: 'application/n-quads' })) as string;
    const fromJson = new Parser({ format: 'N-Quads' }).parse(nquads);
    const named = (quads: Quad[]) =>
      new Set(
        quads
          .filter((q) => q.subject.termType === 'NamedNode' && q.object.termType !== 'BlankNode')
          .map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}`),
      );
    assert.equal(fromJson.length, turtle.length);
    assert.deepEqual(named(fromJson), named(turtle));
  }
});

test('a page that does not exist yet is 404', async () => {
  assert.equal((await get('/ldes/items/pages/7')).statusCode, 404);
  assert.equal((await get('/ldes/items/pages/x')).statusCode, 404);
});

test('the DCAT catalogue lists the stream as a data service serving both datasets', async () => {
  const response = await w.h.app.inject({ url: '/opendata/catalog.ttl' });
  const store = new Store(parse(response.body, BASE));
  const DCAT = 'http://www.w3.org/ns/dcat#';
  const [service] = store.getObjects(`${BASE}/opendata/catalog`, `${DCAT}service`, null);
  const types = store.getObjects(service ?? null, TYPE, null).map((t) => t.value);
  assert.ok(types.includes(`${DCAT}DataService`));
  assert.equal(store.getObjects(service ?? null, `${DCAT}endpointURL`, null)[0]?.value, STREAM);
  assert.deepEqual(
    store
      .getObjects(service ?? null, `${DCAT}servesDataset`, null)
      .map((d) => d.value)
      .sort(),
    [`${BASE}/opendata/datasets/challenges`, `${BASE}/opendata/datasets/solutions`],
  );
});
