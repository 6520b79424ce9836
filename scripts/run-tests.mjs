// Runs node's test runner on the *.test.ts(x) files below the directories named on the command line.
// Files are listed explicitly so the suite can never pass by running nothing.
import { existsSync, readdirSync, statSync } from 'node:fs';
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

// Browser tests need Debian's Chromium; without it they are left out, and the run says so plainly.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const all = roots.flatMap(collect);
const files = existsSync(chromium) ? all : all.filter((file) => !file.endsWith('.browser.test.ts'));
if (files.length < all.length) {
  console.log(`Chromium not found at ${chromium}: ${all.length - files.length} browser test files NOT run (install it: apt-get install chromium).`);
}
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
