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
import { ItemEvents } from '../publication/events.ts';
import { MatchingService } from '../matching/service.ts';
import { createPerson } from '../test-support/harness.ts';
import { redactSecrets } from './request-log.ts';

const lines: string[] = [];
let app: App;
let services: Services;
let drop: () => Promise<void>;

before(async () => {
  const opened = await openTestDatabase();
  drop = opened.drop;
  await migrateToLatest(opened.db);
  const config = testConfig({ logLevel: 'info' });
  const events = new ItemEvents();
  services = {
    db: opened.db, config, events, now: () => new Date(), state: { draining: false },
    matching: new MatchingService(opened.db, events),
    mailer: createMailer(null, config.mailFrom, { info() {} } as never),
  };
  const logStream = new Writable({ write(chunk: Buffer, _encoding, done) { lines.push(chunk.toString()); done(); } });
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
    reset: secret('reset'), verify: secret('verify'), unsubscribe: secret('unsubscribe'), code: secret('code'), state: secret('state'),
    apiKey: secret('hd_key'), queryKey: secret('querykey'), unknown: secret('unknown'),
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
  for (const value of [...Object.values(secrets), person.token]) assert.equal(log.includes(value), false, `${value} leaked into the log`);
});

test('headers, passwords and tokens logged as fields are redacted', () => {
  const before = lines.length;
  app.log.info({ headers: { authorization: 'Bearer geheim-1', cookie: 'hd_session=geheim-2', 'x-api-key': 'geheim-3' }, password: 'geheim-4', token: 'geheim-5' }, 'details');
  const line = lines.slice(before).join('');
  assert.match(line, /"details"/);
  assert.doesNotMatch(line, /geheim/);
});

test('redactSecrets hides secret query parameters in any text, such as a logged e-mail, and leaves the rest', () => {
  const text = 'Klik: https://hd.example/password/reset?token=abc123 of https://hd.example/unsubscribe?lang=nl&token=xyz&x=1 (sectors?q=care)';
  assert.equal(redactSecrets(text), 'Klik: https://hd.example/password/reset?token=[redacted] of https://hd.example/unsubscribe?lang=nl&token=[redacted]&x=1 (sectors?q=care)');
});
