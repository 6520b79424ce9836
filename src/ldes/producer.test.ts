// The LDES as a producer partners can rely on: every member on every page conforms to the shape the
// stream names (checked with rdf-validate-shacl); a withdrawal moves Last-Modified of the feeds, the open
// data and the LDES, so a reader asking If-Modified-Since gets the item gone, not 304; and the consumer
// costs two statements an event.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { KyselyPlugin } from 'kysely';
import { Parser, Store, type Quad } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { recordVersion } from './service.ts';
import { startLdesWorld, type LdesWorld } from './test-support.ts';

const TREE = 'https://w3id.org/tree#';
const IS_VERSION_OF = 'http://purl.org/dc/terms/isVersionOf';
const BASE = 'http://hd.test';
const STREAM = `${BASE}/ldes/items`;

let w: LdesWorld;
const ids: Record<string, string> = {};

before(async () => {
  w = await startLdesWorld(2);
  ids.staying = await w.publish('challenges', { title: 'Blijvende uitdaging valdetectie' });
  ids.leaving = await w.publish('challenges', { title: 'INTREKMERK uitdaging' });
  ids.solution = await w.publish('solutions', { title: 'Valsensor onder het bed' });
  await w.settled();
});
after(() => w.h.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  w.h.app.inject({ method: 'GET', url, headers: { accept: 'text/turtle', ...headers } });

const parse = (body: string, base: string): Quad[] => new Parser({ baseIRI: base }).parse(body);

/** Every page's quads, from the first, following the relations. */
async function pages(): Promise<Array<{ url: string; quads: Quad[] }>> {
  const found = [];
  for (let url: string | undefined = `${STREAM}/pages/0`; url; ) {
    const response = await get(url.slice(BASE.length));
    assert.equal(response.statusCode, 200, url);
    const quads = parse(response.body, url);
    found.push({ url, quads });
    url = new Store(quads).getObjects(null, `${TREE}node`, null)[0]?.value;
  }
  return found;
}

const OPEN_DATA = [
  '/feeds/challenges.atom',
  '/opendata/challenges.jsonld',
  '/opendata/challenges.ttl',
  '/opendata/challenges.csv',
  '/opendata/catalog.ttl',
];

test('after a withdrawal, If-Modified-Since gets the feeds, open data and LDES page again, without the item', async () => {
  const ldesPage = (await pages()).at(-1)?.url.slice(BASE.length) ?? '';
  const urls = [...OPEN_DATA, ldesPage];
  const before: Record<string, string> = {};
  for (const url of urls) {
    const response = await get(url);
    assert.equal(response.statusCode, 200, url);
    before[url] = String(response.headers['last-modified']);
    assert.equal((await get(url, { 'if-modified-since': before[url] })).statusCode, 304, url);
  }
  // HTTP dates have whole seconds: the withdrawal happens in a later one.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  await w.edit('challenges', ids.leaving!, { classification: 'internal' });
  await w.settled();
  for (const url of urls) {
    const response = await get(url, { 'if-modified-since': before[url]! });
    assert.equal(response.statusCode, 200, url);
    assert.ok(Date.parse(String(response.headers['last-modified'])) > Date.parse(before[url]!), url);
    if (url !== ldesPage) assert.ok(!response.body.includes('INTREKMERK'), url);
  }
});

async function shapes(): Promise<Store> {
  const stream = new Store(parse((await get('/ldes/items')).body, STREAM));
  const [shape] = stream.getObjects(STREAM, `${TREE}shape`, null);
  assert.equal(shape?.value, `${STREAM}/shape`);
  const response = await get('/ldes/items/shape');
  assert.equal(response.statusCode, 200);
  assert.match(String(response.headers['content-type']), /^text\/turtle/);
  return new Store(parse(response.body, shape.value));
}

test('the stream names a SHACL shape, and every member on every page conforms to it', async () => {
  const validator = new SHACLValidator(await shapes());
  let members = 0;
  for (const page of await pages()) {
    const report = await validator.validate(new Store(page.quads));
    assert.ok(report.conforms, `${page.url}: ${report.results.map((r) => r.message.join(' ')).join('; ')}`);
    members += new Store(page.quads).getObjects(STREAM, `${TREE}member`, null).length;
  }
  assert.equal(members, 4, 'three versions and a tombstone');
});

test('the shape refuses a member without its item or with a solution lacking its provider', async () => {
  const validator = new SHACLValidator(await shapes());
  const quads = (await pages()).flatMap((page) => page.quads);
  const withoutItem = quads.filter((q) => q.predicate.value !== IS_VERSION_OF);
  assert.equal((await validator.validate(new Store(withoutItem))).conforms, false);
  const withoutProvider = quads.filter((q) => q.predicate.value !== 'https://schema.org/provider');
  assert.equal((await validator.validate(new Store(withoutProvider))).conforms, false);
});

test('the consumer reads the public view and appends if new: two statements an event, whatever it finds', async () => {
  let statements = 0;
  const counting: KyselyPlugin = {
    transformQuery: (args) => {
      statements += 1;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  const services = { ...w.h.services, db: w.h.db.withPlugin(counting) };
  const count = async () =>
    Number(
      (
        await w.h.db
          .selectFrom('ldes_members')
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const record = async (id: string) => {
    statements = 0;
    await recordVersion(services, { type: 'item.changed', kind: 'challenge', id, status: 'published' });
    return statements;
  };
  const members = await count();
  assert.equal(await record(ids.staying!), 2, 'unchanged');
  assert.equal(await record(ids.leaving!), 2, 'gone already');
  assert.equal(await count(), members);
  await w.h.db
    .updateTable('challenges')
    .set({ title: 'Blijvende uitdaging, herzien' })
    .where('id', '=', ids.staying!)
    .execute();
  assert.equal(await record(ids.staying!), 2, 'changed');
  assert.equal(await count(), members + 1);
});
