// The catalogue checked with the ecosystem's own rules: the official DCAT-AP 3.0.0 SHACL shapes
// (src/opendata/shapes, source and licence in its README), run by rdf-validate-shacl.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import jsonld from 'jsonld';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { startHarness, type Harness } from '../test-support/harness.ts';
import { publicationFixture } from './test-fixtures.ts';

const SHAPES = new URL('./shapes/dcat-ap-3.0.0-SHACL.ttl', import.meta.url);

let h: Harness;
let validator: SHACLValidator;

before(async () => {
  h = await startHarness();
  await publicationFixture(h);
  validator = new SHACLValidator(new Store(new Parser().parse(await readFile(SHAPES, 'utf8'))));
});
after(() => h.close());

async function violations(data: Store): Promise<string[]> {
  const report = await validator.validate(data);
  return report.results.map((result) =>
    [
      result.focusNode?.value,
      result.path?.value,
      result.value?.value,
      result.sourceConstraintComponent?.value.replace('http://www.w3.org/ns/shacl#', 'sh:'),
      result.message.map((m) => m.value).join(' '),
    ].join(' | '),
  );
}

const describeAll = (found: string[]) => `${found.length} results:\n${found.join('\n')}`;

test('the Turtle catalogue conforms to the DCAT-AP 3.0.0 shapes', async () => {
  const response = await h.app.inject({ url: '/opendata/catalog.ttl' });
  const found = await violations(new Store(new Parser().parse(response.body)));
  assert.equal(found.length, 0, describeAll(found));
});

test('the JSON-LD catalogue conforms to the DCAT-AP 3.0.0 shapes', async () => {
  const response = await h.app.inject({ url: '/opendata/catalog.jsonld' });
  const nquads = (await jsonld.toRDF(response.json(), { format: 'application/n-quads' })) as unknown as string;
  const found = await violations(new Store(new Parser({ format: 'N-Quads' }).parse(nquads)));
  assert.equal(found.length, 0, describeAll(found));
});

test('the shapes do find faults: a distribution without its access URL and an untyped licence are reported', async () => {
  const quads = new Parser().parse((await h.app.inject({ url: '/opendata/catalog.ttl' })).body);
  const broken = quads.filter(
    (q) =>
      !q.subject.value.endsWith('/opendata/challenges.csv#distribution') ||
      q.predicate.value !== 'http://www.w3.org/ns/dcat#accessURL',
  );
  const licence = 'http://publications.europa.eu/resource/authority/licence/CC0';
  const found = await violations(new Store(broken.filter((q) => q.subject.value !== licence)));
  assert.ok(found.some((f) => f.includes('challenges.csv#distribution | http://www.w3.org/ns/dcat#accessURL')));
  assert.ok(
    found.some((f) => f.includes(`http://purl.org/dc/terms/license | ${licence} | sh:ClassConstraintComponent`)),
  );
});
