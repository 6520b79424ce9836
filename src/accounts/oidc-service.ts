// Logging in with a government account: the person is found by the provider's subject, or the
// first time by a verified e-mail address (and the subject is stored), or created. The claim
// vo_orgcode (a KBO number or an OVO code) makes them a member of that organisation when it is on
// the platform, without the members' consent that others need, since the government vouches for it;
// otherwise the caller asks them to register it.
import type { Database } from '../db/database.ts';
import type { PersonRow } from '../db/schema.ts';
import { recordAudit } from '../audit/repository.ts';
import { errors } from '../shared/errors.ts';
import { addMember, createOrganisation, organisationProblems } from '../organisations/service.ts';
import { joinAsAsserted } from '../organisations/membership-service.ts';
import { findOrganisationByNumber } from '../organisations/repository.ts';
import { parseEnterpriseNumber } from '../organisations/enterprise-number.ts';
import { findPersonByEmail, insertPerson, updatePerson } from './repository.ts';
import { personAuditSnapshot } from './presenter.ts';
import { securityErrors } from './security-errors.ts';
import { openSession, type LoggedIn } from './login-service.ts';
import type { GovernmentClaims } from './oidc-client.ts';
import type { AccountServices } from './service.ts';
import type { OwnOrganisationBody } from './schemas.ts';

export interface GovernmentLogin extends LoggedIn {
  /** The organisation number of the claim when no organisation on the platform has it. */
  missingOrganisation: string | null;
}

async function findBySubject(db: Database, subject: string): Promise<PersonRow | undefined> {
  return db.selectFrom('people').selectAll().where('oidc_subject', '=', subject).executeTakeFirst();
}

async function linkOrCreate(tx: Database, claims: GovernmentClaims, now: Date): Promise<PersonRow> {
  if (!claims.email || !claims.emailVerified) throw securityErrors.oidcNoEmail();
  const existing = await findPersonByEmail(tx, claims.email);
  if (existing?.oidc_subject) throw securityErrors.oidcOtherSubject();
  if (existing) {
    const after = await updatePerson(tx, existing.id, {
      oidc_subject: claims.sub,
      email_verified_at: existing.email_verified_at ?? now,
      updated_at: now,
    });
    await recordAudit(tx, {
      actorId: existing.id,
      action: 'person.government_account_linked',
      objectType: 'person',
      objectId: existing.id,
      before: personAuditSnapshot(existing),
      after: personAuditSnapshot(after),
    });
    return after;
  }
  const person = await insertPerson(tx, {
    email: claims.email,
    display_name: claims.name ?? claims.email,
    password_hash: null,
    role: 'member',
    locale: 'nl',
    email_verified_at: now,
    oidc_subject: claims.sub,
  });
  await recordAudit(tx, {
    actorId: person.id,
    action: 'person.registered',
    objectType: 'person',
    objectId: person.id,
    after: { ...personAuditSnapshot(person), method: 'oidc' },
  });
  return person;
}

/** Joins the organisation of the claim; returns the number when the platform does not know it. */
async function joinClaimedOrganisation(
  tx: Database,
  personId: string,
  orgCode: string | undefined,
): Promise<string | null> {
  if (!orgCode) return null;
  const parsed = parseEnterpriseNumber(orgCode);
  const organisation = parsed ? await findOrganisationByNumber(tx, parsed.number) : undefined;
  if (!organisation) return parsed?.number ?? orgCode;
  await joinAsAsserted(tx, personId, organisation.id);
  return null;
}

export async function logInWithGovernmentAccount(
  services: AccountServices,
  claims: GovernmentClaims,
  userAgent: string | undefined,
): Promise<GovernmentLogin> {
  const now = services.now();
  const { person, missingOrganisation } = await services.db.transaction().execute(async (tx) => {
    const person = (await findBySubject(tx, claims.sub)) ?? (await linkOrCreate(tx, claims, now));
    return { person, missingOrganisation: await joinClaimedOrganisation(tx, person.id, claims.orgCode) };
  });
  return { ...(await openSession(services, person, 'oidc', userAgent)), missingOrganisation };
}

/** Registers the person's organisation and makes them its member, in one transaction. */
export async function registerOwnOrganisation(
  db: Database,
  personId: string,
  input: OwnOrganisationBody,
): Promise<string> {
  const problems = organisationProblems({ name: input.name, enterpriseNumber: input.enterpriseNumber });
  if (problems.length > 0) throw errors.validation(problems);
  return db.transaction().execute(async (tx) => {
    const organisation = await createOrganisation(tx, input, personId);
    await addMember(tx, personId, organisation.id, personId);
    return organisation.id;
  });
}
