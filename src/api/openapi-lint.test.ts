// The API document as the ecosystem's own linters read it: Spectral (spectral:oas) and Redocly
// (recommended) find nothing in what the platform serves, and an operation added without its
// documentation makes them speak.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import swagger from '@fastify/swagger';
import { Document, Spectral } from '@stoplight/spectral-core';
import spectralParsers from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { startHarness, type Harness } from '../test-support/harness.ts';
import { testConfig } from '../config.ts';
import { openApiOptions } from './openapi.ts';
import { OPERATION_TEXTS } from './operation-texts.ts';

// Linters warn about a server on localhost; the document is checked as a public instance serves it.
const baseUrl = 'https://helemaaldigitaal.example';
const SPECTRAL_SEVERITIES = ['error', 'warning', 'information', 'hint'];

type Operation = {
  operationId?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, unknown> }>;
};
type OpenApi = { paths: Record<string, Record<string, Operation>> };

async function lintProblems(document: object): Promise<string[]> {
  const source = JSON.stringify(document);
  const spectral = new Spectral();
  spectral.setRuleset({ extends: [[oas as never, 'recommended']] });
  const fromSpectral = await spectral.run(new Document(source, spectralParsers.Json, 'openapi.json'));
  const config = await createConfig({ extends: ['recommended'] });
  const fromRedocly = await lintFromString({ source, absoluteRef: 'openapi.json', config });
  return [
    ...fromSpectral.map(
      (r) => `Spectral ${SPECTRAL_SEVERITIES[r.severity]} ${r.code} at ${r.path.join('.')}: ${r.message}`,
    ),
    ...fromRedocly.map((p) => `Redocly ${p.severity} ${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`),
  ];
}

let h: Harness;
let served: OpenApi;
before(async () => {
  h = await startHarness({ baseUrl });
  served = (await h.app.inject({ url: '/api/openapi.json' })).json();
});
after(() => h.close());

test('Spectral (spectral:oas) and Redocly (recommended) find no error and no warning in the served API document', async () => {
  assert.ok(Object.keys(served.paths).length > 60);
  assert.deepEqual(await lintProblems(served), []);
});

test('an operation added without id, description, security or a failure answer fails the lint', async () => {
  const app = Fastify();
  await app.register(swagger, openApiOptions(testConfig({ baseUrl })));
  app.get('/api/v1/undocumented', { schema: { tags: ['challenges'], summary: 'Nothing yet' } }, async () => ({}));
  await app.ready();
  const problems = (await lintProblems(app.swagger())).filter((problem) => problem.includes('undocumented'));
  await app.close();
  for (const rule of [
    'Spectral warning operation-operationId ',
    'Spectral warning operation-description ',
    'Redocly error security-defined ',
    'Redocly warn operation-4xx-response ',
  ])
    assert.ok(
      problems.some((problem) => problem.startsWith(rule)),
      `${rule}in ${JSON.stringify(problems)}`,
    );
});

test('security and the standard failures follow the route’s guard, input and rate limit', () => {
  const resetSecondFactor = served.paths['/api/v1/people/{id}/second-factor']?.delete;
  assert.deepEqual(resetSecondFactor?.security, [{ session: [] }, { sessionCookie: [] }]);
  assert.deepEqual(Object.keys(resetSecondFactor?.responses ?? {}).sort(), ['204', '400', '401', '403', '404', '429']);
  const logIn = served.paths['/api/v1/sessions']?.post;
  assert.deepEqual(logIn?.security, []);
  assert.deepEqual(Object.keys(logIn?.responses ?? {}).sort(), ['201', '400', '401', '429']);
  assert.deepEqual(served.paths['/api/v1/challenges']?.get?.security?.slice(-2), [
    { session: [] },
    { sessionCookie: [] },
  ]);
  const similar = served.paths['/api/v1/similar']?.post;
  assert.deepEqual(similar?.security, [{}, { session: [] }, { sessionCookie: [] }]);
});

test('a CSV export is documented as text/csv and its failures as JSON', () => {
  const exported = served.paths['/api/v1/exports/challenges.csv']?.get;
  assert.deepEqual(Object.keys(exported?.responses['200']?.content ?? {}), ['text/csv']);
  for (const status of ['401', '403', '429'])
    assert.deepEqual(Object.keys(exported?.responses[status]?.content ?? {}), ['application/json'], status);
  const publiccode = served.paths['/api/v1/solutions/{id}/publiccode.yml']?.get;
  assert.deepEqual(Object.keys(publiccode?.responses['404']?.content ?? {}), ['application/json']);
});

test('every operation text belongs to an operation the platform serves', () => {
  const routes = new Set(h.app.routeTable.map((route) => `${route.method} ${route.url}`));
  assert.deepEqual(
    Object.keys(OPERATION_TEXTS).filter((key) => !routes.has(key)),
    [],
  );
});
