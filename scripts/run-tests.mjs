// Runs node's test runner on the *.test.ts(x) files below the directories named on the command line.
// Files are listed explicitly so the suite can never pass by running nothing.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = process.argv.slice(2);
if (roots.length === 0) {
  console.error('usage: node scripts/run-tests.mjs DIR [DIR ...]');
  process.exit(2);
}

function collect(path) {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).sort().flatMap((name) => {
    const child = join(path, name);
    if (statSync(child).isDirectory()) return collect(child);
    return /\.test\.tsx?$/.test(name) ? [child] : [];
  });
}

const files = roots.flatMap(collect);
if (files.length === 0) {
  console.error(`no test files found under ${roots.join(', ')}`);
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
