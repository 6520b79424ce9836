import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { startHarness, createOrganisation, type Harness } from '../test-support/harness.ts';
import { publicationFixture, SECRET, type PublicFixture } from '../opendata/test-fixtures.ts';

interface Entry {
  id: string;
  title: { '#text': string };
  updated: string;
  '@_xml:lang': string;
  author: { name: string };
  link: { '@_href': string };
}
interface Feed {
  id: string;
  title: unknown;
  updated: string;
  author: { name: string };
  link: unknown[];
  entry?: Entry[];
}

let h: Harness;
let fx: PublicFixture;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => name === 'entry' || name === 'link',
});

before(async () => {
  h = await startHarness();
  fx = await publicationFixture(h);
});
after(() => h.close());

async function feed(url: string): Promise<Feed> {
  const response = await h.app.inject({ url });
  assert.equal(response.statusCode, 200);
  assert.match(String(response.headers['content-type']), /^application\/atom\+xml/);
  assert.equal(XMLValidator.validate(response.body), true);
  return (parser.parse(response.body) as { feed: Feed }).feed;
}

test('the solutions feed is well-formed Atom with id, title, updated, links and author, listing only public published items', async () => {
  const atom = await feed('/feeds/solutions.atom');
  assert.ok(atom.id && atom.title && atom.updated && atom.author.name);
  assert.equal(atom.link.length, 2);
  assert.deepEqual(
    atom.entry?.map((e) => e.id.split('/').at(-1)),
    [fx.publicSolutionId],
  );
  const [entry] = atom.entry ?? [];
  assert.equal(entry?.author.name, 'Zilverdraad bv');
  assert.ok(!Number.isNaN(Date.parse(entry?.updated ?? '')));
});

test('the challenges feed leaves out confidential challenges and never shows review notes', async () => {
  const response = await h.app.inject({ url: '/feeds/challenges.atom' });
  for (const secret of [SECRET.confidentialTitle, SECRET.reviewNote, fx.provider.email])
    assert.equal(response.body.includes(secret), false);
  assert.deepEqual(
    (await feed('/feeds/challenges.atom')).entry?.map((e) => e.id.split('/').at(-1)),
    [fx.publicChallengeId],
  );
});

test('each entry is marked with its own language and special characters stay text', async () => {
  const atom = await feed('/feeds/challenges.atom');
  assert.equal(atom.entry?.[0]?.['@_xml:lang'], 'nl');
  assert.equal(atom.entry?.[0]?.title['#text'], 'Uitdaging met "aanhalingstekens", komma\'s en\nregels');
});

test('a feed answers a conditional GET with 304 until an item in it changes, then with the new feed and a new ETag', async () => {
  const url = '/feeds/challenges.atom';
  const first = await h.app.inject({ url });
  const etag = String(first.headers.etag);
  const lastModified = String(first.headers['last-modified']);
  assert.match(etag, /^"[\w-]+"$/);
  assert.equal(lastModified, new Date((await feed(url)).updated).toUTCString());
  assert.match(String(first.headers.vary), /accept-language/);
  for (const headers of [
    { 'if-none-match': etag },
    { 'if-none-match': `"elders", W/${etag}` },
    { 'if-modified-since': lastModified },
  ]) {
    const again = await h.app.inject({ url, headers });
    assert.equal(again.statusCode, 304, JSON.stringify(headers));
    assert.equal(again.body, '');
    assert.equal(again.headers.etag, etag);
  }
  // If-None-Match decides when both are sent, and a French reader's feed is another document.
  const otherTag = await h.app.inject({
    url,
    headers: { 'if-none-match': '"elders"', 'if-modified-since': lastModified },
  });
  assert.equal(otherTag.statusCode, 200);
  const french = await h.app.inject({ url, headers: { 'accept-language': 'fr', 'if-none-match': etag } });
  assert.equal(french.statusCode, 200);

  const edited = await h.app.inject({
    method: 'PATCH',
    url: `/api/v1/challenges/${fx.publicChallengeId}`,
    headers: fx.provider.auth,
    payload: { title: 'Uitdaging met een nieuwe titel' },
  });
  assert.equal(edited.statusCode, 200, edited.body);
  const changed = await h.app.inject({ url, headers: { 'if-none-match': etag } });
  assert.equal(changed.statusCode, 200);
  assert.ok(changed.body.includes('Uitdaging met een nieuwe titel'));
  assert.notEqual(changed.headers.etag, etag);
  assert.ok(Date.parse(String(changed.headers['last-modified'])) >= Date.parse(lastModified));
  const current = await h.app.inject({ url, headers: { 'if-none-match': String(changed.headers.etag) } });
  assert.equal(current.statusCode, 304);
});

test('a feed holds the newest 50 items, newest first', async () => {
  const organisationId = await createOrganisation(h.db, 'Veelschrijver nv');
  const base = Date.parse('2030-01-01T00:00:00Z');
  await h.db
    .insertInto('solutions')
    .values(
      Array.from({ length: 55 }, (_, i) => ({
        title: `Oplossing nummer ${i}`,
        description: 'Een beschrijving die lang genoeg is voor de catalogus.',
        kind: 'app',
        technologies: [],
        sectors: ['care'],
        spearheads: [1],
        trl: 9,
        pricing: 'paid',
        regions_served: ['BE2'],
        languages: ['fr'],
        language: 'fr',
        reference_text: '',
        classification: 'public' as const,
        status: 'published',
        provider_organisation_id: organisationId,
        published_at: new Date(base + i * 60_000),
      })),
    )
    .execute();
  const entries = (await feed('/feeds/solutions.atom')).entry ?? [];
  assert.equal(entries.length, 50);
  assert.equal(entries[0]?.title['#text'], 'Oplossing nummer 54');
  assert.equal(entries[0]?.['@_xml:lang'], 'fr');
});
