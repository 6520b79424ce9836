// Test harness: the real application on a database of its own (PGlite in memory, or a fresh
// database on the PostgreSQL server in DATABASE_URL), driven through Fastify's inject.
import { hash } from '@node-rs/argon2';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import type { App, Services } from '../app-types.ts';
import { testConfig, type Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { openMigratedTestDatabase } from './migrated-database.ts';
import { startSession } from '../accounts/session.ts';
import { createMailer } from '../notifications/mailer.ts';
import type { Mailer } from '../shared/mail.ts';
import { kboFromBase } from '../organisations/enterprise-number.ts';
import type { Role } from '../shared/viewer.ts';
import { assembleServices } from '../services.ts';

export interface Harness {
  app: App;
  db: Database;
  /** The database's address: a second instance on PostgreSQL opens its own pool with it. */
  url: string;
  services: Services;
  close(): Promise<void>;
}

export async function startHarness(overrides: Partial<Config> = {}, mailer?: Mailer): Promise<Harness> {
  const { db, url, drop } = await openMigratedTestDatabase();
  const config = testConfig(overrides);
  const silentLog = { info() {} } as never;
  // Retries come quickly in tests: a mail server that is back is used again within a second.
  const services = assembleServices(db, config, mailer ?? createMailer(null, config.mailFrom, silentLog), {
    flow: { retryBaseSeconds: 0.2 },
  });
  const app = await buildApp(services);
  await app.ready();
  return {
    app,
    db,
    url,
    services,
    close: async () => {
      await app.close();
      await drop();
    },
  };
}

let organisationCounter = 0;

export async function createOrganisation(db: Database, name = 'Testorganisatie', isSme = true): Promise<string> {
  organisationCounter += 1;
  const row = await db
    .insertInto('organisations')
    .values({
      name,
      kind: 'company',
      is_sme: isSme,
      enterprise_number: kboFromBase(10_000_000 + organisationCounter * 7919 + Math.floor(Math.random() * 1000)),
      country: 'BE',
      street: null,
      postal_code: null,
      municipality: 'Gent',
      nis_code: '44021',
      website: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface TestPerson {
  id: string;
  token: string;
  email: string;
  /** Headers that authenticate an API call as this person. */
  auth: { authorization: string };
}

let personCounter = 0;
const PASSWORD_HASH = hash('correct horse battery staple');

export async function createPerson(
  db: Database,
  role: Role,
  organisationId?: string,
  spearheads: number[] = [],
): Promise<TestPerson> {
  personCounter += 1;
  const email = `${role}${personCounter}-${Date.now()}@test.example`;
  const person = await db
    .insertInto('people')
    .values({
      email,
      display_name: `${role} ${personCounter}`,
      password_hash: await PASSWORD_HASH,
      role,
      locale: 'nl',
      email_verified_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (organisationId)
    await db.insertInto('memberships').values({ person_id: person.id, organisation_id: organisationId }).execute();
  for (const spearhead of spearheads)
    await db.insertInto('ambassador_spearheads').values({ person_id: person.id, spearhead }).execute();
  const token = await startSession(db, person.id, new Date());
  return { id: person.id, token, email, auth: { authorization: `Bearer ${token}` } };
}

export function json<T = Record<string, unknown>>(response: LightMyRequestResponse): T {
  return response.json() as T;
}

/** Fetches a page as a browser would and returns the CSRF token and cookies needed to post its form. */
export async function formSession(
  app: App,
  url: string,
  sessionToken?: string,
): Promise<{ csrf: string; cookies: Record<string, string> }> {
  const cookies: Record<string, string> = sessionToken ? { hd_session: sessionToken } : {};
  const page = await app.inject({ method: 'GET', url, cookies });
  const match = /name="_csrf" value="([^"]+)"/.exec(page.body);
  if (!match?.[1]) throw new Error(`no CSRF token on ${url} (status ${page.statusCode})`);
  for (const cookie of page.cookies) cookies[cookie.name] = cookie.value;
  return { csrf: match[1], cookies };
}
