// /metrics: Prometheus text from each application's own registry, shown only to whoever may see it,
// and the small API the job runner and the event outbox report through.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Harness } from '../test-support/harness.ts';
import { startMailbox } from '../test-support/mailbox.ts';
import { createMailer } from '../notifications/mailer.ts';
import { MatchEngine } from '../matching/engine/index.ts';
import { lexiconLoadMilliseconds } from '../matching/service.ts';
import { observeEventLag, onCollect, recordJobRun, watchMatchingIndex } from './metrics.ts';

const TOKEN = 'metrics-token-for-tests-0123456789';
const SOME_ID = '7d9f6f1c-3a52-4b8e-9c1e-2f4a6b8d0e13';
let open: Harness;
let guarded: Harness;

before(async () => {
  [open, guarded] = await Promise.all([startHarness(), startHarness({ metricsToken: TOKEN })]);
});
after(async () => {
  await Promise.all([open.close(), guarded.close()]);
});

async function scrape(h: Harness = open): Promise<string> {
  const response = await h.app.inject({
    url: '/metrics',
    headers: h === guarded ? { authorization: `Bearer ${TOKEN}` } : {},
  });
  assert.equal(response.statusCode, 200, response.body);
  assert.match(String(response.headers['content-type']), /^text\/plain; version=0\.0\.4/);
  return response.body;
}

/** The value of one sample, e.g. sample(text, 'hd_emails_total{outcome="sent"}'); 0 when absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

test('request durations are counted by method, route pattern and status, never by the address with its ids', async () => {
  await open.app.inject({ url: `/api/v1/challenges/${SOME_ID}` });
  await open.app.inject({ url: `/api/v1/challenges/${SOME_ID}` });
  await open.app.inject({ url: `/nowhere/${SOME_ID}` });
  const text = await scrape();
  assert.equal(
    sample(
      text,
      'hd_http_request_duration_seconds_count{method="GET",route="/api/v1/challenges/:id",status_code="404"}',
    ),
    2,
  );
  assert.equal(
    sample(text, 'hd_http_request_duration_seconds_count{method="GET",route="unmatched",status_code="404"}'),
    1,
  );
  assert.ok(!text.includes(SOME_ID), 'no address with an id becomes a label');
  assert.match(text, /^process_cpu_user_seconds_total /m, 'the process metrics are there');
  assert.match(text, /^nodejs_heap_size_used_bytes /m);
});

test('each application counts only its own requests, though many run in one process', async () => {
  const route = 'hd_http_request_duration_seconds_count{method="GET",route="/health",status_code="200"}';
  const before = sample(await scrape(), route);
  await guarded.app.inject({ url: '/health' });
  await guarded.app.inject({ url: '/health' });
  assert.equal(sample(await scrape(), route), before, 'the other application’s requests are not counted here');
  await open.app.inject({ url: '/health' });
  assert.equal(sample(await scrape(), route), before + 1);
});

test('without a token, /metrics answers the machine itself only: not other addresses, not requests through a proxy', async () => {
  assert.equal((await open.app.inject({ url: '/metrics', remoteAddress: '127.0.0.1' })).statusCode, 200);
  assert.equal((await open.app.inject({ url: '/metrics', remoteAddress: '::1' })).statusCode, 200);
  const outside = await open.app.inject({ url: '/metrics', remoteAddress: '203.0.113.9' });
  assert.equal(outside.statusCode, 403);
  assert.doesNotMatch(outside.body, /hd_http_request/);
  assert.equal(outside.headers['cache-control'], 'no-store');
  const relayed = await open.app.inject({
    url: '/metrics',
    remoteAddress: '127.0.0.1',
    headers: { 'x-forwarded-for': '203.0.113.9' },
  });
  assert.equal(relayed.statusCode, 403, 'a proxy on this machine relays the internet');
  const forwarded = await open.app.inject({
    url: '/metrics',
    remoteAddress: '127.0.0.1',
    headers: { forwarded: 'for=203.0.113.9' },
  });
  assert.equal(forwarded.statusCode, 403);
});

test('with METRICS_TOKEN, /metrics wants that bearer token from anywhere, and refuses in plain text', async () => {
  const missing = await guarded.app.inject({ url: '/metrics' });
  assert.equal(missing.statusCode, 401, 'not even the machine itself without the token');
  assert.equal(missing.headers['www-authenticate'], 'Bearer realm="metrics"');
  assert.match(String(missing.headers['content-type']), /^text\/plain/);
  assert.match(missing.body, /^unauthenticated: /);
  const wrong = await guarded.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}x` } });
  assert.equal(wrong.statusCode, 401);
  const prefix = await guarded.app.inject({
    url: '/metrics',
    headers: { authorization: `Bearer ${TOKEN.slice(0, 10)}` },
  });
  assert.equal(prefix.statusCode, 401);
  const remote = await guarded.app.inject({
    url: '/metrics',
    remoteAddress: '203.0.113.9',
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  assert.equal(remote.statusCode, 200);
  assert.match(remote.body, /hd_http_request_duration_seconds_bucket/);
  assert.equal(remote.headers['cache-control'], 'no-store');
});

test('job runs, event lag and collectors run before each scrape are reported', async () => {
  recordJobRun(open.app, 'digest-daily', 'succeeded', 2.5);
  recordJobRun(open.app, 'digest-daily', 'failed', 0.2);
  recordJobRun(open.app, 'reminders', 'skipped', 0.01);
  let collected = 0;
  onCollect(open.app, async () => {
    collected += 1;
    observeEventLag(open.app, 'notifications', 12);
  });
  onCollect(open.app, () => {
    throw new Error('outbox unreachable');
  });
  observeEventLag(open.app, 'matching', 0.5);
  const text = await scrape();
  assert.equal(collected, 1);
  assert.equal(sample(text, 'hd_job_run_duration_seconds_count{job="digest-daily",outcome="succeeded"}'), 1);
  assert.equal(sample(text, 'hd_job_run_duration_seconds_sum{job="digest-daily",outcome="succeeded"}'), 2.5);
  assert.equal(sample(text, 'hd_job_run_duration_seconds_count{job="digest-daily",outcome="failed"}'), 1);
  assert.equal(sample(text, 'hd_job_run_duration_seconds_count{job="reminders",outcome="skipped"}'), 1);
  const lastSuccess = sample(text, 'hd_job_last_success_timestamp_seconds{job="digest-daily"}');
  assert.ok(Math.abs(lastSuccess - Date.now() / 1000) < 60, 'when the job last succeeded');
  assert.ok(!text.includes('hd_job_last_success_timestamp_seconds{job="reminders"}'), 'a skipped run is no success');
  assert.equal(
    sample(text, 'hd_event_delivery_lag_seconds{consumer="notifications"}'),
    12,
    'set by the collector, before the figures are read',
  );
  assert.equal(sample(text, 'hd_event_delivery_lag_seconds{consumer="matching"}'), 0.5);
  await scrape();
  assert.equal(collected, 2, 'a failing collector stops neither the scrape nor the others');
  assert.doesNotMatch(
    await scrape(guarded),
    /hd_event_delivery_lag_seconds\{/,
    'another application has its own figures',
  );
});

test('the matching index size is reported once the engine is watched, and a scrape never builds the engine', async () => {
  const text = await scrape();
  assert.doesNotMatch(text, /hd_matching_index_documents/);
  assert.equal(lexiconLoadMilliseconds(), undefined, 'no engine was built for the scrape');
  const engine = new MatchEngine();
  engine.upsert({
    id: 'c1',
    kind: 'challenge',
    title: 'Eenzaamheid bij ouderen',
    text: 'Bewoners voelen zich alleen.',
  });
  engine.upsert({ id: 's1', kind: 'solution', title: 'Videobellen voor zorg', text: 'Tablets voor bewoners.' });
  engine.upsert({ id: 's2', kind: 'solution', title: 'Slimme sensoren', text: 'Valdetectie in de kamer.' });
  watchMatchingIndex(open.app, engine);
  const watched = await scrape();
  assert.equal(sample(watched, 'hd_matching_index_documents{kind="challenge"}'), 1);
  assert.equal(sample(watched, 'hd_matching_index_documents{kind="solution"}'), 2);
  engine.remove('s2');
  assert.equal(sample(await scrape(), 'hd_matching_index_documents{kind="solution"}'), 1, 'read at each scrape');
});

test('e-mails handed to the SMTP server, failed and only logged are counted', async () => {
  const mail = { to: 'iemand@test.example', subject: 'Test', text: 'Hallo', html: '<p>Hallo</p>' };
  const series = (outcome: string) => `hd_emails_total{outcome="${outcome}"}`;
  const before = await scrape();
  const mailbox = await startMailbox();
  try {
    await mailbox.mailer.send(mail);
  } finally {
    await mailbox.close();
  }
  const unreachable = createMailer('smtp://127.0.0.1:1', 'test@test.example', { info() {} } as never);
  await assert.rejects(unreachable.send(mail));
  unreachable.close();
  await createMailer(null, 'test@test.example', { info() {} } as never).send(mail);
  const text = await scrape();
  for (const outcome of ['sent', 'failed', 'logged'])
    assert.equal(sample(text, series(outcome)), sample(before, series(outcome)) + 1, outcome);
});
