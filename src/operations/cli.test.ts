// The backup and restore commands as an operator runs them: real processes on PGlite folders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { embeddedDatabase, contentOf, temporaryFolder } from './test-support.ts';

const run = promisify(execFile);

async function helemaal(databaseUrl: string, ...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/helemaal.js', ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      timeout: 120_000,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

test('helemaal backup and restore copy a database; a second restore is refused unless --force', {
  timeout: 600_000,
}, async () => {
  const source = embeddedDatabase();
  const target = embeddedDatabase();
  const folder = temporaryFolder('helemaal-cli-backup-');
  const file = join(folder.path, 'backup.jsonl.gz');
  try {
    assert.equal((await helemaal(source.url, 'seed', '--demo')).code, 0);
    const backup = await helemaal(source.url, 'backup', file);
    assert.equal(backup.code, 0, backup.output);
    assert.match(backup.output, /backup written to .*rows/);
    assert.equal((await helemaal(target.url, 'restore', file)).code, 0);
    const refused = await helemaal(target.url, 'restore', file);
    assert.equal(refused.code, 1);
    assert.match(refused.output, /restore refused: the database is not empty/);
    assert.equal((await helemaal(target.url, 'restore', file, '--force')).code, 0);
    const [original, restored] = [source.open(), target.open()];
    try {
      assert.deepEqual(await contentOf(restored), await contentOf(original));
    } finally {
      await original.destroy();
      await restored.destroy();
    }
  } finally {
    source.remove();
    target.remove();
    folder.remove();
  }
});
