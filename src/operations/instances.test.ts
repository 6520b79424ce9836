// INSTANCES: several processes serve one port on a PostgreSQL server; on PGlite the platform runs one.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { isEmbedded, openTestDatabase } from '../db/database.ts';
import { freePort, until } from '../test-support/server-process.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const serverUrl = process.env.DATABASE_URL;
const onServer = serverUrl !== undefined && !isEmbedded(serverUrl);
let primary: ChildProcess | undefined;
const listening = new Set<number>();
const logLines: Array<{ level: number; msg: string }> = [];

after(() => {
  if (primary && primary.exitCode === null) primary.kill('SIGKILL');
  for (const pid of listening) if (alive(pid)) process.kill(pid, 'SIGKILL');
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts `serve` with two instances; every process that starts listening logs its pid. */
function start(port: number, databaseUrl: string): Promise<number | null> {
  primary = spawn(process.execPath, ['bin/helemaal.js', 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      INSTANCES: '2',
      DEMO_CONTENT: 'off',
      LOG_LEVEL: 'info',
      SHUTDOWN_GRACE_MS: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  createInterface({ input: primary.stdout! }).on('line', (line) => {
    const entry = JSON.parse(line) as { pid: number; level: number; msg: string };
    logLines.push(entry);
    if (entry.msg.includes('Helemaal Digitaal runs at')) listening.add(entry.pid);
  });
  return new Promise((resolve) => primary!.once('exit', (code) => resolve(code)));
}

/** A request on a connection of its own, so the primary may hand it to either instance. */
function send(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body = '',
): Promise<{ status: number; body: string; cookies: string[] }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent: false,
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8').on('data', (chunk: string) => {
          text += chunk;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: text, cookies: response.headers['set-cookie'] ?? [] }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

if (onServer) {
  test('INSTANCES=2 on PostgreSQL: two processes share the port and the cookie secret, a dead one is replaced, SIGTERM stops all', {
    timeout: 300_000,
  }, async () => {
    const database = await openTestDatabase();
    await database.db.destroy();
    try {
      const port = await freePort();
      const exited = start(port, database.url);
      await until('two instances listening', async () => (listening.size === 2 ? true : undefined), 240_000);

      const form = await send(port, 'GET', '/login');
      const token = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
      const cookie = form.cookies.map((c) => c.split(';')[0]).join('; ');
      const body = new URLSearchParams({
        _csrf: token,
        email: 'nobody@test.example',
        password: 'not the password',
      }).toString();
      const statuses = [];
      for (let attempt = 0; attempt < 6; attempt += 1) {
        statuses.push(
          (await send(port, 'POST', '/login', { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body))
            .status,
        );
      }
      assert.ok(
        !statuses.includes(403),
        `a form made by one instance is accepted by the other (statuses ${statuses.join(', ')})`,
      );

      const [victim] = listening;
      process.kill(victim!, 'SIGKILL');
      await until('a replacement instance listening', async () => (listening.size === 3 ? true : undefined), 240_000);
      assert.equal((await send(port, 'GET', '/health')).status, 200);

      primary!.kill('SIGTERM');
      assert.equal(await exited, 0);
      assert.deepEqual([...listening].filter(alive), []);
    } finally {
      await database.drop();
    }
  });
} else {
  test('INSTANCES=2 on PGlite runs one instance and says why', { timeout: 300_000 }, async () => {
    const port = await freePort();
    const exited = start(port, 'pglite://memory');
    await until('the instance listening', async () => (listening.size === 1 ? true : undefined), 240_000);
    const warning = logLines.find((entry) => entry.msg.includes('INSTANCES=2 needs a PostgreSQL server'));
    assert.equal(warning?.level, 40, 'a warning in the log');
    assert.deepEqual([...listening], [primary!.pid]);
    primary!.kill('SIGTERM');
    assert.equal(await exited, 0);
  });
}
