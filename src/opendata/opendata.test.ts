import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { parse } from 'csv-parse/sync';
import { startHarness, type Harness } from '../test-support/harness.ts';
import { publicationFixture, SECRET, type PublicFixture } from './test-fixtures.ts';

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const EXPORTS = [
  '/opendata/catalog.jsonld',
  '/opendata/catalog.ttl',
  '/opendata/challenges.jsonld',
  '/opendata/challenges.ttl',
  '/opendata/challenges.csv',
  '/opendata/solutions.jsonld',
  '/opendata/solutions.ttl',
  '/opendata/solutions.csv',
];

let h: Harness;
let fx: PublicFixture;

before(async () => {
  h = await startHarness();
  fx = await publicationFixture(h);
});
after(() => h.close());

const get = (url: string) => h.app.inject({ url });
const turtle = async (url: string): Promise<Quad[]> => new Parser().parse((await get(url)).body);
const objects = (quads: Quad[], subject: string, predicate: string) =>
  quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object);
const subjectsOfType = (quads: Quad[], type: string) =>
  quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === type).map((q) => q.subject.value);

test('the JSON-LD catalogue expands to a DCAT catalogue of three datasets (challenges, solutions, open calls) with three distributions each', async () => {
  const response = await get('/opendata/catalog.jsonld');
  assert.match(String(response.headers['content-type']), /^application\/ld\+json/);
  const expanded = (await jsonld.expand(response.json())) as Record<string, unknown[]>[];
  const catalog = expanded.find((node) => (node['@type'] as unknown as string[]).includes(`${DCAT}Catalog`));
  assert.equal(catalog?.[`${DCAT}dataset`]?.length, 3);
  const datasets = expanded.filter((node) => (node['@type'] as unknown as string[]).includes(`${DCAT}Dataset`));
  assert.equal(datasets.length, 3);
  for (const dataset of datasets) {
    assert.equal(dataset[`${DCAT}distribution`]?.length, 3);
    const languages = (dataset[`${DCT}title`] as { '@language': string }[]).map((t) => t['@language']).sort();
    assert.deepEqual(languages, ['en', 'fr', 'nl']);
  }
});

test('the Turtle catalogue parses and states the same triples as the JSON-LD one', async () => {
  const quads = await turtle('/opendata/catalog.ttl');
  const fromJsonLd = (await jsonld.toRDF((await get('/opendata/catalog.jsonld')).json(), {
    format: 'application/n-quads',
  })) as unknown as string;
  assert.equal(quads.length, new Set(fromJsonLd.trim().split('\n')).size);
  assert.equal(subjectsOfType(quads, `${DCAT}Catalog`).length, 1);
});

test('every distribution has an access and download URL, a format, a media type and the CC0 licence', async () => {
  const quads = await turtle('/opendata/catalog.ttl');
  const distributions = subjectsOfType(quads, `${DCAT}Distribution`);
  assert.equal(distributions.length, 9);
  for (const distribution of distributions) {
    const url = objects(quads, distribution, `${DCAT}downloadURL`)[0]?.value ?? '';
    assert.equal(objects(quads, distribution, `${DCAT}accessURL`)[0]?.value, url);
    assert.equal(
      objects(quads, distribution, `${DCT}license`)[0]?.value,
      'http://publications.europa.eu/resource/authority/licence/CC0',
    );
    assert.equal(objects(quads, distribution, `${DCT}format`).length, 1);
    assert.equal(objects(quads, distribution, `${DCAT}mediaType`).length, 1);
    assert.equal((await get(new URL(url).pathname)).statusCode, 200, url);
  }
});

test('the solutions dataset describes published public items and their organisation as a registered organisation with its KBO number', async () => {
  const quads = await turtle('/opendata/solutions.ttl');
  const solutions = subjectsOfType(quads, 'https://helemaaldigitaal.vlaanderen.be/ns#Solution');
  assert.deepEqual(
    solutions.map((s) => s.split('/').at(-1)),
    [fx.publicSolutionId],
  );
  const [organisation] = subjectsOfType(quads, 'http://www.w3.org/ns/regorg#RegisteredOrganization');
  assert.equal(objects(quads, organisation ?? '', 'http://www.w3.org/ns/regorg#legalName')[0]?.value, 'Zilverdraad bv');
  const identifier = objects(quads, organisation ?? '', 'http://www.w3.org/ns/regorg#registration')[0]?.value ?? '';
  const kbo = objects(quads, identifier, 'http://www.w3.org/2004/02/skos/core#notation')[0]?.value ?? '';
  assert.equal(organisation, `https://data.vlaanderen.be/id/organisatie/${kbo}`);
  const title = objects(quads, solutions[0] ?? '', `${DCT}title`)[0];
  assert.equal(title?.termType === 'Literal' && title.language, 'nl');
});

test('the challenges JSON-LD expands and lists only the public published challenge', async () => {
  const expanded = (await jsonld.expand((await get('/opendata/challenges.jsonld')).json())) as {
    '@id': string;
    '@type'?: string[];
  }[];
  const challenges = expanded.filter((node) =>
    node['@type']?.includes('https://helemaaldigitaal.vlaanderen.be/ns#Challenge'),
  );
  assert.deepEqual(
    challenges.map((c) => c['@id'].split('/').at(-1)),
    [fx.publicChallengeId],
  );
});

test('the CSV files have a stable header and round-trip through csv-parse, quotes and line breaks included', async () => {
  const response = await get('/opendata/challenges.csv');
  assert.match(String(response.headers['content-type']), /^text\/csv; charset=utf-8/);
  const rows = parse(response.body, { columns: true }) as Record<string, string>[];
  assert.equal(rows.length, 1);
  assert.equal(rows[0]?.title, 'Uitdaging met "aanhalingstekens", komma\'s en\nregels');
  assert.equal(rows[0]?.sectors, 'care');
  assert.equal(rows[0]?.spearheads, '5; 9');
  const [header] = parse((await get('/opendata/solutions.csv')).body, { to_line: 1 }) as string[][];
  assert.deepEqual(header?.slice(0, 6), ['id', 'title', 'description', 'language', 'kind', 'technologies']);
  assert.equal(header?.includes('reviewNote'), false);
});

test('no export carries internal, confidential, draft or sent-back items, review notes, e-mails, person ids or addresses', async () => {
  const forbidden = [
    SECRET.reviewNote,
    SECRET.internalTitle,
    SECRET.confidentialTitle,
    SECRET.draftTitle,
    SECRET.street,
    'Teruggestuurde',
    fx.internalSolutionId,
    fx.confidentialChallengeId,
    fx.provider.id,
    fx.ambassador.id,
    fx.provider.email,
    '@test.example',
  ];
  for (const url of EXPORTS) {
    const body = (await get(url)).body;
    for (const secret of forbidden) assert.equal(body.includes(secret), false, `${url} leaks ${secret}`);
  }
});

test('cells a spreadsheet would run as a formula start with an apostrophe in the open data CSV, other cells unchanged', async () => {
  await h.db
    .updateTable('solutions')
    .set({
      title: '=HYPERLINK("http://evil.example","klik")',
      technologies: ["+cmd|' /C calc'!A0", '@SUM(1)'],
      description: '-2+3 en een beschrijving',
      reference_text: '\t=1+1',
    })
    .where('id', '=', fx.publicSolutionId)
    .execute();
  await h.db.updateTable('challenges').set({ description: '\r=cmd' }).where('id', '=', fx.publicChallengeId).execute();
  const [solution] = parse((await get('/opendata/solutions.csv')).body, { columns: true }) as Record<string, string>[];
  assert.equal(solution?.title, '\'=HYPERLINK("http://evil.example","klik")');
  assert.equal(solution?.technologies, "'+cmd|' /C calc'!A0; @SUM(1)");
  assert.equal(solution?.description, "'-2+3 en een beschrijving");
  assert.equal(solution?.references, "'\t=1+1");
  assert.equal(solution?.trl, '9');
  assert.equal(solution?.organisationName, 'Zilverdraad bv');
  const [challenge] = parse((await get('/opendata/challenges.csv')).body, { columns: true }) as Record<
    string,
    string
  >[];
  assert.equal(challenge?.description, "'\r=cmd");
  assert.equal(challenge?.title, 'Uitdaging met "aanhalingstekens", komma\'s en\nregels');
});

test('an organisation website that is no http(s) address is never given as a homepage link', async () => {
  const { organisation_id } = await h.db
    .selectFrom('solutions')
    .select('provider_organisation_id as organisation_id')
    .where('id', '=', fx.publicSolutionId)
    .executeTakeFirstOrThrow();
  await h.db
    .updateTable('organisations')
    .set({ website: 'javascript:alert(document.cookie)' })
    .where('id', '=', organisation_id)
    .execute();
  for (const url of ['/opendata/solutions.jsonld', '/opendata/solutions.ttl', '/opendata/challenges.ttl']) {
    const body = (await get(url)).body;
    assert.equal(body.includes('javascript:'), false, url);
    assert.equal(body.includes('homepage'), false, url);
  }
  await h.db
    .updateTable('organisations')
    .set({ website: 'https://zilverdraad.example' })
    .where('id', '=', organisation_id)
    .execute();
  assert.match(
    (await get('/opendata/solutions.ttl')).body,
    /homepage> <https:\/\/zilverdraad\.example>|foaf:homepage <https:\/\/zilverdraad\.example>/,
  );
});

test('every export names its version (ETag) and its newest item’s update (Last-Modified) and answers 304 to a reader who has it', async () => {
  for (const url of EXPORTS) {
    const first = await get(url);
    const etag = String(first.headers.etag);
    assert.match(etag, /^"[\w-]+"$/, url);
    assert.match(String(first.headers['cache-control']), /^public/, url);
    const lastModified = String(first.headers['last-modified']);
    for (const headers of [{ 'if-none-match': etag }, { 'if-modified-since': lastModified }]) {
      const again = await h.app.inject({ url, headers });
      assert.equal(again.statusCode, 304, `${url} ${JSON.stringify(headers)}`);
      assert.equal(again.body, '', url);
    }
  }
});

test('after an item changes, a conditional GET for the open data gets the new file with a new ETag', async () => {
  const url = '/opendata/solutions.csv';
  const before = await get(url);
  const edited = await h.app.inject({
    method: 'PATCH',
    url: `/api/v1/solutions/${fx.publicSolutionId}`,
    headers: fx.provider.auth,
    payload: { title: 'Oplossing met een nieuwe titel' },
  });
  assert.equal(edited.statusCode, 200, edited.body);
  const after = await h.app.inject({ url, headers: { 'if-none-match': String(before.headers.etag) } });
  assert.equal(after.statusCode, 200);
  assert.ok(after.body.includes('Oplossing met een nieuwe titel'));
  assert.notEqual(after.headers.etag, before.headers.etag);
  const catalog = await get('/opendata/catalog.ttl');
  assert.ok(
    Date.parse(String(catalog.headers['last-modified'])) >= Date.parse(String(before.headers['last-modified'])),
  );
});
