import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Validator } from '@seriousme/openapi-schema-validator';
import { startHarness, type Harness } from '../test-support/harness.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

test('the API document validates as OpenAPI 3.1', async () => {
  const response = await h.app.inject({ url: '/api/openapi.json' });
  assert.equal(response.statusCode, 200);
  const document = response.json();
  assert.equal(document.openapi, '3.1.0');
  const result = await new Validator().validate(document);
  assert.equal(result.valid, true, JSON.stringify(result.errors));
});

test('the API document describes the challenge and solution operations and no page', async () => {
  const document = (await h.app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, object> };
  for (const path of [
    '/api/v1/challenges',
    '/api/v1/challenges/{id}',
    '/api/v1/challenges/{id}/transitions',
    '/api/v1/solutions',
    '/api/v1/solutions/{id}',
  ]) {
    assert.ok(document.paths[path], `${path} is documented`);
  }
  assert.equal(
    Object.keys(document.paths).every((path) => path.startsWith('/api/v1')),
    true,
  );
});

test('the API documentation page lists the operations from the same document', async () => {
  const page = await h.app.inject({ url: '/api/docs' });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<code>\/api\/v1\/challenges\/\{id\}\/transitions<\/code>/);
});

test('the API documentation page marks login required only for operations that need a credential', async () => {
  const page = (await h.app.inject({ url: '/api/docs?lang=en' })).body;
  const loginNote = (method: string, path: string) => {
    const row = new RegExp(`<code>${method}</code></td><td><code>${path}</code>( \\(login required\\))?<`).exec(page);
    assert.ok(row, `${method} ${path} is listed`);
    return row[1] ?? '';
  };
  assert.equal(loginNote('GET', '/api/v1/me'), ' (login required)');
  assert.equal(loginNote('GET', '/api/v1/challenges'), '');
  assert.equal(loginNote('POST', '/api/v1/similar'), '');
  assert.equal(loginNote('POST', '/api/v1/sessions'), '');
});
