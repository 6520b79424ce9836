// Organisation rules: a valid enterprise number that is registered once, a web address people can
// follow, edits by members and admins only, verification by admins, and every change audited.
import type { Services } from '../app-types.ts';
import type { Database } from '../db/database.ts';
import { recordEvents } from '../events/repository.ts';
import type { OrganisationRow } from '../db/schema.ts';
import { recordAudit } from '../audit/repository.ts';
import { errors, type FieldProblem } from '../shared/errors.ts';
import { isUniqueViolation } from '../shared/database-errors.ts';
import type { Viewer } from '../shared/viewer.ts';
import type { OrganisationKind } from '../taxonomy/taxonomy.ts';
import { parseEnterpriseNumber, type EnterpriseNumber } from './enterprise-number.ts';
import {
  findOrganisation,
  findOrganisationByNumber,
  findOrganisationForUpdate,
  insertMembership,
  insertOrganisation,
  listOrganisationsOfPerson,
  publishedItemsOf,
  updateOrganisationRow,
  type OrganisationChanges,
} from './repository.ts';
import {
  canChangeEnterpriseNumber,
  canManageOrganisation,
  canVerifyOrganisation,
  keepsVerificationOnIdentityChange,
} from './permissions.ts';
import { organisationAuditSnapshot } from './presenter.ts';
import type { OrganisationPatch } from './schemas.ts';

export interface NewOrganisation {
  name: string;
  kind: OrganisationKind;
  isSme: boolean;
  enterpriseNumber: string;
  street?: string | undefined;
  postalCode?: string | undefined;
  municipality?: string | undefined;
  nisCode?: string | undefined;
  website?: string | undefined;
}

const NUMBER_TAKEN: FieldProblem = { field: 'enterpriseNumber', message: 'organisation.number_taken' };

/** The checks the schema cannot express; an empty list means the input is acceptable. */
export function organisationProblems(input: {
  name?: string | undefined;
  enterpriseNumber?: string | undefined;
  website?: string | null | undefined;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.name !== undefined && input.name.trim() === '') problems.push({ field: 'name', message: 'field.required' });
  if (input.enterpriseNumber !== undefined && !parseEnterpriseNumber(input.enterpriseNumber)) {
    problems.push({ field: 'enterpriseNumber', message: 'organisation.number_invalid' });
  }
  // Ajv's "uri" format also accepts javascript: and mailto: addresses, which are no website.
  if (input.website && !/^https?:\/\/[^\s/]+/i.test(input.website))
    problems.push({ field: 'website', message: 'field.invalid_url' });
  return problems;
}

function parsedNumber(input: string): EnterpriseNumber {
  const parsed = parseEnterpriseNumber(input);
  if (!parsed) throw errors.validation([{ field: 'enterpriseNumber', message: 'organisation.number_invalid' }]);
  return parsed;
}

/** Registers a new organisation inside the caller's transaction. */
export async function createOrganisation(
  tx: Database,
  input: NewOrganisation,
  actorId: string | null,
): Promise<OrganisationRow> {
  const { number, country } = parsedNumber(input.enterpriseNumber);
  if (await findOrganisationByNumber(tx, number)) throw errors.validation([NUMBER_TAKEN]);
  const row = await insertOrganisation(tx, {
    name: input.name,
    kind: input.kind,
    is_sme: input.isSme,
    enterprise_number: number,
    country,
    street: input.street ?? null,
    postal_code: input.postalCode ?? null,
    municipality: input.municipality ?? null,
    nis_code: input.nisCode ?? null,
    website: input.website ?? null,
  }).catch((error: unknown) => {
    throw isUniqueViolation(error) ? errors.validation([NUMBER_TAKEN]) : error;
  });
  await recordAudit(tx, {
    actorId,
    action: 'organisation.created',
    objectType: 'organisation',
    objectId: row.id,
    after: organisationAuditSnapshot(row),
  });
  return row;
}

/** The registered organisation with this enterprise number, or a problem at that field. */
export async function organisationWithNumber(db: Database, enterpriseNumber: string): Promise<OrganisationRow> {
  const organisation = await findOrganisationByNumber(db, parsedNumber(enterpriseNumber).number);
  if (!organisation) throw errors.validation([{ field: 'enterpriseNumber', message: 'organisation.number_unknown' }]);
  return organisation;
}

/** Makes a person a member at once: the founder of a new organisation, or demo content. */
export async function addMember(
  tx: Database,
  personId: string,
  organisationId: string,
  actorId: string | null,
): Promise<void> {
  await insertMembership(tx, personId, organisationId);
  await recordAudit(tx, {
    actorId,
    action: 'membership.created',
    objectType: 'organisation',
    objectId: organisationId,
    after: { personId },
  });
}

export async function getOrganisation(db: Database, id: string): Promise<OrganisationRow> {
  const row = await findOrganisation(db, id);
  if (!row) throw errors.notFound();
  return row;
}

export async function organisationsOf(db: Database, personId: string): Promise<OrganisationRow[]> {
  return listOrganisationsOfPerson(db, personId);
}

/** What anyone may read of an organisation beside its items: a change here changes their public view. */
const SHOWN_WITH_ITEMS = ['name', 'kind', 'is_sme', 'enterprise_number', 'country', 'website'] as const;

/** Each published item's public view includes its organisation: the stream and the index follow, nobody is told. */
async function announceItemsOf(tx: Database, before: OrganisationRow, after: OrganisationRow): Promise<void> {
  if (SHOWN_WITH_ITEMS.every((field) => before[field] === after[field])) return;
  const items = await publishedItemsOf(tx, after.id);
  await recordEvents(
    tx,
    items.map(({ kind, id, status }) => ({ type: 'item.changed', kind, id, status, quiet: true })),
  );
}

export async function updateOrganisation(
  services: Pick<Services, 'db' | 'events'>,
  viewer: Viewer | null,
  id: string,
  patch: OrganisationPatch,
  now: Date,
): Promise<OrganisationRow> {
  const { db } = services;
  await getOrganisation(db, id);
  if (!canManageOrganisation(viewer, id)) throw errors.forbidden();
  const problems = organisationProblems(patch);
  if (problems.length > 0) throw errors.validation(problems);
  const updated = await db.transaction().execute(async (tx) => {
    const before = await findOrganisationForUpdate(tx, id);
    if (!before) throw errors.notFound();
    const changes = await changesFor(tx, viewer, before, patch);
    const after = await updateOrganisationRow(tx, id, { ...changes, updated_at: now }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? errors.validation([NUMBER_TAKEN]) : error;
    });
    await recordAudit(tx, {
      actorId: viewer?.id ?? null,
      action: 'organisation.updated',
      objectType: 'organisation',
      objectId: id,
      before: organisationAuditSnapshot(before),
      after: organisationAuditSnapshot(after),
    });
    await announceItemsOf(tx, before, after);
    return after;
  });
  await services.events.afterCommit();
  return updated;
}

/** An emptied optional field means "no value" (validation may turn null into "" while coercing). */
function blankToNull(value: string | null | undefined): string | null | undefined {
  return value === '' ? null : value;
}

async function changesFor(
  tx: Database,
  viewer: Viewer | null,
  before: OrganisationRow,
  patch: OrganisationPatch,
): Promise<OrganisationChanges> {
  const changes: OrganisationChanges = {
    name: patch.name,
    kind: patch.kind,
    is_sme: patch.isSme,
    street: blankToNull(patch.street),
    postal_code: blankToNull(patch.postalCode),
    municipality: blankToNull(patch.municipality),
    nis_code: blankToNull(patch.nisCode),
    website: blankToNull(patch.website),
  };
  if (patch.enterpriseNumber !== undefined) {
    const { number, country } = parsedNumber(patch.enterpriseNumber);
    if (number !== before.enterprise_number) {
      if (!canChangeEnterpriseNumber(viewer)) throw errors.forbidden();
      const holder = await findOrganisationByNumber(tx, number);
      if (holder && holder.id !== before.id) throw errors.validation([NUMBER_TAKEN]);
      Object.assign(changes, { enterprise_number: number, country });
    }
  }
  if (changesIdentity(before, changes) && !keepsVerificationOnIdentityChange(viewer)) changes.verified = false;
  return changes;
}

/** Whether a change touches what verification vouched for; an unchanged value sent again does not. */
function changesIdentity(before: OrganisationRow, changes: OrganisationChanges): boolean {
  return (['name', 'website', 'enterprise_number'] as const).some(
    (field) => changes[field] !== undefined && changes[field] !== before[field],
  );
}

export async function verifyOrganisation(
  db: Database,
  viewer: Viewer | null,
  id: string,
  now: Date,
): Promise<OrganisationRow> {
  if (!canVerifyOrganisation(viewer)) throw errors.forbidden();
  return db.transaction().execute(async (tx) => {
    const before = await findOrganisationForUpdate(tx, id);
    if (!before) throw errors.notFound();
    const after = await updateOrganisationRow(tx, id, { verified: true, updated_at: now });
    await recordAudit(tx, {
      actorId: viewer?.id ?? null,
      action: 'organisation.verified',
      objectType: 'organisation',
      objectId: id,
      before: { verified: before.verified },
      after: { verified: true },
    });
    return after;
  });
}
