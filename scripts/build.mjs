// npm run build: compiles what the helemaal command runs into dist/ with tsc (tsconfig.build.json) and copies
// beside it the files the code reads at run time (the lexicon's data and licences, the re-ranker's weights, public/).
// With --if-stale (npm start) it does nothing when dist/ was built after the last change to the sources.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const DIST = 'dist';
// Written last, only when everything succeeded, dated when the build started: a source changed while tsc ran is
// newer than it, so the next npm start builds again.
const STAMP = join(DIST, '.built');
const INPUTS = ['src', 'bin', 'public', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

function files(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

function isStale() {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  // Test files are never compiled, so editing one leaves the build as it was.
  const compiled = INPUTS.flatMap(files).filter((file) => !/\.test\.tsx?$/.test(file));
  return compiled.some((file) => statSync(file).mtimeMs > built);
}

function compile() {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('build: tsc reported errors, dist/ is incomplete');
    process.exit(result.status ?? 1);
  }
}

/** Everything in src/ that is not TypeScript is data the code reads beside itself (see DEFAULT_LEXICON_PATHS). */
function copyRuntimeFiles() {
  for (const file of files('src').filter((name) => !/\.tsx?$/.test(name))) {
    const target = join(DIST, file);
    mkdirSync(join(target, '..'), { recursive: true });
    cpSync(file, target);
  }
  cpSync('public', join(DIST, 'public'), { recursive: true });
}

if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);
const started = Date.now();
rmSync(DIST, { recursive: true, force: true });
compile();
copyRuntimeFiles();
writeFileSync(STAMP, '');
utimesSync(STAMP, new Date(started), new Date(started));
console.log(`build: ${DIST}/ in ${((Date.now() - started) / 1000).toFixed(1)} s (node ${DIST}/bin/helemaal.js)`);
