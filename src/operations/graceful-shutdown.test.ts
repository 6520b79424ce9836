// Graceful shutdown of the real server process: on SIGTERM it reports not ready, finishes the
// request it is in the middle of, stops taking connections and exits with status 0.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { fileURLToPath } from 'node:url';
import { freePort, until } from '../test-support/server-process.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GRACE_MS = 3_000;
let child: ChildProcess | undefined;

after(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

const readyStatus = (base: string) =>
  fetch(`${base}/ready`).then(
    (r) => r.status,
    () => undefined,
  );

/** A login whose body is sent in two halves, so that it is still in flight when the signal comes. */
function slowLogin(port: number): {
  request: ClientRequest;
  finish: () => void;
  response: Promise<{ status: number; body: string }>;
} {
  const body = JSON.stringify({ email: 'nobody-during-shutdown@test.example', password: 'a password that is wrong' });
  const request = httpRequest({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/api/v1/sessions',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.on('response', (res: IncomingMessage) => {
      let text = '';
      res.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
  });
  request.write(body.slice(0, 20));
  return { request, finish: () => request.end(body.slice(20)), response };
}

test('on SIGTERM the server reports not ready, finishes the request in flight, refuses new connections and exits 0', async () => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ['bin/helemaal.js', 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: 'pglite://memory',
      DEMO_CONTENT: 'off',
      LOG_LEVEL: 'warn',
      SHUTDOWN_GRACE_MS: String(GRACE_MS),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
  await until('the server to be ready', async () => ((await readyStatus(base)) === 200 ? true : undefined), 180_000);

  const inFlight = slowLogin(port);
  await new Promise((resolve) => setTimeout(resolve, 200));
  child.kill('SIGTERM');
  const draining = await until(
    'readiness to turn false',
    async () => {
      const response = await fetch(`${base}/ready`).catch(() => undefined);
      return response?.status === 503 ? ((await response.json()) as { draining: boolean }) : undefined;
    },
    GRACE_MS,
  );
  assert.equal(draining.draining, true);

  inFlight.finish();
  const answer = await inFlight.response;
  assert.equal(answer.status, 401, 'the request in flight got its full answer');
  assert.equal(JSON.parse(answer.body).error.id, 'invalid_credentials');

  assert.equal(await exited, 0);
  await assert.rejects(fetch(`${base}/health`), 'no new connections after shutdown');
});
