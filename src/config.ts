// Configuration comes only from environment variables; README.md lists them.
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  baseUrl: string;
  smtpUrl: string | null;
  mailFrom: string;
  cookieSecret: string;
  secureCookies: boolean;
  logLevel: string;
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
  /** The token /metrics asks for (METRICS_TOKEN); null when unset. */
  metricsToken: string | null;
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

function oidcConfig(env: NodeJS.ProcessEnv, baseUrl: string): OidcConfig | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = env;
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer, clientId, clientSecret, redirectUri: env.OIDC_REDIRECT_URI || `${baseUrl}/login/oidc/callback` };
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

/** TRUST_PROXY: off unless set, so X-Forwarded-For from an unknown sender never picks the rate-limit key. */
function trustProxy(raw: string | undefined): Config['trustProxy'] {
  const value = (raw ?? '').trim();
  if (value === '' || value === '0' || value === 'off' || value === 'false') return false;
  if (value === 'true') throw new Error('TRUST_PROXY=true would let any sender choose its address: give the proxies\' addresses or a hop count');
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const wrong = entries.filter((entry) => !proxyAddress(entry));
  if (wrong.length > 0) throw new Error(`TRUST_PROXY must be a hop count or a comma-separated list of proxy addresses or networks (CIDR); "${wrong.join('", "')}" is neither`);
  return entries;
}

/**
 * Fastify's trustProxy for the setting. Fastify now ignores a bare hop count (it cannot check the
 * nearest sender), so a count becomes "trust the nearest N senders": right only when the platform
 * cannot be reached except through those proxies, which is why addresses are the better setting.
 */
export function trustProxyOption(setting: Config['trustProxy']): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting !== 'number') return setting;
  return (_address, hop) => hop < setting;
}

function integer(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = integer('PORT', 3000);
  const baseUrl = env.BASE_URL ?? `http://localhost:${port}`;
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL ?? 'pglite://./data',
    baseUrl,
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM ?? 'Helemaal Digitaal <noreply@helemaaldigitaal.example>',
    // A random secret per process is fine on one laptop; several instances must share COOKIE_SECRET.
    cookieSecret: env.COOKIE_SECRET || randomBytes(32).toString('hex'),
    secureCookies: baseUrl.startsWith('https://'),
    logLevel: env.LOG_LEVEL ?? 'info',
    challengeLifetimeDays: integer('CHALLENGE_LIFETIME_DAYS', 180),
    loadDemoContent: env.DEMO_CONTENT !== 'off',
    authRateLimitPerMinute: integer('AUTH_RATE_LIMIT_PER_MINUTE', 10),
    anonymousApiRateLimitPerMinute: integer('API_ANONYMOUS_RATE_LIMIT_PER_MINUTE', 60),
    // The fallback only suits a laptop: anyone reading this source knows it (production refuses it, see secretsCheck).
    secretKey: env.SECRET_KEY || DEVELOPMENT_SECRET_KEY,
    production: env.NODE_ENV === 'production',
    rateLimitAllowList: (env.RATE_LIMIT_ALLOW_LIST ?? '').split(',').map((a) => a.trim()).filter((a) => a !== ''),
    trustProxy: trustProxy(env.TRUST_PROXY),
    strongMatchScore: integer('STRONG_MATCH_PERCENT', 40) / 100,
    oidc: oidcConfig(env, baseUrl),
    instances: integer('INSTANCES', 1),
    metricsToken: env.METRICS_TOKEN || null,
    reminders: {
      expiryNoticeDays: integer('REMINDER_EXPIRY_DAYS', 14),
      waitingDays: integer('REMINDER_WAITING_DAYS', 7),
      staleProfileDays: integer('REMINDER_STALE_DAYS', 365),
      matchExpiryDays: integer('MATCH_EXPIRY_DAYS', 30),
    },
  };
}

const DEVELOPMENT_SECRET_KEY = 'helemaal-digitaal-development-secret-key';
const MIN_SECRET_LENGTH = 32;
const MAKE_SECRET = 'Give each its own long random value (at least 32 characters), the same on every instance, e.g. `openssl rand -hex 32`.';

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
    return { refuse: true, message: `Refusing to start: NODE_ENV=production needs its own SECRET_KEY and COOKIE_SECRET, and ${problems.join(', ')}. ${MAKE_SECRET}` };
  }
  const unset = [
    ...(env.SECRET_KEY ? [] : ['SECRET_KEY is not set: second-factor secrets are encrypted with a development key that is in the source code']),
    ...(env.COOKIE_SECRET ? [] : ['COOKIE_SECRET is not set: cookies are signed with a random secret of this process, so after a restart forms opened before it are refused']),
  ];
  if (unset.length === 0) return null;
  return { refuse: false, message: `WARNING: ${unset.join('; ')}. Fine on a laptop, never in production (with NODE_ENV=production the platform refuses to start without them). ${MAKE_SECRET}` };
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
