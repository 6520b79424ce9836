// Configuration: one schema for every environment variable, checked at start-up, documented once in README.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { ConfigurationError, loadConfig, SETTINGS, testConfig } from './config.ts';
import { isEmbedded, openDatabase, openTestDatabase } from './db/database.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The problems loadConfig names for this environment (none when it accepts it). */
function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    assert.ok(error instanceof ConfigurationError, String(error));
    return error.problems;
  }
}

test('with nothing set every setting has its default', () => {
  const { cookieSecret, ...config } = loadConfig({});
  assert.match(cookieSecret, /^[0-9a-f]{64}$/);
  assert.deepEqual(config, {
    port: 3000,
    host: '0.0.0.0',
    databaseUrl: 'pglite://./data',
    databasePoolSize: 10,
    baseUrl: 'http://localhost:3000',
    smtpUrl: null,
    mailFrom: 'Helemaal Digitaal <noreply@helemaaldigitaal.example>',
    secureCookies: false,
    logLevel: 'info',
    challengeLifetimeDays: 180,
    loadDemoContent: true,
    authRateLimitPerMinute: 10,
    anonymousApiRateLimitPerMinute: 60,
    secretKey: 'helemaal-digitaal-development-secret-key',
    production: false,
    rateLimitAllowList: [],
    trustProxy: false,
    strongMatchScore: 0.4,
    oidc: null,
    instances: 1,
    metricsToken: null,
    shutdownGraceMs: 2000,
    federationSyncMinutes: 60,
    ldesPageSize: 250,
    reminders: { expiryNoticeDays: 14, waitingDays: 7, staleProfileDays: 365, matchExpiryDays: 30 },
  });
});

test('set values are converted into the configuration', () => {
  const config = loadConfig({
    PORT: '8080',
    BASE_URL: 'https://hd.example',
    DATABASE_POOL_SIZE: '25',
    SHUTDOWN_GRACE_MS: '0',
    FEDERATION_SYNC_MINUTES: '0.5',
    LDES_PAGE_SIZE: '50',
    STRONG_MATCH_PERCENT: '55',
    METRICS_TOKEN: 'scrape-me',
    DEMO_CONTENT: 'off',
    REMINDER_STALE_DAYS: '90',
    NODE_ENV: 'production',
    OIDC_ISSUER: 'https://op.example',
    OIDC_CLIENT_ID: 'hd',
    OIDC_CLIENT_SECRET: 'shh',
    RATE_LIMIT_ALLOW_LIST: '127.0.0.1, ::1',
  });
  assert.equal(config.port, 8080);
  assert.equal(config.secureCookies, true);
  assert.equal(config.databasePoolSize, 25);
  assert.equal(config.shutdownGraceMs, 0);
  assert.equal(config.federationSyncMinutes, 0.5);
  assert.equal(config.ldesPageSize, 50);
  assert.equal(config.strongMatchScore, 0.55);
  assert.equal(config.metricsToken, 'scrape-me');
  assert.equal(config.loadDemoContent, false);
  assert.equal(config.reminders.staleProfileDays, 90);
  assert.equal(config.production, true);
  assert.deepEqual(config.oidc, {
    issuer: 'https://op.example',
    clientId: 'hd',
    clientSecret: 'shh',
    redirectUri: 'https://hd.example/login/oidc/callback',
  });
  assert.deepEqual(config.rateLimitAllowList, ['127.0.0.1', '::1']);
});

test('numbers come from the environment given, not from process.env', () => {
  const saved = { PORT: process.env.PORT, MATCH_EXPIRY_DAYS: process.env.MATCH_EXPIRY_DAYS };
  process.env.PORT = '1234';
  process.env.MATCH_EXPIRY_DAYS = 'not a number';
  try {
    assert.equal(loadConfig({ PORT: '4000' }).port, 4000);
    assert.equal(loadConfig({}).port, 3000);
    assert.equal(loadConfig({}).reminders.matchExpiryDays, 30);
    assert.equal(testConfig().port, 3000);
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
});

test('an empty value counts as unset', () => {
  const config = loadConfig({ PORT: '', HOST: '', SMTP_URL: '', COOKIE_SECRET: ' ', LOG_LEVEL: '' });
  assert.equal(config.port, 3000);
  assert.equal(config.host, '0.0.0.0');
  assert.equal(config.smtpUrl, null);
  assert.match(config.cookieSecret, /^[0-9a-f]{64}$/);
  assert.equal(config.logLevel, 'info');
});

test('invalid values are refused all at once, each message naming its variable, the value and what it must be', () => {
  const problems = problemsOf({
    PORT: 'abc',
    DATABASE_POOL_SIZE: '0',
    STRONG_MATCH_PERCENT: '150',
    FEDERATION_SYNC_MINUTES: '-1',
  });
  assert.deepEqual(problems, [
    'PORT must be a whole number from 0 to 65535, got "abc"',
    'DATABASE_POOL_SIZE must be a whole number of at least 1, got "0"',
    'STRONG_MATCH_PERCENT must be a whole number from 0 to 100, got "150"',
    'FEDERATION_SYNC_MINUTES must be a number above 0, got "-1"',
  ]);
  assert.throws(() => loadConfig({ PORT: 'abc' }), /^ConfigurationError: Refusing to start: .*\n- PORT must be/);
});

test('a number must be written as a plain decimal: fractions, hex and exponents are refused, not rounded', () => {
  for (const raw of ['1.5', '0x10', '1e3', '12abc']) {
    assert.deepEqual(problemsOf({ INSTANCES: raw }), [`INSTANCES must be a whole number of at least 1, got "${raw}"`]);
  }
  assert.deepEqual(problemsOf({ SHUTDOWN_GRACE_MS: '-5' }), [
    'SHUTDOWN_GRACE_MS must be a whole number (0 or more), got "-5"',
  ]);
  assert.deepEqual(problemsOf({ FEDERATION_SYNC_MINUTES: 'Infinity' }), [
    'FEDERATION_SYNC_MINUTES must be a number above 0, got "Infinity"',
  ]);
});

test('choices, addresses and TRUST_PROXY are checked alongside the numbers', () => {
  assert.deepEqual(problemsOf({ LOG_LEVEL: 'loud', DEMO_CONTENT: 'no', BASE_URL: 'hd.example', TRUST_PROXY: 'true' }), [
    'BASE_URL must be an address starting with http:// or https://, got "hd.example"',
    'DEMO_CONTENT must be one of "on", "off", got "no"',
    'LOG_LEVEL must be one of "fatal", "error", "warn", "info", "debug", "trace", "silent", got "loud"',
    "TRUST_PROXY=true would let any sender choose its address: give the proxies' addresses or a hop count",
  ]);
});

test('a wrong secret-bearing value is named without repeating the value', () => {
  const problems = problemsOf({
    DATABASE_URL: 'mysql://admin:hunter2@db/hd',
    SMTP_URL: 'http://mail:hunter2@mail.example',
  });
  assert.deepEqual(problems, [
    'DATABASE_URL must be an address starting with pglite:// or postgres:// or postgresql://',
    'SMTP_URL must be an address starting with smtp:// or smtps://',
  ]);
});

test('government login with only some of its three settings is refused, naming the missing ones', () => {
  assert.deepEqual(problemsOf({ OIDC_ISSUER: 'https://op.example' }), [
    'OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set too: government login needs OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET',
  ]);
});

/** The server processes that answer `count` concurrent queries (each holds its connection briefly). */
async function backendsFor(url: string, poolSize: number, count: number): Promise<number> {
  const db = openDatabase(url, { poolSize });
  try {
    const answers = await Promise.all(
      Array.from({ length: count }, () =>
        sql<{ pid: number }>`select pg_backend_pid() as pid, pg_sleep(0.1)`.execute(db),
      ),
    );
    return new Set(answers.map((answer) => answer.rows[0]?.pid)).size;
  } finally {
    await db.destroy();
  }
}

const serverUrl = process.env.DATABASE_URL;
if (serverUrl !== undefined && !isEmbedded(serverUrl)) {
  test('DATABASE_POOL_SIZE bounds the connections to a PostgreSQL server; unset, up to 10', async () => {
    const database = await openTestDatabase();
    await database.db.destroy();
    try {
      assert.equal(await backendsFor(database.url, loadConfig({ DATABASE_POOL_SIZE: '2' }).databasePoolSize, 6), 2);
      assert.equal(await backendsFor(database.url, loadConfig({}).databasePoolSize, 12), 10);
    } finally {
      await database.drop();
    }
  });
} else {
  test('on PGlite the pool size changes nothing: one embedded connection answers every query', async () => {
    assert.equal(await backendsFor('pglite://memory', 5, 4), 1);
  });
}

/** The configuration table in README.md: each row's variables and its default column. */
function readmeTable(): { names: string[]; defaults: string }[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Configuration\n'));
  assert.ok(section, 'README.md has a "## Configuration" section');
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [variables = '', defaults = ''] = line.split(' | ');
      return { names: [...variables.matchAll(/`([A-Z0-9_]+)`/g)].map((match) => match[1] as string), defaults };
    });
}

test('README.md documents every variable of the schema once, with its default, and no other', () => {
  const rows = readmeTable();
  const documented = rows.flatMap((row) => row.names);
  const schema = Object.keys(SETTINGS.properties);
  assert.deepEqual([...documented].sort(), [...schema].sort());
  assert.equal(new Set(documented).size, documented.length, 'no variable is listed twice');
  for (const [name, setting] of Object.entries(SETTINGS.properties)) {
    const fallback = (setting as { default?: unknown }).default;
    if (fallback === undefined) continue;
    const row = rows.find((r) => r.names.includes(name));
    assert.ok(
      row?.defaults.includes(`\`${String(fallback)}\``),
      `README gives ${name}'s default \`${String(fallback)}\``,
    );
  }
});

test('helemaal serve with invalid settings exits with code 1 and names each wrong variable', async () => {
  const env = {
    ...process.env,
    PORT: 'abc',
    DATABASE_POOL_SIZE: '0',
    STRONG_MATCH_PERCENT: '150',
    FEDERATION_SYNC_MINUTES: '-1',
    DATABASE_URL: 'pglite://memory',
  };
  const child = spawn(process.execPath, ['bin/helemaal.js', 'serve'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearTimeout(timer);
  assert.equal(code, 1, output);
  for (const name of ['PORT', 'DATABASE_POOL_SIZE', 'STRONG_MATCH_PERCENT', 'FEDERATION_SYNC_MINUTES'])
    assert.match(output, new RegExp(`- ${name} must be`));
  assert.doesNotMatch(output, /runs at/);
});
