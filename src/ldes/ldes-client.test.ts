// The proof with someone else's client: the npm ldes-client (the reference LDES client) replicates
// our stream over HTTP from a live server on 127.0.0.1, from the first page, and gets exactly the
// published public items; following the stream, it then gets an edit as a new version and a
// withdrawal as a tombstone.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quad } from '@rdfjs/types';
import { replicateLDES } from 'ldes-client';
import { listen, startLdesWorld, type LdesWorld } from './test-support.ts';

const DELETE = 'https://www.w3.org/ns/activitystreams#Delete';
const TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const NAME = 'https://schema.org/name';

interface Received {
  /** The version's IRI, the member's focus node. */
  id: string;
  item: string;
  quads: Quad[];
}

let w: LdesWorld;
let url: string;
let client: ReturnType<typeof replicateLDES>;
let reader: ReadableStreamDefaultReader<{ id: { value: string }; quads: Quad[]; isVersionOf?: string }>;
const ids: Record<string, string> = {};
/** Every address the client asked for: only our server's, nothing downloaded from elsewhere. */
const requested: string[] = [];
const recordingFetch: typeof fetch = (input, init) => {
  requested.push(input instanceof Request ? input.url : String(input));
  return fetch(input, init);
};

before(async () => {
  w = await startLdesWorld(2);
  url = await listen(w);
  ids.first = await w.publish('challenges', { title: 'Valdetectie in de kamer' });
  ids.internal = await w.publish('challenges', { title: 'INTERNMERK', classification: 'internal' });
  ids.solution = await w.publish('solutions', { title: 'Valsensor onder het bed' });
  ids.confidential = await w.publish('solutions', { title: 'VERTROUWELIJKMERK', classification: 'confidential' });
  ids.draft = await w.draft('challenges', { title: 'ONTWERPMERK' });
  ids.second = await w.publish('challenges', { title: 'Medicatie op tijd' });
  await w.settled();
  client = replicateLDES(
    { url: `${url}/ldes/items`, polling: true, pollInterval: 100, fetch: recordingFetch },
    'ascending',
  );
  reader = client.stream({ highWaterMark: 10 }).getReader();
});

after(async () => {
  await client.close();
  await w.h.close();
});

/** The next member the client emits, or a failure after 20 seconds. */
async function next(): Promise<Received> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the client emitted no member within 20 s')), 20_000);
  });
  try {
    const read = await Promise.race([reader.read(), timeout]);
    if (read.done) throw new Error('the client closed the stream');
    return { id: read.value.id.value, item: read.value.isVersionOf ?? '', quads: read.value.quads };
  } finally {
    clearTimeout(timer);
  }
}

const item = (kind: 'challenges' | 'solutions', id: string | undefined) => `${url}/${kind}/${id}`;
/** What the version itself says with `predicate` (not its organisation or offer). */
const objects = ({ id, quads }: Received, predicate: string) =>
  quads.filter((q) => q.subject.value === id && q.predicate.value === predicate).map((q) => q.object.value);

test('the ldes-client replicates exactly the published public items, from the first page', async () => {
  const received = [await next(), await next(), await next()];
  assert.deepEqual(
    received.map((r) => r.item),
    [item('challenges', ids.first), item('solutions', ids.solution), item('challenges', ids.second)],
  );
  assert.deepEqual(
    received.map((r) => objects(r, NAME)[0]),
    ['Valdetectie in de kamer', 'Valsensor onder het bed', 'Medicatie op tijd'],
  );
  const everything = JSON.stringify(received.flatMap((r) => r.quads.map((q) => q.object.value)));
  for (const marker of ['INTERNMERK', 'VERTROUWELIJKMERK', 'ONTWERPMERK']) assert.ok(!everything.includes(marker));
  assert.deepEqual([...new Set(requested)].slice(0, 3), [
    `${url}/ldes/items`,
    `${url}/ldes/items/pages/0`,
    `${url}/ldes/items/pages/1`,
  ]);
});

test('following the stream, the client gets an edit as a new version of the item', async () => {
  await w.edit('challenges', ids.first!, { title: 'Valdetectie in de kamer en de gang' });
  await w.settled();
  const version = await next();
  assert.equal(version.item, item('challenges', ids.first));
  assert.deepEqual(objects(version, NAME), ['Valdetectie in de kamer en de gang']);
  assert.ok(!objects(version, TYPE).includes(DELETE));
});

test('following the stream, the client gets a withdrawal as a tombstone', async () => {
  await w.edit('solutions', ids.solution!, { classification: 'internal' });
  await w.settled();
  const tombstone = await next();
  assert.equal(tombstone.item, item('solutions', ids.solution));
  assert.deepEqual(objects(tombstone, TYPE), [DELETE]);
  assert.deepEqual(objects(tombstone, NAME), []);
  // It came from a new page, found through the relation the open page gained.
  assert.ok(requested.includes(`${url}/ldes/items/pages/2`));
  assert.deepEqual(
    requested.filter((address) => !address.startsWith(`${url}/ldes/items`)),
    [],
  );
});
