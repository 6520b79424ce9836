import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, json, type Harness } from '../test-support/harness.ts';
import type { Solution } from '../solutions/schemas.ts';
import type { Challenge } from '../challenges/schemas.ts';
import { publicationFixture, type PublicFixture } from './test-fixtures.ts';
import { schemaOrgFor, schemaOrgJson } from './schema-org.ts';

const BASE = 'https://hd.example';
let h: Harness;
let fx: PublicFixture;

before(async () => {
  h = await startHarness();
  fx = await publicationFixture(h);
});
after(() => h.close());

const solution = async (id: string) =>
  json<Solution>(await h.app.inject({ url: `/api/v1/solutions/${id}`, headers: fx.provider.auth }));

test('a public published solution is described as a schema.org Service of its provider', async () => {
  const data = schemaOrgFor(BASE, { kind: 'solution', value: await solution(fx.publicSolutionId) });
  assert.equal(data?.['@type'], 'Service');
  assert.equal(data?.url, `${BASE}/solutions/${fx.publicSolutionId}`);
  assert.deepEqual(data?.provider, { '@type': 'Organization', name: 'Zilverdraad bv' });
  assert.equal(JSON.stringify(data).includes('reviewNote'), false);
});

test('a public published challenge is described as a schema.org Demand', async () => {
  const challenge = json<Challenge>(await h.app.inject({ url: `/api/v1/challenges/${fx.publicChallengeId}` }));
  assert.equal(schemaOrgFor(BASE, { kind: 'challenge', value: challenge })?.['@type'], 'Demand');
});

test('an internal item gets no schema.org description', async () => {
  assert.equal(schemaOrgFor(BASE, { kind: 'solution', value: await solution(fx.internalSolutionId) }), null);
});

test('the serialised description cannot close its script block', () => {
  const serialised = schemaOrgJson({ name: '</script><script>alert(1)</script>' });
  assert.equal(serialised.includes('<'), false);
  assert.equal((JSON.parse(serialised) as { name: string }).name, '</script><script>alert(1)</script>');
});

test('public detail pages carry no executable inline script, only JSON-LD data blocks', async () => {
  for (const url of [`/solutions/${fx.publicSolutionId}`, `/challenges/${fx.publicChallengeId}`]) {
    const page = await h.app.inject({ url });
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-security-policy']), /script-src 'self'/);
    const scripts = page.body.match(/<script\b[^>]*>/g) ?? [];
    for (const script of scripts) assert.match(script, /type="application\/ld\+json"/, `${url}: ${script}`);
  }
});

test('a public challenge page carries its schema.org description as JSON-LD data', async () => {
  const page = await h.app.inject({ url: `/challenges/${fx.publicChallengeId}` });
  const data = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page.body)?.[1];
  assert.ok(data, 'the page has a JSON-LD block');
  assert.equal(JSON.parse(data)['@context'], 'https://schema.org');
});

test('a confidential challenge page carries no schema.org description', async () => {
  const page = await h.app.inject({ url: `/challenges/${fx.confidentialChallengeId}`, headers: fx.ambassador.auth });
  assert.equal(page.statusCode, 200);
  assert.doesNotMatch(page.body, /application\/ld\+json/);
});
