// Set-based queries for the import: lookups by one array parameter and inserts in chunks, so a
// file of 100,000 rows takes a few hundred statements rather than hundreds of thousands.
import { sql, type Insertable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { OrganisationsTable, SolutionRow, SolutionsTable } from '../db/schema.ts';
import { auditRow, type AuditEntry } from '../audit/repository.ts';

const CHUNK = 1000;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export type ExistingOrganisation = Pick<
  OrganisationsTable,
  'name' | 'kind' | 'is_sme' | 'enterprise_number' | 'website'
> & { id: string };

export async function organisationsByNumber(db: Database, numbers: string[]): Promise<ExistingOrganisation[]> {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind', 'is_sme', 'enterprise_number', 'website'])
    .where(sql<boolean>`enterprise_number = any(${sql.val(numbers)}::text[])`)
    .execute();
}

export async function insertOrganisations(db: Database, values: Insertable<OrganisationsTable>[]): Promise<void> {
  for (const chunk of chunks(values)) await db.insertInto('organisations').values(chunk).execute();
}

export async function solutionsOf(db: Database, organisationIds: string[]): Promise<SolutionRow[]> {
  if (organisationIds.length === 0) return [];
  return db
    .selectFrom('solutions')
    .selectAll()
    .where(sql<boolean>`provider_organisation_id = any(${sql.val(organisationIds)}::uuid[])`)
    .forUpdate()
    .execute();
}

export async function insertSolutions(
  db: Database,
  values: Insertable<SolutionsTable>[],
  onChunk: (count: number) => void,
): Promise<void> {
  for (const chunk of chunks(values)) {
    await db.insertInto('solutions').values(chunk).execute();
    onChunk(chunk.length);
  }
}

/** The batch form of recordAudit, writing the same rows. */
export async function recordAuditBatch(db: Database, entries: AuditEntry[]): Promise<void> {
  for (const chunk of chunks(entries)) {
    await db.insertInto('audit_events').values(chunk.map(auditRow)).execute();
  }
}
