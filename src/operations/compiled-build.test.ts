// Production runs the build in dist/ with plain Node.js (issue 18): the compiled server must start, find the files
// it reads beside its code (lexicon data, public/) and serve, with every TypeScript loader made unloadable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort, until } from '../test-support/server-process.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Preloaded into the server: resolving tsx or any TypeScript file throws, so the server only starts if the
// compiled code never reaches for one.
const NO_TYPESCRIPT = `data:text/javascript,${encodeURIComponent(`
import { registerHooks } from 'node:module';
registerHooks({ resolve(specifier, context, nextResolve) {
  const resolved = nextResolve(specifier, context);
  if (/\\/node_modules\\/tsx\\/|\\.[cm]?tsx?$/.test(resolved.url)) throw new Error('TypeScript loader reached: ' + resolved.url);
  return resolved;
} });`)}`;
let child: ChildProcess | undefined;

before(() => {
  // As npm start does: builds only when a source changed since the last build.
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 300_000,
  });
  assert.equal(build.status, 0, `npm run build failed:\n${build.stdout}${build.stderr}`);
});

after(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

test('the compiled server starts without tsx, loads its lexicon and answers /health, /ready and its static files', async () => {
  const port = await freePort();
  child = spawn(process.execPath, ['--import', NO_TYPESCRIPT, 'dist/bin/helemaal.js', 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: 'pglite://memory',
      DEMO_CONTENT: 'off',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const base = `http://127.0.0.1:${port}`;
  const ready = await until(
    'the compiled server to be ready',
    async () => {
      if (child?.exitCode !== null) throw new Error(`the compiled server exited:\n${output}`);
      return fetch(`${base}/ready`).then(
        (response) => (response.ok ? response.json() : undefined),
        () => undefined,
      );
    },
    120_000,
  );
  assert.deepEqual(ready, { status: 'ready', database: true, migrations: true, draining: false });
  assert.deepEqual(await (await fetch(`${base}/health`)).json(), { status: 'ok' });
  const style = await fetch(`${base}/static/style.css`);
  assert.equal(style.status, 200, 'public/ is copied beside the compiled code');
  await until(
    'the lexicon log line',
    async () => (output.includes('matching lexicon loaded') ? true : undefined),
    60_000,
  );
  assert.doesNotMatch(output, /TypeScript loader reached|ENOENT/);
});

test('the guard of that test stops the tsx entry point, so its passing means no TypeScript was loaded', () => {
  const run = spawnSync(process.execPath, ['--import', NO_TYPESCRIPT, 'bin/helemaal.js', 'migrate'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /TypeScript loader reached: .*\/node_modules\/tsx\//);
});
