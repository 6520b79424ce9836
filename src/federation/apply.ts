// Applying a partner's members to this platform: a version of an open item is upserted as a local
// copy (keyed by the item's IRI at the partner), a tombstone or a version that closed or archived the
// item withdraws the copy (closed or archived here too, its match history kept). A version older than
// what the copy already holds changes nothing, so a page read twice is harmless.
import type { Database } from '../db/database.ts';
import type { AuditEntry } from '../audit/repository.ts';
import type { ItemChanged } from '../events/types.ts';
import { OPEN_STATUSES } from '../items/lifecycle.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import { SyncFailure } from './follower.ts';
import type { Member } from './members.ts';
import * as repository from './repository.ts';
import type { FederatedChallenge, FederatedSolution, SyncOutcome } from './schemas.ts';

export interface Work {
  tx: Database;
  partner: repository.PartnerRow;
  now: Date;
  organisations: Map<string, string>;
  audit: AuditEntry[];
  changes: ItemChanged[];
  outcome: SyncOutcome;
}

type Version = Extract<Member, { kind: ItemKind }>;

async function organisationId(work: Work, item: FederatedChallenge | FederatedSolution): Promise<string> {
  const number = `fed:${work.partner.id}:${item.organisation.id}`;
  let id = work.organisations.get(number);
  if (!id) {
    const { name, kind, isSme, country } = item.organisation;
    id = await repository.upsertOrganisation(work.tx, {
      enterprise_number: number,
      name,
      kind,
      is_sme: isSme,
      country,
    });
    work.organisations.set(number, id);
  }
  return id;
}

/** The columns a challenge's and a solution's copy share; a federated copy is always public here. */
function sharedColumns(item: FederatedChallenge | FederatedSolution) {
  return {
    title: item.title,
    description: item.description,
    sectors: item.sectors,
    spearheads: item.spearheads,
    language: item.language,
    status: item.status,
    classification: 'public' as const,
  };
}

function challengeColumns(item: FederatedChallenge, owner: string) {
  return {
    ...sharedColumns(item),
    region: item.region,
    urgency: item.urgency,
    deadline: item.deadline,
    duration_months: item.durationMonths,
    desired_kinds: item.desiredKinds,
    owner_organisation_id: owner,
    expires_at: null,
  };
}

function solutionColumns(item: FederatedSolution, owner: string) {
  return {
    ...sharedColumns(item),
    kind: item.kind,
    technologies: item.technologies,
    trl: item.trl,
    market_stage: item.marketStage,
    pricing: item.pricing,
    free_months: item.freeMonths,
    regions_served: item.regionsServed,
    languages: item.languages,
    reference_text: item.references,
    provider_organisation_id: owner,
  };
}

async function insertCopy(work: Work, version: Version, columns: Record<string, unknown>): Promise<string> {
  const values = { ...columns, published_at: work.now, created_by: null };
  const localId =
    version.kind === 'challenge'
      ? await repository.insertChallenge(work.tx, values as Parameters<typeof repository.insertChallenge>[1])
      : await repository.insertSolution(work.tx, values as Parameters<typeof repository.insertSolution>[1]);
  await repository.insertMapping(work.tx, {
    partner_id: work.partner.id,
    kind: version.kind,
    remote_id: version.item,
    local_id: localId,
    remote_url: version.value.url,
    remote_updated_at: version.time,
  });
  work.outcome.created += 1;
  return localId;
}

async function updateCopy(
  work: Work,
  version: Version,
  mapping: repository.FederatedItemRow,
  columns: Record<string, unknown>,
): Promise<string> {
  if (version.kind === 'challenge')
    await repository.updateChallenge(
      work.tx,
      mapping.local_id,
      columns as Parameters<typeof repository.updateChallenge>[2],
    );
  else
    await repository.updateSolution(
      work.tx,
      mapping.local_id,
      columns as Parameters<typeof repository.updateSolution>[2],
    );
  await repository.updateMapping(work.tx, mapping, {
    remote_url: version.value.url,
    remote_updated_at: version.time,
    withdrawn: false,
  });
  work.outcome.updated += 1;
  return mapping.local_id;
}

async function upsertItem(work: Work, version: Version, mapping: repository.FederatedItemRow | undefined) {
  const owner = await organisationId(work, version.value);
  const columns =
    version.kind === 'challenge' ? challengeColumns(version.value, owner) : solutionColumns(version.value, owner);
  const localId = mapping
    ? await updateCopy(work, version, mapping, columns)
    : await insertCopy(work, version, columns);
  work.audit.push({
    actorId: null,
    action: `${version.kind}.federated`,
    objectType: version.kind,
    objectId: localId,
    after: { partner: work.partner.id, remoteId: version.item, ...columns },
  });
  work.changes.push({ type: 'item.changed', kind: version.kind, id: localId, status: version.value.status });
}

/** A withdrawn item is closed (challenge) or archived (solution): out of the catalogue and the matches, its history kept. */
async function withdrawItem(work: Work, member: Member, mapping: repository.FederatedItemRow): Promise<void> {
  const status = mapping.kind === 'challenge' ? 'closed' : 'archived';
  if (mapping.kind === 'challenge') await repository.updateChallenge(work.tx, mapping.local_id, { status });
  else await repository.updateSolution(work.tx, mapping.local_id, { status });
  await repository.updateMapping(work.tx, mapping, { withdrawn: true, remote_updated_at: member.time });
  work.audit.push({
    actorId: null,
    action: `${mapping.kind}.federation_withdrawn`,
    objectType: mapping.kind,
    objectId: mapping.local_id,
    after: { partner: work.partner.id, remoteId: member.item, status },
  });
  work.changes.push({ type: 'item.changed', kind: mapping.kind, id: mapping.local_id, status });
  work.outcome.withdrawn += 1;
}

const isOpen = (version: Version): boolean =>
  (OPEN_STATUSES[version.kind] as readonly string[]).includes(version.value.status);

/** Applies one member: upsert, withdrawal, or nothing when the copy already holds a newer version. */
export async function applyMember(work: Work, member: Member): Promise<void> {
  const mapping = await repository.findMapping(work.tx, work.partner.id, member.item);
  if (mapping && member.time <= mapping.remote_updated_at) return;
  if (mapping && member.kind !== 'delete' && mapping.kind !== member.kind)
    throw new SyncFailure(`member ${member.iri} turns a ${mapping.kind} into a ${member.kind}`);
  if (member.kind !== 'delete' && isOpen(member)) return upsertItem(work, member, mapping);
  if (mapping && !mapping.withdrawn) await withdrawItem(work, member, mapping);
}
