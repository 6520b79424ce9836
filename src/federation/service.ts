// Partner registration and removal by admins. A partner is registered by the address of its LDES, which
// anyone may read: no key changes hands, and ours is read by partners the same way.
import type { Services } from '../app-types.ts';
import { isAdmin, type Viewer } from '../shared/viewer.ts';
import { recordEvents } from '../events/repository.ts';
import { recordAudit } from '../audit/repository.ts';
import { errors } from '../shared/errors.ts';
import { isUniqueViolation } from '../shared/database-errors.ts';
import * as repository from './repository.ts';
import type { Partner, PartnerInput } from './schemas.ts';

function requireAdminViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw errors.unauthenticated();
  if (!isAdmin(viewer)) throw errors.forbidden();
  return viewer;
}

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

export function presentPartner(row: repository.PartnerRow, items = 0): Partner {
  return {
    id: row.id,
    name: row.name,
    ldesUrl: row.ldes_url,
    status: row.status,
    lastSyncAt: iso(row.last_sync_at),
    lastSuccessAt: iso(row.last_success_at),
    lastError: row.last_error,
    nextAttemptAt: row.next_attempt_at.toISOString(),
    failureCount: row.failure_count,
    items,
  };
}

export async function listPartners(services: Services, viewer: Viewer | null): Promise<Partner[]> {
  requireAdminViewer(viewer);
  const rows = await repository.activePartners(services.db);
  return rows.map((row) => presentPartner(row, row.items));
}

export async function registerPartner(
  services: Services,
  viewer: Viewer | null,
  input: PartnerInput,
): Promise<Partner> {
  const admin = requireAdminViewer(viewer);
  const ldesUrl = input.ldesUrl.trim();
  try {
    const row = await services.db.transaction().execute(async (tx) => {
      const created = await repository.insertPartner(tx, {
        name: input.name,
        ldes_url: ldesUrl,
        next_attempt_at: services.now(),
      });
      await recordAudit(tx, {
        actorId: admin.id,
        action: 'federation.partner_registered',
        objectType: 'federation_partner',
        objectId: created.id,
        after: { name: created.name, ldesUrl },
      });
      return created;
    });
    return presentPartner(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw errors.validation([{ field: 'ldesUrl', message: 'federation.duplicate_url' }]);
    throw error;
  }
}

/** Removes a partner: its items are withdrawn from the catalogue and it is no longer followed. */
export async function removePartner(services: Services, viewer: Viewer | null, id: string): Promise<void> {
  const admin = requireAdminViewer(viewer);
  await services.db.transaction().execute(async (tx) => {
    const partner = await repository.lockPartner(tx, id);
    if (!partner) throw errors.notFound();
    const mappings = await repository.mappingsOfPartner(tx, id);
    for (const mapping of mappings) {
      if (mapping.kind === 'challenge') await repository.updateChallenge(tx, mapping.local_id, { status: 'closed' });
      else await repository.updateSolution(tx, mapping.local_id, { status: 'archived' });
      await repository.updateMapping(tx, mapping, { withdrawn: true });
    }
    await repository.updatePartner(tx, id, { status: 'removed', removed_at: services.now() });
    await recordAudit(tx, {
      actorId: admin.id,
      action: 'federation.partner_removed',
      objectType: 'federation_partner',
      objectId: id,
      before: { name: partner.name, ldesUrl: partner.ldes_url },
      after: { withdrawnItems: mappings.length },
    });
    await recordEvents(
      tx,
      mappings.map((m) => ({
        type: 'item.changed',
        kind: m.kind,
        id: m.local_id,
        status: m.kind === 'challenge' ? 'closed' : 'archived',
      })),
    );
  });
  await services.events.afterCommit();
}
