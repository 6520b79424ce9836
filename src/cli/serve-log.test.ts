// Everything `serve` writes is a structured log line (issue 18: no console.* in the server), the start-up messages
// for a person included: the secrets warning, the demo accounts, the address.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort, until } from '../test-support/server-process.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let child: ChildProcess | undefined;

after(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

interface LogLine {
  level: number;
  msg: string;
  demoAccounts?: Array<{ role: string; email: string }>;
}

test('serve writes only JSON log lines: the secrets warning, the demo accounts and its address among them', async () => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['SECRET_KEY', 'COOKIE_SECRET', 'NODE_ENV', 'DEMO_CONTENT']) delete env[name];
  child = spawn(process.execPath, ['bin/helemaal.js', 'serve'], {
    cwd: ROOT,
    env: {
      ...env,
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      DATABASE_URL: 'pglite://memory',
      LOG_LEVEL: 'info',
      SHUTDOWN_GRACE_MS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const exited = new Promise((resolve) => child?.once('exit', resolve));
  await until('the server to listen', async () => output.includes('Helemaal Digitaal runs at') || undefined, 240_000);
  child.kill('SIGTERM');
  assert.equal(await exited, 0);

  const lines = output.split('\n').filter((line) => line !== '');
  const entries = lines.map((line) => JSON.parse(line) as LogLine);
  const warning = entries.find((entry) => entry.msg.startsWith('WARNING'));
  assert.equal(warning?.level, 40, 'the development secrets are warned about at warn level');
  assert.match(warning?.msg ?? '', /SECRET_KEY is not set[\s\S]*COOKIE_SECRET is not set/);
  const demo = entries.find((entry) => entry.demoAccounts !== undefined);
  assert.match(demo?.msg ?? '', /password for all: /);
  assert.ok(demo?.demoAccounts?.some((account) => account.role === 'admin' && account.email.includes('@')));
  assert.ok(entries.some((entry) => entry.msg.startsWith('Helemaal Digitaal runs at')));
  assert.equal(errors, '', 'nothing on standard error');
});
