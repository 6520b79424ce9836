// Registration, login and the accounts made by operators (admin CLI, demo seeding). Every change is
// written with its audit entry in one transaction; e-mails go out only after the commit.
import type { FastifyBaseLogger } from 'fastify';
import type { Services } from '../app-types.ts';
import type { OutgoingMail } from '../shared/mail.ts';
import type { Database } from '../db/database.ts';
import type { OrganisationRow, PersonRow } from '../db/schema.ts';
import { recordAudit } from '../audit/repository.ts';
import { errors, type FieldProblem } from '../shared/errors.ts';
import { isUniqueViolation } from '../shared/database-errors.ts';
import type { Locale } from '../i18n/define.ts';
import { addMember, createOrganisation, organisationProblems } from '../organisations/service.ts';
import { announceRequest, requestMembership } from '../organisations/membership-service.ts';
import {
  findPersonByEmail,
  insertAccountToken,
  insertPerson,
  setAmbassadorSpearheads,
  updatePerson,
} from './repository.ts';
import { hashPassword, passwordProblems } from './passwords.ts';
import { newToken, tokenHash } from './tokens.ts';
import { livenessAt, startSession } from './session.ts';
import { liveSessionsOf, revokeOwnSession, revokeSessionsOf, type SessionListing } from './session-repository.ts';
import { verificationMail } from './mails.tsx';
import { personAuditSnapshot } from './presenter.ts';
import type { RegistrationBody } from './schemas.ts';
import type { Role } from '../shared/viewer.ts';

export type { SessionListing };

export type AccountServices = Pick<Services, 'db' | 'mailer' | 'config' | 'now'>;

const VERIFY_EMAIL_HOURS = 48;

export interface Registered {
  person: PersonRow;
  /** The organisation they registered, or none while a request to join one waits for consent. */
  organisationIds: string[];
  sessionToken: string;
}

/** A new organisation needs a name, a kind and whether it is an SME; the registration form also asks this beside the schema. */
export function newOrganisationProblems(input: {
  organisationMode?: unknown;
  organisationName?: unknown;
  kind?: unknown;
  isSme?: unknown;
}): FieldProblem[] {
  if (input.organisationMode !== 'create') return [];
  const problems: FieldProblem[] = [];
  if (typeof input.organisationName !== 'string' || !input.organisationName.trim())
    problems.push({ field: 'organisationName', message: 'field.required' });
  if (input.kind === undefined) problems.push({ field: 'kind', message: 'field.required' });
  if (input.isSme === undefined) problems.push({ field: 'isSme', message: 'field.required' });
  return problems;
}

function registrationProblems(input: RegistrationBody): FieldProblem[] {
  const ownWords = [
    input.name,
    ...(input.organisationMode === 'create' && input.organisationName ? [input.organisationName] : []),
  ];
  const problems = passwordProblems(input.password, input.email, ownWords);
  if (input.name.trim() === '') problems.push({ field: 'name', message: 'field.required' });
  problems.push(...newOrganisationProblems(input));
  const website = input.organisationMode === 'create' ? input.website : undefined;
  return [...problems, ...organisationProblems({ enterpriseNumber: input.enterpriseNumber, website })];
}

/** Issues a one-time token of the given purpose; only its hash is stored. */
export async function issueAccountToken(
  db: Database,
  personId: string,
  purpose: 'verify_email' | 'reset_password',
  hours: number,
  now: Date,
): Promise<string> {
  const token = newToken();
  await insertAccountToken(db, tokenHash(token), personId, purpose, new Date(now.getTime() + hours * 3_600_000));
  return token;
}

/** Mail trouble must not undo a committed change: it is logged, and the person can ask again. */
export async function deliver(services: AccountServices, log: FastifyBaseLogger, mail: OutgoingMail): Promise<void> {
  await services.mailer
    .send(mail)
    .catch((error: unknown) => log.error({ err: error, subject: mail.subject }, 'e-mail could not be sent'));
}

export async function sendVerificationEmail(
  services: AccountServices,
  log: FastifyBaseLogger,
  person: PersonRow,
): Promise<void> {
  const token = await issueAccountToken(services.db, person.id, 'verify_email', VERIFY_EMAIL_HOURS, services.now());
  await deliver(
    services,
    log,
    verificationMail(
      { email: person.email, name: person.display_name, locale: person.locale },
      services.config.baseUrl,
      token,
    ),
  );
}

/**
 * Creates the person with their new organisation, or with a request to join an existing one (its
 * members are told), sends the verification link and starts a session.
 */
export async function register(
  services: Services,
  log: FastifyBaseLogger,
  input: RegistrationBody,
): Promise<Registered> {
  const problems = registrationProblems(input);
  if (problems.length > 0) throw errors.validation(problems);
  const email = input.email.toLowerCase();
  const passwordHash = await hashPassword(input.password);
  const now = services.now();
  const { person, attached, verifyToken } = await services.db.transaction().execute(async (tx) => {
    if (await findPersonByEmail(tx, email)) throw errors.conflict('email_taken', 'account.email_taken');
    const person = await insertPerson(tx, {
      email,
      display_name: input.name.trim(),
      password_hash: passwordHash,
      role: 'member',
      locale: input.locale,
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? errors.conflict('email_taken', 'account.email_taken') : error;
    });
    await recordAudit(tx, {
      actorId: person.id,
      action: 'person.registered',
      objectType: 'person',
      objectId: person.id,
      after: personAuditSnapshot(person),
    });
    const attached = await attachOrganisation(tx, person.id, input);
    const verifyToken = await issueAccountToken(tx, person.id, 'verify_email', VERIFY_EMAIL_HOURS, now);
    return { person, attached, verifyToken };
  });
  await deliver(
    services,
    log,
    verificationMail({ email, name: person.display_name, locale: person.locale }, services.config.baseUrl, verifyToken),
  );
  if (attached.requested) await announceRequest(services, log, attached.requested);
  const sessionToken = await startSession(services.db, person.id, now);
  return { person, organisationIds: attached.memberOf, sessionToken };
}

interface Attached {
  memberOf: string[];
  requested: OrganisationRow | null;
}

/** A new organisation makes its founder a member; joining an existing one only asks its members. */
async function attachOrganisation(tx: Database, personId: string, input: RegistrationBody): Promise<Attached> {
  if (input.organisationMode === 'join')
    return { memberOf: [], requested: (await requestMembership(tx, personId, input.enterpriseNumber)).organisation };
  const organisation = await createOrganisation(
    tx,
    {
      name: input.organisationName ?? '',
      kind: input.kind ?? 'company',
      isSme: input.isSme ?? false,
      enterpriseNumber: input.enterpriseNumber,
      street: input.street,
      postalCode: input.postalCode,
      municipality: input.municipality,
      nisCode: input.nisCode,
      website: input.website,
    },
    personId,
  );
  await addMember(tx, personId, organisation.id, personId);
  return { memberOf: [organisation.id], requested: null };
}

export interface AdminInput {
  email: string;
  name: string;
  /** Required for a new person; an existing person keeps their password unless they have none. */
  password?: string;
}

/** Creates a verified admin, or promotes an existing person to admin. Used by the admin CLI. */
export async function createAdmin(db: Database, input: AdminInput): Promise<{ id: string; created: boolean }> {
  const email = input.email.trim().toLowerCase();
  if (input.password !== undefined) {
    const problems = passwordProblems(input.password, email, [input.name]);
    if (problems.length > 0) throw errors.validation(problems);
  }
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  return db.transaction().execute(async (tx) => {
    const existing = await findPersonByEmail(tx, email);
    if (existing) {
      const after = await updatePerson(tx, existing.id, {
        role: 'admin',
        email_verified_at: existing.email_verified_at ?? new Date(),
        password_hash: existing.password_hash ?? passwordHash,
        updated_at: new Date(),
      });
      await recordAudit(tx, {
        actorId: null,
        action: 'person.promoted_admin',
        objectType: 'person',
        objectId: existing.id,
        before: personAuditSnapshot(existing),
        after: personAuditSnapshot(after),
      });
      // Sessions opened as a member never asked for a second factor; the admin logs in again.
      await revokeSessionsOf(tx, existing.id);
      return { id: existing.id, created: false };
    }
    if (!passwordHash) throw errors.validation([{ field: 'password', message: 'field.required' }]);
    const person = await insertPerson(tx, {
      email,
      display_name: input.name,
      password_hash: passwordHash,
      role: 'admin',
      locale: 'nl',
      email_verified_at: new Date(),
    });
    await recordAudit(tx, {
      actorId: null,
      action: 'person.admin_created',
      objectType: 'person',
      objectId: person.id,
      after: personAuditSnapshot(person),
    });
    return { id: person.id, created: true };
  });
}

export interface DemoPersonInput {
  email: string;
  name: string;
  role: Role;
  locale?: Locale;
  /** Without a password the person cannot log in until they reset it. */
  password?: string;
  organisationIds?: string[];
  spearheads?: number[];
}

/** A verified person for demo content; returns the existing person's id when the e-mail is taken. */
export async function createDemoPerson(db: Database, input: DemoPersonInput): Promise<string> {
  const email = input.email.trim().toLowerCase();
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  return db.transaction().execute(async (tx) => {
    const existing = await findPersonByEmail(tx, email);
    if (existing) return existing.id;
    const person = await insertPerson(tx, {
      email,
      display_name: input.name,
      password_hash: passwordHash,
      role: input.role,
      locale: input.locale ?? 'nl',
      email_verified_at: new Date(),
    });
    for (const organisationId of input.organisationIds ?? []) await addMember(tx, person.id, organisationId, null);
    await setAmbassadorSpearheads(tx, person.id, input.spearheads ?? []);
    await recordAudit(tx, {
      actorId: null,
      action: 'person.created',
      objectType: 'person',
      objectId: person.id,
      after: personAuditSnapshot(person),
    });
    return person.id;
  });
}

// Session ids are the SHA-256 of the token; anything else cannot be one.
const SESSION_ID = /^[0-9a-f]{64}$/;
// The audit log names a session by the start of its id, which is enough to tell sessions apart.
const auditName = (sessionId: string) => sessionId.slice(0, 12);

/** Where the person is logged in now, newest session first. */
export async function liveSessions(services: AccountServices, personId: string): Promise<SessionListing[]> {
  return liveSessionsOf(services.db, personId, livenessAt(services.now()));
}

/** Ends one of the person's own live sessions, audited; any other is reported as missing. */
export async function endOwnSession(services: AccountServices, personId: string, sessionId: string): Promise<void> {
  if (!SESSION_ID.test(sessionId)) throw errors.notFound();
  await services.db.transaction().execute(async (tx) => {
    if (!(await revokeOwnSession(tx, personId, sessionId))) throw errors.notFound();
    await recordAudit(tx, {
      actorId: personId,
      action: 'session.revoked',
      objectType: 'person',
      objectId: personId,
      after: { session: auditName(sessionId) },
    });
  });
}

/** Ends every session of the person, audited. */
export async function endAllSessions(services: AccountServices, personId: string): Promise<void> {
  await services.db.transaction().execute(async (tx) => {
    await revokeSessionsOf(tx, personId);
    await recordAudit(tx, {
      actorId: personId,
      action: 'person.sessions_revoked',
      objectType: 'person',
      objectId: personId,
    });
  });
}
