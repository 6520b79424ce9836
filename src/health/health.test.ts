import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Harness } from '../test-support/harness.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

test('liveness answers ok', async () => {
  const response = await h.app.inject({ url: '/health' });
  assert.deepEqual(response.json(), { status: 'ok' });
});

test('readiness reports the database reachable and migrations applied', async () => {
  const response = await h.app.inject({ url: '/ready' });
  assert.equal(response.statusCode, 200);
  assert.equal(response.json().migrations, true);
});

test('readiness turns false while the instance drains', async () => {
  h.services.state.draining = true;
  const response = await h.app.inject({ url: '/ready' });
  h.services.state.draining = false;
  assert.equal(response.statusCode, 503);
  assert.equal(response.json().draining, true);
});

test('security headers forbid framing and inline script', async () => {
  const response = await h.app.inject({ url: '/' });
  const policy = String(response.headers['content-security-policy']);
  assert.match(policy, /frame-ancestors 'none'/);
  assert.match(policy, /script-src 'self'/);
  assert.equal(response.headers['referrer-policy'], 'strict-origin-when-cross-origin');
  assert.match(String(response.headers['strict-transport-security']), /max-age=31536000/);
});

test('an unknown address gets a translated not-found page, and a JSON error under the API', async () => {
  const page = await h.app.inject({ url: '/bestaat-niet?lang=en' });
  assert.equal(page.statusCode, 404);
  assert.match(page.body, /does not exist/);
  const api = await h.app.inject({ url: '/api/v1/bestaat-niet' });
  assert.equal(api.json().error.id, 'not_found');
});
