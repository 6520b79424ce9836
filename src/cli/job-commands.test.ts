// `helemaal digest` and `helemaal reminders` report to the person who ran them in one plain line each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

async function helemaal(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: 'pglite://memory', LOG_LEVEL: 'info' };
  delete env.NODE_ENV;
  return run(process.execPath, ['bin/helemaal.js', ...args], { cwd: ROOT, env, timeout: 180_000 });
}

test('helemaal digest --daily prints how many digests it sent, and nothing else', async () => {
  const { stdout } = await helemaal('digest', '--daily');
  assert.equal(stdout, 'daily digests sent: 0\n');
});

test('helemaal reminders prints what it sent and expired, and nothing else', async () => {
  const { stdout } = await helemaal('reminders');
  assert.match(
    stdout,
    /^reminders sent: 0 expiring challenges, 0 waiting matches, 0 stale profiles, 0 call phases ending; 0 unanswered matches expired\n$/,
  );
});
