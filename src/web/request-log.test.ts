// The request log must never hold a secret: links with one-time tokens, authorization headers,
// cookies, API keys. The application is built with its log going to a stream this test reads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { buildApp } from '../app.ts';
import type { App, Services } from '../app-types.ts';
import { testConfig } from '../config.ts';
import { openTestDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createMailer } from '../notifications/mailer.ts';
import { assembleServices } from '../services.ts';
import { createPerson } from '../test-support/harness.ts';
import { redactSecrets, REQUEST_ID_HEADER } from './request-log.ts';

const lines: string[] = [];
let app: App;
let services: Services;
let drop: () => Promise<void>;

before(async () => {
  const opened = await openTestDatabase();
  drop = opened.drop;
  await migrateToLatest(opened.db);
  const config = testConfig({ logLevel: 'info' });
  services = assembleServices(opened.db, config, createMailer(null, config.mailFrom, { info() {} } as never));
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  app = await buildApp(services, { logStream });
  await app.ready();
});
after(async () => {
  await app.close();
  await drop();
});

const secret = (name: string) => `${name}-${Math.random().toString(36).slice(2)}-geheim`;

test('request logs hold no token, code, API key, authorization header or cookie', async () => {
  const person = await createPerson(services.db, 'member');
  const secrets = {
    reset: secret('reset'),
    verify: secret('verify'),
    unsubscribe: secret('unsubscribe'),
    code: secret('code'),
    state: secret('state'),
    apiKey: secret('hd_key'),
    queryKey: secret('querykey'),
    unknown: secret('unknown'),
  };
  await app.inject({ url: `/password/reset?token=${secrets.reset}` });
  await app.inject({ url: `/verify-email?lang=fr&token=${secrets.verify}` });
  await app.inject({ url: `/unsubscribe?token=${secrets.unsubscribe}` });
  await app.inject({ url: `/login/oidc/callback?code=${secrets.code}&state=${secrets.state}` });
  await app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${person.token}` } });
  await app.inject({ url: '/account', cookies: { hd_session: person.token } });
  await app.inject({ url: '/api/v1/challenges', headers: { 'x-api-key': secrets.apiKey } });
  await app.inject({ url: `/api/v1/challenges?api_key=${secrets.queryKey}` });
  await app.inject({ url: `/nowhere?token=${secrets.unknown}` });
  const log = lines.join('');
  assert.match(log, /"url":"\/password\/reset\?token=\[redacted\]"/, 'requests are still logged, without the token');
  assert.match(log, /"url":"\/verify-email\?lang=fr&token=\[redacted\]"/, 'other parameters stay readable');
  for (const value of [...Object.values(secrets), person.token])
    assert.equal(log.includes(value), false, `${value} leaked into the log`);
});

test('headers, passwords and tokens logged as fields are redacted', () => {
  const before = lines.length;
  app.log.info(
    {
      headers: { authorization: 'Bearer geheim-1', cookie: 'hd_session=geheim-2', 'x-api-key': 'geheim-3' },
      password: 'geheim-4',
      token: 'geheim-5',
    },
    'details',
  );
  app.log.info(
    {
      authorization: 'Bearer geheim-6',
      config: { smtpUrl: 'smtp://u:geheim-7@mail', databaseUrl: 'postgres://u:geheim-8@db/hd' },
    },
    'details',
  );
  app.log.warn(
    { oidc: { clientSecret: 'geheim-9' }, partner: { key: 'geheim-10' }, sessionToken: 'geheim-11' },
    'details',
  );
  const line = lines.slice(before).join('');
  assert.match(line, /"details"/);
  assert.doesNotMatch(line, /geheim/);
});

test('redactSecrets hides secret query parameters in any text, such as a logged e-mail, and leaves the rest', () => {
  const text =
    'Klik: https://hd.example/password/reset?token=abc123 of https://hd.example/unsubscribe?lang=nl&token=xyz&x=1 (sectors?q=care)';
  assert.equal(
    redactSecrets(text),
    'Klik: https://hd.example/password/reset?token=[redacted] of https://hd.example/unsubscribe?lang=nl&token=[redacted]&x=1 (sectors?q=care)',
  );
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function linesOf(since: number): Record<string, unknown>[] {
  return lines.slice(since).map((line) => JSON.parse(line) as Record<string, unknown>);
}

test('every log line of a request carries its id, which the answer returns in x-request-id', async () => {
  const since = lines.length;
  const first = await app.inject({ url: '/health' });
  const second = await app.inject({ url: '/nowhere' });
  const [id, otherId] = [first.headers[REQUEST_ID_HEADER], second.headers[REQUEST_ID_HEADER]];
  assert.match(String(id), UUID);
  assert.match(String(otherId), UUID, 'a not-found answer has one too');
  assert.notEqual(id, otherId);
  const logged = linesOf(since);
  assert.equal(logged.filter((line) => line.requestId === id).length, 2, 'the incoming and the completed line');
  assert.ok(
    logged.every((line) => line.requestId === id || line.requestId === otherId),
    'no request line without its id',
  );
});

test('a proxy’s request id is kept when it is a short safe token, and replaced by a new one when it is not', async () => {
  const since = lines.length;
  const kept = await app.inject({ url: '/health', headers: { [REQUEST_ID_HEADER]: 'lb-7f3a.9c:01_x' } });
  assert.equal(kept.headers[REQUEST_ID_HEADER], 'lb-7f3a.9c:01_x');
  assert.ok(linesOf(since).some((line) => line.requestId === 'lb-7f3a.9c:01_x'));
  for (const unsafe of ['a'.repeat(65), '"},"level":60,"x":"', 'id with spaces', '<script>', '']) {
    const replaced = await app.inject({ url: '/health', headers: { [REQUEST_ID_HEADER]: unsafe } });
    assert.match(String(replaced.headers[REQUEST_ID_HEADER]), UUID, JSON.stringify(unsafe));
  }
  const ids = linesOf(since).map((line) => String(line.requestId));
  assert.ok(
    ids.every((id) => id === 'lb-7f3a.9c:01_x' || UUID.test(id)),
    'only the safe id and new ones are logged',
  );
});

test('an Authorization header and a login’s password never reach the log, nor the session token it returns', async () => {
  const person = await createPerson(services.db, 'member');
  const wrongPassword = secret('wachtwoord');
  const since = lines.length;
  const refused = await app.inject({
    method: 'POST',
    url: '/api/v1/sessions',
    headers: { authorization: `Bearer ${person.token}` },
    payload: { email: person.email, password: wrongPassword },
  });
  assert.equal(refused.statusCode, 401);
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/sessions',
    payload: { email: person.email, password: 'correct horse battery staple' },
  });
  assert.equal(login.statusCode, 201);
  const { token } = JSON.parse(login.body) as { token: string };
  const log = lines.slice(since).join('');
  assert.match(log, /"url":"\/api\/v1\/sessions"/, 'the logins are logged');
  for (const value of [wrongPassword, 'correct horse battery staple', person.token, token])
    assert.equal(log.includes(value), false, `${value} leaked into the log`);
});
