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
  return readdirSync(path)
    .sort()
    .flatMap((name) => {
      const child = join(path, name);
      if (statSync(child).isDirectory()) return collect(child);
      return /\.test\.tsx?$/.test(name) ? [child] : [];
    });
}

// Browser tests need Debian's Chromium and the HTML checker needs Java; on a developer's machine without them
// those files are left out and the run says so plainly. In CI (CI=true) a missing one fails the run instead.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasJava = spawnSync('java', ['-version']).status === 0;
const needs = [
  {
    present: existsSync(chromium),
    test: (file) => file.endsWith('.browser.test.ts'),
    what: `Chromium (${chromium})`,
    install: 'apt-get install chromium',
  },
  {
    present: hasJava,
    test: (file) => file.endsWith('html-validity.test.ts'),
    what: 'Java, for the HTML checker',
    install: 'apt-get install default-jre-headless',
  },
];
const all = roots.flatMap(collect);
let files = all;
for (const need of needs.filter((n) => !n.present)) {
  const left = files.filter(need.test).length;
  if (left === 0) continue;
  if (process.env.CI) {
    console.error(`${need.what} not found: ${left} test files cannot run (${need.install}).`);
    process.exit(1);
  }
  console.log(`${need.what} not found: ${left} test files NOT run (install it: ${need.install}).`);
  files = files.filter((file) => !need.test(file));
}
if (files.length === 0) {
  console.error(`no test files found under ${roots.join(', ')}`);
  process.exit(1);
}
console.log(`Node.js ${process.version}: ${files.length} test files`);
// The usual report, then the slowest files (./file-durations.mjs).
const reporters = ['spec', new URL('./file-durations.mjs', import.meta.url).href].flatMap((reporter) => [
  `--test-reporter=${reporter}`,
  '--test-reporter-destination=stdout',
]);
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', ...reporters, ...files],
  {
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
