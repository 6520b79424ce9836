// Configuration comes only from environment variables, read once by loadConfig and checked against one
// schema (SETTINGS); README.md's configuration table lists the same variables (config.test.ts compares them).
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { Type, type Static, type TSchema } from 'typebox';
import { Value } from 'typebox/value';

// Two options of our own on a setting, for its message: `expected` says what a valid value looks like
// when its bounds cannot, `secret` keeps the value itself out of the message (and so out of logs).
const wholeNumber = (fallback: number, minimum: number, maximum?: number) =>
  Type.Integer({ default: fallback, minimum, ...(maximum === undefined ? {} : { maximum }) });
const url = (schemes: string[], options: { secret?: boolean; default?: string } = {}) =>
  Type.String({
    pattern: `^(${schemes.join('|')})://`,
    expected: `an address starting with ${schemes.map((s) => `${s}://`).join(' or ')}`,
    ...options,
  });
const text = (options: { secret?: boolean } = {}) => Type.Optional(Type.String(options));

/** Every environment variable the platform reads, with its kind, bounds and default. An empty value counts as unset. */
export const SETTINGS = Type.Object({
  PORT: wholeNumber(3000, 0, 65535),
  HOST: Type.String({ default: '0.0.0.0' }),
  DATABASE_URL: url(['pglite', 'postgres', 'postgresql'], { secret: true, default: 'pglite://./data' }),
  DATABASE_POOL_SIZE: wholeNumber(10, 1),
  BASE_URL: Type.Optional(url(['http', 'https'])),
  COOKIE_SECRET: text({ secret: true }),
  INSTANCES: wholeNumber(1, 1),
  SMTP_URL: Type.Optional(url(['smtp', 'smtps'], { secret: true })),
  MAIL_FROM: Type.String({ default: 'Helemaal Digitaal <noreply@helemaaldigitaal.example>' }),
  CHALLENGE_LIFETIME_DAYS: wholeNumber(180, 1),
  AUTH_RATE_LIMIT_PER_MINUTE: wholeNumber(10, 1),
  SECRET_KEY: text({ secret: true }),
  RATE_LIMIT_ALLOW_LIST: text(),
  TRUST_PROXY: Type.String({ default: 'off' }),
  API_ANONYMOUS_RATE_LIMIT_PER_MINUTE: wholeNumber(60, 1),
  OIDC_ISSUER: Type.Optional(url(['http', 'https'])),
  OIDC_CLIENT_ID: text(),
  OIDC_CLIENT_SECRET: text({ secret: true }),
  OIDC_REDIRECT_URI: Type.Optional(url(['http', 'https'])),
  DEMO_CONTENT: Type.Enum(['on', 'off'], { default: 'on' }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  NODE_ENV: text(),
  SHUTDOWN_GRACE_MS: wholeNumber(2000, 0),
  STRONG_MATCH_PERCENT: wholeNumber(40, 0, 100),
  FEDERATION_SYNC_MINUTES: Type.Number({ default: 60, exclusiveMinimum: 0 }),
  REMINDER_EXPIRY_DAYS: wholeNumber(14, 1),
  REMINDER_WAITING_DAYS: wholeNumber(7, 1),
  REMINDER_STALE_DAYS: wholeNumber(365, 1),
  MATCH_EXPIRY_DAYS: wholeNumber(30, 1),
  METRICS_TOKEN: text({ secret: true }),
  LDES_PAGE_SIZE: wholeNumber(250, 1, 10000),
});

type Settings = Static<typeof SETTINGS>;

/** The configuration cannot be used; `problems` names each variable that is wrong and how. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';

  constructor(readonly problems: string[]) {
    const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
    super(
      `Refusing to start: the environment has ${count} (README.md, "Configuration", lists every variable):\n${problems.map((p) => `- ${p}`).join('\n')}`,
    );
  }
}

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  baseUrl: string;
  smtpUrl: string | null;
  mailFrom: string;
  cookieSecret: string;
  secureCookies: boolean;
  logLevel: Settings['LOG_LEVEL'];
  challengeLifetimeDays: number;
  loadDemoContent: boolean;
  /** Login, registration and password-reset posts allowed per minute per IP address, per route. */
  authRateLimitPerMinute: number;
  /** Client addresses exempt from every rate limit: for load benchmarks against a test instance only. */
  rateLimitAllowList: string[];
  /**
   * Which connections may state the client's address in X-Forwarded-For (Fastify's trustProxy): false
   * (nobody, the default), a hop count, or the proxies' addresses and networks.
   */
  trustProxy: false | number | string[];
  /** Encrypts TOTP secrets at rest; the same value on every instance, kept out of the database and its backups. */
  secretKey: string;
  /** NODE_ENV=production: own secrets required (secretsCheck), e-mails written to the log lose their links' tokens. */
  production: boolean;
  /** Public read API requests per minute from one address without an API key or session. */
  anonymousApiRateLimitPerMinute: number;
  /** Matches scoring above this (0–1) are announced to owners, followers and ambassadors. */
  strongMatchScore: number;
  /** The government's OpenID Connect provider; null hides "log in with your government account". */
  oidc: OidcConfig | null;
  reminders: ReminderConfig;
  /** Processes serving the same port (one per core), on a PostgreSQL server only. */
  instances: number;
  /** Connections per instance to a PostgreSQL server. */
  databasePoolSize: number;
  /** How long /ready reports draining before the server closes on SIGTERM. */
  shutdownGraceMs: number;
  /** How often a partner region that answers is synced, in minutes. */
  federationSyncMinutes: number;
  /** The token /metrics asks for (METRICS_TOKEN); null when unset. */
  metricsToken: string | null;
  /** Members per page of the LDES; a full page never changes again, so changing it renumbers every page. */
  ldesPageSize: number;
}

/** When reminders go out and unanswered matches expire, in days. */
export interface ReminderConfig {
  /** A published challenge's owner is reminded this long before it expires. */
  expiryNoticeDays: number;
  /** A side that has not answered a proposed match for this long is reminded. */
  waitingDays: number;
  /** An organisation or published solution not updated for this long is called stale. */
  staleProfileDays: number;
  /** A proposed match nobody answered for this long expires. */
  matchExpiryDays: number;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

// Names proxy-addr (Fastify's trustProxy) knows for common private ranges.
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function proxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

/**
 * TRUST_PROXY: off unless set, so X-Forwarded-For from an unknown sender never picks the rate-limit key.
 * A value that is neither adds to `problems`.
 */
function trustProxy(raw: string, problems: string[]): Config['trustProxy'] {
  const value = raw.trim();
  if (value === '0' || value === 'off' || value === 'false') return false;
  if (value === 'true') {
    problems.push(
      "TRUST_PROXY=true would let any sender choose its address: give the proxies' addresses or a hop count",
    );
    return false;
  }
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const wrong = entries.filter((entry) => !proxyAddress(entry));
  if (wrong.length > 0)
    problems.push(
      `TRUST_PROXY must be a hop count or a comma-separated list of proxy addresses or networks (CIDR); "${wrong.join('", "')}" is neither`,
    );
  return entries;
}

/**
 * Fastify's trustProxy for the setting. Fastify now ignores a bare hop count (it cannot check the
 * nearest sender), so a count becomes "trust the nearest N senders": right only when the platform
 * cannot be reached except through those proxies, which is why addresses are the better setting.
 */
export function trustProxyOption(
  setting: Config['trustProxy'],
): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting !== 'number') return setting;
  return (_address, hop) => hop < setting;
}

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

/** A setting's schema as the plain JSON Schema object it is, our own options included. */
function keywords(schema: TSchema): Record<string, unknown> {
  return schema as unknown as Record<string, unknown>;
}

function isNumeric(schema: TSchema): boolean {
  const kind = keywords(schema).type;
  return kind === 'integer' || kind === 'number';
}

/** The set variables, numbers converted only when written as plain decimals, then the defaults. */
function settingValues(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(SETTINGS.properties)) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') continue;
    values[name] = isNumeric(schema) && DECIMAL.test(raw.trim()) ? Number(raw) : raw;
  }
  return Value.Default(SETTINGS, values) as Record<string, unknown>;
}

/** What a valid value of the setting looks like, for its message. */
function expectation(schema: Record<string, unknown>): string {
  if (typeof schema.expected === 'string') return schema.expected;
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map((value) => `"${String(value)}"`).join(', ')}`;
  if (schema.type === 'number') return `a number above ${String(schema.exclusiveMinimum)}`;
  const { minimum, maximum } = schema;
  if (maximum !== undefined) return `a whole number from ${String(minimum)} to ${String(maximum)}`;
  return minimum === 0 ? 'a whole number (0 or more)' : `a whole number of at least ${String(minimum)}`;
}

/** One message per variable the schema refuses, in the schema's order. */
function schemaProblems(env: NodeJS.ProcessEnv, values: Record<string, unknown>): string[] {
  const refused = new Set(Value.Errors(SETTINGS, values).map((error) => error.instancePath.slice(1)));
  return Object.entries(SETTINGS.properties)
    .filter(([name]) => refused.has(name))
    .map(([name, schema]) => {
      const options = keywords(schema);
      return `${name} must be ${expectation(options)}${options.secret === true ? '' : `, got "${env[name] ?? ''}"`}`;
    });
}

/** Government login needs all three of its settings; some of them is a mistake, not "off". */
function oidcProblems(env: NodeJS.ProcessEnv): string[] {
  const names = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;
  const missing = names.filter((name) => !env[name]?.trim());
  if (missing.length === 0 || missing.length === names.length) return [];
  return [`${missing.join(' and ')} must be set too: government login needs ${names.join(', ')}`];
}

function oidcConfig(settings: Settings, baseUrl: string): OidcConfig | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = settings;
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    issuer,
    clientId,
    clientSecret,
    redirectUri: settings.OIDC_REDIRECT_URI ?? `${baseUrl}/login/oidc/callback`,
  };
}

/**
 * Reads the environment once and checks every variable against SETTINGS; throws a ConfigurationError
 * naming every wrong variable at once rather than starting on a value it would misread.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const values = settingValues(env);
  const problems = [...schemaProblems(env, values), ...oidcProblems(env)];
  const proxies = trustProxy(String(values.TRUST_PROXY), problems);
  if (problems.length > 0) throw new ConfigurationError(problems);
  return toConfig(values as Settings, proxies);
}

function toConfig(settings: Settings, trustProxy: Config['trustProxy']): Config {
  const baseUrl = settings.BASE_URL ?? `http://localhost:${settings.PORT}`;
  return {
    port: settings.PORT,
    host: settings.HOST,
    databaseUrl: settings.DATABASE_URL,
    databasePoolSize: settings.DATABASE_POOL_SIZE,
    baseUrl,
    smtpUrl: settings.SMTP_URL ?? null,
    mailFrom: settings.MAIL_FROM,
    // A random secret per process is fine on one laptop; several instances must share COOKIE_SECRET.
    cookieSecret: settings.COOKIE_SECRET ?? randomBytes(32).toString('hex'),
    secureCookies: baseUrl.startsWith('https://'),
    logLevel: settings.LOG_LEVEL,
    challengeLifetimeDays: settings.CHALLENGE_LIFETIME_DAYS,
    loadDemoContent: settings.DEMO_CONTENT === 'on',
    authRateLimitPerMinute: settings.AUTH_RATE_LIMIT_PER_MINUTE,
    anonymousApiRateLimitPerMinute: settings.API_ANONYMOUS_RATE_LIMIT_PER_MINUTE,
    // The fallback only suits a laptop: anyone reading this source knows it (production refuses it, see secretsCheck).
    secretKey: settings.SECRET_KEY ?? DEVELOPMENT_SECRET_KEY,
    production: settings.NODE_ENV === 'production',
    rateLimitAllowList: (settings.RATE_LIMIT_ALLOW_LIST ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter((a) => a !== ''),
    trustProxy,
    strongMatchScore: settings.STRONG_MATCH_PERCENT / 100,
    oidc: oidcConfig(settings, baseUrl),
    instances: settings.INSTANCES,
    metricsToken: settings.METRICS_TOKEN ?? null,
    shutdownGraceMs: settings.SHUTDOWN_GRACE_MS,
    federationSyncMinutes: settings.FEDERATION_SYNC_MINUTES,
    ldesPageSize: settings.LDES_PAGE_SIZE,
    reminders: {
      expiryNoticeDays: settings.REMINDER_EXPIRY_DAYS,
      waitingDays: settings.REMINDER_WAITING_DAYS,
      staleProfileDays: settings.REMINDER_STALE_DAYS,
      matchExpiryDays: settings.MATCH_EXPIRY_DAYS,
    },
  };
}

const DEVELOPMENT_SECRET_KEY = 'helemaal-digitaal-development-secret-key';
const MIN_SECRET_LENGTH = 32;
const MAKE_SECRET =
  'Give each its own long random value (at least 32 characters), the same on every instance, e.g. `openssl rand -hex 32`.';

function secretProblems(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  for (const name of ['SECRET_KEY', 'COOKIE_SECRET']) {
    const value = env[name];
    if (!value) problems.push(`${name} is not set`);
    else if (value === DEVELOPMENT_SECRET_KEY) problems.push(`${name} is the development value from the source code`);
    else if (value.length < MIN_SECRET_LENGTH) problems.push(`${name} is shorter than ${MIN_SECRET_LENGTH} characters`);
  }
  return problems;
}

/**
 * SECRET_KEY encrypts second-factor secrets and COOKIE_SECRET signs cookies. In production
 * (NODE_ENV=production) the platform must not start on a development fallback; elsewhere a
 * missing one is allowed with a warning. Null when there is nothing to say.
 */
export function secretsCheck(env: NodeJS.ProcessEnv = process.env): { refuse: boolean; message: string } | null {
  if (env.NODE_ENV === 'production') {
    const problems = secretProblems(env);
    if (problems.length === 0) return null;
    return {
      refuse: true,
      message: `Refusing to start: NODE_ENV=production needs its own SECRET_KEY and COOKIE_SECRET, and ${problems.join(', ')}. ${MAKE_SECRET}`,
    };
  }
  const unset = [
    ...(env.SECRET_KEY
      ? []
      : [
          'SECRET_KEY is not set: second-factor secrets are encrypted with a development key that is in the source code',
        ]),
    ...(env.COOKIE_SECRET
      ? []
      : [
          'COOKIE_SECRET is not set: cookies are signed with a random secret of this process, so after a restart forms opened before it are refused',
        ]),
  ];
  if (unset.length === 0) return null;
  return {
    refuse: false,
    message: `WARNING: ${unset.join('; ')}. Fine on a laptop, never in production (with NODE_ENV=production the platform refuses to start without them). ${MAKE_SECRET}`,
  };
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({}),
    databaseUrl: process.env.DATABASE_URL ?? 'pglite://memory',
    cookieSecret: 'test-secret-test-secret-test-secret',
    logLevel: 'silent',
    loadDemoContent: false,
    ...overrides,
  };
}
