// importCatalogue: validate a whole member catalogue, then write it in one transaction or not at
// all. Organisations are matched by enterprise number and solutions by organisation and title, so
// importing the same file again updates instead of duplicating. Every change is audited.
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { Services } from '../app-types.ts';
import type { Database } from '../db/database.ts';
import type { OrganisationsTable, SolutionRow, SolutionsTable } from '../db/schema.ts';
import { isAdmin, type Viewer } from '../shared/viewer.ts';
import { errors } from '../shared/errors.ts';
import type { AuditEntry } from '../audit/repository.ts';
import { updateItem } from '../items/repository.ts';
import { toColumns } from '../solutions/content.ts';
import { contentChange } from '../items/service-support.ts';
import { recordEvents } from '../events/repository.ts';
import { validateRows, type RowProblem, type ValidRow } from './validate.ts';
import * as repository from './repository.ts';
import type { ImportSummary } from './schemas.ts';
import type { MessageKey } from '../i18n/messages.ts';

export interface ImportOptions {
  dryRun?: boolean;
  /** Called as rows are written, for progress bars. */
  onProgress?: (done: number, total: number) => void;
}

/** What an import did not keep, or set itself (a publiccode.yml file's fields a solution has no place for). */
export interface ImportNote {
  field: string;
  message: MessageKey;
  params?: Record<string, string | number>;
}

export type ImportResult =
  | { ok: true; summary: ImportSummary; notes?: ImportNote[] }
  | { ok: false; problems: RowProblem[] };

// Up to this many published solutions are announced to followers and owners of strong matches; a
// larger import is a catalogue migration: the matching index follows it, nobody is notified item by item.
const ANNOUNCE_LIMIT = 500;

class DryRunRollback extends Error {}

interface Work {
  db: Database;
  actorId: string | null;
  now: Date;
  audit: AuditEntry[];
  summary: ImportSummary;
  changed: string[];
}

type OrganisationValues = Pick<OrganisationsTable, 'name' | 'kind' | 'is_sme' | 'website'>;

function organisationValues(row: ValidRow): OrganisationValues {
  return {
    name: row.input.organisationName,
    kind: row.input.organisationKind,
    is_sme: row.input.organisationIsSme,
    website: row.input.organisationWebsite ?? null,
  };
}

/** Creates missing organisations and updates changed ones; returns enterprise number → id. */
async function importOrganisations(work: Work, rows: ValidRow[]): Promise<Map<string, string>> {
  const byNumber = new Map<string, ValidRow>();
  for (const row of rows) if (!byNumber.has(row.enterprise.number)) byNumber.set(row.enterprise.number, row);
  const existing = await repository.organisationsByNumber(work.db, [...byNumber.keys()]);
  const ids = new Map(existing.map((o) => [o.enterprise_number, o.id]));
  for (const before of existing) {
    const after = organisationValues(byNumber.get(before.enterprise_number) as ValidRow);
    if (
      before.name === after.name &&
      before.kind === after.kind &&
      before.is_sme === after.is_sme &&
      before.website === after.website
    )
      continue;
    await work.db
      .updateTable('organisations')
      .set({ ...after, updated_at: work.now })
      .where('id', '=', before.id)
      .execute();
    work.audit.push({
      actorId: work.actorId,
      action: 'organisation.imported',
      objectType: 'organisation',
      objectId: before.id,
      before,
      after,
    });
    work.summary.organisationsUpdated += 1;
  }
  const created = [...byNumber.values()]
    .filter((row) => !ids.has(row.enterprise.number))
    .map((row) => ({
      id: randomUUID(),
      ...organisationValues(row),
      enterprise_number: row.enterprise.number,
      country: row.enterprise.country,
      street: null,
      postal_code: null,
      municipality: null,
      nis_code: null,
    }));
  await repository.insertOrganisations(work.db, created);
  for (const values of created) {
    ids.set(values.enterprise_number, values.id);
    work.audit.push({
      actorId: work.actorId,
      action: 'organisation.imported',
      objectType: 'organisation',
      objectId: values.id,
      after: values,
    });
  }
  work.summary.organisationsCreated = created.length;
  return ids;
}

function solutionColumns(row: ValidRow, now: Date) {
  return {
    trl: null,
    market_stage: null,
    free_months: null,
    ...toColumns(row.input),
    status: 'published',
    published_at: now,
  };
}

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

async function updateExisting(work: Work, before: SolutionRow, row: ValidRow): Promise<void> {
  const wanted = solutionColumns(row, before.published_at ?? work.now);
  const changes = Object.fromEntries(
    Object.entries(wanted).filter(([key, value]) =>
      key === 'published_at' ? before.status !== 'published' : !sameValue(before[key as keyof SolutionRow], value),
    ),
  );
  if (Object.keys(changes).length === 0) return;
  if (contentChange(before, changes)) changes.content_changed_at = work.now;
  await updateItem(work.db, 'solution', before.id, changes);
  work.audit.push({
    actorId: work.actorId,
    action: 'solution.imported',
    objectType: 'solution',
    objectId: before.id,
    before,
    after: changes,
  });
  work.summary.solutionsUpdated += 1;
  work.changed.push(before.id);
}

async function importSolutions(
  work: Work,
  rows: ValidRow[],
  organisations: Map<string, string>,
  progress: (n: number) => void,
): Promise<void> {
  const existing = await repository.solutionsOf(work.db, [...new Set(organisations.values())]);
  const byKey = new Map(existing.map((s) => [`${s.provider_organisation_id}\u0000${s.title}`, s]));
  const created: Insertable<SolutionsTable>[] = [];
  for (const row of rows) {
    const organisationId = organisations.get(row.enterprise.number) as string;
    const before = byKey.get(`${organisationId}\u0000${row.input.title}`);
    if (before) {
      await updateExisting(work, before, row);
      progress(1);
      continue;
    }
    const values = {
      id: randomUUID(),
      ...solutionColumns(row, work.now),
      provider_organisation_id: organisationId,
      created_by: work.actorId,
    } as Insertable<SolutionsTable> & { id: string };
    created.push(values);
    work.audit.push({
      actorId: work.actorId,
      action: 'solution.imported',
      objectType: 'solution',
      objectId: values.id,
      after: values,
    });
    work.changed.push(values.id);
  }
  await repository.insertSolutions(work.db, created, progress);
  work.summary.solutionsCreated = created.length;
}

/**
 * Imports rows as an admin (or, with a null actor, as the platform operator on the command line).
 * Imported solutions are published at once: the importing admin vouches for the federation's catalogue.
 */
export async function importCatalogue(
  services: Pick<Services, 'db' | 'now' | 'events'>,
  actor: Viewer | null,
  rows: Record<string, unknown>[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  if (actor && !isAdmin(actor)) throw errors.forbidden();
  const checked = validateRows(rows);
  if ('problems' in checked) return { ok: false, problems: checked.problems };
  const summary: ImportSummary = {
    dryRun: Boolean(options.dryRun),
    rows: rows.length,
    organisationsCreated: 0,
    organisationsUpdated: 0,
    solutionsCreated: 0,
    solutionsUpdated: 0,
  };
  let done = 0;
  const progress = (count: number) => {
    done += count;
    options.onProgress?.(done, rows.length);
  };
  const changed: string[] = [];
  try {
    await services.db.transaction().execute(async (db) => {
      const work: Work = { db, actorId: actor?.id ?? null, now: services.now(), audit: [], summary, changed };
      const organisations = await importOrganisations(work, checked.rows);
      await importSolutions(work, checked.rows, organisations, progress);
      await repository.recordAuditBatch(db, work.audit);
      if (options.dryRun) throw new DryRunRollback();
      const quiet = changed.length > ANNOUNCE_LIMIT;
      await recordEvents(
        db,
        changed.map((id) => ({ type: 'item.changed', kind: 'solution', id, status: 'published', quiet })),
      );
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
    return { ok: true, summary };
  }
  await services.events.afterCommit();
  return { ok: true, summary };
}
