// Issuing, revoking and checking API keys. A key is 32 random bytes; only its SHA-256 is stored,
// which is enough for a high-entropy secret (no dictionary to guess from, unlike passwords).
import { createHash, randomBytes } from 'node:crypto';
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import { recordAudit } from '../audit/repository.ts';
import { AppError, errors } from '../shared/errors.ts';
import * as repository from './repository.ts';
import type { ApiKeyRow } from './repository.ts';

/** Every key starts with this, so a key is recognised in any header that carries it. */
export const KEY_PREFIX = 'hd_';

export interface ApiKeyInput {
  clientName: string;
  rateLimitPerMinute: number;
}

export interface ApiClient {
  id: string;
  clientName: string;
  rateLimitPerMinute: number;
}

export const apiKeyErrors = {
  invalid: () => new AppError('invalid_api_key', 401, 'api_keys.error.invalid'),
};

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function adminOf(viewer: Viewer | null): Viewer {
  if (!viewer) throw errors.unauthenticated();
  return viewer;
}

/** Returns the stored key and the key itself, which is shown this once and never again. */
export async function issueApiKey(
  services: Services,
  viewer: Viewer | null,
  input: ApiKeyInput,
): Promise<{ row: ApiKeyRow; key: string }> {
  const admin = adminOf(viewer);
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const row = await services.db.transaction().execute(async (tx) => {
    const created = await repository.insertApiKey(tx, {
      clientName: input.clientName.trim(),
      keyHash: hashApiKey(key),
      keyPrefix: key.slice(0, 10),
      rateLimitPerMinute: input.rateLimitPerMinute,
      createdBy: admin.id,
    });
    await recordAudit(tx, {
      actorId: admin.id,
      action: 'api_key.issue',
      objectType: 'api_key',
      objectId: created.id,
      after: {
        clientName: created.client_name,
        rateLimitPerMinute: created.rate_limit_per_minute,
        keyPrefix: created.key_prefix,
      },
    });
    return created;
  });
  return { row, key };
}

/** Every key issued, active and revoked. */
export type { ApiKeyRow };

export async function findApiKey(services: Services, id: string): Promise<ApiKeyRow | undefined> {
  return repository.findApiKey(services.db, id);
}

export async function listApiKeys(services: Services): Promise<ApiKeyRow[]> {
  return repository.listApiKeys(services.db);
}

export async function revokeApiKey(services: Services, viewer: Viewer | null, id: string): Promise<ApiKeyRow> {
  const admin = adminOf(viewer);
  return services.db.transaction().execute(async (tx) => {
    const before = await repository.findApiKey(tx, id);
    if (!before) throw errors.notFound();
    if (before.revoked_at) return before;
    await repository.revokeApiKey(tx, id, services.now());
    await recordAudit(tx, {
      actorId: admin.id,
      action: 'api_key.revoke',
      objectType: 'api_key',
      objectId: id,
      before: { revokedAt: null },
      after: { revokedAt: services.now().toISOString() },
    });
    return (await repository.findApiKey(tx, id)) ?? before;
  });
}

/** The client a key belongs to; an unknown or revoked key is refused rather than treated as anonymous. */
export async function authenticateApiKey(services: Services, key: string): Promise<ApiClient> {
  const row = await repository.findApiKeyByHash(services.db, hashApiKey(key));
  if (!row || row.revoked_at) throw apiKeyErrors.invalid();
  await repository.touchApiKey(services.db, row.id, services.now());
  return { id: row.id, clientName: row.client_name, rateLimitPerMinute: row.rate_limit_per_minute };
}
