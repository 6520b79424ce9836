import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, formSession, type Harness } from '../test-support/harness.ts';
import { listOpenFeedback } from './repository.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

async function send(fields: Record<string, string>) {
  const session = await formSession(h.app, '/toegankelijkheid');
  return h.app.inject({
    method: 'POST',
    url: '/toegankelijkheid',
    cookies: session.cookies,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: session.csrf, ...fields }).toString(),
  });
}

test('the accessibility statement is published in the three languages', async () => {
  assert.match((await h.app.inject({ url: '/toegankelijkheid' })).body, /Toegankelijkheidsverklaring/);
  assert.match((await h.app.inject({ url: '/toegankelijkheid?lang=fr' })).body, /Déclaration d’accessibilité/);
  assert.match((await h.app.inject({ url: '/toegankelijkheid?lang=en' })).body, /Accessibility statement/);
});

test('every page links to the accessibility statement', async () => {
  assert.match((await h.app.inject({ url: '/challenges' })).body, /href="\/toegankelijkheid"/);
});

test('a visitor reports an accessibility problem and it is stored', async () => {
  const response = await send({
    page: '/challenges',
    message: 'De filters zijn niet te bedienen met mijn schermlezer.',
    contactEmail: 'lezer@example.org',
  });
  assert.equal(response.statusCode, 303);
  assert.equal(response.headers.location, '/toegankelijkheid/bedankt');
  const stored = await listOpenFeedback(h.db);
  assert.equal(stored[0]?.contact_email, 'lezer@example.org');
});

test('a report without a message is refused with the error at the field and nothing is stored', async () => {
  const before = (await listOpenFeedback(h.db)).length;
  const response = await send({ page: '/', message: '' });
  assert.equal(response.statusCode, 400);
  assert.match(response.body, /id="message-error"/);
  assert.equal((await listOpenFeedback(h.db)).length, before);
});
