// The real server process says in its log how long the matching lexicon took to load (issue 16: the lexicons'
// load time at start-up is reported).
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

test('the server logs the lexicon load time in milliseconds once its matching index is built', async () => {
  const port = await freePort();
  child = spawn(process.execPath, ['bin/helemaal.js', 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: 'pglite://memory',
      DEMO_CONTENT: 'off',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const line = await until(
    'the lexicon log line',
    async () => output.split('\n').find((l) => l.includes('matching lexicon loaded')),
    180_000,
  );
  const entry = JSON.parse(line) as { lexiconLoadMs?: unknown; level?: number };
  assert.equal(typeof entry.lexiconLoadMs, 'number');
  assert.ok((entry.lexiconLoadMs as number) > 0);
  assert.equal(entry.level, 30, 'logged at info level');
});
