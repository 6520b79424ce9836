// The deployment files (Dockerfile, compose.yaml) and the licence files, checked without a container
// engine: none runs here, so the files are read as a container engine would and held against the code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { parse } from 'yaml';
import { loadConfig } from '../config.ts';
import { DEFAULT_LEXICON_PATHS, LEXICON_FILES } from '../matching/lexicon/load.ts';
import { startHarness, type Harness } from '../test-support/harness.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8');

interface Instruction {
  keyword: string;
  args: string;
}

/** Dockerfile instructions in order: continuation lines joined, comments and blank lines dropped. */
function dockerfileInstructions(text: string): Instruction[] {
  const lines = text.split('\n').filter((line) => !line.trim().startsWith('#'));
  const joined = lines.join('\n').replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

function stages(instructions: Instruction[]): Instruction[][] {
  const result: Instruction[][] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') result.push([]);
    result.at(-1)?.push(instruction);
  }
  return result;
}

/** The exec form's JSON array after a HEALTHCHECK's options or as a CMD's arguments. */
function execForm(args: string): string[] {
  return JSON.parse(args.slice(args.indexOf('['))) as string[];
}

const instructions = dockerfileInstructions(read('Dockerfile'));
const finalStage = stages(instructions).at(-1) ?? [];
const workdir = finalStage.find((i) => i.keyword === 'WORKDIR')?.args ?? '/';

/** Where COPY instructions of the final stage put things, as absolute paths in the image. */
const copyTargets = finalStage
  .filter((i) => i.keyword === 'COPY')
  .map((i) => {
    const parts = i.args.split(/\s+/).filter((part) => !part.startsWith('--'));
    const target = parts.at(-1) ?? '';
    return { sources: parts.slice(0, -1), target: posix.resolve(workdir, target) };
  });

/** Where the compiled code lands: tsconfig.build.json's outDir mirrors its rootDir. */
function compiledPath(sourcePath: string): string {
  const { config } = ts.readConfigFile(`${ROOT}tsconfig.build.json`, ts.sys.readFile);
  const options = (config as { compilerOptions: { outDir: string; rootDir: string } }).compilerOptions;
  return posix.join(workdir, options.outDir, posix.relative(options.rootDir, sourcePath));
}

test('the image is built in stages on node:24-slim', () => {
  const bases = instructions.filter((i) => i.keyword === 'FROM').map((i) => i.args.split(/\s+/)[0]);
  assert.ok(bases.length >= 2, `expected a build and a runtime stage, found ${bases.length} FROM`);
  for (const base of bases) assert.equal(base, 'node:24-slim');
});

test('the final stage runs compiled code from dist as a non-root user, in production mode', () => {
  const user = finalStage.filter((i) => i.keyword === 'USER').at(-1)?.args;
  assert.ok(user && !['root', '0'].includes(user.split(':')[0] ?? ''), `final stage runs as ${user ?? 'root'}`);
  const command = execForm(finalStage.find((i) => i.keyword === 'CMD')?.args ?? '');
  assert.equal(command[0], 'node');
  assert.match(command[1] ?? '', /^dist\/.+\.js$/);
  assert.ok(!finalStage.some((i) => /\btsx\b/.test(i.args)), 'the final stage must not run the tsx loader');
  assert.ok(finalStage.some((i) => i.keyword === 'ENV' && /NODE_ENV=production/.test(i.args)));
});

test('the final stage exposes the default port', () => {
  const exposed = finalStage.filter((i) => i.keyword === 'EXPOSE').map((i) => Number(i.args.split('/')[0]));
  assert.deepEqual(exposed, [loadConfig({}).port]);
});

test('the image carries the build with the files the compiled code reads beside itself, and the licences', () => {
  const build = stages(instructions)[0] ?? [];
  const builds = build.some((i) => i.keyword === 'RUN' && /\bnpm run build\b/.test(i.args));
  assert.ok(builds, 'the build stage runs npm run build');
  const dist = copyTargets.find((c) => c.sources.some((s) => /^\/app\/dist\/?$/.test(s)))?.target;
  assert.ok(dist, "the final stage copies the build stage's dist/");
  // src/app.ts serves new URL('../public', import.meta.url); the lexicon loader reads its files beside itself.
  const staticFolder = /STATIC_ROOT = fileURLToPath\(new URL\('([^']+)', import\.meta\.url\)\)/;
  const staticRoot = staticFolder.exec(read('src/app.ts'))?.[1];
  assert.ok(staticRoot, 'src/app.ts no longer names its static folder as expected: check the Dockerfile');
  const readBesideCode = [
    posix.join(posix.dirname(compiledPath('src/app.js')), staticRoot),
    ...DEFAULT_LEXICON_PATHS.map((path) => compiledPath(relative(ROOT, path))),
  ];
  for (const path of readBesideCode) assert.ok(path.startsWith(`${dist}/`), `${path} lies outside the copied ${dist}`);
  const ignored = read('.dockerignore')
    .split('\n')
    .map((line) => line.trim());
  for (const input of ['src', 'public', 'bin', 'scripts']) {
    assert.ok(!ignored.includes(input), `the build needs ${input}/`);
  }
  const carried = copyTargets.flatMap((c) => c.sources.map((s) => posix.basename(s)));
  for (const name of ['LICENSE', 'NOTICE']) assert.ok(carried.includes(name), `the image must carry ${name}`);
});

test('the build context leaves out dependencies, builds, the database folder, secrets and git', () => {
  const ignored = read('.dockerignore')
    .split('\n')
    .map((line) => line.trim());
  for (const entry of ['node_modules', 'dist', 'data', '.env', '.git']) {
    assert.ok(ignored.includes(entry), `.dockerignore lacks ${entry}`);
  }
});

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: unknown };
  volumes?: string[];
}

interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const compose = parse(read('compose.yaml'), { merge: true }) as Compose;
const services = compose.services;
const appInstances = Object.entries(services).filter(([, service]) => service.build !== undefined);

test('compose runs PostgreSQL with a named volume and a health check, an SMTP catcher and two app instances', () => {
  assert.match(services.db?.image ?? '', /^postgres:1[56]\b/);
  assert.ok(services.db?.healthcheck?.test, 'db needs a health check for depends_on');
  const volumeNames = (services.db?.volumes ?? []).map((v) => v.split(':')[0] ?? '');
  const volume = volumeNames.find((name) => name in (compose.volumes ?? {}));
  assert.ok(volume, 'the database keeps its files in a named volume');
  assert.ok(services.smtp?.image, 'an smtp service');
  assert.deepEqual(appInstances.map(([name]) => name).sort(), ['app-1', 'app-2']);
});

test('each app instance waits for a healthy database and talks to the db and smtp services', () => {
  for (const [name, service] of appInstances) {
    assert.equal(service.depends_on?.db?.condition, 'service_healthy', `${name} waits for db`);
    const environment = service.environment ?? {};
    const database = new URL((environment.DATABASE_URL ?? '').replace(/\$\{[^}]+\}/g, 'x'));
    assert.equal(database.protocol, 'postgres:');
    assert.equal(database.hostname, 'db', `${name}'s DATABASE_URL points at the db service`);
    const smtp = new URL(environment.SMTP_URL ?? '');
    assert.equal(smtp.hostname, 'smtp', `${name}'s SMTP_URL points at the smtp service`);
    assert.equal(environment.NODE_ENV, 'production');
  }
});

test('secrets are required variables in compose, never values written in the file', () => {
  const required = (value: string | undefined) => /^\$\{[A-Z_]+:\?[^}]*\}$/.test(value ?? '');
  for (const [name, service] of appInstances) {
    for (const secret of ['SECRET_KEY', 'COOKIE_SECRET']) {
      assert.ok(required(service.environment?.[secret]), `${name}: ${secret} must be \${${secret}:?…}`);
    }
    const password = /:\$\{[A-Z_]+:\?[^}]*\}@/;
    const message = `${name}: the database password must be a required variable`;
    assert.match(service.environment?.DATABASE_URL ?? '', password, message);
  }
  assert.ok(required(services.db?.environment?.POSTGRES_PASSWORD), 'db: POSTGRES_PASSWORD must be a required variable');
});

let h: Harness;
let port = 0;
before(async () => {
  h = await startHarness();
  await h.app.listen({ port: 0, host: '127.0.0.1' });
  port = (h.app.server.address() as { port: number }).port;
});
after(() => h.close());

const runHealthCheck = async (env: Record<string, string>): Promise<number> => {
  const command = execForm(finalStage.find((i) => i.keyword === 'HEALTHCHECK')?.args ?? '');
  assert.equal(command[0], 'node', 'the slim image has no curl: the health check runs node');
  return promisify(execFile)(process.execPath, command.slice(1), { env: { ...process.env, ...env } }).then(
    () => 0,
    (error: { code?: number }) => error.code ?? -1,
  );
};

test("the image's health check passes against a running platform", async () => {
  assert.equal(await runHealthCheck({ PORT: String(port) }), 0);
});

test("the image's health check fails when nothing answers on the port", async () => {
  const unused = createServer();
  await new Promise<void>((resolve) => unused.listen(0, '127.0.0.1', resolve));
  const freePort = (unused.address() as { port: number }).port;
  await new Promise((resolve) => unused.close(resolve));
  assert.notEqual(await runHealthCheck({ PORT: String(freePort) }), 0);
});

test('LICENSE is the EUPL v. 1.2 text, the one NOTICE gives the checksum of', () => {
  const licence = read('LICENSE');
  assert.ok(licence.startsWith('EUROPEAN UNION PUBLIC LICENCE v. 1.2\nEUPL © the European Union 2007, 2016\n'));
  assert.match(licence, /Compatible Licences/);
  const checksum = createHash('sha256').update(licence).digest('hex');
  assert.match(read('NOTICE'), new RegExp(`SHA-256 of LICENSE: ${checksum}`));
});

test('NOTICE names each lexicon data file with its licence, and each file it names exists', () => {
  const notice = read('NOTICE');
  assert.match(notice, /EUPL-1\.2/);
  const licences: Record<(typeof LEXICON_FILES)[number], string> = {
    'eurovoc.json.gz': 'CC BY 4.0',
    'freedict.json.gz': 'GPL-2.0-or-later',
    'apertium.json.gz': 'GPL-2.0',
  };
  const entries = notice.split(/\n(?=- )/);
  for (const file of LEXICON_FILES) {
    const entry = entries.find((e) => e.startsWith(`- src/matching/lexicon/${file}`));
    assert.ok(entry, `NOTICE lists ${file}`);
    assert.ok(entry.includes(`Licence: ${licences[file]}`), `NOTICE gives ${file} the licence ${licences[file]}`);
  }
  const named = notice.match(/src\/matching\/lexicon\/[\w.-]+\.(?:gz|txt|md)/g) ?? [];
  assert.ok(named.length >= LEXICON_FILES.length + 1);
  for (const path of named) assert.ok(existsSync(`${ROOT}${path}`), `${path}, named in NOTICE, exists`);
});
