// In production the platform refuses to start on the development fallbacks of its secrets (one of
// them is in this source code); elsewhere it starts, with a loud warning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test-support/server-process.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OWN_SECRET = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2';

interface Run {
  code: number | null;
  output: string;
}

const RUNNING = /Helemaal Digitaal runs at/;

/** Runs `helemaal serve` with the given environment until it exits, or until `stopWhen` shows in its output. */
function serve(env: Record<string, string>, stopWhen?: RegExp): Promise<Run> {
  return helemaal(['serve'], env, stopWhen);
}

function helemaal(args: string[], env: Record<string, string>, stopWhen?: RegExp): Promise<Run> {
  const base = { ...process.env };
  for (const name of ['SECRET_KEY', 'COOKIE_SECRET', 'NODE_ENV']) delete base[name];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/helemaal.js', ...args], {
      cwd: ROOT,
      env: {
        ...base,
        HOST: '127.0.0.1',
        DATABASE_URL: 'pglite://memory',
        DEMO_CONTENT: 'off',
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (stopWhen?.test(output) && child.exitCode === null) child.kill('SIGKILL');
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
    setTimeout(() => child.kill('SIGKILL'), 120_000).unref();
  });
}

test('with NODE_ENV=production and no SECRET_KEY or COOKIE_SECRET, serve refuses to start and says how to make them', async () => {
  const run = await serve({ NODE_ENV: 'production', PORT: String(await freePort()) });
  assert.equal(run.code, 1, run.output);
  assert.match(run.output, /SECRET_KEY/);
  assert.match(run.output, /COOKIE_SECRET/);
  assert.match(run.output, /openssl rand -hex 32/);
});

test('in production, one missing secret or the development value is refused too', async () => {
  const missingCookie = await serve({ NODE_ENV: 'production', PORT: String(await freePort()), SECRET_KEY: OWN_SECRET });
  assert.equal(missingCookie.code, 1, missingCookie.output);
  assert.match(missingCookie.output, /COOKIE_SECRET is not set/);
  const developmentKey = await serve({
    NODE_ENV: 'production',
    PORT: String(await freePort()),
    SECRET_KEY: 'helemaal-digitaal-development-secret-key',
    COOKIE_SECRET: OWN_SECRET,
  });
  assert.equal(developmentKey.code, 1, developmentKey.output);
  assert.match(developmentKey.output, /SECRET_KEY is the development value/);
});

test('in production with both secrets of its own, serve starts', async () => {
  const run = await serve(
    {
      NODE_ENV: 'production',
      PORT: String(await freePort()),
      LOG_LEVEL: 'info',
      SECRET_KEY: OWN_SECRET,
      COOKIE_SECRET: OWN_SECRET.split('').reverse().join(''),
    },
    RUNNING,
  );
  assert.match(run.output, RUNNING);
  assert.doesNotMatch(run.output, /WARNING|Refusing/);
});

test('outside production, serve warns loudly that it uses development secrets, and starts', async () => {
  const run = await serve({ PORT: String(await freePort()), LOG_LEVEL: 'info' }, RUNNING);
  assert.match(run.output, RUNNING);
  assert.match(run.output, /WARNING[\s\S]*SECRET_KEY is not set[\s\S]*COOKIE_SECRET is not set/);
});

test('in production, the other commands refuse the development secrets too, before touching the database', async () => {
  const run = await helemaal(['migrate'], { NODE_ENV: 'production' });
  assert.equal(run.code, 1, run.output);
  assert.match(run.output, /SECRET_KEY is not set/);
  assert.doesNotMatch(run.output, /migrations applied/);
  const own = await helemaal(['migrate'], {
    NODE_ENV: 'production',
    SECRET_KEY: OWN_SECRET,
    COOKIE_SECRET: OWN_SECRET.split('').reverse().join(''),
  });
  assert.equal(own.code, 0, own.output);
  assert.match(own.output, /migrations applied/);
});
